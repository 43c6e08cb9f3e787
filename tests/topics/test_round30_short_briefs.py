"""Round 30: a short wire brief may say what it is about in its third line, not its first.

A brief of a few sentences often opens on who spoke where and when; the line that reads as a
lede (relevant, two distinct cues, a cue left without relation cues) may come second or third.
In a short article (passages.SHORT_ARTICLE) any sentence of its top half counts as the lede
would; the same line at the bottom of a short piece, or among many lines, stays one sentence.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article

_OPENING = [
    "Vice President Arlo Penhallow spoke in Lisbon on Tuesday at the opening of a trade fair.",
    "He arrived from Madrid in the morning and left for home after lunch.",
]
_PARTNERS = (
    "Norland and the Andean states should be strategic partners who deepen cooperation in"
    " science and farming, Penhallow told the hall."
)
_AFTER = [
    "Several hundred firms have stands at the fair this year.",
    "The fair closes on Sunday.",
]


def test_a_short_brief_with_its_lede_third_is_about_that(topics: TopicSet) -> None:
    article = make_article(title="Penhallow in Lisbon", paragraphs=[*_OPENING, _PARTNERS, *_AFTER])
    assert "partnerships" in topics.classify(article).topics


def test_the_same_line_closing_a_short_piece_is_background(topics: TopicSet) -> None:
    article = make_article(title="Penhallow in Lisbon", paragraphs=[*_OPENING, *_AFTER, _PARTNERS])
    assert "partnerships" not in topics.classify(article).topics


def test_the_same_line_third_in_a_long_article_is_one_line(topics: TopicSet) -> None:
    filler = [
        f"Stand {n} showed {kind} from the northern valleys."
        for n, kind in enumerate(("cheese", "wine", "olives", "wool", "honey", "pottery"), 1)
    ]
    article = make_article(
        title="Penhallow in Lisbon", paragraphs=[*_OPENING, _PARTNERS, *_AFTER, *filler]
    )
    assert "partnerships" not in topics.classify(article).topics


def test_a_top_line_made_of_meeting_words_alone_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Leaders in Porto",
        paragraphs=[
            "Flights into Porto were delayed by fog on Thursday.",
            "The presidents of Slovenia and Chile met in Porto and discussed the tariff row.",
            "Neither spoke to reporters afterwards.",
            "A dinner followed at the old customs house.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
