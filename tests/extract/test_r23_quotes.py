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

_SAID = "our cans will be on every terrace of the new stadium by the autumn"


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
    assert "Brightwell Fizz" not in _speakers(article, "that our cans")


def test_a_name_after_a_preposition_with_a_relative_clause_is_the_speaker() -> None:
    """'in the presence of Secretary Odran Vell, who said the accord lets them “…”':
    the relative clause makes the preposition's object the one who spoke."""
    article = under_headline(
        "The two ministers signed the accord in the presence of Trade Secretary Odran Vell,"
        " who said the accord lets the two valleys “share the river water by turns each week.”"
    )
    assert _speakers(article, "share the river") == ["Odran Vell"]


def test_a_department_ending_an_office_is_no_part_of_the_name() -> None:
    """'Vice President of Northfield Oil for Investment and Marketing Edvin Harlow said'."""
    article = under_headline(
        "The ferry line will call at five ports, Vice President of the state firm"
        " Northfield Oil for Investment and Marketing Edvin Harlow said on the radio.\n\n"
        f"“The first boat sails in May if the weather holds,” Harlow said. “{_SAID.capitalize()}.”"
    )
    assert set(_speakers(article, "The first boat")) == {"Edvin Harlow"}


def test_a_commission_in_the_genitive_is_no_part_of_a_persons_name() -> None:
    """'заявил председатель Комиссии Южного союза …': a "person" opening with the body's
    head noun is no speaker."""
    article = under_headline(
        "Дамбы на трех реках обойдутся краю в 40 млрд рублей. Об этом заявил"
        " председатель Комиссии Южного союза (ЮС) Тармо Вейсс на открытии второго Южного"
        " саммита в Нордгаве. Речь он произнёс без бумажки.\n\n"
        "«Денег из казны хватит лишь на одну дамбу из трех», — сказал он."
    )
    assert "Комиссии Южного" not in _speakers(article, "Денег из казны")


def test_a_trust_described_between_commas_speaks() -> None:
    """'“…,” Harwick Trust, a charity, said': a trust is a body."""
    article = under_headline(
        "Volunteers planted oaks along the old canal all week.\n\n"
        '"Every school in Norvalia will get its own small orchard before next spring,"'
        " Harwick Trust, a small Norvalian charity, said in its newsletter."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Every school")]
    assert (quote.speaker, quote.speaker_kind) == ("Harwick Trust", SpeakerKind.ORGANISATION)


def test_a_center_after_the_verb_speaks() -> None:
    """'“…”, said the Morland Center think tank': a center is a body."""
    article = under_headline(
        "Bus fares rose twice this year, and the rises “have pushed commuters back into"
        " their cars on most routes”, said the Morland Center think tank on Monday."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("have pushed")]
    assert (quote.speaker, quote.speaker_kind) == ("Morland Center", SpeakerKind.ORGANISATION)


def test_the_study_notes_quotes_the_body_that_wrote_it() -> None:
    """'according to a study by the X Commission's Directorate-General for Y' (¶) '“…,” the
    study notes': the study's author speaks (its owner only owns it, as round 10 has it)."""
    article = under_headline(
        "Rail freight across the plain is growing, according to a study by the Northern"
        " Commission’s Directorate-General for Ports and Rivers.\n\n"
        "Within the study, the junction at Velmar is highlighted as a bottleneck.\n\n"
        "“Two of the three bridges need new piers within ten years,” the study notes."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Two of the three")]
    assert (quote.speaker, quote.speaker_kind) == (
        "Directorate-General for Ports and Rivers",
        SpeakerKind.ORGANISATION,
    )


def test_a_body_named_with_no_document_by_it_is_no_author() -> None:
    """'“…,” the study notes' with no 'study by X' before: nobody, not any body named."""
    article = under_headline(
        "The Northern Commission met on Monday to discuss the railways.\n\n"
        "“Two of the three bridges need new piers within ten years,” the study notes."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Two of the three")]
    assert quote.speaker is None


def test_a_countrys_possessive_body_is_the_gazetteers_body() -> None:
    """'Armenia's Foreign Ministry said: “…”': the body the gazetteer knows as the Armenian
    Foreign Ministry, by its name there."""
    article = under_headline(
        "A new consulate opened in the port city on Monday.\n\n"
        "In its statement, Armenia's Foreign Ministry said: “Our citizens abroad will find"
        " help there at any hour of the day.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Our citizens")]
    assert quote.speaker == "Ministry of Foreign Affairs of Armenia"


def test_a_statement_reported_with_two_adjuncts_introduces_the_next_quote() -> None:
    """'X said in a statement on Thursday that …' (¶) a paragraph that is one quote: X's."""
    article = under_headline(
        "The Velmar Harbour Authority said in a statement on Thursday that dredging had"
        " ended.\n\n"
        "“Ships of any size can now berth at the eastern quay. Pilots will guide them in"
        " from the outer buoy.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Ships of any size")]
    assert quote.speaker == "Velmar Harbour Authority"


def test_a_name_after_to_and_a_dotted_country_is_an_object() -> None:
    """'“A,” Varga said, crediting the progress to U.S. President Olaf Brenn. “B.”': Brenn is
    the object of "to", so B is Varga's going on."""
    article = under_headline(
        "Foreign Minister Anton Varga met the other delegation in Lisbon on Tuesday.\n\n"
        "“Both delegations now have the maps they asked for. The fishing grounds come next,”"
        " Varga said, crediting the progress to U.S. President Olaf Brenn. “His envoy kept"
        " the teams at the table for three nights. Nobody walked out.”"
    )
    assert _speakers(article, "His envoy kept") == ["Anton Varga"]


def test_a_statement_from_someone_introduces_the_next_paragraph() -> None:
    """'Following is a statement from X, President and CEO, Y Institute:' (¶) '“…”': X's."""
    article = under_headline(
        "The water board set new limits for the lakes on Wednesday.\n\n"
        "Following is a statement from Mara Ostrand, President and CEO, Northfield Lakes"
        " Institute:\n\n"
        "“The limits arrive late, but they arrive. Anglers and farmers will both gain from"
        " cleaner lakes within a few summers.”"
    )
    assert _speakers(article, "The limits arrive") == ["Mara Ostrand"]
