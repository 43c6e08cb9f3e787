"""Round 23 (wave 2): who leads a peace deal's story, in sentences of our own.

A peace deal between two states whose text goes on to name the rebel groups and militias each
side backs is peace-talks news: those groups are the sides the deal binds. Their names count
nothing for security under peace talks, and they do not make security lead the article either.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_rebels_and_militias_named_through_a_peace_deal_do_not_make_it_defence_news(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Ostravia and Belmark sign peace deal in Valmora",
        paragraphs=[
            "Ostravia and Belmark signed a peace agreement on Monday in Valmora, pledging to"
            " stop backing armed groups on each other's soil.",
            "Belmark accuses Ostravia of arming the Red Hill rebel group, which holds two"
            " provinces in the north.",
            "Ostravia says Belmark shelters a militia whose leaders fled there a decade ago.",
            "Under the deal, both governments must end all support for the armed groups and"
            " the militias within ninety days.",
            "The rebel movement and the militias were not at the table in Valmora.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_fighting_with_rebels_still_leads_over_a_line_on_talks(topics: TopicSet) -> None:
    """Left out of the count are the sides' names only: troops, shelling and drones remain."""
    article = make_article(
        title="Rebels seize a border town as troops retreat",
        paragraphs=[
            "Rebel fighters seized the border town of Korvik on Sunday after days of shelling,"
            " and army troops withdrew to the south.",
            "Drone strikes hit two army depots overnight, the defence ministry said.",
            "The rebel group said it would hold the town whatever the army does.",
            "Mediators hope to bring both sides to peace talks next month.",
        ],
    )
    assert topics.classify(article).topics[0] == "security"


def test_military_aid_resumed_beside_a_ceasefire_in_one_line_is_security_too(
    topics: TopicSet,
) -> None:
    """One sentence strong for security on its own words is not ceded to the peace talks."""
    article = make_article(
        title="Talks in Valmora end with a truce offer",
        paragraphs=[
            "Envoys of Ostravia and Belmark met mediators in Valmora on Tuesday for talks.",
            "The mediators will take a ceasefire proposal to Belmark and hope for a yes.",
            "Ostravia backed a 30-day ceasefire in its war with Belmark, and Norland agreed to"
            " restart at once its military aid to Ostravia and the sharing of intelligence.",
            "The talks were a step towards peace, the hosts said.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks", "security"]


def test_a_ceasefire_line_naming_troops_stays_with_the_peace_talks(topics: TopicSet) -> None:
    """A weaker defence line in a ceasefire sentence is still the settlement's."""
    article = make_article(
        title="Talks in Valmora end with a truce offer",
        paragraphs=[
            "Envoys of Ostravia and Belmark met mediators in Valmora on Tuesday for talks.",
            "Under the ceasefire proposal, troops would pull back from the river.",
            "The mediators hope both sides will sign a peace agreement within weeks.",
            "The ceasefire would also let military observers patrol the line.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_talks_between_russian_and_ukrainian_delegations_are_peace_talks(
    topics: TopicSet,
) -> None:
    """Since 2022 the two states' delegations meet only to negotiate the war and what it left."""
    article = make_article(
        title="Переговоры делегаций России и Украины продлились два часа",
        language="ru",
        paragraphs=[
            "Переговоры между делегациями Украины и России продлились два часа, сообщил"
            " источник в Валморе.",
            "За столом сидели дипломаты, военные и министр обороны одной из сторон.",
            "Стороны договорились встретиться снова через месяц.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_russian_and_ukrainian_negotiators_in_english_are_peace_talks(topics: TopicSet) -> None:
    peace = topics.get("peace-talks")
    for sentence in (
        "Russian and Ukrainian negotiators met for two hours on Friday.",
        "Talks between the Ukrainian and Russian delegations ended without a statement.",
    ):
        assert topics.score_sentence(sentence, peace) >= 3, sentence


def test_delegations_of_two_other_states_are_not_peace_talks(topics: TopicSet) -> None:
    """The cue is the two states at war, not any two delegations."""
    article = make_article(
        title="Переговоры делегаций Остравии и Бельмарка продлились два часа",
        language="ru",
        paragraphs=[
            "Переговоры между делегациями Остравии и Бельмарка продлились два часа.",
            "Стороны обсудили торговлю зерном и договорились встретиться снова через месяц.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_one_line_on_failed_talks_leaves_a_raid_by_fighters_defence_news(
    topics: TopicSet,
) -> None:
    """Sides are left out of the lead only where the talks make a topic on their own."""
    article = make_article(
        title="Боевики напали на пост у границы",
        language="ru",
        paragraphs=[
            "Боевики вооруженной группировки напали на пост у границы Остравии ночью.",
            "Повстанцы заняли две деревни, сообщили военные.",
            "Переговоры о перемирии сорвались еще весной.",
        ],
    )
    assert topics.classify(article).topics == ["security"]
