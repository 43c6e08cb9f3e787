"""Vocabulary that real news uses for peace formats, partnership verbs and club sponsorship.

- Standing peace formats are named after their venue ("the Geneva International Discussions",
  "женевские дискуссии"), as the Minsk Group is, and are led by co-chairs and special envoys.
- A ceasefire with a qualifier ("a complete ceasefire", "a cessation of all hostilities") is
  the negotiated kind, not a ceasefire broken.
- Russian readouts say cooperation is expanded with a verb ("договорились расширять
  сотрудничество") or with an adjective between ("развития военного сотрудничества").
- A club's airline or brand "partnership", told for "the fans" and "on and off the field", is
  sponsorship, not a partnership between states.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


def test_a_venue_named_peace_format_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Новый раунд женевских дискуссий пройдет в марте",
        paragraphs=[
            "Замминистра иностранных дел Иван Петров встретился с сопредседателями женевских"
            " дискуссий.",
            "Стороны обсудили подготовку следующего раунда в Женеве.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_complete_ceasefire_is_peace_talks(topics: TopicSet) -> None:
    sentence = (
        "A complete ceasefire and the cessation of all hostilities along the whole front line"
        " took effect at midnight."
    )
    assert topics.score_sentence(sentence, topics.get("peace-talks")) >= 2 * 3


def test_co_chairs_alone_are_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Intergovernmental commission meets in Tashkent",
        paragraphs=[
            "The co-chairs of the intergovernmental commission met on Tuesday.",
            "The special envoy of the president also attended the meeting.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_russian_cooperation_verbs_make_partnerships(topics: TopicSet) -> None:
    article = make_article(
        title="Министры согласовали планы военного сотрудничества",
        paragraphs=[
            "Министры обороны договорились расширять сотрудничество в борьбе с терроризмом.",
            "Утверждены основы развития военного сотрудничества до 2030 года.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_club_airline_partnership_is_not_partnerships(topics: TopicSet) -> None:
    article = make_article(
        title="Riverside United announce a multi-year partnership with Northwind Airways",
        paragraphs=[
            "Riverside United have announced a multi-year partnership with Northwind Airways.",
            "The airline will be the club's Official Travel Partner.",
            "The partnership will bring the club closer to its fanbase abroad, the chief"
            " executive said.",
            "The new partnership marks a new chapter for both sides on and off the field.",
            "It follows talks with a betting firm over a front-of-shirt deal.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_security_declaration_in_a_partnership_visit_is_security(topics: TopicSet) -> None:
    """Security asks for sentences of its own under a partnership story; this one is more its."""
    article = make_article(
        title="Ruritania and Freedonia open a new chapter in their strategic partnership",
        paragraphs=[
            "Ruritania and Freedonia on Friday opened a new chapter in their Special Strategic"
            " Partnership and agreed to deepen cooperation in trade and technology.",
            "The two countries adopted a Joint Declaration on Security Cooperation, which lifts"
            " their defence and security ties to a new level.",
            "The prime minister said the vision covers investment, technology and economic"
            " security.",
            "Both sides also agreed a cooperation programme for small businesses.",
        ],
    )
    assert {"partnerships", "security"} <= set(topics.classify(article).topics)


def test_a_joint_statement_next_to_a_ceasefire_makes_a_peace_passage(topics: TopicSet) -> None:
    """A demining report's background paragraph on how the war ended is peace-talks too."""
    article = make_article(
        title="Sappers clear the road to Eastport of mines",
        paragraphs=[
            "The national mine action agency cleared twelve kilometres of the road to Eastport"
            " of landmines and unexploded ordnance.",
            "Mine clearance will continue in the town next month, the agency's spokesman said.",
            "A joint statement was signed by the leaders of the three countries.",
            "A complete ceasefire and the cessation of all hostilities along the whole front line"
            " took effect at midnight.",
        ],
    )
    assert {"demining", "peace-talks"} <= set(topics.classify(article).topics)


def test_a_joint_statement_alone_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Trade ministers sign a joint statement on customs",
        paragraphs=[
            "The ministers signed a joint statement on faster customs checks at the border.",
            "The joint statement also calls for direct talks between the two customs services.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Начало переговоров по Приднестровью назвали осторожным", id="ru"),
        pytest.param("Talks on Kosovo resume in Brussels after a pause", id="en"),
    ],
)
def test_talks_named_for_a_conflict_region_are_peace_talks(topics: TopicSet, title: str) -> None:
    article = make_article(
        title=title,
        paragraphs=[
            "Переговоры по Приднестровью продолжатся в следующем месяце, сообщил посредник.",
            "The talks on Kosovo will continue next month, the envoy said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_talks_named_for_a_commodity_are_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Переговоры по газу продолжатся в марте",
        paragraphs=["Переговоры по газу продолжатся в марте, сообщил глава делегации."],
    )
    assert "peace-talks" not in topics.classify(article).topics
