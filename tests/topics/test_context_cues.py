"""Negotiation words are the frame of any talks; alone they are not peace talks.

Trade rounds, hostage negotiators and talks on a partnership agreement all have
"negotiations", "talks" and "negotiators". Peace-talks lists them as context cues: they add to a
passage that says what the talks are about (peace, a ceasefire, a treaty), never make it alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.topics import TopicSet

from .factories import make_article

OTHER_TALKS = [
    pytest.param(
        [
            "Negotiators of the two countries met on Monday for a third round of negotiations"
            " on a free trade agreement.",
            "The talks focused on tariffs for cars and steel, and both sides reported progress.",
            "A deal could be signed by the end of the year, the trade minister said.",
        ],
        id="trade-round",
    ),
    pytest.param(
        [
            "Police negotiators spent six hours talking to the gunman before he let the"
            " hostages go.",
            "The negotiations ended without injuries, the police chief said.",
        ],
        id="hostage-negotiators",
    ),
    pytest.param(
        [
            "Переговоры о новом торговом соглашении продолжатся в следующем месяце, сообщил"
            " глава делегации.",
            "Стороны обсудили пошлины на сталь, посредники предложили компромисс.",
        ],
        id="ru-trade-talks",
    ),
]


@pytest.mark.parametrize("paragraphs", OTHER_TALKS)
def test_talks_about_something_else_are_not_peace_talks(
    topics: TopicSet, paragraphs: list[str]
) -> None:
    assert "peace-talks" not in topics.classify(make_article(paragraphs=paragraphs)).topics


def test_negotiation_words_still_add_to_a_peace_passage(topics: TopicSet) -> None:
    article = make_article(
        paragraphs=[
            "Negotiators of the two states met for a third round of talks in Geneva.",
            "The delegations discussed the terms of a ceasefire and the exchange of prisoners.",
        ]
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_admin_topics_can_have_context_cues(tmp_path: Path) -> None:
    override = tmp_path / "topics.yaml"
    override.write_text(
        "topics:\n"
        "  - id: trade\n"
        "    title: Trade\n"
        "    cues: {tariff*: 2.5, customs duties: 2.5}\n"
        "    context_cues: {negotiat*: 2.5, talks: 1.5}\n",
        "utf-8",
    )
    topics = TopicSet.load(override)
    talks_only = make_article(
        paragraphs=[
            "Negotiators met for a second day of negotiations.",
            "The talks will go on next week, negotiators said.",
        ]
    )
    assert "trade" not in topics.classify(talks_only).topics
    about_tariffs = make_article(
        paragraphs=[
            "Negotiators met for a second day of negotiations on tariffs.",
            "The talks will go on next week, when tariffs on steel are on the table.",
        ]
    )
    assert "trade" in topics.classify(about_tariffs).topics


def test_talks_that_agree_a_prisoner_swap_are_peace_talks(topics: TopicSet) -> None:
    """A prisoner exchange is what talks between warring sides agree first."""
    article = make_article(
        language="ru",
        paragraphs=[
            "Делегации двух стран провели в Стамбуле второй раунд прямых переговоров.",
            "По итогам переговоров стороны договорились об обмене пленными.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]
