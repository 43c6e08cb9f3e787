"""Relations between states: what round 8 found on unseen real news, in sentences of our own.

- Two states or blocs named in one sentence with what states do together (negotiate, meet at
  a summit, sign a convention, agree to cooperate) is a partnership, whatever it is about: an
  energy piece on intergovernmental pipeline talks belongs to partnerships too.
- A third state mediating between two named states is a settlement in the making: peace talks,
  even when no war, treaty or ceasefire is named.
- Not a partnership: firms' supply deals that name their countries, one state alone at the
  table, or talks settling a conflict between the two (then the sentences are peace talks').
- Relation cues add a topic; they do not decide which topic leads, so a defence pact's
  security passage is not taken for the partnership's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import TopicConfigError
from briefings.topic_file import Topic
from briefings.topics import TopicSet

from .factories import make_article


def _pipeline_talks(*, parties: str) -> list[str]:
    return [
        f"The European Commission will open negotiations with {parties} on building a power"
        " line and a gas pipeline under the sea.",
        f"Ministers of {parties} agreed that the talks would start in spring and cover the route"
        " of the gas pipeline.",
        "The gas pipeline would carry 12 billion cubic metres of gas a year to the grid.",
        "Engineers say laying the gas pipeline on the seabed would take three years.",
    ]


def test_states_negotiating_an_energy_project_is_a_partnership_too(topics: TopicSet) -> None:
    article = make_article(
        title="Pipeline plan moves ahead",
        paragraphs=_pipeline_talks(parties="Georgia and Armenia"),
    )
    assert topics.classify(article).topics == ["energy", "partnerships"]


def test_the_same_talks_with_no_second_state_named_are_not(topics: TopicSet) -> None:
    article = make_article(
        title="Pipeline plan moves ahead",
        paragraphs=_pipeline_talks(parties="the operator"),
    )
    assert topics.classify(article).topics == ["energy"]


def test_heads_of_state_signing_a_convention_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Leaders sign convention on shared lake",
        paragraphs=[
            "Presidents of the three littoral states put their names to the convention on the"
            " shared lake when the summit closed in Aktau.",
            "The presidents of Kazakhstan, Uzbekistan and Turkmenistan met behind closed doors"
            " before the summit and discussed fishing quotas.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_leaders_meeting_of_three_states_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Проект газопровода обсудят втроем",
        paragraphs=[
            "Министр энергетики Монголии и посол Китая обсудили, когда Россия сможет прислать"
            " делегацию на трехстороннюю встречу о новом газопроводе.",
            "Посол согласилась, что делегациям трех стран стоит встретиться уже осенью.",
            "Газопровод должен поставлять до 30 млрд кубометров газа в год.",
        ],
    )
    assert topics.classify(article).topics == ["energy", "partnerships"]


def test_a_firms_supply_deal_naming_their_countries_is_not_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Gas supply deal signed",
        paragraphs=[
            "A Qatari state-owned energy company agreed on Monday to ship gas for 20 years to a"
            " Chinese refiner.",
            "The two companies also discussed cooperation on liquefied natural gas shipping,"
            " the Chinese corporation said.",
            "The LNG will be shipped to terminals on the Chinese coast from 2027.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_a_state_mediating_between_two_states_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Ankara hosts ministers of two neighbours",
        paragraphs=[
            "Ankara is now mediating between Somalia and Ethiopia, whose quarrel began with a"
            " harbour lease that Mogadishu rejects.",
            "Envoys of the two capitals are expected back in Ankara in the autumn for a second"
            " round of talks.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_mediation_without_two_parties_named_stays_context(topics: TopicSet) -> None:
    article = make_article(
        title="Union and city resume bargaining",
        paragraphs=[
            "A provincial mediator joined the talks on Friday after eight hours of meetings.",
            "The mediator will report to the minister next week.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_settlement_talks_between_two_states_are_not_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Talks on ending the border war resume",
        paragraphs=[
            "Delegations of Armenia and Azerbaijan met in Geneva for a new round of talks on"
            " the peace treaty.",
            "Foreign ministers of Armenia and Azerbaijan discussed the text of the peace"
            " agreement and the delimitation of the border.",
            "Officials of the two countries said the negotiations would continue next month.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_relation_cues_do_not_make_a_defence_passage_secondary(topics: TopicSet) -> None:
    article = make_article(
        title="Two navies to train together",
        paragraphs=[
            "Japan and the Philippines agreed at a summit in Manila to hold joint naval drills"
            " and anti-submarine exercises every year.",
            "The defence ministers of Japan and the Philippines discussed the deployment of"
            " troops and warships for the drills.",
            "The military exercise will involve 2,000 troops and fighter jets.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_land_demined_and_cleared_of_mines_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Farmers return to fields in the south",
        paragraphs=[
            "In the southern district, sowing resumed on fields the teams cleared of mines over the"
            " winter.",
            "About 12,000 hectares have been demined so far, the regional council said.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_two_national_teams_meeting_is_not_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Neighbours meet in Yerevan",
        paragraphs=[
            "Armenia and Georgia meet in Yerevan on Saturday in a qualifying match for the"
            " championship, and both coaches discussed the tournament with reporters.",
            "The head coach of Georgia said the two countries' players had met many times in the"
            " league and the stadium would be full.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_players_contract_talks_between_clubs_of_two_countries_are_nothing(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Striker's future still open",
        paragraphs=[
            "Talks between the Spanish club and the Brazilian striker's agents on a new contract"
            " continued in Madrid on Monday.",
            "The negotiations between the Italian and the Spanish clubs over the transfer fee are"
            " expected to last another week, the midfielder's agent said.",
        ],
    )
    assert topics.classify(article).topics == []


def test_yielding_to_an_unknown_topic_is_a_config_error() -> None:
    topic = Topic.model_validate(
        {"id": "ties", "title": "Ties", "cues": {"ties": 2}, "relations_yield_to": ["nope"]}
    )
    with pytest.raises(TopicConfigError, match="nope"):
        TopicSet([topic])


def test_an_admin_topic_can_use_the_shared_parties(tmp_path: Path) -> None:
    extra = tmp_path / "topics.yaml"
    extra.write_text(
        "topics:\n"
        "  - id: summits\n"
        "    title: Summits\n"
        "    cues: {summitry: 3}\n"
        "    relation_cues: {summit: 3}\n"
        "    min_sentences: 1\n",
        "utf-8",
    )
    topics = TopicSet.load(extra)
    named = make_article(
        title="Leaders meet",
        paragraphs=["Kazakhstan and Uzbekistan held a summit on water on Tuesday in Tashkent."],
    )
    unnamed = make_article(
        title="Leaders meet",
        paragraphs=["The two firms held a summit on water on Tuesday in the capital."],
    )
    assert "summits" in topics.classify(named).topics
    assert "summits" not in topics.classify(unnamed).topics
