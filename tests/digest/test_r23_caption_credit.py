"""Round 23, wave 3: a photo's caption may end in its credit without the word "photo" (the
photographer and the agency or picture library in brackets) or in a wire's bare "AP Photo";
the whole paragraph is then the caption, and none of it is a candidate. A bracket with a
slash alone is no credit."""

from __future__ import annotations

import pytest

from briefings.digest.profile import candidate_facts
from briefings.digest.spans import caption
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "credit",
    [
        "(Ana Petrescu/Bloomberg via Getty Images)",
        "(Ana Petrescu/AFP)",
        "(Image courtesy of Shutterstock)",
        "A view of the Corvale dam on 3 March 2025. AP Photo",
    ],
)
def test_a_credit_ends_a_caption(credit: str) -> None:
    assert caption(["A gas flare burns at a plant near Port Vell on 3 March 2025.", credit])


@pytest.mark.parametrize(
    "last",
    [
        "Talks resumed in Corvale (Velmora/Ostrand).",
        "Trade rose 5% last year (EU/UK data).",
        "The envoys met reporters from AP and AFP.",
    ],
)
def test_a_bracket_or_an_agency_in_the_news_is_no_credit(last: str) -> None:
    assert not caption(["Velmora and Ostrand signed a gas deal.", last])


def test_a_caption_with_a_bracketed_credit_offers_no_candidate(topics: TopicSet) -> None:
    caption_lines = [
        "A gas flare burns at the Port Vell plant on 3 March 2025.",
        "Corvale Gas runs the plant, which ships gas to Ostrand.",
        "(Ana Petrescu/Bloomberg via Getty Images)",
    ]
    news = "Velmora halted gas exports from the Port Vell plant after new sanctions on Monday."
    article = make_article(
        title="Velmora halts gas exports",
        paragraphs=[news, " ".join(caption_lines), "Ostrand said it would buy gas elsewhere."],
        topics=["energy"],
        topic_scores={"energy": 9.0},
    )
    sentences = topics.article_sentences(article)
    found = {sentences[p][i] for p, i, _ in candidate_facts(article, topics.get("energy"), topics)}
    assert news in found
    assert not found & set(caption_lines)
