"""Talks and a war in one sentence: a paired cue (peace talks on real news, round 6).

Wire copy on talks between warring sides often names no peace word at all: an envoy is "back
for further talks with the rebels aimed at ending the nearly 20-year war", "the main subject of
the talks will be ending the war". Talks alone are any talks (trade, wages, a visit) and a war
alone is security news; together, in one sentence, they say what the talks are about. A
joint statement's "concern about the ongoing conflict" is not a negotiation, nor is a trade war.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import TopicConfigError
from briefings.topics import TopicSet

from .factories import make_article


def test_talks_aimed_at_ending_a_war_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Envoy returns to Muscat for more talks with the Highland Front",
        paragraphs=[
            "Special envoy Dara Velin is back in Muscat for further talks with the Highland"
            " Front aimed at ending the nearly 20-year war in the north, officials said.",
            "Officials close to the negotiations said the envoy had briefed the government.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_russian_talks_about_ending_the_war_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        language="ru",
        title="Переговоры делегаций двух стран начались в Маскате",
        paragraphs=[
            "Во вторник в Маскате начались переговоры делегаций Северной и Южной республик.",
            "По данным агентства, на переговорах стороны будут искать способ прекратить войну.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_talks_without_a_war_are_still_only_context(topics: TopicSet) -> None:
    article = make_article(
        title="Delegations of two countries hold talks in Muscat",
        paragraphs=[
            "Delegations of the two countries began talks in Muscat on Tuesday.",
            "The negotiations will go on for two days, officials said.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [
                "The two prime ministers held a summit and signed six agreements on investment.",
                "A joint statement said the leaders expressed concern about the ongoing conflict"
                " in the region and its wider implications.",
                "The leaders welcomed the talks between their trade ministers.",
            ],
            id="joint-statement-on-a-conflict",
        ),
        pytest.param(
            [
                "Trade negotiators of the two blocs held talks to end the trade war over steel.",
                "The talks on the tariff war will go on in May, a ministry spokesman said.",
            ],
            id="trade-war",
        ),
    ],
)
def test_a_conflict_next_to_other_words_is_not_peace_talks(
    topics: TopicSet, paragraphs: list[str]
) -> None:
    assert "peace-talks" not in topics.classify(make_article(paragraphs=paragraphs)).topics


def test_paired_cues_need_the_context_cues_they_name(tmp_path: Path) -> None:
    override = tmp_path / "topics.yaml"
    override.write_text(
        "topics:\n"
        "  - id: trade\n"
        "    title: Trade\n"
        "    cues: {tariff*: 2.5}\n"
        "    context_cues: {talks: 1.5}\n"
        "    paired_cues: {steel: 2.5}\n"
        "    pairs_with: [talks]\n",
        "utf-8",
    )
    topics = TopicSet.load(override)
    steel_talks = make_article(
        paragraphs=[
            "Negotiators opened talks on steel in Oslo.",
            "The talks on steel go on next week.",
        ]
    )
    steel_alone = make_article(
        paragraphs=["The steel mill reopened in Oslo.", "Steel output rose by a tenth."]
    )
    assert "trade" in topics.classify(steel_talks).topics
    assert "trade" not in topics.classify(steel_alone).topics
    override.write_text(
        "topics:\n"
        "  - id: trade\n"
        "    title: Trade\n"
        "    cues: {tariff*: 2.5}\n"
        "    paired_cues: {steel: 2.5}\n"
        "    pairs_with: [talks]\n",
        "utf-8",
    )
    with pytest.raises(TopicConfigError, match="pairs_with"):
        TopicSet.load(override)


def test_a_bombing_during_the_talks_is_security_news_too(topics: TopicSet) -> None:
    """Talks lead the story; the attacks the rebels went on with are a passage of its own."""
    article = make_article(
        title="Envoy returns to Muscat for more talks with the Highland Front",
        paragraphs=[
            "Special envoy Dara Velin is back in Muscat for further talks with the Highland"
            " Front aimed at ending the nearly 20-year war in the north.",
            "The two sides reached a draft peace agreement after nine rounds of negotiations.",
            "The Front has not relented on violence despite the talks, killing a serviceman and"
            " a police officer in a bombing in the capital on Monday.",
            "It was the second bombing this week after a suicide attack killed eight people.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks", "security"]


def test_a_visit_that_touches_on_a_war_is_not_peace_talks(topics: TopicSet) -> None:
    """Paired cues make peace talks only where they lead: in a partnership story, leaders'
    "talks" on "the war" next door are a passing mention."""
    article = make_article(
        title="Lindora and Marovia sign a strategic partnership",
        paragraphs=[
            "President Alen Roth of Lindora and Prime Minister Oda Fenn of Marovia signed a"
            " strategic partnership agreement in Lindor on Monday.",
            "The two leaders agreed to expand cooperation in trade, education and tourism.",
            "In their talks, the leaders also discussed the war in the north of the continent.",
            "Fenn offered to mediate between the neighbours.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param(
            "en",
            [
                "The president of Norland Steel held talks with investors to end the corporate"
                " conflict over the board.",
                "The negotiations on the shareholder conflict will resume in May.",
            ],
            id="corporate-conflict",
        ),
        pytest.param(
            "ru",
            [
                "Президент компании «Северсталь-Ойл» провел переговоры с акционерами, чтобы"
                " уладить корпоративный конфликт.",
                "Переговоры о конфликте акционеров продолжатся в мае.",
            ],
            id="ru-corporate-conflict",
        ),
    ],
)
def test_talks_on_a_dispute_inside_a_firm_are_not_peace_talks(
    topics: TopicSet, language: str, paragraphs: list[str]
) -> None:
    article = make_article(language=language, paragraphs=paragraphs)
    assert "peace-talks" not in topics.classify(article).topics
