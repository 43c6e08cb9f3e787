"""Round 25 (fourth pass): cue families the topics had no word for in news copy.

Rivals restoring the diplomatic relations they broke off are normalising them (peace talks);
two armies' disengagement from a standoff line is the settlement's first step, as a withdrawal
of troops is; a trade agreement is a compact between states or blocs (partnerships); "NPP" is
how English copy abbreviates a nuclear power plant (energy). Every sentence here is invented.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_rivals_restoring_diplomatic_relations_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Two Gulf rivals agree to restore ties after long rift",
        paragraphs=[
            "Qatar and Bahrain agreed on Sunday to restore diplomatic relations and reopen"
            " their embassies, ending a rift that lasted six years.",
            "The resumption of diplomatic ties was announced after four days of talks hosted"
            " by Kuwait, whose emir had urged both governments to settle their quarrel.",
            "Ambassadors are to be exchanged within two months, the foreign ministers said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_russian_restored_diplomatic_relations_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Две страны договорились восстановить дипломатические отношения",
        paragraphs=[
            "Министры иностранных дел двух стран договорились восстановить дипломатические"
            " отношения, разорванные пять лет назад.",
            "Переговоры о восстановлении дипломатических связей шли при посредничестве"
            " третьей страны, сообщили в МИД.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_armies_disengagement_after_talks_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Two neighbours complete disengagement at border friction points",
        paragraphs=[
            "The two countries completed the disengagement of their troops at two friction"
            " points of the mountain border on Wednesday.",
            "The disengagement follows weeks of negotiations between the foreign ministries,"
            " which aimed to ease tensions after clashes three years ago.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_trade_agreement_between_blocs_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Farmers block roads over EU trade agreement with Andean states",
        paragraphs=[
            "Dairy farmers blocked roads across Belgium on Monday against the trade agreement"
            " the European Union is negotiating with a group of Andean countries.",
            "They fear cheaper imports once the trade agreement removes duties on beef and"
            " sugar, their union said.",
            "The government said it would not back the deal in its present form.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_clubs_trade_agreement_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Guard heads east in three-team trade",
        paragraphs=[
            "The two clubs reached a trade agreement on Tuesday that sends the veteran guard"
            " east for two draft picks.",
            "The trade agreement still needs the guard to pass a physical, the coach said.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_npp_abbreviation_is_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Builder signs contract for two new units",
        paragraphs=[
            "The state utility signed the construction contract for two new NPP units at the"
            " southern site on Friday.",
            "The existing NPP supplies a fifth of the country's electricity, and the new"
            " units are due to start in 2036.",
        ],
    )
    assert "energy" in topics.classify(article).topics
