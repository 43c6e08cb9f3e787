"""What round 12 found on unseen real news, in sentences of our own.

- Drills are also called manoeuvres ("маневры", "manoeuvres"): a headline or lead naming joint
  manoeuvres of two navies is defence news, as "exercises" and "учения" are.
- Governments sign declarations and roadmaps as they sign agreements: two named states signing
  one is a compact between them, whatever it covers (a grid, a dam).
- Talks with an armed group ("resumed talks with the rebel group") are talks to end its fight.
- Sea ice shrinking to a record low is climate news, as melting glaciers are.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


@pytest.fixture(scope="module")
def topics() -> TopicSet:
    return TopicSet.load()


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Индонезия и Вьетнам впервые проводят совместные маневры",
            [
                "Новый президент Вьетнама заявил, что хочет чаще бывать за границей.",
                "Индонезия и Вьетнам во вторник начали первые совместные военные учения у"
                " острова Натуна.",
                "Корабли простоят в порту три дня.",
            ],
            id="ru",
        ),
        pytest.param(
            "Two navies hold their first joint manoeuvres",
            [
                "The new navy chief of Norland said the fleet would spend more time at sea.",
                "Norland and Estavia began their first military drills off the northern cape on"
                " Tuesday.",
                "The ships will stay in port for three days.",
            ],
            id="en",
        ),
    ],
)
def test_manoeuvres_in_a_headline_are_drills(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    article = make_article(title=title, paragraphs=paragraphs)
    assert "security" in topics.classify(article).topics


def test_a_political_manoeuvre_is_not_defence(topics: TopicSet) -> None:
    article = make_article(
        title="Budget vote delayed",
        paragraphs=[
            "The finance committee postponed the budget vote after a procedural manoeuvre by"
            " two councillors.",
            "The mayor called the move a cheap manoeuvre and asked for a vote next week.",
        ],
    )
    assert "security" not in topics.classify(article).topics


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        pytest.param(
            "Northern premiers agree on a faster grid switch",
            "The prime ministers of Estonia and Latvia signed a joint declaration on Friday to"
            " bring forward the switch of their power grids to the continental network.",
            id="declaration",
        ),
        pytest.param(
            "Три страны подписали план по строительству ГЭС",
            "Министры энергетики Казахстана и Узбекистана подписали дорожную карту по"
            " строительству новой ГЭС на реке Нарын.",
            id="roadmap",
        ),
    ],
)
def test_a_declaration_or_roadmap_two_states_sign_is_a_compact(
    topics: TopicSet, title: str, lead: str
) -> None:
    article = make_article(
        title=title,
        paragraphs=[
            lead,
            "The grid operators will test the lines over the summer; the power plant will"
            " supply electricity to both countries from 2030.",
        ],
    )
    found = topics.classify(article).topics
    assert "partnerships" in found
    assert "energy" in found


def test_a_roadmap_a_firm_signs_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Utility signs roadmap for new turbines",
        paragraphs=[
            "The chief executive of Northwind Power signed a roadmap with a Danish supplier for"
            " the purchase of forty turbines.",
            "The turbines will supply electricity to 200,000 homes from 2028.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_talks_with_a_rebel_group_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Government and northern movement meet again",
        paragraphs=[
            "After a year of deadlock, the government on Monday resumed talks with the Free"
            " Hills Front, the largest rebel group in the north, in the capital.",
            "The interior minister said the meeting in the capital had been positive.",
            "A new interlocutor will be named next month.",
            "Both sides want a lasting peace in the hills, he added.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_rebels_without_talks_are_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Attack in the hills",
        paragraphs=[
            "Rebels from the Free Hills Front attacked an army post in the north on Monday,"
            " killing two soldiers.",
            "The armed group has fought the government for a decade.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Arctic sea ice hits a new record low",
            [
                "Sea ice around the Arctic shrank to a record low in September, the polar"
                " research institute of Norland said on Tuesday.",
                "Only two thirds of the usual sea ice extent was left at the end of the summer.",
            ],
            id="en",
        ),
        pytest.param(
            "Площадь морского льда в Арктике достигла рекордного минимума",
            [
                "Площадь морского льда в Арктике в сентябре сократилась до рекордного"
                " минимума, сообщил полярный институт.",
                "Льда осталось на треть меньше обычного за весь период наблюдений.",
            ],
            id="ru",
        ),
    ],
)
def test_sea_ice_at_a_record_low_is_climate(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    article = make_article(title=title, paragraphs=paragraphs)
    assert "climate" in topics.classify(article).topics


def test_a_lede_with_two_cues_makes_the_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Weekend switch",
        paragraphs=[
            "The two island states cut their electricity systems from the old power grid on"
            " Saturday, their operators said.",
            "Engineers will run tests for a day before the new link opens.",
            "Ferries and flights ran as usual.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_lede_further_down_is_one_sentence(topics: TopicSet) -> None:
    article = make_article(
        title="Weekend switch",
        paragraphs=[
            "Ferries and flights ran as usual on the islands on Saturday.",
            "Engineers will run tests for a day before the new link opens.",
            "The two island states cut their electricity systems from the old power grid, their"
            " operators said.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_a_lede_of_meeting_words_alone_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Leaders in Vienna",
        paragraphs=[
            "The presidents of Austria and Hungary met in Vienna on Monday and discussed the"
            " tariff row.",
            "Neither spoke to reporters afterwards.",
            "A dinner followed at the palace.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
