"""Round 25 (second pass): a relay word opening a sentence ("Citing X, …", "Quoting X, he
said, “…”") is no part of X's name and gives X's words; a name reported on after "he said" or
relayed after "Quoting" is not who a later "he" is; "…, the press service said" ends on its
own subject, not on a person the sentence reports on; "the EU Council", "the UN mission" is
no whole union; "X, the UN mission in Y, said" closes on X; "The HRW earlier this month said"
is the body its acronym names. The sentences are invented (invented people, bodies and
places; the EU and the UN are real bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "The spring storms at the yard cost us six weeks and we cannot win that time back"


def _speaker(article: Article, start: str = _QUOTE) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def test_citing_opening_a_sentence_is_no_part_of_the_name() -> None:
    """'Citing Oren Talvik, head of …, the site says …' then '“…,” Talvik was cited as
    saying': Talvik, not "Citing Oren Talvik"."""
    article = under_headline(
        "Citing Oren Talvik, head of the harbour board at Morvale, the site says the yard lost "
        "six weeks to the weather.\n\n"
        f"“{_QUOTE},” Talvik was cited as saying."
    )
    assert "Oren Talvik" in [p.name for p in article.people]
    assert _speaker(article) == ("Oren Talvik", SpeakerKind.PERSON)


def test_quoting_x_the_spokesman_said_gives_x_words() -> None:
    """'Quoting Brannock, the spokesman said, “…”': Brannock's words, relayed."""
    article = under_headline(
        "Mayor Edwin Brannock has ordered the yard to reopen.\n\n"
        "“The mayor told the council today the yard must reopen,” spokesman Ivo Kestrel said.\n\n"
        f"Quoting Brannock, the spokesman said, “{_QUOTE}.”"
    )
    assert _speaker(article) == ("Edwin Brannock", SpeakerKind.PERSON)


def test_quoting_x_he_said_gives_x_words() -> None:
    """'Quoting Brannock, he said, “…”' after the spokesman's own quote: Brannock's words."""
    article = under_headline(
        "Mayor Edwin Brannock has ordered the yard to reopen.\n\n"
        "“The mayor told the council today the yard must reopen,” spokesman Ivo Kestrel said.\n\n"
        f"Quoting Brannock, he said, “{_QUOTE}.”"
    )
    assert _speaker(article) == ("Edwin Brannock", SpeakerKind.PERSON)


def test_he_said_x_agreed_keeps_he_on_the_spokesman() -> None:
    """'He said Brannock also agreed …. (¶) The aid will be “…”, he said': "he" is the one who
    goes on speaking, not Brannock, reported on after "He said"."""
    article = under_headline(
        "Mayor Edwin Brannock has ordered the yard to reopen.\n\n"
        "“The mayor told the council today the yard must reopen,” spokesman Ivo Kestrel said.\n\n"
        f"Quoting Brannock, he said, “{_QUOTE}.”\n\n"
        "He said Brannock also agreed to pay the workers for the lost weeks.\n\n"
        "The money will be “in place of the overtime the yard owes,” he said."
    )
    assert _speaker(article, "in place of") == ("Ivo Kestrel", SpeakerKind.PERSON)


def test_the_press_service_after_the_comma_is_the_subject() -> None:
    """'President X has signed …, the presidential press service said.' then '“President X
    signed …,” the statement said': X is what the statement reports, not its issuer."""
    article = under_headline(
        "Tarvian President Oren Talvik has signed the law on the harbour budget, the "
        "presidential press service said on Wednesday.\n\n"
        "“President Oren Talvik signed the law on the harbour budget on Tuesday,” the "
        "statement said."
    )
    assert _speaker(article, "President Oren Talvik signed") == (None, None)


def test_the_eu_council_is_the_council_of_the_union() -> None:
    """'“…,” the EU Council said': the Council of the EU, not the whole union."""
    article = under_headline(
        "The mandate of the monitoring team in Morvale was extended by two years.\n\n"
        f"“{_QUOTE},” the EU Council said in a statement."
    )
    assert _speaker(article) == ("Council of the European Union", SpeakerKind.ORGANISATION)


def test_a_mission_of_the_union_is_not_the_union() -> None:
    """'“…,” the UN mission said': which mission, the text before does not say; not the
    United Nations as a whole."""
    article = under_headline(
        "The harbour at Morvale reopened on Monday.\n\n"
        f"“{_QUOTE},” the UN mission said in a statement."
    )
    assert _speaker(article) != ("United Nations", SpeakerKind.ORGANISATION)


def test_an_apposition_closing_the_attribution_names_the_body() -> None:
    """'“…,” including X, UNMOR, the UN mission in Morvale, said': UNMOR speaks."""
    article = under_headline(
        "Storms closed the harbour at Morvale for six weeks.\n\n"
        f"“{_QUOTE},” including the ferry crews, UNMOR, the UN mission in Morvale, said in a "
        "statement."
    )
    assert _speaker(article) == ("UNMOR", SpeakerKind.ORGANISATION)


def test_the_acronym_with_when_it_spoke_is_the_body() -> None:
    """'… by the Harbour Pilots Union (HPU) … (¶) The HPU earlier this month said that the
    storms were “…”': the HPU, as "the CGA said" credits the CGA (by the name spelled out
    before the brackets, since round 26)."""
    article = under_headline(
        "The yard has been criticised by the Harbour Pilots Union (HPU) for the delays.\n\n"
        "The HPU earlier this month said that the storms were “worse than any in a decade.”"
    )
    assert _speaker(article, "worse than") == ("Harbour Pilots Union", SpeakerKind.ORGANISATION)


_RU = "главным приоритетом сотрудничества является порт"


def test_the_country_leader_is_the_one_president_heard_before() -> None:
    """'Президент X … заявил …. (¶) Тарвийский лидер отметил, что "…"': the one president of
    the article, whose country it never gave, heard speaking before."""
    article = under_headline(
        "Президент Орен Талвик в ходе переговоров с председателем Лории Иво Кестрелом в "
        "Морвале заявил, что порт откроют.\n\n"
        f'Тарвийский лидер отметил, что "{_RU}".'
    )
    assert _speaker(article, _RU[:20]) == ("Орен Талвик", SpeakerKind.PERSON)


def test_the_country_leader_among_two_presidents_is_nobody() -> None:
    """Two presidents, neither given a country: which one the adjective means, unsaid."""
    article = under_headline(
        "Президент Орен Талвик и президент Иво Кестрел в Морвале заявили, что порт откроют.\n\n"
        f'Тарвийский лидер отметил, что "{_RU}".'
    )
    assert _speaker(article, _RU[:20]) == (None, None)


def test_the_statement_from_a_body_read_gives_the_body() -> None:
    """'“…,” the statement from HPU-M read.' then '“…,” read the statement, quoting …': the
    body's document, and the same document going on."""
    article = under_headline(
        "The pilots' union met the harbour board on Monday.\n\n"
        f"“{_QUOTE}. The crews have waited long enough,” the statement from HPU-M read.\n\n"
        "“The board shall pay the crews for every lost week. The talks shall go on,” read the "
        "statement quoting the draft prepared by the board."
    )
    assert _speaker(article) == ("HPU-M", SpeakerKind.ORGANISATION)
    assert _speaker(article, "The board shall pay") == ("HPU-M", SpeakerKind.ORGANISATION)


def test_a_long_interruption_inside_the_marks_still_splits_the_quote() -> None:
    """'«A, — заявил X в июне … (a long circumstance) … . — B»': both halves are X's."""
    article = under_headline(
        "Президент Орен Талвик открыл порт.\n\n"
        "«Тарвия станет ведущим производителем паромов в регионе, — заявил Талвик в июне "
        "прошлого года на церемонии закладки фундамента новой верфи консорциума под "
        "руководством TLK в промышленном парке Бриндл в провинции Южная Тарвия. — Это "
        "прекрасная возможность для верфи»."
    )
    assert _speaker(article, "Тарвия станет") == ("Орен Талвик", SpeakerKind.PERSON)
    assert _speaker(article, "Это прекрасная") == ("Орен Талвик", SpeakerKind.PERSON)


def test_the_country_leader_described_before_is_not_the_named_president() -> None:
    """'Президент X провел переговоры с лорийским лидером. (¶) Лорийский лидер отметил, что
    "…"': the counterpart X met, never named, is not X."""
    article = under_headline(
        "Президент Орен Талвик заявил, что провел переговоры с лорийским лидером в Морвале.\n\n"
        f'Лорийский лидер отметил, что "{_RU}".'
    )
    assert _speaker(article, _RU[:20]) == (None, None)


def test_citing_a_reason_leaves_the_speaker_speaking() -> None:
    """'Citing the storms, Mayor X said, “…”': no one relayed; the mayor speaks."""
    article = under_headline(f"Citing the storms, Mayor Edwin Brannock said, “{_QUOTE}.”")
    assert _speaker(article) == ("Edwin Brannock", SpeakerKind.PERSON)
