"""Round 31: ordnance dated by its war in English, and what else round 31 changed in topics.

A bomb dated by its war ("a World War II bomb", "WWII-era shells") is an explosive remnant of
that war, as "снаряд времён войны" is: the army that makes it safe does not make it defence news.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_world_war_two_bomb_found_by_builders_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Town centre evacuated over WWII bomb",
        paragraphs=[
            "Some 900 residents of Hallberg left their flats on Sunday after builders dug up"
            " a World War II bomb beside the old brewery.",
            "Army specialists made the device safe by the evening and residents went home.",
        ],
    )
    result = topics.classify(article).topics
    assert result == ["demining"]


def test_a_second_world_war_anniversary_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Hallberg remembers the Second World War raids",
        paragraphs=[
            "Hallberg marked 80 years since the Second World War raids on its harbour.",
            "The mayor laid flowers at the memorial.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_a_visit_whose_every_line_names_a_tie_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand president lands in Kestria",
        paragraphs=[
            "The president of Norvand arrived in Kestria on Wednesday on a state visit.",
            "She will open a business forum of the two countries' firms on Thursday.",
            "Her aides said the talks would cover cooperation in farming and ports.",
            "The visit follows years of warm ties with the Kestrian government.",
            "A programme of cooperation until 2030 is to be approved, an aide said.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_state_visit_of_banquets_is_still_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Queen of Norvand begins a state visit",
        paragraphs=[
            "The queen began a state visit to Kestria on Monday with a parade.",
            "The state visit continues with a gala dinner and an opera.",
            "The state visit ends on Friday at the royal stables.",
            "Crowds cheered throughout the state visit, police said.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_envoys_of_states_without_diplomatic_ties_are_at_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand and Kestria envoys meet in Geneva",
        paragraphs=[
            "Envoys of Norvand and Kestria met in Geneva on Monday for their sixth round.",
            "The meetings are the only channel between the two states since they severed"
            " diplomatic ties after the 2011 war.",
            "Negotiations touched on border crossings and the return of detained fishermen.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_rivals_talking_after_years_of_frosty_ties_are_normalising(topics: TopicSet) -> None:
    article = make_article(
        title="Foreign secretaries meet in Varnok",
        paragraphs=[
            "After 12 years of frosty ties, Norvand and Kestria held foreign secretary talks in"
            " Varnok on Tuesday.",
            "The two delegations discussed visas and flights, officials said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_warm_ties_between_partners_are_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand and Kestria deepen cooperation",
        paragraphs=[
            "Norvand and Kestria agreed to expand cooperation in farming and ports on Monday.",
            "The ministers praised the warm ties between the two countries and signed a"
            " memorandum of understanding on shipping.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_heatwave_with_deaths_is_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Heatwave closes schools in Varnok",
        paragraphs=[
            "Schools in Varnok will stay shut until Monday as a heatwave grips the province.",
            "Doctors treated 140 people for heatstroke and two farm workers died in the"
            " extreme heat, the health office said.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_floods_that_displace_villages_are_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Thousands displaced as river bursts its banks",
        paragraphs=[
            "Floods have forced 8,000 people from their homes along the Selva river.",
            "Flash flooding washed away two bridges overnight, the district chief said.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_flood_of_orders_is_no_weather(topics: TopicSet) -> None:
    article = make_article(
        title="Panel maker swamped by demand",
        paragraphs=[
            "A flood of orders has reached the Varnok panel maker since March.",
            "Rivals are flooding the market with cheaper kits, its manager said.",
        ],
    )
    assert "climate" not in topics.classify(article).topics


def test_a_state_shipping_coal_abroad_is_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand wants to sell more coal to its neighbour",
        paragraphs=[
            "Norvand plans to export more coal to Kestria over the next decade, its trade"
            " minister said on Monday.",
            "The country shipped 12 million tonnes of coal across the border last year.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_coal_miners_striking_over_pay_are_no_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Miners walk out at Hollin pit",
        paragraphs=[
            "About 900 miners at the Hollin coal mine stopped work on Tuesday over unpaid"
            " bonuses, their union said.",
            "The union wants the owner to pay the bonuses before the holidays.",
            "Managers said talks would resume on Thursday.",
        ],
    )
    assert topics.classify(article).topics == []
