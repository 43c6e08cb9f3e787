"""Round 25: a key figure sitting in one of the sentences that carry its article's news (the
lead and the next two), when the figure's entry would show only a cut piece of it, is not
reserved as a key figure: the sentence is shown whole as an item (a cut piece carries too
little of it)."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.models import Article
from briefings.topics import TopicSet

from .factories import NOW, figure, make_article

LEAD = (
    "Engineers of the Velmora gas board finished the 240-kilometre pipeline to the coast on "
    "Tuesday, two years after the works began and months ahead of the schedule the board set."
)
SHORT = "Gas exports to Europe reached 12 billion cubic meters last year."


def _articles() -> list[Article]:
    long_lead = make_article(
        id="lead",
        title="Velmora gas board finishes the coastal pipeline",
        paragraphs=[LEAD, "The board did not say when the first gas would flow."],
        figures=[figure("240-kilometre", LEAD, 240, "km")],
    )
    other = make_article(
        id="other",
        title="Gas exports to Europe grow",
        url="https://example.com/other",
        paragraphs=["Gas exports to Europe grew again last year, officials said.", SHORT],
        figures=[figure("12 billion cubic meters", SHORT, 12e9, "bcm")],
    )
    return [long_lead, other]


def test_a_cut_figure_in_the_best_lead_leaves_the_lead_to_its_item(topics: TopicSet) -> None:
    briefing = build_briefing(topics.get("energy"), _articles(), NOW, topics=topics)
    shown = [s for item in briefing.items for s in item.sentences]
    assert LEAD in shown
    assert all(k.figure.sentence != LEAD for k in briefing.key_figures)


def test_a_figure_sentence_of_another_story_is_its_item(topics: TopicSet) -> None:
    """Round 32: stories come first, so the other article's figure sentence is told in its
    story's item rather than reserved as a key figure, and is not listed twice."""
    briefing = build_briefing(topics.get("energy"), _articles(), NOW, topics=topics)
    shown = [s for item in briefing.items for s in item.sentences]
    assert SHORT in shown
    assert all(k.figure.sentence != SHORT for k in briefing.key_figures)


SECOND = (
    "The board said the 240-kilometre line would carry up to 5 billion cubic meters a year "
    "once its two compressor stations on the coast are finished later in the decade."
)


def test_a_cut_figure_in_the_second_sentence_is_shown_whole(topics: TopicSet) -> None:
    article = make_article(
        id="second",
        title="Velmora gas board finishes the coastal pipeline",
        paragraphs=["Velmora finished its coastal gas pipeline on Tuesday.", SECOND],
        figures=[figure("up to 5 billion cubic meters", SECOND, 5e9, "bcm")],
    )
    other = make_article(
        id="other",
        title="Ostrand signs a gas deal",
        url="https://example.com/other",
        paragraphs=["Ostrand signed a gas supply deal with Velmora on Monday."],
    )
    briefing = build_briefing(topics.get("energy"), [article, other], NOW, topics=topics)
    shown = [s for item in briefing.items for s in item.sentences]
    assert any(SECOND in s for s in shown)  # whole, after its lead ("…" between them)
    assert all(k.figure.sentence != SECOND for k in briefing.key_figures)
