"""The key-sentence model weighs news conventions the right way round, and costs characters."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

from briefings.digest.keyness import (
    ITEM_COST_CHARS,
    KeyWeights,
    SentenceFacts,
    features,
    key_probability,
    per_char,
)

PLAIN = SentenceFacts(
    position=-1, relevance=3.0, relevant=True, figures=0, echo=0.0, topics=1, question=False
)


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        pytest.param({"position": 0}, {}, id="the-lead-states-the-news"),
        pytest.param({"position": 1}, {}, id="the-sentences-after-the-lead-elaborate-it"),
        pytest.param({"figures": 1}, {}, id="a-figure"),
        pytest.param({"echo": 0.8}, {}, id="restating-the-headline"),
        pytest.param({"relevance": 9.0}, {}, id="more-on-the-topic"),
        pytest.param({}, {"topics": 4}, id="an-article-filed-under-many-topics"),
        pytest.param({}, {"question": True}, id="a-paragraph-that-asks"),
        pytest.param({}, {"hedges": 2}, id="hedges-and-evaluations"),
    ],
)
def test_news_conventions_raise_the_key_probability(
    better: dict[str, object], worse: dict[str, object]
) -> None:
    """Each convention moves the probability the way news writing does, all else equal."""
    high = key_probability(dataclasses.replace(PLAIN, **better))  # type: ignore[arg-type]
    low = key_probability(dataclasses.replace(PLAIN, **worse))  # type: ignore[arg-type]
    assert 0.0 < low < high < 1.0


def test_a_new_item_pays_for_its_attribution() -> None:
    """Weight per character counts the item's attribution line, so shorter is not free."""
    short, long = "x" * 60, "x" * 240
    assert ITEM_COST_CHARS > 0
    # Four times the text costs less than four times as much once the attribution is counted.
    assert 1.0 < per_char(short) / per_char(long) < 4.0


@pytest.mark.parametrize("seed", range(5))
def test_the_probability_is_the_logistic_of_the_weighted_features(seed: int) -> None:
    """The digest's spelled-out model and the training code's feature vector agree."""
    rng = random.Random(seed)
    facts = SentenceFacts(
        position=rng.choice([-1, 0, 1, 2]),
        relevance=rng.uniform(-1, 14),
        relevant=rng.random() < 0.5,
        figures=rng.randrange(3),
        echo=rng.random(),
        topics=rng.randrange(1, 5),
        question=rng.random() < 0.5,
        hedges=rng.randrange(6),
    )
    weights = KeyWeights(*(rng.uniform(-2, 2) for _ in dataclasses.fields(KeyWeights)))
    logit = sum(
        getattr(weights, f.name) * x
        for f, x in zip(dataclasses.fields(KeyWeights), features(facts), strict=True)
    )
    assert key_probability(facts, weights) == pytest.approx(1 / (1 + math.exp(-logit)))
