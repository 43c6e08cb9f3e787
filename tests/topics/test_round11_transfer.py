"""What round 11 found on unseen real news, in sentences of our own.

- "Peace" alone is a value (a school's peace mural, a peace day, a song): it adds to peace
  talks, it never makes them. Found on three outlets in three open sets, all off-topic.
- Under peace talks, delegates named by a defence office ("both defence ministers", "the
  Ministry of Defence") say who sits at the table, not that anyone fights.
- Crypto pages borrow energy words (a token for "energy devices", a mining farm's power): their
  vocabulary is off-topic, as sport's is.
- Climate change shown by what it does (glaciers melting, the average temperature rising) is
  climate news without the words "climate" or "emissions"; a patient's temperature is not.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


def test_peace_as_a_value_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Pupils unveil a peace mural at Birchwood Primary",
        paragraphs=[
            "Pupils at Birchwood Primary unveiled a mural about peace on Friday, painted over"
            " six weeks of art lessons.",
            "Each class chose a colour that stood for peace in their eyes and painted a dove"
            " in it.",
            "The co-chair of the parents' committee said the wall would remind the children that"
            " peace starts at home.",
            "A choir of younger pupils sang two songs about kindness and peace in every language"
            " spoken at the school.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Negotiators from the two governments met in Geneva for a third round of talks on"
            " a ceasefire and peace along the border.",
            id="ceasefire",
        ),
        pytest.param(
            "The delegations resumed negotiations on a peace agreement that would end the"
            " fighting in the border provinces.",
            id="agreement",
        ),
    ],
)
def test_peace_beside_what_talks_are_about_is_peace_talks(topics: TopicSet, lead: str) -> None:
    article = make_article(
        title="Talks resume in Geneva",
        paragraphs=[
            lead,
            "Both sides said they wanted a lasting peace, but neither gave ground on the"
            " withdrawal of troops.",
            "Mediators expect a further round next month.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


_EN = [
    "Delegations of Veloria and Ostrand met in Valletta on Monday for another session of talks on"
    " extending the ceasefire along their shared border, with Maltese mediation.",
    "The first round was attended by both defence ministers and senior security officials of the"
    " two countries.",
    "The talks come as relations have soured over cross-border militancy and border security.",
    "Ostrand sent a team from its Ministry of Defence and two envoys from the Ministry of Foreign"
    " Affairs.",
    "Both teams want the permanent ceasefire to run another year and an exchange of prisoners"
    " before winter, officials said.",
    "A further round of negotiations is expected before the end of the month.",
]
_RU = [
    "Делегации Велории и Остранда в понедельник провели в Валлетте второй раунд переговоров о"
    " продлении режима прекращения огня на границе при посредничестве Мальты.",
    "В первом раунде участвовали министры обороны и руководители служб безопасности обеих стран.",
    "Переговоры проходят на фоне обострения отношений из-за трансграничного терроризма и"
    " безопасности на границе.",
    "Остранд представляли сотрудники министерства иностранных дел и министерства обороны.",
    "Стороны обсудили продление перемирия и обмен пленными, сообщили официальные лица.",
    "Следующий раунд переговоров ожидается до конца месяца.",
]


@pytest.mark.parametrize("paragraphs", [_EN, _RU], ids=["en", "ru"])
def test_delegates_named_by_a_defence_office_are_not_security(
    topics: TopicSet, paragraphs: list[str]
) -> None:
    """Under peace talks, the office of who sits at the table is not fighting (final11, final7)."""
    found = topics.classify(make_article(title="Border talks", paragraphs=paragraphs))
    assert found.topics[:1] == ["peace-talks"]
    assert "security" not in found.topics


def test_fighting_beside_defence_delegates_is_still_security(topics: TopicSet) -> None:
    paragraphs = [
        *_EN[:5],
        "Artillery shelling killed four soldiers near the border on Sunday, and drones struck"
        " an army depot overnight.",
        "Troops on both sides have dug in along the front, and missile strikes continued into"
        " the morning.",
        _EN[5],
    ]
    found = topics.classify(make_article(title="Border talks", paragraphs=paragraphs))
    assert "peace-talks" in found.topics
    assert "security" in found.topics


def test_a_crypto_token_named_for_energy_is_off_topic(topics: TopicSet) -> None:
    """Crypto pages borrow energy words; five outlets in five open sets, all off-topic."""
    article = make_article(
        title="GRIDX token outlook for 2027 to 2030",
        paragraphs=[
            "GridX is a community protocol that links home batteries, rooftop panels and other"
            " energy devices so their owners can trade surplus power.",
            "Priced for the energy sector's small traders, the GRIDX token is worth about"
            " $2 million in all, with some 90 million tokens in circulation.",
            "Backers say blockchain settlement will make the energy economy of small microgrids"
            " cheaper to run.",
            "Our outlook weighs token price history, exchange listings and crypto market sentiment"
            " to project where the asset may trade by 2030.",
        ],
    )
    assert topics.classify(article).topics == []


def test_energy_news_naming_crypto_miners_in_passing_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Grid operator warns of winter power shortfall",
        paragraphs=[
            "The national grid operator warned on Monday that electricity demand could outstrip"
            " supply this winter as two gas-fired power plants stay offline for repairs.",
            "It asked the energy ministry to speed up imports of power from neighbouring grids and"
            " to delay the closure of a coal plant.",
            "Industrial users, from smelters to bitcoin miners, may face rationing at peak hours.",
            "Gas storage stands at 70 percent, below the level the regulator recommends.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_warming_shown_by_its_effects_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="Highland valleys lose their ice",
        paragraphs=[
            "Surveyors say the melting of glaciers in the Pamir valleys has doubled since the"
            " last count a decade ago.",
            "Of 400 small glaciers mapped in 1980, about 120 are gone, the hydrology institute"
            " reported on Tuesday.",
            "The annual temperature has risen by 0.6 degrees over twenty years in the valleys, its"
            " director said.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_warming_in_russian_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="В горах стало теплее",
        paragraphs=[
            "Среднегодовая температура выросла на 0,5 градуса в горных районах области за"
            " пятнадцать лет, сообщили синоптики.",
            "По их словам, рост годовых температур ускоряет таяние ледников в верховьях рек.",
        ],
    )
    assert topics.classify(article).topics == ["climate"]


def test_a_patients_temperature_is_not_climate(topics: TopicSet) -> None:
    article = make_article(
        title="Flu season arrives early",
        paragraphs=[
            "Doctors at the regional hospital say the temperature of most patients rose above"
            " 39 degrees on the second day of illness.",
            "У большинства детей температура повысилась до 39 градусов, сообщили врачи.",
            "The clinic asked parents to keep children with a fever at home.",
        ],
    )
    assert topics.classify(article).topics == []
