"""Round 23 (wave 3): a place described by its resources is not energy news.

"A contested valley rich in timber and hydrocarbons" sets the scene of a border
dispute; one line on it makes no energy story, while oil fields, output and deals still do.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_disputed_region_rich_in_hydrocarbons_is_not_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Court hears the Ostravia-Belmark border claim",
        paragraphs=[
            "A court in Geneva on Monday heard Ostravia's claim to the Varn basin, a"
            " valley rich in timber and hydrocarbons.",
            "Belmark says the valley, home to farms, forests and some oil, has been its own for"
            " a century.",
            "Both governments promised to respect the ruling.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_an_oil_rich_regions_output_is_still_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Oil output rises in the Varn basin",
        paragraphs=[
            "Crude oil production in the oil-rich Varn basin rose to 400,000 barrels a day.",
            "The state oil company plans to drill ten new wells and expand its refinery.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_region_rich_in_oil_in_russian_is_not_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Суд рассмотрит спор Остравии и Бельмарка",
        paragraphs=[
            "Суд в Женеве начал слушания по спору о долине Варн, богатой золотом и нефтью.",
            "Бельмарк считает долину, где есть леса, поля и немного нефти, своей территорией.",
            "Обе стороны обещали уважать решение.",
        ],
    )
    assert "energy" not in topics.classify(article).topics
