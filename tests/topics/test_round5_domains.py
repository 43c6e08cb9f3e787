"""A topic's generic words in another domain's story, and thin topics inside a neighbour's story.

- "Climate" alone is any atmosphere ("a climate of fear" in newsrooms, "the climate in the
  team"): it adds to climate news but never makes the topic without a word of its own.
- Retailers announce "strategic partnerships" on grocery e-commerce: retail vocabulary is
  off-topic, as sport and restaurants are.
- Coal as a power source ("coal-fired stations", "ТЭЦ") is energy news; a coal mine is not.
- Russian readouts name the kind of relations between states ("дружественных отношений между")
  and their "совместные проекты", as English ones say "relations between" and "joint projects".
- One sentence with two climate things of its own ("climate finance", "emissions") is a climate
  passage even when energy leads the article.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article

OTHER_CLIMATES = [
    pytest.param(
        "A climate of fear for reporters, says watchdog",
        [
            "Reporters in the region now work in a climate of fear, the Northbridge Media Watch"
            " said in its yearly index on Tuesday.",
            "The climate that editors face has worsened in two thirds of the countries it"
            " tracks, the group said.",
            "Three newspapers closed after their owners were fined for critical columns.",
        ],
        id="climate-of-fear",
    ),
    pytest.param(
        "Климат в коллективе удерживает сотрудников, показал опрос",
        [
            "Климат в коллективе сотрудники назвали главной причиной оставаться в компании,"
            " говорится в опросе кадрового агентства «Северный мост».",
            "Хороший климат в отделе ценят две трети опрошенных, гибкий график — меньше половины.",
        ],
        id="ru-team-climate",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs"), OTHER_CLIMATES)
def test_climate_alone_is_not_climate_news(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    """The word "climate" of fear or of a team, however often repeated, never makes the topic."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert "climate" not in topics.classify(article).topics


def test_climate_still_counts_with_a_word_of_its_own(topics: TopicSet) -> None:
    """The same word next to emissions is climate news."""
    article = make_article(
        title="Coastal states press for climate action",
        paragraphs=[
            "Ministers of eleven coastal states said the climate is changing faster than"
            " their budgets, and asked big emitters to cut emissions by half.",
            "They want the next climate conference to agree a fund for sea walls.",
        ],
    )
    assert "climate" in topics.classify(article).topics


RETAIL_PARTNERSHIPS = [
    pytest.param(
        "Grocers bet on partnerships",
        [
            "Two grocery chains, Hollin Market and Bay Street Foods, announced a strategic"
            " partnership on Monday to share delivery vans for their e-commerce orders.",
            "The retailers said the partnership would cut costs for shoppers in twelve towns.",
            "Partnerships between retailers have doubled in three years, analysts say, as"
            " supermarkets add shop-in-shop corners for pharmacies and banks.",
        ],
        id="retailers",
    ),
    pytest.param(
        "Две розничные сети объявили о партнерстве",
        [
            "Розничные сети «Полка» и «Корзинка» объявили о стратегическом партнерстве в"
            " доставке заказов с маркетплейса.",
            "Партнерство позволит ритейлерам открыть пункты выдачи в супермаркетах обеих сетей.",
        ],
        id="ru-retailers",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs"), RETAIL_PARTNERSHIPS)
def test_retail_partnerships_are_not_partnerships_between_states(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    """Shops' partnerships are trade deals, whatever the word."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert topics.classify(article).topics == []


def test_coal_power_stations_are_energy(topics: TopicSet) -> None:
    """Closing coal-fired stations is energy news."""
    article = make_article(
        title="Utility to shut two coal plants",
        paragraphs=[
            "The state utility of Norland will close two coal plants in the north by 2030,"
            " its chairman said.",
            "The coal-fired units still supply a quarter of the country's power grid.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_coal_mine_accident_is_not_energy(topics: TopicSet) -> None:
    """A methane blast underground is an accident at a mine, not power news."""
    article = make_article(
        title="Взрыв на шахте в Северогорске",
        paragraphs=[
            "На угольной шахте «Восточная» в Северогорске произошел взрыв метана, под землей"
            " находились сорок горняков.",
            "Спасатели вывели на поверхность тридцать человек, шахта наполнилась угарным газом.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_russian_relations_between_states_and_joint_projects_are_partnerships(
    topics: TopicSet,
) -> None:
    """A readout naming friendly relations and joint projects is a partnership story."""
    article = make_article(
        title="Министры встретились в Астре",
        paragraphs=[
            "Министры иностранных дел двух стран обсудили развитие дружественных отношений"
            " между государствами.",
            "Они договорились о реализации совместных проектов в сельском хозяйстве и транспорте.",
            "По итогам встречи подписан меморандум о взаимопонимании.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_one_rich_climate_sentence_counts_inside_energy_news(topics: TopicSet) -> None:
    """Energy leads; one sentence on climate finance and emissions still adds climate."""
    article = make_article(
        title="Utility seeks loans to retire coal-fired power plants",
        paragraphs=[
            "The state utility of Norland wants cheaper loans to retire its coal-fired power"
            " plants early, its chairman said on Monday.",
            "It needs 40 billion dollars for new transmission lines and solar farms.",
            "Slow payouts from the climate finance package have delayed its plan to reduce"
            " emissions, he added.",
            "The utility will close its oldest power plant in the south next year.",
        ],
    )
    found = topics.classify(article).topics
    assert found[0] == "energy"
    assert "climate" in found


CLEARANCE_REPORTS = [
    pytest.param(
        "UN team clears explosive hazards in the old city",
        [
            "A United Nations team removed more than 1,200 explosive hazards from the old city"
            " of Kaldar this year, the agency said.",
            "Improvised explosive devices left in homes still injure returning families.",
        ],
        id="explosive-hazards",
    ),
    pytest.param(
        "Mine-suspected area shrinks by a fifth",
        [
            "The mine-suspected area in the country shrank by a fifth last year, the civil"
            " protection directorate said.",
            "Deminers cleared 40 square kilometres of forest near the former front line.",
        ],
        id="mine-suspected-area",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs"), CLEARANCE_REPORTS)
def test_clearance_reports_without_the_word_landmine_are_demining(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    """Clearance teams report explosive hazards and suspected areas as well as mines."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert "demining" in topics.classify(article).topics


def test_an_ied_attack_is_not_demining(topics: TopicSet) -> None:
    """An improvised explosive device used in an attack is security news."""
    article = make_article(
        title="Roadside bomb hits army convoy",
        paragraphs=[
            "An improvised explosive device hit an army convoy near Kaldar, killing two"
            " soldiers, the defence ministry said.",
            "Troops sealed off the road and rebels claimed the attack.",
        ],
    )
    found = topics.classify(article).topics
    assert "demining" not in found
    assert "security" in found


def test_a_partnership_of_two_heads_of_state_is_anchored_by_president(
    topics: TopicSet,
) -> None:
    """A readout naming one president and a partnership is about states."""
    article = make_article(
        title="Россия и Вьетлан подписали заявление о всеобъемлющем партнерстве",
        paragraphs=[
            "Президент России и глава Вьетлана подписали совместное заявление об углублении"
            " всеобъемлющего стратегического партнерства.",
            "Стороны договорились расширять торговлю и сотрудничество в энергетике.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


OTHER_PIPELINES_AND_TRUCES = [
    pytest.param(
        "Drugmaker buys biotech to fill its pipeline",
        [
            "Halden Pharma agreed to buy the biotech firm Corvel for 3.9 billion dollars to"
            " strengthen its oncology pipeline.",
            "The deal adds two late-stage drugs to a pipeline that analysts called thin.",
        ],
        "energy",
        id="drug-pipeline",
    ),
    pytest.param(
        "Software maker raises forecast",
        [
            "Brightline raised its annual forecast after its sales pipeline grew by a third.",
            "The pipeline of enterprise deals is the strongest in its history, the finance"
            " chief said.",
        ],
        "energy",
        id="sales-pipeline",
    ),
    pytest.param(
        "Trade truce extended for 90 days",
        [
            "The two countries agreed to extend their trade truce by 90 days, keeping tariffs"
            " on steel and cars at current levels.",
            "Negotiators will meet again to discuss export controls, the trade ministry said.",
        ],
        "peace-talks",
        id="trade-truce",
    ),
    pytest.param(
        "Инвестиционный климат Узбекистана улучшился",
        [
            "Инвестиционный климат в республике заметно улучшился, заявил министр инвестиций.",
            "Иностранные компании вложили в экономику страны 14 млрд долларов.",
        ],
        "climate",
        id="ru-investment-climate",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "topic"), OTHER_PIPELINES_AND_TRUCES)
def test_business_pipelines_and_truces_are_not_our_topics(
    topics: TopicSet, title: str, paragraphs: list[str], topic: str
) -> None:
    """A drug or sales pipeline, a tariff truce, an investment climate: business news."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert topic not in topics.classify(article).topics


def test_a_gas_pipeline_is_still_energy(topics: TopicSet) -> None:
    """'Pipeline' adds to energy news as before when gas is named."""
    article = make_article(
        title="Pipeline to Estmark starts pumping",
        paragraphs=[
            "The new pipeline from Norland to Estmark started pumping gas on Monday.",
            "It will carry 10 billion cubic metres a year, the operator said.",
        ],
    )
    assert "energy" in topics.classify(article).topics


DOMESTIC_PARTNERSHIPS_AND_MATERIALS = [
    pytest.param(
        "City signs partnership to build new hospital",
        [
            "The city government signed a public-private partnership with the builder"
            " Stonebridge to build a 600-bed hospital.",
            "Under the partnership, Stonebridge will finance the construction and run the"
            " building for 25 years.",
            "The health minister said the partnership model would be used for ten more hospitals.",
        ],
        "partnerships",
        id="public-private-partnership",
    ),
    pytest.param(
        "Власти области заключили соглашение о ГЧП",
        [
            "Правительство области и компания «Мостстрой» заключили соглашение о"
            " государственно-частном партнерстве для строительства новой школы.",
            "Партнерство позволит построить школу на 1200 мест за два года, сообщил министр"
            " образования региона.",
        ],
        "partnerships",
        id="ru-public-private-partnership",
    ),
    pytest.param(
        "New carbon frame weighs under 700 grams",
        [
            "The new race bike uses a carbon frame that weighs under 700 grams, the maker said.",
            "Its carbon wheels cut drag by 8 per cent, according to wind tunnel tests.",
        ],
        "climate",
        id="carbon-as-a-material",
    ),
    pytest.param(
        "На шахте в Северогорске погибли двое горняков",
        [
            "На шахте в Северогорске произошел внезапный выброс угля и газа, погибли два горняка.",
            "В шахте на момент выброса находились 40 человек, остальных вывели на поверхность.",
        ],
        "climate",
        id="ru-coal-and-gas-outburst",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "topic"), DOMESTIC_PARTNERSHIPS_AND_MATERIALS)
def test_domestic_contracts_and_materials_are_not_our_topics(
    topics: TopicSet, title: str, paragraphs: list[str], topic: str
) -> None:
    """A city's builder, a regional minister, a carbon frame, a mine's outburst: not ours."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert topic not in topics.classify(article).topics


def test_ministers_of_three_republics_anchor_a_partnership(topics: TopicSet) -> None:
    """Ministers of neighbouring republics meeting on shared water are states cooperating."""
    article = make_article(
        title="Три республики договорились о параметрах водно-энергетического сотрудничества",
        paragraphs=[
            "В Северогорске прошло заседание руководителей водных ведомств трех республик.",
            "Министры договорились о графике попусков воды и о развитии сотрудничества в"
            " сфере водных ресурсов.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_energy_drinks_are_not_energy(topics: TopicSet) -> None:
    """'Энергетики' sold to teenagers are drinks, not the power sector."""
    article = make_article(
        title="Депутаты предложили запретить продажу энергетиков подросткам",
        paragraphs=[
            "Депутаты предложили запретить продажу энергетиков лицам младше 18 лет.",
            "По словам авторов законопроекта, энергетические напитки вредят здоровью подростков.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_a_peace_declaration_is_peace_talks(topics: TopicSet) -> None:
    """Leaders sign a 'мирная декларация' before the treaty: that is the peace process."""
    article = make_article(
        title="Президент поздравил соседа с подписанием мирной декларации",
        paragraphs=[
            "Президент Норландии поздравил президента Эстмарка с подписанием мирной декларации"
            " между Эстмарком и Вестландом.",
            "Он выразил уверенность, что мирная декларация откроет путь к договору, говорится в"
            " сообщении.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics
