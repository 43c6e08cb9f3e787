"""Round 31: one state building a power plant or a power line for another is a state project.

"The two neighbours will build a hydropower station" names both states beside the plant: their
tie, not only the plant's megawatts. A line described as "built to link" two grids is no act of
either state, and firms' supply deals stay blocked.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_state_building_a_plant_for_another_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Laos and Vietnam to build a 480MW hydropower station on the Sekong river",
        paragraphs=[
            "Laos and Vietnam will build a 480MW hydropower station on the Sekong river, the"
            " energy ministry in Vientiane said on Tuesday.",
            "The dam's four turbines are due to produce power from 2031.",
            "Most of the electricity will be sold to the grid across the border, the two"
            " countries' governments said.",
        ],
    )
    assert set(topics.classify(article).topics) == {"energy", "partnerships"}


def test_russian_state_building_a_reactor_abroad_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Первый энергоблок станции на побережье запустят через пять лет",
        paragraphs=[
            "Россия построит в Мьянме атомную электростанцию мощностью 110 мегаватт, сообщил"
            " министр энергетики Мьянмы.",
            "Первый энергоблок станции должен дать электроэнергию через пять лет.",
            "Реактор будет работать на топливе, которое привезут морем, добавил посол.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_line_built_to_link_two_grids_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="First power flows over the new interconnector",
        paragraphs=[
            "Power flowed for the first time over the Norway-Denmark transmission line, a"
            " 300 km cable built to link the countries' grids.",
            "The cable can carry up to 1,400 megawatts of electricity.",
            "The grid operator expects electricity exports between the two countries to rise"
            " in the winter.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
