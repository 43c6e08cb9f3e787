"""Round 33: the room a brief's own facts leave in the header and date lines goes to facts.

The header is charged before the items are chosen, as the longest the candidates' dates could
make it, and every item an "undated" once any candidate is dated. When the facts chosen need
less (none dated: "dates unknown" once and no date on any item), the brief is chosen again
with that room (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.digest import build_briefing
from briefings.models import Article, DateOrigin
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.topics import TopicSet

from .factories import NOW, make_article, synthetic

LEAD = "Tarvia will ship 4 billion cubic metres of gas a year to Lunaport through a new pipeline."
MORE = "The pipeline's second gas compressor station at Dunmore will double its capacity by 2031."


def _articles(topics: TopicSet) -> list[Article]:
    """An undated story with two facts, and a dated article on the topic that offers none."""
    undated = make_article(
        id="u",
        title="Tarvia gas for Lunaport",
        outlet="Lunaport Herald",
        url=None,
        published=None,
        date_origin=DateOrigin.UNKNOWN,
        source_name="u.txt",
        paragraphs=[LEAD, "Officials met in the capital on the deal.", MORE],
        figures=[],
    )
    asks = make_article(
        id="d",
        title="Will the gas deal hold?",
        outlet="Corvale Wire",
        url=None,
        published=dt.date(2024, 11, 3),
        date_origin=DateOrigin.METADATA,
        source_name="d.txt",
        paragraphs=["Will Lunaport's gas pipeline deal hold?"],
        figures=[],
    )
    return [topics.classify(undated), topics.classify(asks)]


def test_undated_facts_get_the_room_a_dated_header_was_charged(topics: TopicSet) -> None:
    """Only the undated story is told: its header says "dates unknown" and no item repeats
    "undated", so the characters charged for a date span and a date go to its second fact."""
    briefing = build_briefing(
        topics.get("energy"), _articles(topics), NOW, topics=topics, max_chars=240
    )
    text = visible_text(render_briefing(briefing, OutputFormat.HTML)).strip()
    assert [s for item in briefing.items for s in item.sentences] == [LEAD, "…" + MORE]
    assert briefing.newest is None
    assert "dates unknown" in text and "undated" not in text
    assert len(text) <= 240


@pytest.mark.parametrize("max_chars", [300, 600, 900, 1200, 1600, 2400])
def test_a_refilled_brief_still_fits_its_budget(topics: TopicSet, max_chars: int) -> None:
    """Dated and undated facts over a year: whatever is chosen again fits as rendered."""
    articles = synthetic(40, topics, seed=11)
    for topic in topics.topics:
        briefing = build_briefing(topic, articles, NOW, topics=topics, max_chars=max_chars)
        text = visible_text(render_briefing(briefing, OutputFormat.HTML)).strip()
        assert len(text) <= max_chars
