"""Round 27: the verbs of a settlement, beside the nouns the topic already had.

Sides that "agree to de-escalate" a standoff and "manage their differences through dialogue"
have negotiated something, as a "de-escalation" deal says; army chiefs who agree to "stop all
firing" have agreed a ceasefire (the English verb of "прекращение огня"). Each verb is one cue
of a peace passage, weak alone: a minister urging restraint once in a drill story is no talks.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_agreeing_to_de_escalate_a_standoff_through_dialogue_is_peace_talks(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Veloria and Marland reach interim arrangement on reef patrols",
        paragraphs=[
            "Veloria's foreign ministry said on Sunday that the two governments had reached an"
            " interim arrangement on naval patrols around the contested reef.",
            "The two governments will work to de-escalate at sea and will manage differences"
            " through dialogue, the ministry's statement added.",
            "Marland's foreign ministry confirmed the arrangement, saying the two sides agreed"
            " to de-escalate tensions around the reef.",
            "Coast guard vessels of both navies have rammed each other and fired water cannon"
            " at supply boats in the past year.",
            "Veloria's navy keeps a small garrison of marines on a grounded warship there.",
        ],
    )
    result = topics.classify(article).topics
    assert "peace-talks" in result
    assert "security" in result


def test_army_chiefs_agreeing_to_stop_all_firing_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Army chiefs' talks reaffirm commitment to ceasefire, de-escalation",
        paragraphs=[
            "The heads of military operations of Ostria and Bellmark agreed on Monday not to"
            " open fire across the frontier and to reduce troops in forward areas.",
            "On Saturday both sides had agreed to cease all firing and military action on land,"
            " in the air and at sea.",
            "Four days of artillery duels, drone incursions and missile strikes had preceded"
            " the pause, the defence ministry said.",
            "The army said its air defence units remain on high alert along the border.",
        ],
    )
    result = topics.classify(article).topics
    assert "peace-talks" in result
    assert "security" in result


def test_one_call_to_de_escalate_in_a_drill_story_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Navy holds live-fire drills off the northern coast",
        paragraphs=[
            "Veloria's navy held three days of live-fire drills off its northern coast, with"
            " frigates, submarines and fighter jets taking part.",
            "The defence minister said the exercise tested the fleet's air defence and"
            " anti-submarine readiness.",
            "A neighbouring government urged all sides to de-escalate.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_defence_minister_visiting_to_deepen_ties_is_no_defence_news(
    topics: TopicSet,
) -> None:
    # Both spellings of the office (a caption in one, the story in the other) made two cues.
    article = make_article(
        title="President-elect Brenner seeks stronger ties with Marland",
        paragraphs=[
            "Defense Minister and president-elect Aldo Brenner arrived in Marland on Monday"
            " on a previously unannounced visit.",
            "The Defence Ministry described the trip as a step to closer relations; it was"
            " the first meeting between the two leaders.",
            "They discussed trade, education and tourism, a spokesman said.",
            "File photo of Veloria's Defence Minister Aldo Brenner.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_a_confederation_of_military_regimes_is_no_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="Three states form a confederation at their first summit",
        paragraphs=[
            "The military regimes of Ostria, Bellmark and Tarvas turned their alliance into a"
            " confederation at their first summit, deepening their cooperation.",
            "In a joint statement the three countries said their military leaders had decided"
            " to deepen their strategic partnership and expand cooperation in trade and transport.",
            "The declaration of the military leaders came after the three states left a"
            " regional bloc in January, the statement said.",
            "One military leader called the old bloc a threat to their countries.",
        ],
    )
    result = topics.classify(article).topics
    assert "partnerships" in result
    assert "security" not in result


def test_defence_ministers_signing_a_military_pact_stay_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="Defence ministers sign military cooperation pact",
        paragraphs=[
            "The defence ministers of Ostria and Bellmark signed a military cooperation"
            " agreement on Tuesday covering joint exercises and arms procurement.",
            "Their armed forces will hold joint drills on the border next spring.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_military_rulers_signing_a_confederation_treaty_are_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Военные лидеры трёх стран подписали договор о конфедерации",
        paragraphs=[
            "Военные лидеры Перу, Боливии и Эквадора подписали в субботу договор о создании"
            " конфедерации трёх государств.",
            "Саммит прошёл в столице Боливии, сообщили в правительстве.",
            "Армии трёх стран проведут совместные учения и создадут общие силы быстрого"
            " реагирования для борьбы с вооружёнными группировками.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_private_military_company_leaving_a_country_is_defence_news(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="ЧВК объявила об уходе из страны",
        paragraphs=[
            "Бойцы ЧВК покидают Тарвас после трёх лет работы в стране, сообщил её командир.",
            "Они помогали местным властям в борьбе с терроризмом и обучали армию.",
            "На смену наёмникам придут инструкторы другой компании, говорится в заявлении.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_security_guarantees_for_a_state_are_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="Союзники обсудят гарантии безопасности для Тарваса",
        paragraphs=[
            "В столице будет создан центр, который займётся гарантиями безопасности для"
            " Тарваса, сообщили в правительстве.",
            "Декларация определяет ключевые элементы гарантий безопасности, которые"
            " партнёры готовы предоставить стране.",
        ],
    )
    assert "security" in topics.classify(article).topics
