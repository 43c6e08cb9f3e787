"""Round 32: nuclear arms are defence news; war-dated duds and drifting mines are demining.

A state's stockpile of enriched uranium, the inspectors' access to its nuclear sites and a strike
on those sites are what the nuclear watchdog reports on: defence news in two develop sets and two
languages. The watchdog's own name ("the International Atomic Energy Agency") is no energy cue,
and a power deal that rules out "uranium enrichment" (the work, not the material) stays energy.
A bomb dated after it ("from World War II"), a mine adrift and unexploded cluster bombs are what
clearance teams remove; a world war named as history is no defence news of today. A city
running out of water in a drought, and a heat record, are climate news; a dam short of water
stays the power plant's.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_watchdog_resolution_on_a_uranium_stockpile_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Watchdog board rebukes Norvand",
        paragraphs=[
            "The board of the International Atomic Energy Agency passed a resolution on"
            " Tuesday by 21 votes to four.",
            "It tells Norvand to let inspectors count the enriched uranium it holds and to"
            " reopen two nuclear sites it closed in spring.",
            "Norvand holds about 300 kilograms of uranium enriched to 60 percent, the agency"
            " estimates.",
        ],
    )
    assert topics.classify(article).topics == ["security"]


def test_a_strike_on_a_nuclear_site_confirmed_by_the_agency_is_security(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="МАГАТЭ подтвердило удар по ядерному объекту в Кестрии",
        paragraphs=[
            "Ядерный объект под Варноком пострадал при бомбардировке в ночь на среду,"
            " заявили в Международном агентстве по атомной энергии.",
            "Атомная электростанция на побережье не пострадала, уровень радиации в норме,"
            " добавили в агентстве.",
        ],
    )
    result = topics.classify(article).topics
    assert result == ["security"]


def test_a_power_deal_without_uranium_enrichment_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Кестрия построит первую атомную электростанцию",
        paragraphs=[
            "Кестрия подписала контракт на строительство атомной электростанции на 2 ГВт.",
            "Соглашение не предусматривает обогащения урана в стране, топливо будут"
            " поставлять из-за рубежа.",
            "Первый энергоблок станции должен дать ток в 2034 году.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_watchdog_inspectors_at_a_power_plant_are_no_security(topics: TopicSet) -> None:
    article = make_article(
        title="Inspectors clear Varnok reactor for restart",
        paragraphs=[
            "IAEA inspectors finished a two-week review of the Varnok nuclear power plant.",
            "The plant's second reactor can restart in May and add 900 megawatts to the grid,"
            " the utility said.",
            "Electricity prices in the region fell on the news.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" not in result
    assert "energy" in result


def test_a_pipeline_memorandum_across_british_columbia_is_no_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Ottawa backs a new oil pipeline to the Pacific",
        paragraphs=[
            "The prime minister of Canada signed a memorandum of understanding with the"
            " premier of Alberta on a crude pipeline across British Columbia to the coast.",
            "The line would carry 800,000 barrels of oil a day from 2031, officials said.",
        ],
    )
    result = topics.classify(article).topics
    assert "partnerships" not in result
    assert "energy" in result


def test_a_peace_conference_on_a_war_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Кестрия проведёт мирную конференцию по Норвандии",
        paragraphs=[
            "Кестрия намерена летом провести мирную конференцию по Норвандии, заявил"
            " министр иностранных дел страны.",
            "Приглашения разосланы 90 государствам, сообщил он журналистам в понедельник.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_bomb_from_world_war_two_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Brennau evacuates 6,000 over old bomb",
        paragraphs=[
            "Some 6,000 residents of Brennau had to leave home on Tuesday while army"
            " specialists dealt with an unexploded bomb found by road workers.",
            "Police said it was a 250-kilogram bomb from World War II.",
            "Soldiers of the territorial defence helped the police close the streets.",
            "Army engineers took the bomb to a quarry and detonated it there.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_a_drifting_sea_mine_off_the_coast_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="У берегов Кестрии нашли дрейфующую мину",
        paragraphs=[
            "Рыбаки заметили дрейфующую морскую мину в 12 километрах от порта Варнок.",
            "Водолазы-саперы отбуксировали ее в открытое море и уничтожили, сообщили в штабе"
            " флота.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_unexploded_cluster_bombs_in_fields_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Farmers in Norvand still find cluster bombs",
        paragraphs=[
            "Thousands of unexploded cluster bombs still lie in the fields of southern"
            " Norvand, 20 years after the air war, a charity says.",
            "The army bombed bridges and convoys across the region in the spring of 2005.",
            "Bomblets that failed to go off are found by ploughs every season.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_a_defence_story_recalling_the_world_war_stays_security(topics: TopicSet) -> None:
    article = make_article(
        title="Kestria to double its army",
        paragraphs=[
            "Kestria will double its armed forces to 120,000 troops by 2030, the defence"
            " minister said, the largest build-up since World War II.",
            "The military will also buy 40 tanks and air defence systems.",
        ],
    )
    assert topics.classify(article).topics == ["security"]


def test_a_capital_running_out_of_water_in_a_drought_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="Варнок может остаться без воды к весне",
        paragraphs=[
            "Власти Кестрии предупредили, что столице грозит острая нехватка питьевой воды.",
            "Засуха длится третий год, водохранилища заполнены на 6 процентов.",
            "Уровень осадков за осень стал самым низким за 70 лет наблюдений.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_a_water_shortage_after_a_dry_year_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand rations tap water",
        paragraphs=[
            "Norvand began rationing tap water in three provinces as the water shortage worsens.",
            "Officials blamed a lack of rainfall since March and the worst drought in 40 years.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_a_dam_short_of_water_in_a_drought_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Kestria imports power as dam output falls",
        paragraphs=[
            "The Varnok hydropower plant cut electricity output by 40 percent because of"
            " the drought, the utility said.",
            "Kestria will import 300 megawatts of power from Norvand until the reservoir recovers.",
        ],
    )
    result = topics.classify(article).topics
    assert "climate" not in result
    assert "energy" in result


def test_a_temperature_record_in_a_heatwave_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="В Кестрии зафиксирован новый температурный рекорд",
        paragraphs=[
            "В провинции Варнок столбик термометра поднялся до 46 градусов, это новый"
            " температурный рекорд страны.",
            "Синоптики ожидают, что жара продержится до конца недели.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_an_ambush_by_armed_men_on_a_road_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="В Кестрии предполагаемые исламистские боевики убили семь человек",
        paragraphs=[
            "Вооруженные люди устроили засаду на автобус у деревни Варнок на севере страны.",
            "Нападавшие скрылись в лесу, сообщила местная полиция.",
        ],
    )
    assert topics.classify(article).topics == ["security"]
