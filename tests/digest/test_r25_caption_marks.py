"""Round 25: a paragraph saying where a person stands in the picture ("Name (left) and Name
(right) shake hands …") is a photo's caption, even when its credit stands on a line of its
own; it is not the story's lead, and the sentence after it leads."""

from __future__ import annotations

import pytest

from briefings.digest.profile import candidate_facts
from briefings.digest.spans import caption
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Dorin (right) and Ostrand's leader Piet Lund shake hands in Corvale.",
        "Minister Ana Dorin (second from left) poses with her counterparts after the talks.",
        "Министр Анна Дорина (справа) и её коллега Пит Лунд на встрече в Корвале.",
    ],
)
def test_a_position_in_the_picture_marks_a_caption(sentence: str) -> None:
    assert caption([sentence])


def test_a_bracketed_word_that_is_no_position_is_no_caption() -> None:
    assert not caption(["The ruling party (the Left) won a majority in the Corvale council."])


def test_the_sentence_after_a_caption_leads(topics: TopicSet) -> None:
    photo = "Velmoran President Ana Dorin (right) and Ostrand's leader Piet Lund shake hands."
    news = "Velmora and Ostrand agreed to set up a joint council on trade and transport links."
    article = make_article(
        title="Velmora and Ostrand agree on a joint partnership council",
        paragraphs=[photo, "(Agency)", news, "The council will meet twice a year."],
        topics=["partnerships"],
        topic_scores={"partnerships": 9.0},
    )
    sentences = topics.article_sentences(article)
    positions = {
        sentences[p][i]: facts.position
        for p, i, facts in candidate_facts(article, topics.get("partnerships"), topics)
    }
    assert photo not in positions
    assert positions[news] == 0
