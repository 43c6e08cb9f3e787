"""Round 25 (fourth pass): a force several states send to restore order in another is security.

"A Kenyan-led security mission", "the multinational police force", "миссия поддержки
безопасности": an armed deployment, whatever its uniform. "Security" alone stays a context cue
(a bank's security team). Every sentence here is invented.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_led_security_mission_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Rwanda confirms it will lead mission to troubled island state",
        paragraphs=[
            "Rwanda will lead a security mission to the island republic as soon as its new"
            " cabinet is sworn in, the foreign minister said on Tuesday.",
            "The multinational force is funded by donors and will help the local police"
            " retake the port districts from gangs.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_russian_security_support_mission_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Руанда возглавит многонациональные силы",
        paragraphs=[
            "Президент Руанды заявил, что страна возглавит многонациональные полицейские силы"
            " на острове, как только там сформируют правительство.",
            "Миссия поддержки безопасности ООН должна помочь местной полиции вернуть контроль"
            " над портом, сообщил министр.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_banks_security_team_is_no_security_news(topics: TopicSet) -> None:
    article = make_article(
        title="Bank hires new security chief",
        paragraphs=[
            "The bank's security team will double in size next year, its chief executive said.",
            "Its mission is to keep customers' savings safe from fraud, he added.",
        ],
    )
    assert "security" not in topics.classify(article).topics
