"""Round 25 (third pass): states deciding together to build something have made a compact.

"Three states took a joint decision to build the dam" is what "agreed to build" says, in the
words of an energy minister's briefing; two firms' joint decision stays theirs.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_states_joint_decision_to_build_a_plant_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Hydropower plant on the upper river to be ready in six years",
        paragraphs=[
            "The hydropower plant on the upper river will be built within six years, the"
            " energy minister of Tajikistan told reporters on Monday.",
            "Tajikistan, Uzbekistan and Kazakhstan took a joint decision to build the plant,"
            " he said.",
            "Its four turbines will produce 1,800 megawatts for the three countries.",
        ],
    )
    assert set(topics.classify(article).topics) == {"energy", "partnerships"}


def test_russian_states_joint_decision_to_build_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="ГЭС на верхнем течении реки построят за шесть лет",
        paragraphs=[
            "Строительство ГЭС мощностью 1800 мегаватт завершится через шесть лет, сообщил"
            " министр энергетики Таджикистана.",
            "Таджикистан, Узбекистан и Казахстан приняли совместное решение о строительстве"
            " станции, отметил он.",
            "Четыре турбины станции будут вырабатывать электроэнергию для трех стран.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_two_firms_joint_decision_to_build_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="New solar factory planned",
        paragraphs=[
            "A Turkish and a Greek company took a joint decision to build a solar panel"
            " factory near the port, the firms said.",
            "The factory will make panels for 600 megawatts of solar plants a year.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
