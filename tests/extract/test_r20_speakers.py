"""Round 20 speakers (constructions seen in real articles, in sentences written for this
project): a title's abbreviation is no speaker, and a sentence reporting words of its own
after a quote is not that quote's attribution."""

from __future__ import annotations

import pytest
from extracted import analysed


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in analysed(text).quotes]


ROAD = "“The ferry will carry farmers over the estuary each morning,”"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        pytest.param("Br.", "Kwesi Tamboura", id="brother-in-the-lexicon"),
        pytest.param("Fr.", None, id="unknown-abbreviation-abstains"),
    ],
)
def test_title_abbreviation_is_no_speaker(title: str, speaker: str | None) -> None:
    text = (
        "The district council met in Korvale on Thursday.\n\n"
        f"{ROAD} said {title} Kwesi Tamboura, Sr., the district’s commissioner for ports."
    )
    assert _said(text) == [(speaker, "The ferry will carry far")]


ENVOY = (
    "Mediators gathered in Tromsvik on Monday.\n\n"
    "“Our draft is on the table,” said envoy Marit Solheimsen. "
    "“We now wait for an answer from both camps.” "
)


@pytest.mark.parametrize(
    ("tail", "second"),
    [
        pytest.param(
            "The rebel Eastern Coast Front said yesterday the next round would open in Narvoll.",
            "Marit Solheimsen",
            id="reported-content-after-is-not-an-attribution",
        ),
        pytest.param("The rebel Eastern Coast Front said.", "Eastern Coast Front", id="bare-tail"),
    ],
)
def test_sentence_after_a_closed_quote(tail: str, second: str) -> None:
    said = _said(ENVOY + tail)
    assert said[0] == ("Marit Solheimsen", "Our draft is on the tabl")
    assert said[1] == (second, "We now wait for an answe")
