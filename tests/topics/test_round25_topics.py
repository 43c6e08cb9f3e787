"""Round 25: munitions dumped at sea, the transition named in Russian or by leaving coal, a
region as a party at a summit, and a bloc's own climate deal before a UN conference.

Munitions dumped on the seabed after a war are cleared as explosive remnants of it are; a
transition to clean power or a coal phase-out is the climate side of energy news, in Russian as
in English; "the EU-Central Asia summit" names two parties at the table; a bloc's ministers
agreeing their own emissions target "ahead of the COP summit" in its host country make no
partnership with the host.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_dumped_munitions_on_the_seabed_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Survey begins on wartime munitions off the Grelland coast",
        paragraphs=[
            "A research vessel began mapping dumped munitions in the Grelland Bay on Monday,"
            " the coastal agency said.",
            "Tens of thousands of tonnes of shells were thrown overboard after the war, and"
            " many of the munitions on the seabed are rusting through.",
            "The agency wants a plan for their removal ready by next spring.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_russian_chemical_weapons_on_the_seabed_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Власти Норланда обсуждают подъем затопленных снарядов",
        paragraphs=[
            "На дне залива у Норланда после войны оказались тысячи тонн химического оружия,"
            " сообщило морское ведомство.",
            "Ведомство предлагает поднять затопленные боеприпасы и уничтожить их на берегу.",
            "Работы могут занять около десяти лет.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_a_cable_on_the_seabed_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Repair ship reaches damaged cable",
        paragraphs=[
            "A repair ship reached the damaged data cable on the seabed off Grelland on Friday.",
            "The operator said the cable would be back in service within a week.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_a_russian_transition_to_clean_power_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="Энергетика Ольдении: сделка о закрытии угольных станций буксует",
        paragraphs=[
            "Богатые страны обещали помочь Ольдении перейти на экологически чистую"
            " электроэнергетику.",
            "Правительство хочет пересмотреть соглашение с фондом климатических инвестиций и"
            " отложить закрытие старых угольных электростанций.",
            "Министр энергетики заявил, что отключения электроэнергии пока неизбежны.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_coal_phase_out_beside_a_new_reactor_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="Ostmark plans its first reactor",
        paragraphs=[
            "Ostmark picked a builder for its first nuclear power plant, with two reactors"
            " of 1,100 MW each, on Tuesday.",
            "The government wants to phase out coal by 2040 and replace coal-fired plants"
            " with the reactors and wind farms at sea.",
            "The reactors are due to start supplying the grid in 2036.",
        ],
    )
    found = topics.classify(article).topics
    assert "energy" in found
    assert "climate" in found


def test_green_hydrogen_against_climate_change_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="Developer plans a hydrogen plant in Sarnia Bay",
        paragraphs=[
            "The developer plans a 2 GW hydrogen plant near Sarnia Bay, fed by wind and"
            " solar power.",
            "Green hydrogen, made from renewable power, is one answer to climate change,"
            " the chief executive said.",
            "A final investment decision on the 6 billion dollar plant is due next year.",
        ],
    )
    found = topics.classify(article).topics
    assert found[0] == "energy"
    assert "climate" in found


def test_a_summit_of_the_eu_and_central_asia_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Саммит ЕС - Центральная Азия пройдет в мае",
        paragraphs=[
            "Лидеры стран региона соберутся в столице Узбекистана.",
            "На встрече ЕС и Центральная Азия намерены расширить сотрудничество в"
            " транспорте и торговле.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]


def test_a_blocs_target_agreed_before_the_cop_summit_is_climate_only(topics: TopicSet) -> None:
    article = make_article(
        title="Министры ЕС договорились о цели по выбросам на 2040 год",
        paragraphs=[
            "Министры ЕС по вопросам климата согласовали цель по сокращению выбросов,"
            " чтобы успеть подписать соглашение к саммиту ООН COP30 в Бразилии.",
            "Страны смогут покупать квоты на выбросы углерода за рубежом.",
            "Цель на 2035 год также одобрена.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_a_states_plan_for_a_continent_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Valdoria unveils its plan for Africa",
        paragraphs=[
            "Valdoria's prime minister presented a 3 billion euro plan for Africa to"
            " parliament on Tuesday.",
            "The government wants to build partnerships in schooling, farming and health with"
            " the countries of the continent.",
            "Pilot projects start this year in Ghana and Senegal.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]


def test_a_continent_as_a_foreign_policy_priority_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Президент Ардании пообещал расширить связи с Африкой",
        paragraphs=[
            "Президент Ардании заявил, что его страна готова сотрудничать с африканским"
            " континентом на равных.",
            "По его словам, Африка остается одним из ключевых направлений внешней политики"
            " республики.",
            "Он также призвал к реформе международных институтов.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]


def test_a_firms_plan_for_a_wind_farm_in_africa_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Windco to build a 300 MW wind farm in Kenya",
        paragraphs=[
            "Windco will build a 300 MW wind farm in northern Kenya, the company said.",
            "The plant is the firm's largest project in Africa so far.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_a_russian_renewables_share_target_is_climate_too(topics: TopicSet) -> None:
    article = make_article(
        title="В Ольдении запустили крупнейшую солнечную электростанцию",
        paragraphs=[
            "В Ольдении ввели в строй солнечную электростанцию мощностью 300 МВт.",
            "Правительство рассчитывает довести долю ВИЭ в энергобалансе до 40% к 2035 году.",
            "Страна также планирует отказ от угольной генерации в течение десяти лет.",
        ],
    )
    assert sorted(topics.classify(article).topics) == ["climate", "energy"]


def test_a_russian_solar_plant_with_only_its_capacity_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="В Ольдении запустили крупнейшую солнечную электростанцию",
        paragraphs=[
            "В Ольдении ввели в строй солнечную электростанцию мощностью 300 МВт.",
            "Станция обошлась в 200 млн долларов и будет продавать электроэнергию в сеть.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
