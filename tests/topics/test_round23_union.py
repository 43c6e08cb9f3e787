"""Round 23 (wave 3): two states building a union are a partnership.

The Russia-Belarus "Union State" ("Союзное государство"), "union building", an "integration
project" and a state's "main ally" say what the relationship is, without "cooperation".
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_union_building_and_a_main_ally_in_russian(topics: TopicSet) -> None:
    article = make_article(
        title="Президент Бельмарка назвал Остравию основным союзником",
        paragraphs=[
            "Вопросы союзного строительства остаются главными, заявил президент Бельмарка на"
            " собрании в столице.",
            "Он добавил, что молодежь должна продолжить эту работу.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_the_union_state_and_its_integration_project(topics: TopicSet) -> None:
    article = make_article(
        title="Belmark's president meets the Union State's secretary",
        paragraphs=[
            "The president of Belmark met the state secretary of the Union State on Tuesday.",
            "They discussed economic integration and the next meeting of the two presidents.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_main_ally_named_in_passing_in_war_news_adds_no_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Shelling hits two towns in Ostravia",
        paragraphs=[
            "Artillery shelling hit two towns in eastern Ostravia overnight, the army said.",
            "Troops repelled an attack near the border, the defence ministry said.",
            "Ostravia's main ally has pledged more air defence systems.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
