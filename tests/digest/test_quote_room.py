"""A quote the stories leave no room for does not take its sentence out of the brief."""

from __future__ import annotations

import datetime as dt

from briefings.digest import build_briefing
from briefings.models import Article, Quote
from briefings.topics import TopicSet

from .factories import NOW, make_article

QUOTED = "“Gas exports through the Velmora pipeline will double to 20 bcm,” Arvel said."
QUOTE = "Gas exports through the Velmora pipeline will double to 20 bcm,"

LEADS = [
    "Ostrand signed a contract to import 3 bcm of liquefied gas a year from Kaleth.",
    "The Norvik refinery cut its diesel output by 40,000 barrels a day after a fire.",
    "Brava Power opened a 500-megawatt solar plant on the Tesmer plateau.",
    "Grid operator Lunet said electricity exports to Ostrand rose 18 percent in March.",
    "The Sarn oil field started pumping 60,000 barrels of crude a day ahead of schedule.",
    "Kaleth raised its gas storage target to 90 percent before the winter season.",
]


def _stories() -> list[Article]:
    articles = [
        make_article(
            id=f"s{i}",
            title=lead.rstrip("."),
            outlet=f"Outlet {i}",
            url=f"https://example.com/s{i}",
            published=dt.date(2025, 4, 29) - dt.timedelta(days=i),
            source_name=f"s{i}.txt",
            paragraphs=[lead],
        )
        for i, lead in enumerate(LEADS)
    ]
    quoted = make_article(
        id="q",
        title="Velmora to double pipeline gas flow",
        outlet="Outlet Q",
        url="https://example.com/q",
        published=dt.date(2025, 4, 30),
        source_name="q.txt",
        paragraphs=[QUOTED],
        quotes=[Quote(text=QUOTE, speaker="Tomas Arvel")],
    )
    return [quoted, *articles]


def test_a_quote_left_out_for_room_leaves_the_items_as_without_it(topics: TopicSet) -> None:
    """Items repeating the quote give way to it only when it is shown: else the brief's items
    are those of the same articles with no quote at all."""
    quoted = _stories()
    unquoted = [a.model_copy(update={"quotes": []}) for a in quoted]
    topic = topics.get("energy")
    dropped = 0
    for max_chars in range(400, 1300, 50):
        briefing = build_briefing(topic, quoted, NOW, topics=topics, max_chars=max_chars)
        if briefing.quote is not None:
            continue
        dropped += 1
        plain = build_briefing(topic, unquoted, NOW, topics=topics, max_chars=max_chars)
        assert [i.sentences for i in briefing.items] == [i.sentences for i in plain.items]
    assert dropped  # the stories took the quote's room at some of these lengths
