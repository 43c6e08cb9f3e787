"""Round 25 (fourth pass): a state meeting a bloc or a region at their standing forum.

CELAC (all Latin American and Caribbean states) and Latin America named as one region sit at
the table as one party, as the African continent or Central Asia do; a forum of the two is where
they meet, and the joint action plan they adopt is a compact for the years ahead. Every sentence
here is invented.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_state_and_celac_forum_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="India to host ministerial meeting of its forum with CELAC",
        paragraphs=[
            "Foreign ministers of CELAC countries will gather in New Delhi next month for the"
            " second ministerial meeting of the India-CELAC Forum, the ministry said.",
            "As agreed by India and CELAC, the meeting will adopt a joint action plan for the"
            " next three years.",
            "The plan will guide India-Latin America cooperation in farming, health and"
            " space, an official told reporters.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_state_and_celac_forum_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="В Нью-Дели прошла встреча министров форума Индия — СЕЛАК",
        paragraphs=[
            "В Нью-Дели прошла министерская встреча форума Индия — СЕЛАК, сообщил МИД.",
            "Стороны приняли совместный план действий на три года, по его словам Индия и"
            " страны Латинской Америки расширят сотрудничество в медицине.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_one_state_at_a_forum_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Minister courts investors at forum",
        paragraphs=[
            "Kenya's finance minister told an investment forum in Paris that the shilling"
            " would stay stable this year.",
            "The forum drew bankers and fund managers from thirty firms, its organisers said.",
        ],
    )
    assert topics.classify(article).topics == []
