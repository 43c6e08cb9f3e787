"""Round 24 (wave 5): the climate side of energy news, in sentences of our own.

- a counted cut in emissions ("will avoid 90 000 tonnes of CO2 a year", "reduce emissions by
  300 tonnes") is a plant's climate passage (two articles of two outlets on the real sets);
- a dated target for clean or low-carbon power ("a grid run on low-carbon power by 2035",
  "Clean Power 2035") is the climate goal an auction serves (one article fixed, a
  second of another outlet scores higher but stays out).
Energy news naming emissions or renewables in passing stays energy alone.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def _found(topics: TopicSet, title: str, paragraphs: list[str]) -> list[str]:
    return topics.classify(make_article(title=title, paragraphs=paragraphs)).topics


def test_tonnes_of_co2_avoided_make_a_wind_farm_climate_news_too(topics: TopicSet) -> None:
    found = _found(
        topics,
        "A 200 MW wind farm starts up in Karvania",
        [
            "The energy ministry of Karvania said on Monday the 200 MW Drelsk wind farm had begun"
            " feeding power into the national grid.",
            "The plant, built by the developer Norvest Power, has 40 turbines and a 25-year power"
            " purchase agreement with the state utility.",
            "It will supply 150 000 households and avoid 300 000 tpy of CO2 emissions, the"
            " developer said.",
        ],
    )
    assert found == ["energy", "climate"]


def test_emissions_cut_by_a_counted_amount_make_a_solar_plant_climate_news_too(
    topics: TopicSet,
) -> None:
    found = _found(
        topics,
        "Norvest Power connects its solar plant in Karvania",
        [
            "Norvest Power connected the 120 MW Ostrava Flats solar plant to the grid of Karvania"
            " on Tuesday, the company said.",
            "The plant will generate 260 GWh of electricity a year and reduce carbon dioxide"
            " emissions by 900 tonnes per year, the company's chief executive said.",
            "The developer operates four other power plants in the country.",
        ],
    )
    assert found == ["energy", "climate"]


def test_a_dated_low_carbon_power_target_makes_an_auction_climate_news_too(
    topics: TopicSet,
) -> None:
    found = _found(
        topics,
        "Karvania awards contracts to six offshore wind projects",
        [
            "The energy ministry of Karvania announced the results of its seventh offshore wind"
            " auction on Friday, awarding contracts to six projects with 5 GW of capacity.",
            "Officials said the auction keeps the Clean Power 2035 plan on track, which aims for"
            " a grid run on low-carbon power by 2035.",
            "The winning projects will sell power at a guaranteed price for 20 years.",
        ],
    )
    assert found == ["energy", "climate"]


def test_emissions_named_in_passing_leave_energy_news_alone(topics: TopicSet) -> None:
    """No counted cut and no dated target: the emissions are a line in a gas story."""
    found = _found(
        topics,
        "Karvania ships its first cargo of liquefied gas",
        [
            "The first tanker of liquefied natural gas left the Drelsk terminal on Sunday, the"
            " operator said.",
            "The minister said the exports would diversify trade and help reduce global emissions.",
            "The terminal can ship 14 million tonnes of gas a year.",
        ],
    )
    assert found == ["energy"]


def test_emissions_counted_by_sector_are_no_cut(topics: TopicSet) -> None:
    """'Emissions by transport' is a breakdown, not a cut: the number is what the cue needs."""
    found = _found(
        topics,
        "Karvania's gas demand rises",
        [
            "Gas demand in Karvania rose 4% last year, the grid operator said.",
            "Its report also listed emissions by the transport and power sectors.",
        ],
    )
    assert "climate" not in found
