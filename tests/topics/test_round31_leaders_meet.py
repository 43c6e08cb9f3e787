"""Round 31: two states' leaders meeting or speaking by phone is their diplomacy.

The line weighs a little more than the sentence threshold: a line on their cooperation beside
it makes a passage, and a leaders' meeting named once in a story on something else is no topic.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_presidents_meeting_beside_cooperation_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Talks in the capital",
        paragraphs=[
            "The meeting of the presidents of Ghana and Kenya on Thursday was a useful one.",
            "Both sides praised their cooperation in agriculture, an aide told reporters.",
            "The delegation flew home in the evening.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_leaders_phone_call_beside_cooperation_is_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Звонок из столицы",
        paragraphs=[
            "Президент Чили провел телефонный разговор с премьером Вьетнама в понедельник.",
            "Стороны обсудили сотрудничество в сельском хозяйстве, сообщила пресс-служба.",
            "Подробности беседы не раскрываются.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_leaders_meeting_named_once_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Harvest festival draws crowds",
        paragraphs=[
            "Thousands came to the harvest festival in the old town on Saturday.",
            "The square was decorated for the occasion.",
            "The festival falls in the week the presidents of Ghana and Kenya met in Accra.",
            "Organisers hope for a larger crowd next year.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
