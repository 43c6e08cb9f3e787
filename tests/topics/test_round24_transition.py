"""Round 24: an energy story on a new plant that says where the country's power is headed.

A transition named by where it leads (to renewables, away from fossil fuels, a low-carbon
transition) or the renewables' share a government aims at is the climate side of the story:
readers file such pieces under climate as well (four articles of four outlets across the real
sets, none of them without the climate label). A plant's capacity and cost alone stay energy.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_wind_farm_serving_a_transition_to_renewables_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="Lakeland breaks ground on a 900 MW wind farm",
        paragraphs=[
            "Lakeland began building a 900-megawatt wind farm near Osterby, the energy ministry"
            " said on Monday.",
            "The plant is the centrepiece of the republic's transition to renewable energy, the"
            " minister told reporters.",
            "The government wants to raise the share of renewables in its power mix by 2035.",
        ],
    )
    found = topics.classify(article).topics
    assert found[0] == "energy"
    assert "climate" in found


def test_a_low_carbon_transition_strategy_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="Northvale commissions its first solar plant",
        paragraphs=[
            "Northvale switched on a 200 MW solar park, its largest so far, on Tuesday.",
            "The developer said the plant backs the country's low-carbon energy transition.",
            "The move from fossil fuels to renewables will take a decade, the operator added.",
        ],
    )
    found = topics.classify(article).topics
    assert "energy" in found
    assert "climate" in found


def test_a_plant_with_only_its_capacity_and_cost_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Northvale commissions its first solar plant",
        paragraphs=[
            "Northvale switched on a 200 MW solar park, its largest so far, on Tuesday.",
            "The plant cost 180 million dollars and will sell power to the national grid.",
            "A second solar plant of 300 MW is under construction in the south.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
