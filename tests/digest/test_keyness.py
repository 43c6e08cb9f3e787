"""The key-sentence model weighs news conventions the right way round, and costs characters."""

from __future__ import annotations

import dataclasses

import pytest

from briefings.digest.keyness import ITEM_COST_CHARS, SentenceFacts, key_probability, per_char

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
