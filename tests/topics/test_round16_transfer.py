"""What round 16 found on unseen real news, in sentences of our own.

- Sides that agree to a ceasefire have negotiated it, whatever kind of ceasefire it is: "a
  deal on a countrywide truce" and "agreed to a temporary ceasefire" are peace-talks news, as
  "a ceasefire agreement" already was. A ceasefire broken is still security news alone.
- Two named states that sign a "deal" have made a compact as by signing an agreement, and the
  Russian future "подпишет соглашение" is the same signing; a peace deal stays the talks'.
- A gas field's upstream stage ("the extraction phase of the gas deposit", "drill a new
  exploration well", "first gas") is energy news.
- A dzud (the steppe's killing winter) is weather news alone, as a drought is; next to a sentence
  blaming climate change, the piece is climate news.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Militia commander announces deal with the capital",
            [
                "The commander of the Northern Shield militia, Oren Valk, told the Harbour"
                " Courier that his men had reached an agreement on a countrywide ceasefire with"
                " the government.",
                "The ceasefire takes effect at midnight, Valk said.",
                "Officials in the capital did not comment on the announcement on Friday.",
            ],
            id="agreement-on-a-kind-of-ceasefire",
        ),
        pytest.param(
            "Border guards of both sides pull back",
            [
                "After three days of shelling along the river, the commanders of the two armies"
                " agreed to a temporary truce on Sunday evening, the regional governor said.",
                "Under the truce both armies pull their heavy guns back by five kilometres.",
                "Shops in the border villages opened again on Monday morning.",
            ],
            id="agreed-to-a-kind-of-truce",
        ),
    ],
)
def test_a_ceasefire_agreed_is_peace_talks_news(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert "peace-talks" in found


def test_a_ceasefire_broken_is_not_peace_talks_news(topics: TopicSet) -> None:
    article = make_article(
        title="Shelling resumes along the river",
        paragraphs=[
            "Artillery units on both banks broke the fragile ceasefire overnight, the army's"
            " press office said.",
            "Two soldiers were wounded and a bridge was damaged, military officials added.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Laos signs hydropower deal with Vietnam",
            [
                "Laos on Monday signed a deal with Vietnam to sell it 4,000 megawatts of"
                " hydropower for fifteen years, the two countries' energy ministers said.",
                "New transmission lines to the border are to be finished by the end of 2028.",
            ],
            id="en-deal",
        ),
        pytest.param(
            "Эстония подпишет соглашение с Финляндией о малой АЭС",
            [
                "Эстония подпишет соглашение с Финляндией о строительстве малой атомной"
                " электростанции на побережье, сообщили министры энергетики двух стран.",
                "Первый энергоблок мощностью 300 МВт планируется запустить в 2034 году.",
            ],
            id="ru-future",
        ),
    ],
)
def test_an_energy_deal_signed_by_two_states_is_a_partnership(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert {"energy", "partnerships"} <= set(found)


def test_a_peace_deal_signed_by_two_states_is_not_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Neighbours end the border war",
        paragraphs=[
            "Armenia and Azerbaijan signed a peace deal in the capital of a third country on"
            " Tuesday, ending decades of war over the border, the mediators said.",
            "The treaty still has to be ratified by both parliaments.",
        ],
    )
    found = topics.classify(article).topics
    assert "peace-talks" in found
    assert "partnerships" not in found


def test_a_supply_deal_between_two_countries_firms_is_not_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Gas seller signs supply deal with Polish buyer",
        paragraphs=[
            "The Norwegian producer Fjordgass signed a ten-year supply deal with the Polish"
            " importer Wislagaz for two billion cubic metres of gas a year, the firms said.",
            "Deliveries through the subsea pipeline start in October, Fjordgass's chief"
            " executive, Tor Hauge, told reporters.",
        ],
    )
    found = topics.classify(article).topics
    assert "energy" in found
    assert "partnerships" not in found


def test_a_gas_fields_upstream_stage_is_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Offshore project at 40 percent",
        paragraphs=[
            "The Vela Deep gas extraction project off the coast is on schedule to deliver first"
            " gas in 2028, its operator Marlow Offshore said on Tuesday.",
            "Its director, Ivo Brandt, told reporters the firm would drill a new exploration well"
            " in the spring.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


_DZUD = [
    "Herders in three provinces have lost more than 800,000 sheep and goats to this winter's"
    " dzud, the emergency agency said.",
    "A white dzud follows heavy snow that buries the grass the herds feed on in winter.",
]


def test_a_dzud_blamed_on_climate_change_is_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Herds lost on the steppe",
        paragraphs=[
            *_DZUD,
            "Scientists at the national weather office say climate change makes every dzud"
            " harsher and more frequent.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_a_dzud_alone_is_weather_news(topics: TopicSet) -> None:
    article = make_article(title="Herds lost on the steppe", paragraphs=_DZUD)
    assert topics.classify(article).topics == []
