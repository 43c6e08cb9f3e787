"""Vocabulary that real news uses for a topic and the shipped cues used to miss.

Invented sentences reproducing constructions of published articles: a memorandum on a
hydrocarbon field, an observer team watching a truce, an intergovernmental agreement in Russian.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_memorandum_on_a_hydrocarbon_field_is_energy_and_partnership(topics: TopicSet) -> None:
    article = make_article(
        language="ru",
        title="Две страны подписали меморандум по месторождению «Восход»",
        paragraphs=[
            "Сегодня подписан меморандум о взаимопонимании между правительствами двух стран о"
            " совместной разведке и разработке углеводородного месторождения «Восход».",
            "Подписи под меморандумом поставили министры иностранных дел.",
            "Президент заявил, что документ раскроет потенциал двух энергетических держав и"
            " создаст условия для развития устойчивой энергетики.",
        ],
    )
    assert set(topics.classify(article).topics) == {"energy", "partnerships"}


def test_a_gold_deposit_is_not_energy(topics: TopicSet) -> None:
    energy = topics.get("energy")
    assert topics.score_sentence("Компания начала разработку месторождения золота.", energy) == 0


def test_observer_teams_for_a_truce_are_peace_talks_in_a_demining_story(
    topics: TopicSet,
) -> None:
    article = make_article(
        paragraphs=[
            "Northland said that after months of protests over anti-personnel landmines laid"
            " along the border, its neighbour had shown a more cooperative stance. While it"
            " denies laying new mines, it agreed to joint surveys to find the priority areas for"
            " demining.",
            "The foreign ministry showed diplomats evidence of violations of the landmine"
            " convention and of the ceasefire agreement.",
            "Northland backs both the interim observer team of military attachés and a regional"
            " observer team proposed by the bloc's chair.",
        ]
    )
    assert set(topics.classify(article).topics) == {"demining", "peace-talks"}


def test_russian_intergovernmental_agreement_is_a_partnership_cue(topics: TopicSet) -> None:
    partnerships = topics.get("partnerships")
    sentence = "Стороны подписали межправительственное соглашение о транзите."
    assert topics.score_sentence(sentence, partnerships) >= partnerships.sentence_threshold
