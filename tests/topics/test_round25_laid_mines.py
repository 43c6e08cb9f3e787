"""Round 25 (fourth pass): forces laying mines contaminate the ground, whatever their side.

"Troops planted mines near the border", "солдаты устанавливают мины на дороге": the verb says
the mines are explosives, not a colliery, and the story is the topic's second distinct cue
beside the landmines themselves. Every sentence here is invented.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_army_laying_mines_is_demining_beside_security(topics: TopicSet) -> None:
    article = make_article(
        title="Army casualties mount as troops lay mines along frontier",
        paragraphs=[
            "Soldiers of the northern army were killed this week when landmines exploded as"
            " they worked near the frontier, the southern military said.",
            "The troops are planting mines along the border fence and building new guard"
            " posts, officials said.",
            "The army has moved two divisions to the frontier since spring.",
            "They buried landmines mainly where people had crossed the border before,"
            " military officials added.",
        ],
    )
    assert set(topics.classify(article).topics) == {"demining", "security"}


def test_russian_laid_mines_weigh_as_landmines(topics: TopicSet) -> None:
    demining = topics.get("demining")
    assert topics.score_sentence("Военные заложили несколько мин у дороги.", demining) >= 3
    assert topics.score_sentence("На дороге установили наземные мины.", demining) >= 3


def test_a_colliery_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Coal firm to reopen two mines",
        paragraphs=[
            "The coal company will reopen two mines in the valley next year, its chief said.",
            "Miners will return to work in the mines once safety checks are done.",
        ],
    )
    assert "demining" not in topics.classify(article).topics
