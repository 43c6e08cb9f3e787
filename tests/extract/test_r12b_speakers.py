"""Round 12b: a short quote embedded in reported speech goes to the subject of the clause it
sits in when that subject is one named person or body; otherwise nobody. Constructions of
real pages (seen on several outlets and sets) reproduced with invented sentences (invented
people, bodies and places).
"""

from __future__ import annotations

import pytest
from extracted import speaker_of, under_headline


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        pytest.param(
            "During her talks with Prime Minister Oskar Lindqvar, Foreign Minister Mara "
            "Voskuijlen stressed that her cabinet wants “a bridge between the two coasts of the "
            "gulf”.",
            "a bridge between the two coasts",
            "Mara Voskuijlen",
            id="another-name-before-the-clause-of-the-verb",
        ),
        pytest.param(
            "After the meeting, which Governor Tavi Ornel also attended, Ruvan Keshari said "
            "President Dalo Menkes and Deputy Premier Ilse Varga were “committed to a lasting "
            "settlement in the hills”.",
            "committed to a lasting settlement",
            "Ruvan Keshari",
            id="names-of-whom-the-quote-speaks-after-the-verb",
        ),
        pytest.param(
            "On the eve of the vote, Foreign Secretary Lena Marwick called in a short note on both "
            "delegations “to return to the table without conditions”.",
            "to return to the table",
            "Lena Marwick",
            id="called-on",
        ),
        pytest.param(
            "Trade Commissioner Ivo Brannlund welcomed the deal while commending Premiers Aldo "
            "Fenn and Rika Solmer on “their patience at a very long table”.",
            "their patience at a very long table",
            "Ivo Brannlund",
            id="commending-someone-on",
        ),
        pytest.param(
            "Deputy Mayor Hanna Thorsby expressed gratitude to the two port chiefs Olle Varn and "
            "Pia Lundmark for their “steady work through a difficult winter”.",
            "steady work through a difficult winter",
            "Hanna Thorsby",
            id="expressed-gratitude-to-someone-for",
        ),
        pytest.param(
            "Speaking for the island states, Envoy Tomasi Verelo reminded the delegates from "
            "Calvara that “the sea does not wait for our meetings to end”.",
            "the sea does not wait for our meetings",
            "Tomasi Verelo",
            id="reminded-someone-that",
        ),
    ],
)
def test_an_embedded_quote_goes_to_the_subject_of_its_clause(
    text: str, opening: str, speaker: str
) -> None:
    article = under_headline(text)
    assert speaker_of(article, opening) == speaker


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        pytest.param(
            "Ruvan Keshari said Governor Tavi Ornel had called the plan “a road to nowhere at "
            "all”.",
            "a road to nowhere at all",
            id="a-name-after-the-verb-who-speaks-himself",
        ),
        pytest.param(
            "Ruvan Keshari said Governor Tavi Ornel told him the plan was “a road to nowhere at "
            "all”.",
            "a road to nowhere at all",
            id="a-name-after-the-verb-who-told",
        ),
    ],
)
def test_an_embedded_quote_with_no_one_sure_subject_has_no_speaker(text: str, opening: str) -> None:
    article = under_headline(text)
    assert [q.speaker for q in article.quotes if q.text.startswith(opening)] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The minister promised a review of the port plan. But the International Harbour "
            "Group said the absence of the pilots from the talks “risks a long and bitter winter "
            "on the docks”.",
            id="embedded",
        ),
        pytest.param(
            "The minister promised a review of the port plan. But the International Harbour "
            "Group said: “The absence of the pilots risks a long and bitter winter on the "
            "docks.”",
            id="before-a-colon",
        ),
    ],
)
def test_a_sentence_opening_with_but_keeps_its_subject(text: str) -> None:
    """'But the <body> said …“…”': the "But" joins the sentence to the one before; the body
    after it is the subject who speaks."""
    [quote] = under_headline(text).quotes
    assert quote.speaker == "International Harbour Group"


def test_a_quote_after_reported_speech_goes_on_with_he_continues() -> None:
    """'“…,” he continues. “…”' after 'says <outlet>® Senior Economist X. But he warns
    that …': the present tense "continues" is a speech verb; both quotes are X's."""
    article = under_headline(
        "Orders rose for a third week, a sign of a “spring thaw,” says Portwise® Senior "
        "Economist Ruvan Keshari. But he warns that one cannot yet say whether the yards will "
        "recover this year.\n\n"
        "“A few good weeks of orders do not mean the yards are back,” he continues. “The yards "
        "remain deep inside a long lull.”"
    )
    assert speaker_of(article, "A few good weeks of orders") == "Ruvan Keshari"
    assert speaker_of(article, "The yards remain deep") == "Ruvan Keshari"


def test_a_quote_paragraph_after_summed_up() -> None:
    """'X summed up the mood.' ending a paragraph: the quote paragraph under it is X's."""
    article = under_headline(
        "Calvara's chief negotiator Ines Marwald summed up the mood among the tired delegates."
        "\n\n“Maybe. But a half loaf is still bread, and the harbour needs bread.”"
    )
    assert speaker_of(article, "Maybe. But a half loaf") == "Ines Marwald"


def test_a_paragraph_without_marks_after_comments_colon() -> None:
    """'X, <role> comments:' then a paragraph of speech a scrape printed without marks."""
    article = under_headline(
        "Ines Marwald, chief negotiator for the Calvara Harbour Board comments:\nThis long "
        "awaited deal, which ends ten years of quarrels on the quays, is great news for the "
        "people of the harbour towns."
    )
    assert speaker_of(article, "This long awaited deal") == "Ines Marwald"


def test_a_long_apposition_between_the_name_and_told_outlet() -> None:
    """'“…,” Dr X, a <job> at <body> and lead scientist at <office>, told <outlet>.': an
    apposition of over 80 characters still stands between the name and its verb."""
    article = under_headline(
        "“What is happening on the ice shelf is an extreme event,” Dr Ted Varnholt, a "
        "glaciologist at the Polar Ice Centre of Ruritania and lead scientist at its Snow Data "
        "Office, told Harbour News."
    )
    assert speaker_of(article, "What is happening on the ice shelf") == "Ted Varnholt"
