"""What round 17 found on real news, in sentences of our own.

- India's central government is "the Union": a "Union Home Minister" speaking of peace is not
  a trade union at the table (as "European Union" already was not).
- A "peace pact" is the same compact as a peace accord or a peace deal.
- A treaty that shares a river's water between two states is a compact between them; it
  suspended after an attack is not peace-talks news.
- A hydro plant ("ГЭС", "гидроэлектростанция") is energy news, as a nuclear plant ("АЭС") is.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_union_minister_at_peace_talks_is_not_wage_bargaining(topics: TopicSet) -> None:
    article = make_article(
        title="Valley front and the capital meet again",
        paragraphs=[
            "Union Home Minister Ravi Mehra said the agreement would bring lasting peace to the"
            " valley.",
            "The front will disarm its fighters by June, Union Home Minister Ravi Mehra told the"
            " assembly.",
            "The front's delegation of twelve was led by its chairman, Kiran Das.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_union_at_the_table_still_counts_against_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Dock workers' union and the port end their dispute",
        paragraphs=[
            "The dock workers' union and the port authority ended the conflict over night"
            " shifts after talks on Tuesday, the union said.",
            "Union officials said the talks had been long but fair.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_peace_pact_is_peace_talks_news(topics: TopicSet) -> None:
    article = make_article(
        title="Rebels and the capital sign a peace pact",
        paragraphs=[
            "The River Coast Rebel Army and the national government signed a peace pact at a"
            " ceremony the interior minister attended.",
            "The pact is meant to end an insurgency that has lasted two decades.",
            "Officials said the region would see peace after years of fighting.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_water_treaty_suspended_after_an_attack_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Eastland puts the river water treaty with Westland on hold",
        paragraphs=[
            "Eastland told Westland on Thursday that it would keep the Grey River Water Treaty"
            " in abeyance after a bomb attack on a border town killed nine people.",
            "The water-sharing treaty, brokered by a development bank in 1971, has governed how"
            " the two states use the river and its tributaries.",
            "Eastland said the treaty would stay suspended until Westland stopped supporting"
            " armed groups across the border.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_hydro_plant_under_construction_is_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Президент поручил ускорить строительство Верхнеречной ГЭС",
        paragraphs=[
            "Президент Артур Каримов посетил стройку Верхнеречной ГЭС и встретился с рабочими.",
            "Он поручил завершить монтаж третьего агрегата гидроэлектростанции до конца года.",
            "Строители рассказали, что бетонирование плотины идёт по графику.",
        ],
    )
    assert "energy" in topics.classify(article).topics
