"""A quote is colour: with few stories too, it never takes a story's place in the brief."""

from __future__ import annotations

import datetime as dt

from briefings.digest import build_briefing
from briefings.models import Article, Quote
from briefings.topics import TopicSet

from .factories import NOW, make_article

QUOTED = "“Our gas will reach Ostrand through the Velmora line before the winter,” Arvel said."
QUOTE = "Our gas will reach Ostrand through the Velmora line before the winter,"

LEADS = [
    "Kaleth began pumping gas through the new Velmora pipeline on Monday, sending its first "
    "cargo of 3 bcm a year to Ostrand under a ten-year supply contract signed in March.",
    "The Norvik refinery cut its diesel output by 40,000 barrels a day after a fire broke out "
    "at its largest crude unit, the operator said, adding that repairs would take a month.",
]


def _stories(with_quote: bool) -> list[Article]:
    return [
        make_article(
            id=f"s{i}",
            title=f"Energy story {i}",
            outlet=f"Outlet {i}",
            url=f"https://example.com/s{i}",
            published=dt.date(2025, 4, 29) - dt.timedelta(days=i),
            source_name=f"s{i}.txt",
            paragraphs=[lead, QUOTED] if i == 0 else [lead],
            quotes=[Quote(text=QUOTE, speaker="Tomas Arvel")] if i == 0 and with_quote else [],
        )
        for i, lead in enumerate(LEADS)
    ]


def test_a_quote_never_takes_a_story_s_place(topics: TopicSet) -> None:
    """At every length, the brief with a quote on offer tells as many stories as without one:
    the quote gets only the room the stories leave, however few they are."""
    topic = topics.get("energy")
    shown = 0
    for max_chars in range(300, 900, 20):
        quoted = build_briefing(topic, _stories(True), NOW, topics=topics, max_chars=max_chars)
        plain = build_briefing(topic, _stories(False), NOW, topics=topics, max_chars=max_chars)
        stories = {s.article_id for item in quoted.items for s in item.sources}
        assert stories >= {s.article_id for item in plain.items for s in item.sources}
        shown += quoted.quote is not None
    assert shown  # where the stories leave room, the quote is still shown
