"""Round 23, wave 3: a sentence that defines or ranks its subject ("X is one of the largest …",
"X refers to …") is an explainer's background, seldom the story's news; the key model weighs
it down, so the news of the same article is chosen first."""

from __future__ import annotations

import dataclasses

import pytest

from briefings.digest.keyness import SentenceFacts, key_probability
from briefings.digest.profile import compute_candidates
from briefings.digest.spans import background
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvale Gas is one of the largest private fuel suppliers of Velmora.",
        "The Ostrand Basin is among the world's biggest offshore gas fields.",
        "Transit risk refers to the chance that a pipeline is shut by a third country.",
        "A stranded asset is defined as a plant that can no longer earn its cost.",
        "«Корвале Газ» является одним из крупнейших производителей газа в Велморе.",
    ],
)
def test_a_definition_or_ranking_is_background(sentence: str) -> None:
    assert background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvale Gas cut its output by a third after the sanctions, the company said.",
        "Velmora signed one of the largest gas deals in its history with Ostrand on Monday.",
        "The minister said the accord refers to a route agreed in 2019.",
        "Ostrand is one of the most mine-affected countries in the region.",
    ],
)
def test_news_and_evaluations_are_not_background(sentence: str) -> None:
    """A ranking inside the news, a quoted reference and a 'most …' judgement stay."""
    assert not background(sentence)


def test_background_lowers_the_key_probability() -> None:
    plain = SentenceFacts(
        position=-1, relevance=3.0, relevant=True, figures=0, echo=0.0, topics=1, question=False
    )
    assert key_probability(dataclasses.replace(plain, background=True)) < key_probability(plain)


def test_the_news_is_chosen_before_the_background(topics: TopicSet) -> None:
    definition = "Corvale Gas is one of the largest private fuel suppliers of Velmora."
    news = "Corvale Gas halted gas output at its northern plant after new sanctions."
    article = make_article(
        title="Corvale Gas halts a plant",
        paragraphs=["Velmora's energy sector faces a difficult winter.", f"{definition} {news}"],
        topics=["energy"],
        topic_scores={"energy": 9.0},
    )
    energy = topics.get("energy")
    sentences = topics.article_sentences(article)
    ranked = [sentences[c.paragraph][c.index] for c in compute_candidates(article, energy, topics)]
    assert ranked.index(news) < ranked.index(definition)
