"""Round 9 (final6/final7 misses and false positives), in sentences of our own.

- A civil defence service is a rescue service: its teams dig out survivors and report
  unexploded shells; "Defense" in its name is not the military's.
- Troops sent to a flood or an earthquake are relief news: natural-disaster words count against
  security in the sentence and over the article.
- Ordnance pieces: "war remnants" and a "non-technical survey" are what clearance teams report,
  so a clearance piece set in a past war leads with demining and its war sentences are setting.
- "Inter-governmental agreement", hyphenated as several outlets print it, is the same
  agreement between governments as "intergovernmental agreement".
- An agreement between governments is a partnership in one sentence: an energy piece's line on
  the intergovernmental agreement its plant is built under is enough; a firms' contract is not.
- A bloc's members ("BRICS leaders", "члены БРИКС") are several states at once, as "the two
  countries" are: what they do together at a summit is a partnership.
- Wellness pages: the body's "energy channels" and a yoga class's vocabulary are off-topic.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


def _clearance_piece(service: str) -> list[str]:
    return [
        "Three shepherds were hurt when an old landmine went off near the village of Darvel.",
        "The hills around the village saw heavy bombardment during the fighting two years ago.",
        f"The {service} said hundreds of shells still lie in orchards and schoolyards.",
        f"The {service} said its teams carried out 310 non-technical survey visits this spring"
        " and destroyed 212 war remnants.",
    ]


@pytest.mark.parametrize(
    "service",
    [
        pytest.param("Valmar Civil Defense", id="civil-defense"),
        pytest.param("Valmar Civil Defence", id="civil-defence"),
    ],
)
def test_a_civil_defence_service_clearing_ordnance_is_demining_not_defence(
    topics: TopicSet, service: str
) -> None:
    """The rescue service's name and one bombardment line do not make the piece defence news."""
    article = make_article(title="Old shells still kill", paragraphs=_clearance_piece(service))
    assert topics.classify(article).topics == ["demining"]


def test_an_army_at_war_is_still_defence_news(topics: TopicSet) -> None:
    """The same words with an army fighting stay security: only the rescue service is excluded."""
    article = make_article(
        title="Border fighting flares",
        paragraphs=[
            "The Valmar army shelled positions across the border for a third night.",
            "The defence ministry said two soldiers were killed and troops were moved north.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_troops_sent_to_a_flood_are_not_defence_news(topics: TopicSet) -> None:
    """Soldiers evacuating a flooded valley, twice, are relief news."""
    article = make_article(
        title="Floods cut off mountain towns",
        paragraphs=[
            "Heavy rain swelled the Kesta river and the floods cut off four mountain towns.",
            "The army sent soldiers in boats to the flooded towns to carry families to dry land.",
            "Troops also dropped food to villages the floodwaters had cut off.",
        ],
    )
    assert "security" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "spelling",
    [
        pytest.param("inter-governmental agreement", id="agreement"),
        pytest.param("Inter-Governmental Agreement", id="capitalised"),
    ],
)
def test_an_inter_governmental_agreement_weighs_as_the_unhyphenated_one(
    topics: TopicSet, spelling: str
) -> None:
    """The hyphenated spelling is relevant on its own, as "intergovernmental agreement" is."""
    partnerships = topics.get("partnerships")
    sentence = "An {} between Kenya and Ethiopia sets out how the oil pipeline will be taxed."
    hyphenated = topics.score_sentence(sentence.format(spelling), partnerships)
    plain = topics.score_sentence(sentence.format("intergovernmental agreement"), partnerships)
    assert hyphenated == plain
    assert hyphenated >= partnerships.sentence_threshold


@pytest.mark.parametrize(
    "agreement",
    [
        pytest.param(
            "The plant is being built under the intergovernmental agreement that Hungary and"
            " Serbia signed in 2019.",
            id="en",
        ),
        pytest.param(
            "The line is being laid under the inter-governmental agreement that Hungary and"
            " Serbia signed in 2019.",
            id="en-hyphenated",
        ),
        pytest.param(
            "Станцию строят на основе межправительственного соглашения, которое Венгрия и Сербия"
            " подписали в 2019 году.",
            id="ru",
        ),
    ],
)
def test_one_sentence_on_an_agreement_between_governments_makes_a_partnership(
    topics: TopicSet, agreement: str
) -> None:
    """An energy piece's one line on the intergovernmental agreement behind it is enough."""
    article = make_article(
        title="Second reactor reaches full power",
        paragraphs=[
            "The second reactor of the Varna nuclear power plant reached full power on Monday.",
            agreement,
            "The nuclear plant will supply a fifth of the country's electricity once both"
            " reactors run.",
        ],
    )
    assert topics.classify(article).topics == ["energy", "partnerships"]


def test_a_firms_supply_contract_is_still_not_a_partnership(topics: TopicSet) -> None:
    """Only governments' agreements are decisive: a firms' supply agreement stays energy."""
    article = make_article(
        title="Second reactor reaches full power",
        paragraphs=[
            "The second reactor of the Varna nuclear power plant reached full power on Monday.",
            "The plant operator signed a fuel supply agreement with a Swedish firm in 2019.",
            "The nuclear plant will supply a fifth of the country's electricity once both"
            " reactors run.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param(
            (
                "BRICS leaders discussed trade settlements in national currencies at the summit"
                " in the host city on Thursday.",
                "The BRICS countries agreed to meet again next autumn.",
            ),
            id="en",
        ),
        pytest.param(
            (
                "Члены БРИКС обсудили расчеты в национальных валютах на саммите в четверг.",
                "Лидеры стран БРИКС договорились встретиться снова следующей осенью.",
            ),
            id="ru",
        ),
    ],
)
def test_a_blocs_members_at_a_summit_are_several_states(
    topics: TopicSet, sentences: tuple[str, str]
) -> None:
    """A bloc's leaders or members name several states at once, as "the two countries" do."""
    article = make_article(title="Summit closes", paragraphs=list(sentences))
    assert topics.classify(article).topics == ["partnerships"]


def test_the_bodys_energy_in_a_yoga_piece_is_not_energy_news(topics: TopicSet) -> None:
    """A wellness page's "energy channels" and "energy stagnation" are no topic at all."""
    article = make_article(
        title="Why stretch in the morning",
        paragraphs=[
            "Йога учит дышать медленно и слушать своё тело.",
            "Когда мышцы зажаты, энергетические каналы закрываются и возникает энергетический"
            " застой.",
            "Утренняя растяжка снова открывает энергетические каналы и дарит позитивную энергию.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_power_grid_piece_keeps_its_energy(topics: TopicSet) -> None:
    """Energy words with no wellness vocabulary still make energy news."""
    article = make_article(
        title="Grid link opens",
        paragraphs=[
            "Новая линия электропередачи соединила энергосистемы двух регионов.",
            "Энергетическая компания начала поставки электроэнергии по новой линии в понедельник.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
