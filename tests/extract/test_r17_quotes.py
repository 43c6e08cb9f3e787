"""Round 17: a speaker is a name or a known body, never a lowercase phrase. A body written
with a description in apposition ("Varnholt, the operator of Lindquay, said") is the body
named before the commas, not its description. The sentences are invented (invented bodies,
people and places)."""

from __future__ import annotations

import pytest
from extracted import speaker_of, under_headline

_LEAD = "Tidewell Grid has signed new supply deals for two turbines and a cooling tower.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param(
            "VRG, the operator of Lindquay, stressed the value of the work, saying: "
            "“The new units at Lindquay are a key project for our supply.”",
            "VRG",
            id="acronym-the-operator-of-place",
        ),
        pytest.param(
            "Varnholt Power, the company that runs the Lindquay site, said: “The new units at "
            "Lindquay are a key project for our supply.”",
            "Varnholt Power",
            id="name-the-company-that-runs",
        ),
    ],
)
def test_a_body_described_in_apposition_is_the_body_named(paragraph: str, speaker: str) -> None:
    """The description between the commas says what the body is; the name before it speaks."""
    article = under_headline(_LEAD + paragraph)
    assert speaker_of(article, "The new units at Lindquay") == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Then the operator of Lindquay stressed the value of the work, saying: “The new "
            "units at Lindquay are a key project for our supply.”",
            id="kind-of-body-of-place",
        ),
        pytest.param(
            "A spokesman said the company, the operator of Lindquay, stressed it: “The new "
            "units at Lindquay are a key project for our supply.”",
            id="lowercase-before-apposition",
        ),
    ],
)
def test_a_lowercase_description_is_no_speaker(paragraph: str) -> None:
    """ "the operator of Lindquay" names a kind of body and a place, not which body: no
    speaker rather than a phrase credited as one."""
    article = under_headline(_LEAD + paragraph)
    found = [q for q in article.quotes if q.text.startswith("The new units at Lindquay")]
    assert found, "the quote itself is found"
    assert all(q.speaker is None or q.speaker[:1].isupper() for q in found)
    assert all(q.speaker is None or "operator" not in q.speaker for q in found)


def test_a_person_of_a_body_in_apposition_is_not_the_body() -> None:
    """ "Brask, the company's chief engineer, said": the description is a person's role, so
    the body is not credited with the name before it."""
    article = under_headline(
        _LEAD + "Brask, the company’s chief engineer, said: “The new units at Lindquay are "
        "a key project for our supply.”"
    )
    found = [q for q in article.quotes if q.text.startswith("The new units at Lindquay")]
    assert found, "the quote itself is found"
    assert all(q.speaker_kind != "organisation" for q in found if q.speaker)
