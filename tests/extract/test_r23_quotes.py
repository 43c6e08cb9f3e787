"""Round 23: who is no speaker of an embedded quote. A name after a preposition ("Manager
of Acme Fizz Group") or run on into a word of a body's name ("Acme Fizz Group") is not the
subject of the sentence's speech verb, unless a relative clause makes it one ("in the
presence of X, who said"); a firm's department ending an office ("for Investment and
Marketing X") and a Russian body's head noun in an oblique case ("председатель Комиссии …")
are no part of the name after them. The sentences are invented (invented bodies, places and
people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_SAID = "joining forces with such a team is the best choice for the brand and its buyers"


def _speakers(article: Article, start: str) -> list[str | None]:
    return [q.speaker for q in article.quotes if q.text.lstrip('“"').startswith(start)]


def test_a_name_inside_a_firms_name_after_of_is_no_speaker() -> None:
    """'Tao Minrui, Deputy General Manager of Brightwell Fizz Group, stated “…”': the name
    finder may miss the speaker and find the firm as a person; the firm is no one."""
    article = under_headline(
        "At a ceremony in Morvale, the drinks brand Brightwell Fizz announced a partnership"
        " with the national rugby team.\n\n"
        "Tao Minrui, Deputy General Manager of Brightwell Fizz Group, stated at the signing"
        f" ceremony “that {_SAID}.”"
    )
    assert "Brightwell Fizz" not in _speakers(article, "that joining")


def test_a_name_after_a_preposition_with_a_relative_clause_is_the_speaker() -> None:
    """'in the presence of Secretary Odran Vell, who said the deal will let people “…”':
    the relative clause makes the preposition's object the one who spoke."""
    article = under_headline(
        "The two ministers signed the accord in the presence of Trade Secretary Odran Vell,"
        " who said the deal will let farmers “finally plan their harvests for years ahead.”"
    )
    assert _speakers(article, "finally plan") == ["Odran Vell"]


def test_a_department_ending_an_office_is_no_part_of_the_name() -> None:
    """'Vice President of Northfield Oil for Investment and Marketing Edvin Harlow said'."""
    article = under_headline(
        "The new pipeline will link four countries, Vice President of the state firm"
        " Northfield Oil for Investment and Marketing Edvin Harlow said on the radio.\n\n"
        f"“Now we are very close to the start of building,” Harlow said. “{_SAID.capitalize()}.”"
    )
    assert set(_speakers(article, "Now we are")) == {"Edvin Harlow"}


def test_a_commission_in_the_genitive_is_no_part_of_a_persons_name() -> None:
    """'заявил председатель Комиссии Южного союза …': a "person" opening with the body's
    head noun is no speaker."""
    article = under_headline(
        "Около $2 трлн в год требуется региону на строительство дамб. Об этом заявил"
        " председатель Комиссии Южного союза (ЮС) Тармо Вейсс на открытии второго Южного"
        " саммита в Нордгаве. Трансляция его выступления велась на сайте ЮС.\n\n"
        "«Региону предлагается выделить лишь малую часть этой суммы», — сказал он."
    )
    assert "Комиссии Южного" not in _speakers(article, "Региону предлагается")


def test_a_trust_described_between_commas_speaks() -> None:
    """'“…,” Harwick Trust, a Scottish charity, said in a statement': a trust is a body."""
    article = under_headline(
        "The charity said it had cleared more than a thousand mines since 1999.\n\n"
        '"The government of Norvalia will declare the whole country free of mines today,"'
        " Harwick Trust, a Scottish charity, said in a statement on its web site."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The government of Norvalia")]
    assert (quote.speaker, quote.speaker_kind) == ("Harwick Trust", SpeakerKind.ORGANISATION)


def test_a_center_after_the_verb_speaks() -> None:
    """'“…”, said the Morland Center think tank in a brief': a center is a body."""
    article = under_headline(
        "Raids on herders rose this year, and they “have deepened grievances and fed the"
        " rebels’ recruitment drive”, said the Morland Center think tank in a brief."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("have deepened")]
    assert (quote.speaker, quote.speaker_kind) == ("Morland Center", SpeakerKind.ORGANISATION)


def test_the_study_notes_quotes_the_body_that_wrote_it() -> None:
    """'according to a study by the X Commission's Directorate-General for Y' (¶) '“…,” the
    study notes': the study's author speaks (its owner only owns it, as round 10 has it)."""
    article = under_headline(
        "The region matters for trade, according to a study by the Northern Commission’s"
        " Directorate-General for Ports and Rivers.\n\n"
        "Within the study, the port of Velmar is highlighted as important.\n\n"
        "“The port project is highly political and is run by a foreign contractor,” the"
        " study notes."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The port project")]
    assert (quote.speaker, quote.speaker_kind) == (
        "Directorate-General for Ports and Rivers",
        SpeakerKind.ORGANISATION,
    )


def test_a_body_named_with_no_document_by_it_is_no_author() -> None:
    """'“…,” the study notes' with no 'study by X' before: nobody, not any body named."""
    article = under_headline(
        "The Northern Commission met on Monday to discuss the ports.\n\n"
        "“The port project is highly political and is run by a foreign contractor,” the"
        " study notes."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The port project")]
    assert quote.speaker is None


def test_a_countrys_possessive_body_is_the_gazetteers_body() -> None:
    """'Armenia's Foreign Ministry said: “…”': the body the gazetteer knows as the Armenian
    Foreign Ministry, by its name there."""
    article = under_headline(
        "Talks on the border resumed on Monday.\n\n"
        "In its statement, Armenia's Foreign Ministry said: “We welcome the end of the long"
        " talks on the text of the draft treaty with our neighbour.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We welcome")]
    assert quote.speaker == "Ministry of Foreign Affairs of Armenia"


def test_a_statement_reported_with_two_adjuncts_introduces_the_next_quote() -> None:
    """'X said in a statement on Thursday that …' (¶) a paragraph that is one quote: X's."""
    article = under_headline(
        "The Velmar Harbour Authority said in a statement on Thursday that the new pier was"
        " ready.\n\n"
        "“The pier is ready for its first ships. We are ready to agree the date of opening"
        " with the city.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The pier is ready")]
    assert quote.speaker == "Velmar Harbour Authority"


def test_a_name_after_to_and_a_dotted_country_is_an_object() -> None:
    """'“A,” Varga said, crediting the talks to U.S. President Olaf Brenn. “B.”': Brenn is
    the object of "to", so B is Varga's going on."""
    article = under_headline(
        "Foreign Minister Anton Varga met the other delegation in Lisbon on Tuesday.\n\n"
        "“We will take this offer to the other side. And we hope that they say yes to peace,”"
        " Varga said, crediting the outcome of the talks to U.S. President Olaf Brenn. “The"
        " president’s aim here is plain: He wants the war to end. We hope the other side will"
        " reciprocate.”"
    )
    assert _speakers(article, "The president’s aim") == ["Anton Varga"]


def test_a_statement_from_someone_introduces_the_next_paragraph() -> None:
    """'Following is a statement from X, President and CEO, Y Institute:' (¶) '“…”': X's."""
    article = under_headline(
        "Delegates agreed a final text in Velmar on Wednesday.\n\n"
        "Following is a statement from Mara Ostrand, President and CEO, Northfield Climate"
        " Institute:\n\n"
        "“Coal finally faced a reckoning at the talks after decades of dodging the spotlight."
        " This outcome marks the beginning of the end of the coal era.”"
    )
    assert _speakers(article, "Coal finally") == ["Mara Ostrand"]
