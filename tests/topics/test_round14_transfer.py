"""What round 14 found on unseen real news, in sentences of our own.

- Mine clearance is done by soldiers: "military engineers of the army group are clearing the
  border district", "sappers defused a downed drone". Under a demining story those are who does
  the clearing, not a defence story of its own; a passage on fighting still is one.
- A joint communique lists climate (or energy, or security) among twenty areas of cooperation:
  a topic the text only lists among many is not a passage on it. A list that is mostly one
  topic's ("oil, gas and power") is about that topic.
- States quitting the mine-ban treaty (the Ottawa Convention) is demining news as well as
  defence news; one sentence of three defence cues is a defence passage even when the treaty
  leads the article.
- Fuel shortages, queues at filling stations and diesel running out are energy news.
"""

from __future__ import annotations

import pytest

from briefings.cues import normalise
from briefings.enumerations import _TOKEN, enumerations
from briefings.topics import TopicSet

from .factories import make_article


def _items(text: str) -> list[list[str]]:
    tokens = _TOKEN.findall(normalise(text))
    return [[" ".join(tokens[a:b]) for a, b in found] for found in enumerations(text)]


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Engineers carry out demining in border villages",
            [
                "Military engineers of the Western group of troops are carrying out demining in"
                " the border villages of the Kaleva district, officials said.",
                '"Military engineers of the Western group of troops are carrying out demining near'
                ' the border," the statement said.',
                "Sappers also defused the warhead of a downed drone near a school.",
                "The engineers have checked more than 40 hectares of farmland since May.",
            ],
            id="en",
        ),
        pytest.param(
            "Инженеры ведут разминирование приграничных сел",
            [
                "Военные инженеры группировки войск «Запад» проводят разминирование в"
                " приграничных селах Калевского района, сообщили в штабе.",
                "«Военные инженеры группировки войск «Запад» проводят разминирование вблизи"
                " границы», — говорится в сообщении штаба.",
                "Саперы также обезвредили боевую часть сбитого беспилотника у школы.",
                "С мая инженеры проверили более 40 гектаров пашни.",
            ],
            id="ru",
        ),
    ],
)
def test_soldiers_clearing_mines_are_demining_not_defence_news(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert found == ["demining"]


def test_fighting_beside_mine_clearance_is_still_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="Sappers resume demining after shelling of Kaleva",
        paragraphs=[
            "Deminers resumed mine clearance in the Kaleva district on Tuesday.",
            "Overnight, artillery and drones struck the town and killed two soldiers, the army"
            " said, and troops repelled an armoured assault on the front line.",
            "The military said air defence shot down eleven attack drones and a cruise missile.",
            "The clearance teams had removed 300 anti-tank mines from the fields in May.",
        ],
    )
    found = topics.classify(article).topics
    assert "demining" in found
    assert "security" in found


def test_climate_listed_among_areas_of_a_communique_is_not_climate_news(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Estavia and Norland deepen their strategic partnership",
        paragraphs=[
            "The presidents of Estavia and Norland issued a joint statement on Friday on the"
            " strategic partnership of Estavia and Norland.",
            "The two sides see room for cooperation in farming, defence, mining, energy, health"
            " and tourism.",
            "Worries about climate change, fisheries, and mountain forests are shared, the"
            " statement says, as are links to space science, rural roads, and clean and"
            " renewable power.",
            "They agreed to meet again in the Norland capital next spring.",
        ],
    )
    found = topics.classify(article).topics
    assert "partnerships" in found
    assert "climate" not in found
    assert "energy" not in found


def test_a_list_mostly_of_one_topic_is_about_it(topics: TopicSet) -> None:
    article = make_article(
        title="Estavia's winter bills",
        paragraphs=[
            "Prices of natural gas, heating oil, coal and electricity rose by a third in"
            " Estavia this winter, the regulator said.",
            "Households paid more for gas, power and district heating than in any year since 2015.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_states_quitting_the_mine_ban_treaty_is_demining_and_defence_news(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Three neighbours to leave the landmine treaty",
        paragraphs=[
            "The defence ministers of Estavia, Norland and Kalevia said on Tuesday they would"
            " recommend leaving the Ottawa Convention.",
            "The ministers said the security situation on the eastern flank had worsened and"
            " their armed forces needed freedom to use any weapon system.",
            "The treaty, signed in 1997, forbids making or laying such weapons.",
        ],
    )
    found = topics.classify(article).topics
    assert "demining" in found
    assert "security" in found


def test_one_strong_defence_sentence_under_a_mine_treaty_story_is_defence_news(
    topics: TopicSet,
) -> None:
    """Three defence cues in one sentence of its own are a passage, also under demining."""
    article = make_article(
        title="Estavia and Norland to quit the convention banning anti-personnel mines",
        paragraphs=[
            "The defence ministers of Estavia and Norland said on Monday they would recommend"
            " leaving the Ottawa Convention on anti-personnel mines.",
            '"Our armed forces need the freedom to choose new weapons in this security'
            ' environment," the ministers wrote.',
            "The Ottawa Convention forbids making, storing or laying anti-personnel mines.",
        ],
    )
    found = topics.classify(article).topics
    assert found[0] == "demining"
    assert "security" in found


def test_fuel_shortages_are_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Drivers wait days for fuel in Estavia",
        paragraphs=[
            "Drivers in Estavia have queued for days at filling stations as diesel and gasoline"
            " shortages spread across the country.",
            "The state oil company said it lacked the dollars to import more fuel.",
            "Truckers blocked a highway near the capital on Monday in protest.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_petrol_station_in_a_story_is_not_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="A night drive through Kaleva",
        paragraphs=[
            "The novel opens at a petrol station outside Kaleva at three in the morning.",
            "Its hero, a retired teacher, buys coffee and a map and drives north.",
            "By dawn he has reached the sea, and the story its second chapter.",
        ],
    )
    assert topics.classify(article).topics == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed cooperation in trade, energy and security.",
            [["trade", "energy", "security"]],
        ),
        (
            "Стороны обсудили сотрудничество в торговле, энергетике, культуре и спорте.",
            [["торговле", "энергетике", "культуре", "спорте"]],
        ),
        (
            "Worries about climate change, fisheries, and mountain forests are shared.",
            [["climate change", "fisheries", "mountain forests are shared"]],
        ),
    ],
)
def test_an_enumeration_is_read_item_by_item(text: str, expected: list[list[str]]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gas, oil and power prices rose sharply last winter in Kaleva and its suburbs.",
        "In Kaleva, the minister said, the talks will resume on Monday after a long break.",
        "The ceasefire, agreed in May, has held.",
    ],
)
def test_clauses_between_commas_are_no_enumeration(text: str) -> None:
    assert _items(text) == []
