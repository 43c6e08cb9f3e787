"""Round 25: a lead opening with a country the gazetteer knows names its actor, even when the
article never writes that name again inside a sentence; it is news, not a feature's scene."""

from __future__ import annotations

import pytest

from briefings.digest.profile import candidate_facts, generic_opener
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "Austria, which has never run a reactor of its own, is weighing whether to build two.",
        "Норвегия, у которой нет собственных реакторов, думает о строительстве двух.",
    ],
)
def test_a_known_place_opening_the_line_is_a_name(sentence: str) -> None:
    assert not generic_opener(sentence)


def test_an_unknown_capitalised_first_word_still_needs_the_article() -> None:
    assert generic_opener("Velmora, which has no reactor of its own, is weighing whether to build.")


def test_a_lead_opening_with_a_known_country_keeps_the_lead_weight(topics: TopicSet) -> None:
    lead = (
        "Austria, which has never had a power reactor of its own, is planning to replace its "
        "gas-fired plants with wind farms and imported power."
    )
    second = "At present, the country burns gas for 40% of its electricity, the most in years."
    article = make_article(
        title="Austria plans to replace its gas-fired power plants",
        paragraphs=[f"{lead} {second}"],
        topics=["energy"],
        topic_scores={"energy": 9.0},
    )
    sentences = topics.article_sentences(article)
    positions = {
        sentences[p][i]: facts.position
        for p, i, facts in candidate_facts(article, topics.get("energy"), topics)
    }
    assert positions[lead] == 0
    assert positions[second] == 1
