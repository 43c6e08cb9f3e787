"""Compacts between states: what round 10 found on unseen real news, in sentences of our own.

- An agreement, treaty or pact that two named states or blocs sign, conclude or ratify is a
  partnership in one sentence, whatever it covers (a defence pact, a trade agreement between
  two blocs, a migration treaty), in English and Russian.
- Not when it ends a war (a ceasefire or peace deal is peace talks), and not a sale: a supply
  contract between two countries' firms gives its volumes, its officers and the words of a sale.
- A state missing from the shared list of parties cannot make a relation: the list covers the
  states and blocs the news names (a Pacific atoll state, a South American trade bloc).
- Territorial disputes and tensions keep relation cues out in Russian as in English: two
  presidents meeting "to ease tensions over a disputed region" are not building a partnership.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import TopicConfigError
from briefings.topics import TopicSet

from .factories import make_article


def _trade_piece(lead: str) -> list[str]:
    return [
        lead,
        "Growers in the north staged a second week of protests outside the assembly, saying"
        " cheaper imports would ruin small farms.",
        "Tractors blocked two ring roads in the capital on Thursday morning.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "The European Union and Mercosur signed a free trade agreement in Montevideo on"
            " Saturday after years of haggling over beef quotas.",
            id="two-blocs-signed",
        ),
        pytest.param(
            "Евросоюз и Меркосур в субботу подписали соглашение о свободной торговле после"
            " многолетних переговоров о квотах на говядину.",
            id="two-blocs-signed-ru",
        ),
        pytest.param(
            "Совет ЕС в четверг одобрил спорное торговое соглашение с Меркосур, несмотря на"
            " недовольство аграриев.",
            id="approved-ru",
        ),
        pytest.param(
            "Lawmakers in Lima ratified the trade treaty with Ecuador by a wide margin, the"
            " foreign ministry said.",
            id="ratified",
        ),
    ],
)
def test_an_agreement_two_states_sign_is_a_partnership(topics: TopicSet, lead: str) -> None:
    """One sentence on a signed or ratified state-to-state agreement makes the topic."""
    article = make_article(title="Farmers keep up protests", paragraphs=_trade_piece(lead))
    assert topics.classify(article).topics == ["partnerships"]


def test_a_mutual_defence_pact_is_a_partnership_beside_security(topics: TopicSet) -> None:
    """A defence pact leads with security; the signing adds the partnership."""
    article = make_article(
        title="Two states pledge to defend each other",
        paragraphs=[
            "Egypt and Oman concluded a mutual defence agreement during the sultan's state"
            " visit, pledging that an attack on one would be an attack on both.",
            "The pact commits the armed forces of both to joint drills and to a joint air"
            " defence command, officials said.",
            "Military analysts said the troops of both would train together from next year.",
        ],
    )
    assert topics.classify(article).topics == ["security", "partnerships"]


def test_a_pacific_treaty_entering_into_force_is_a_partnership(topics: TopicSet) -> None:
    """A small island state is a party too, and a treaty is between states: no minister needed."""
    article = make_article(
        title="Islanders prepare to move",
        paragraphs=[
            "Once the Samoa-Tuvalu mobility treaty comes into force, islanders may settle,"
            " study and work on the larger island.",
            "Rising seas and stronger storms driven by climate change have already salted the"
            " atoll's gardens, and sea level rise may swamp it within decades.",
            "Community elders say climate change has made planting taro impossible.",
        ],
    )
    assert sorted(topics.classify(article).topics) == ["climate", "partnerships"]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Sudan and South Sudan signed a ceasefire agreement in Addis Ababa on Monday.",
            id="ceasefire",
        ),
        pytest.param(
            "Chad and Cameroon signed a peace accord ending the border war on Monday.",
            id="peace-accord",
        ),
    ],
)
def test_an_agreement_ending_a_war_is_not_a_partnership(topics: TopicSet, lead: str) -> None:
    article = make_article(title="Agreement signed", paragraphs=_trade_piece(lead))
    assert "partnerships" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Oman and India signed a 15-year agreement under which 2 million tonnes of liquefied"
            " gas a year will go to the western coast.",
            id="volumes",
        ),
        pytest.param(
            "The chairman of the buyer, speaking from Delhi, called the Oman accord signed on"
            " Monday a milestone for India.",
            id="company-officer",
        ),
        pytest.param(
            "Туркмения и Китай подписали соглашение о купле-продаже газа на двадцать лет.",
            id="sale-ru",
        ),
        pytest.param(
            "The host agreement between Brazil and the UN climate secretariat will be signed"
            " before the conference opens.",
            id="secretariat",
        ),
    ],
)
def test_a_sale_or_a_hosting_contract_is_not_a_compact(topics: TopicSet, sentence: str) -> None:
    """Supply and sale contracts, and hosting agreements with a secretariat, are no compact."""
    partnerships = topics.get("partnerships")
    assert topics.score_sentence(sentence, partnerships) < partnerships.sentence_threshold


def test_a_signed_agreement_between_named_firms_only_is_not(topics: TopicSet) -> None:
    """No two states or blocs named, no compact: two firms sign agreements every day."""
    partnerships = topics.get("partnerships")
    sentence = "The two retailers signed an agreement on joint deliveries in the spring."
    assert topics.score_sentence(sentence, partnerships) == 0.0


def test_russian_tensions_over_a_disputed_region_block_relations(topics: TopicSet) -> None:
    """«Напряженность» and «спорный» are a dispute's words, as "tensions" and "dispute" are."""
    partnerships = topics.get("partnerships")
    sentence = (
        "Президенты Казахстана и Киргизии в пятницу проведут переговоры, чтобы ослабить"
        " напряженность вокруг спорного участка границы."
    )
    assert topics.score_sentence(sentence, partnerships) == 0.0


def test_a_pair_with_a_bad_term_is_a_config_error(tmp_path: Path) -> None:
    """Relation pairs are checked like every cue: a bad term names the file."""
    override = tmp_path / "topics.yaml"
    override.write_text(
        "topics:\n"
        "  - id: partnerships\n"
        "    relation_pairs:\n"
        "      - first: ['treaty']\n"
        "        second: ['re:[']\n"
        "        weight: 3\n",
        "utf-8",
    )
    with pytest.raises(TopicConfigError, match=r"topics\.yaml"):
        TopicSet.load(override)


def _rebel_deal(middle: str) -> list[str]:
    return [
        "The government of Mozambique and the Ndlovu Front signed a peace agreement in Maputo"
        " on Friday after two years of peace talks hosted by Malawi.",
        middle,
        "Mediators said the peace process would now move to the disarmament of the front's"
        " members and their return to civilian life.",
    ]


def test_a_ceasefire_one_side_demands_is_the_talks_not_security(topics: TopicSet) -> None:
    """Under peace talks, a sentence holding a peace cue is the settlement's, not defence news."""
    article = make_article(
        title="Front and government sign peace deal",
        paragraphs=_rebel_deal(
            "Earlier rounds broke down when the army demanded that the rebels accept a"
            " ceasefire, while the rebel militia insisted that troops and armed forces leave"
            " their villages first. The front's armed wing fought government soldiers for a"
            " decade before the truce of 2019."
        ),
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_fighting_beside_the_talks_is_still_security(topics: TopicSet) -> None:
    """A negotiation word is not enough to cede a sentence: a bombing during talks is fighting."""
    article = make_article(
        title="Front and government sign peace deal",
        paragraphs=_rebel_deal(
            "Despite negotiating, the front's militants ambushed an army convoy in the north"
            " last month, killing nine soldiers, and an airstrike on their camp followed."
        ),
    )
    assert topics.classify(article).topics == ["peace-talks", "security"]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Египет и Оман во время визита султана заключили соглашение о взаимной обороне.",
            id="ru",
        ),
        pytest.param(
            "Egypt and Oman put their names to a mutual defense treaty during the sultan's visit.",
            id="en",
        ),
    ],
)
def test_one_sentence_on_a_mutual_defence_pact_is_security(topics: TopicSet, lead: str) -> None:
    """States pledging to defend each other is defence news even in one sentence."""
    article = make_article(
        title="Султан завершил визит",
        paragraphs=[
            lead,
            "Обозреватели напомнили, что султан в последний раз приезжал в страну шесть лет назад.",
            "Визит завершился ужином в президентском дворце.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_tennis_doubles_pairing_is_not_a_partnership(topics: TopicSet) -> None:
    """Sport's "partnerships" are pairs of players, even when the players' countries are named."""
    article = make_article(
        title="Why some doubles teams last",
        paragraphs=[
            "Few tennis partnerships survive more than three seasons on the tour.",
            "The Kenyan and the Brazilian became doubles partners after losing early at"
            " Wimbledon, and their partnership has lasted six years.",
            "Finding the right partner takes patience, the older of the two said.",
            "Both still play for their countries in team events every spring.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_video_game_ceasefire_is_not_security(topics: TopicSet) -> None:
    """A game mode's truce, weapons and enemy territory are rules of play."""
    article = make_article(
        title="Truce mode for the strategy game",
        paragraphs=[
            "The new game mode gives players ten minutes to build defences before the battle.",
            "During the ceasefire all weapons are locked and players cannot cross into enemy"
            " territory.",
            "The multiplayer update also adds two maps.",
        ],
    )
    assert topics.classify(article).topics == []


def test_the_sides_at_the_table_are_not_fighting(topics: TopicSet) -> None:
    """Under peace talks, rebel groups and a junta named as signatories are no defence news."""
    article = make_article(
        title="Junta and rebels sign accord in Lome",
        paragraphs=[
            "After five months of peace talks in Lome, the military government and eleven"
            " movements put their names to a peace agreement on Tuesday.",
            "The armed groups and the militia leaders who signed will each send delegates to a"
            " national conference, the junta's spokesman said.",
            "Two rebel movements and a militia from the east stayed away from the signing and"
            " said their demands were ignored.",
            "Mediators from Ghana said the peace process would now turn to a lasting peace"
            " settlement.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_peace_dialogue_with_insurgents_is_peace_talks(topics: TopicSet) -> None:
    """'Peace dialogue' is what several governments call their talks with an insurgent front."""
    article = make_article(
        title="First round with the southern front",
        paragraphs=[
            "The head of the government's peace dialogue panel met the insurgent front in"
            " Penang on Monday for a first round.",
            "Both delegations agreed to hold further talks in April, an observer said.",
            "The insurgent group has fought for autonomy in the three southern provinces since"
            " 2004, and troops patrol its villages.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_allies_and_partners_at_an_exercise_are_security_news(topics: TopicSet) -> None:
    """The forces' own words for who takes part in drills do not make a partnership."""
    article = make_article(
        title="Allies, partners gather off Darwin for the largest exercise yet",
        paragraphs=[
            "More than 9,000 troops and 40 warships from 14 nations joined the naval exercise"
            " on Monday.",
            "Training alongside partner navies tests how our forces work together, the"
            " exercise commander said.",
            "The biennial bilateral Indonesia-Australia exercise also drew observers from Fiji and"
            " Tonga, who will collaborate on the landing drills.",
        ],
    )
    assert topics.classify(article).topics == ["security"]
