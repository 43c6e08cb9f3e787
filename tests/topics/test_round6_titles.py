"""A title cut from the lead sentence is not an editor's summary (real scrapes without a headline).

A page without a headline gets its first sentence, cut at 160 characters, as a title. Its cut
half ("the armed wing of the front…") may name only the setting of a story whose whole first
sentence is about a peace deal; scoring it as a headline would let a secondary topic rest on
half a sentence that the lead already counts in full.
"""

from __future__ import annotations

from briefings.models import TitleOrigin
from briefings.topics import TopicSet

from .factories import make_article

LEAD = (
    "The disarmament of the Northern Highland Armed Forces, the armed wing of the Lakeland"
    " Liberation Movement, will be gradual even after a final peace agreement is signed, the"
    " government's chief negotiator said."
)
BODY = [
    LEAD,
    "The negotiators agreed that the peace process would move in phases, she said.",
    "Both sides will take steps to prevent any violence between the police and rebel troops.",
    "The peace panels will meet again in March to discuss the timetable.",
]


def _classify(title: str, origin: TitleOrigin) -> list[str]:
    article = make_article(title=title, title_origin=origin, paragraphs=BODY)
    return TopicSet.load().classify(article).topics


def test_a_title_cut_from_the_lead_adds_no_evidence_of_its_own() -> None:
    cut = LEAD[:84].rsplit(" ", 1)[0] + "…"
    assert _classify(cut, TitleOrigin.FIRST_SENTENCE) == ["peace-talks"]


def test_a_headline_with_the_same_words_still_counts() -> None:
    """The same words as a headline chosen by an editor say what the story is about."""
    headline = "Disarmament of the Northern Highland Armed Forces to be gradual"
    assert "security" in _classify(headline, TitleOrigin.HEADLINE)
