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


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Флоты Вьетнама и Малайзии провели у Натуны маневры",
            [
                "Президент Малайзии в тот же день открыл в столице новый мост.",
                "Вьетнам и Малайзия во вторник провели у острова Натуна совместные военные учения.",
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
            "Nordic neighbours back a hydrogen link",
            "Finland and Sweden signed a joint declaration on Friday on a hydrogen pipeline"
            " and a new power line across the Gulf of Bothnia.",
            id="declaration",
        ),
        pytest.param(
            "Ереван и Тбилиси договорились об обмене электроэнергией",
            "Армения и Грузия подписали дорожную карту по обмену электроэнергией через новую"
            " линию на севере.",
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
            "The government and the Free Hills Front, a rebel group that has held the northern"
            " valleys since 2015, opened talks in the capital on Monday.",
            "The interior minister called the first day positive.",
            "Observers from two neighbouring states attended.",
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
            "Greenland's sea ice at its smallest in decades",
            [
                "The area covered by sea ice near Greenland fell to its smallest since"
                " measurements began, the polar research institute of Norland said on Tuesday.",
                "Barely two thirds of the usual sea ice extent was left when the summer ended.",
            ],
            id="en",
        ),
        pytest.param(
            "У Гренландии стало меньше морского льда, чем когда-либо",
            [
                "К концу лета у берегов Гренландии осталось меньше морского льда, чем за все"
                " годы спутниковых наблюдений, сообщил полярный институт.",
                "Льда осталось на треть меньше обычного.",
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
            "The two island states unplugged their power grid from the mainland electricity"
            " network on Saturday.",
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
            "The two island states unplugged their power grid from the mainland electricity"
            " network.",
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
