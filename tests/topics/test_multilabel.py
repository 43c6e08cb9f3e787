"""Real news constructions: every topic with a substantive passage, and no false friend.

Each article reproduces, in invented sentences, a shape of published news the classifier
used to get wrong (see issue 8): a secondary topic held in one paragraph, or a sports,
labour or marketing piece that borrows the topics' words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.topics import TopicConfigError, TopicSet

from .factories import make_article

MULTI_TOPIC = [
    pytest.param(
        [
            "Delegations of the two warring states met in Istanbul for a second round of direct"
            " talks on Friday.",
            "Both sides agreed to exchange written proposals on the terms of a ceasefire.",
            "On the front line, air defence units shot down 40 drones overnight, and troops on"
            " both sides kept digging in.",
            "The army said artillery fire continued near the border.",
        ],
        {"peace-talks", "security"},
        id="ceasefire-negotiation-is-peace-talks-too",
    ),
    pytest.param(
        [
            "Qatar hosted a summit on Wednesday convened to advance a peace deal between the"
            " two sides. Mediators presented a plan that starts with monitoring the ceasefire.",
            "On the sidelines, Qatar and Rwanda signed a memorandum of understanding on"
            " economic cooperation and agreed to set up a joint commission.",
            "Officials said bilateral relations had grown quickly since the strategic"
            " partnership was signed.",
        ],
        {"peace-talks", "partnerships"},
        id="summit-for-a-peace-deal-is-peace-talks",
    ),
    pytest.param(
        [
            "The European Union will provide 30 million euros, deepening a partnership both"
            " sides call their closest yet. Armenia is a valued partner, a spokesperson said.",
            "A large part of the money will go to humanitarian demining, and deminers will"
            " receive new detectors. A mine risk campaign will reach border villages.",
            "Another share is earmarked for confidence-building projects that support the peace"
            " process. The agreed text of the peace treaty should be signed soon.",
        ],
        {"partnerships", "demining", "peace-talks"},
        id="funding-piece-with-three-passages",
    ),
    pytest.param(
        [
            "Министры обсудили развитие двусторонних отношений и стратегического партнёрства.",
            "Отдельное внимание было уделено энергетическому сотрудничеству. Поставки газа через"
            " новый газопровод составили 400 млн кубометров.",
            "Гостя проинформировали о минной угрозе на освобождённых территориях. С 2020 года"
            " на минах подорвались более 390 человек.",
        ],
        {"partnerships", "energy", "demining"},
        id="ru-visit-with-energy-and-mine-passages",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MULTI_TOPIC)
def test_every_substantive_passage_gives_its_topic(
    topics: TopicSet, paragraphs: list[str], expected: set[str]
) -> None:
    """An article belongs to every topic it has a substantive passage on."""
    article = topics.classify(make_article(paragraphs=paragraphs))
    assert set(article.topics) == expected


FALSE_FRIENDS = [
    pytest.param(
        [
            "Negotiators for the bus drivers' union and the operator resumed contract talks"
            " after a strike.",
            "The union is seeking a 12% wage increase, while the employer has offered 6%.",
            "A mediator from the labour ministry joined the negotiations on Tuesday.",
        ],
        id="wage-talks",
    ),
    pytest.param(
        [
            "An energy drink brand became the official partner of the street race, with naming"
            " rights to the main grandstand.",
            "Fans bring incredible energy to this circuit, said the head of sports marketing.",
            "Drivers meet fans before qualifying on the 51-lap city circuit.",
        ],
        id="energy-drink-sponsorship",
    ),
    pytest.param(
        [
            "В седьмом туре лидеры быстро заключили мир: гроссмейстеры согласились на ничью.",
            "Мирный исход устроил обоих, и переговоры о переносе тура не ведутся.",
            "Турнир проходит под эгидой ФИДЕ.",
        ],
        id="ru-chess-peace",
    ),
    pytest.param(
        [
            "A ceremony marking the 75th anniversary of the first peacekeeping deployment will"
            " be held at the peacekeeping memorial.",
            "Veterans of peacekeeping missions will lay wreaths, and troops of the honour guard"
            " will take part in the service.",
        ],
        id="peacekeeping-anniversary",
    ),
    pytest.param(
        [
            "Военнослужащие миротворческого контингента приняли участие в торжественных"
            " мероприятиях, посвящённых годовщине Победы.",
            "Командование поздравило военнослужащих с Днём Победы и вручило миротворцам"
            " награды, после чего армейский оркестр сыграл марш у памятника.",
        ],
        id="ru-peacekeepers-victory-day",
    ),
    pytest.param(
        [
            "The grandmasters agreed a draw after 20 moves, and commentators joked that peace"
            " talks had broken out on board one.",
            "In the Armageddon tiebreak the world champion won the chess title.",
        ],
        id="chess-peace-talks",
    ),
]


@pytest.mark.parametrize("paragraphs", FALSE_FRIENDS)
def test_false_friend_articles_get_no_topic(topics: TopicSet, paragraphs: list[str]) -> None:
    """Labour, sponsorship and chess pieces borrow the topics' words but belong to none."""
    assert topics.classify(make_article(paragraphs=paragraphs)).topics == []


def test_venue_of_a_meeting_is_not_its_subject(topics: TopicSet) -> None:
    """'On the sidelines of COP29' says where a deal was signed, not that it is climate news."""
    climate = topics.get("climate")
    sentence = "Three states signed the deal on the sidelines of the COP29 climate conference."
    assert topics.score_sentence(sentence, climate) == 0.0
    assert topics.score_sentence("COP29 agreed a new climate finance goal.", climate) > 0


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [
                "Armenian armed forces violated the ceasefire 12 times over the past day, firing"
                " at army positions, the defence ministry said. The army returned fire.",
                "The 1994 ceasefire agreement was followed by peace negotiations.",
            ],
            id="en",
        ),
        pytest.param(
            [
                "Подразделения армии 14 раз нарушили режим прекращения огня, обстреляв позиции"
                " войск, сообщило министерство обороны. Армия ответила огнём, потерь нет.",
                "Соглашение о прекращении огня было подписано в 1994 году, после чего начались"
                " мирные переговоры.",
            ],
            id="ru",
        ),
    ],
)
def test_ceasefire_violation_is_security_not_peace_talks(
    topics: TopicSet, paragraphs: list[str]
) -> None:
    """A broken ceasefire with a line of background on the talks is defence news only."""
    assert topics.classify(make_article(paragraphs=paragraphs)).topics == ["security"]


def test_title_naming_cooperation_needs_one_sentence_more(topics: TopicSet) -> None:
    """A title is an editor's summary: 'agreed on further cooperation' there halves the need."""
    paragraphs = [
        "The ministers agreed to expand cooperation on water and energy.",
        "Electricity will flow north in summer, and water south in winter.",
    ]
    plain = make_article(title="Ministers meet in Almaty", paragraphs=paragraphs)
    titled = make_article(
        title="Three states agree on water and energy cooperation", paragraphs=paragraphs
    )
    assert "partnerships" not in topics.classify(plain).topics
    assert "partnerships" in topics.classify(titled).topics


def test_evidence_rule_is_data_an_admin_can_tune(tmp_path: Path) -> None:
    """An admin file can make one sentence enough for a topic, and bad values are refused."""
    article = make_article(
        paragraphs=["Deminers cleared 300 hectares of mined land near the village last week."]
    )
    assert "demining" not in TopicSet.load().classify(article).topics
    override = tmp_path / "topics.yaml"
    override.write_text("topics:\n  - id: demining\n    strong_sentence: 3\n", "utf-8")
    assert "demining" in TopicSet.load(override).classify(article).topics
    override.write_text("topics:\n  - id: demining\n    passage_window: 0\n", "utf-8")
    with pytest.raises(TopicConfigError):
        TopicSet.load(override)


def test_treaty_of_alliance_is_partnership_not_peace(topics: TopicSet) -> None:
    """A treaty on allied relations is a partnership; only a peace treaty is peace talks."""
    article = make_article(
        paragraphs=[
            "The senate ratified the Treaty on Allied Relations between the two states.",
            "The treaty was signed in the capital last August by the two presidents.",
            "It commits both sides to a strategic partnership and allied relations for decades.",
        ]
    )
    assert topics.classify(article).topics == ["partnerships"]


def test_state_visit_talks_are_partnership_not_peace(topics: TopicSet) -> None:
    """Russian 'переговоры' of two presidents on a visit are diplomacy, not peace talks."""
    article = make_article(
        language="ru",
        paragraphs=[
            "Президенты провели переговоры в узком и расширенном составе и подписали"
            " совместное заявление об укреплении союзничества.",
            "По итогам переговоров подписаны пять документов о развитии сотрудничества.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Pashinyan addressed the Paris Peace Forum on Friday.", id="forum"),
        pytest.param("Babaev spoke at the eighth Paris Peace Forum in Paris.", id="forum-2"),
        pytest.param("Бабаев выступил на Парижском форуме мира.", id="ru-forum"),
        pytest.param("The Nobel Peace Prize will be announced in Oslo.", id="nobel"),
    ],
)
def test_named_peace_events_are_not_peace_talks(topics: TopicSet, sentence: str) -> None:
    """A forum or a prize named for peace is not a negotiation."""
    assert topics.score_sentence(sentence, topics.get("peace-talks")) == 0.0


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Fry the onions in olive oil and finish with saffron.", id="olive-oil"),
        pytest.param("The gallery shows oil paintings of the old city.", id="oil-painting"),
    ],
)
def test_kitchen_and_gallery_oil_is_not_energy(topics: TopicSet, sentence: str) -> None:
    """Restaurant and culture pages use 'oil' for food and paint."""
    assert topics.score_sentence(sentence, topics.get("energy")) == 0.0


def test_a_union_at_the_table_is_bargaining_but_the_eu_is_not_a_union(topics: TopicSet) -> None:
    """'union' counts against peace talks, except in the names of blocs that mediate them."""
    peace = topics.get("peace-talks")
    eu = "The European Union and the African Union welcomed the agreed peace treaty text."
    union = "The union and the employer resumed negotiations on Tuesday."
    assert topics.score_sentence(eu, peace) >= peace.sentence_threshold
    assert topics.score_sentence(union, peace) < peace.sentence_threshold


@pytest.mark.parametrize(
    ("topic_id", "sentence"),
    [
        pytest.param(
            "security", "The war waged by Russia goes on with missile strikes.", id="waged-war"
        ),
        pytest.param(
            "peace-talks",
            "Concerted efforts by mediators brought both sides back to negotiations.",
            id="concerted-efforts",
        ),
        pytest.param(
            "security",
            "Defence ministers attended the signing ceremony of the military cooperation plan.",
            id="signing-ceremony",
        ),
        pytest.param(
            "demining",
            "Курсы повышения квалификации прошли 40 саперов, очищающих минные поля.",
            id="ru-qualification-not-racing",
        ),
    ],
)
def test_off_topic_words_inside_topic_phrases_do_not_subtract(
    topics: TopicSet, topic_id: str, sentence: str
) -> None:
    """Sport, labour and ceremony words hidden in 'waged', 'concerted', 'signing ceremony'."""
    topic = topics.get(topic_id)
    assert topics.score_sentence(sentence, topic) >= topic.sentence_threshold
