"""Round 31: ordnance dated by its war in English, and what else round 31 changed in topics.

A bomb dated by its war ("a World War II bomb", "WWII-era shells") is an explosive remnant of
that war, as "снаряд времён войны" is: the army that makes it safe does not make it defence news.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_world_war_two_bomb_found_by_builders_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Town centre evacuated over WWII bomb",
        paragraphs=[
            "Some 900 residents of Hallberg left their flats on Sunday after builders dug up"
            " a World War II bomb beside the old brewery.",
            "Army specialists made the device safe by the evening and residents went home.",
        ],
    )
    result = topics.classify(article).topics
    assert result == ["demining"]


def test_a_second_world_war_anniversary_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Hallberg remembers the Second World War raids",
        paragraphs=[
            "Hallberg marked 80 years since the Second World War raids on its harbour.",
            "The mayor laid flowers at the memorial.",
        ],
    )
    assert "demining" not in topics.classify(article).topics
