"""Round 23: a feature's opening line that names no one and states no figure is not the
story's lead; the sentence after it, which says who did what, takes the lead's weight."""

from __future__ import annotations

import pytest

from briefings.digest.profile import candidate_facts, generic_opener
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "Buried shells do not choose whom they maim.",
        "Every metre of the field has to be checked by hand.",
        "Саперы проверяют каждый метр поля вручную.",
    ],
)
def test_a_line_naming_no_one_and_no_figure_is_a_generic_opener(sentence: str) -> None:
    assert generic_opener(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmora agency cleared the last minefield near Ostrand.",
        "Deminers destroyed 400 shells last month.",
        "Crews cleared the field on Tuesday.",
        "NATO agreed to raise the spending target.",
        "В Корвале завершили разминирование последнего поля.",
        "«Велмора» расчистила последнее минное поле.",
    ],
)
def test_a_line_naming_an_actor_a_day_or_a_figure_is_news(sentence: str) -> None:
    assert not generic_opener(sentence)


def test_the_sentence_after_a_generic_opener_is_the_lead(topics: TopicSet) -> None:
    opener = "Buried shells do not choose whom they maim, and demining is slow work."
    news = "The Velmora mine action agency declared the Ostrand valley free of land mines."
    article = make_article(
        title="Ostrand valley cleared of mines",
        paragraphs=[opener, news, "Deminers had worked in the valley for nine years."],
        topics=["demining"],
        topic_scores={"demining": 9.0},
    )
    sentences = topics.article_sentences(article)
    positions = {
        sentences[p][i]: facts.position
        for p, i, facts in candidate_facts(article, topics.get("demining"), topics)
    }
    assert positions[news] == 0
    assert positions.get(opener, -1) == -1


def test_a_first_word_the_article_names_elsewhere_is_a_name() -> None:
    """ "Velmora cleared the field." opens with a name when the article uses it mid-sentence."""
    assert generic_opener("Velmora cleared the last field.")
    assert not generic_opener("Velmora cleared the last field.", frozenset({"Velmora"}))
