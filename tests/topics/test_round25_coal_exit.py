"""Round 25 (third pass): leaving coal inside energy news.

Coal plants shut down or closed are the transition named by what it leaves, as coal plants
retired are (and as "закрытие угольных ТЭС" already was). Under energy, a sentence naming the
phase-out stays climate's however many energy words name what replaces the coal (reactors,
wind farms): the plants are energy's, the leaving of coal is the transition.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_shutting_down_coal_plants_is_climate_in_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Utility adds gas turbines to its northern grid",
        paragraphs=[
            "The utility will install four gas turbines at its northern power station, adding"
            " 800 megawatts of capacity to the grid by 2028.",
            "The minister said the region will start shutting down its coal plants once the"
            " new turbines run.",
            "Officials said emissions from the power sector would still fall this decade.",
            "The turbines will burn natural gas piped from the offshore field.",
        ],
    )
    assert topics.classify(article).topics == ["energy", "climate"]


def test_a_phase_out_among_energy_words_stays_climates(topics: TopicSet) -> None:
    article = make_article(
        title="Ministry picks a builder for the country's first reactors",
        paragraphs=[
            "The ministry chose a foreign builder for the first three reactors of the new"
            " nuclear power plant on the coast, with construction to start in 2027.",
            "The country plans to phase out its coal-fired power plants in favour of nuclear"
            " reactors and offshore wind farms.",
            "Its greenhouse gas emissions per head are among the highest on the continent.",
            "The reactors will be cooled with sea water and linked to the grid by 2035.",
        ],
    )
    assert topics.classify(article).topics == ["energy", "climate"]


def test_a_lede_on_a_plant_replacing_coal_is_energy_alone(topics: TopicSet) -> None:
    article = make_article(
        title="Reactor deal signed",
        paragraphs=[
            "The utility signed a contract for two reactors that will replace coal-fired"
            " power plants in the region, it said on Monday.",
            "The reactors will supply 2,400 megawatts to the grid from 2036.",
            "The contract covers fuel deliveries for the first ten years.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
