"""Copies of one event from several outlets are one story, whatever their headlines say."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.digest.stories import story_groups
from briefings.models import Article
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.topics import TopicSet

from .factories import NOW, make_article


def _transit_copies() -> tuple[Article, Article]:
    """Two outlets on one event, in their own words, under headlines that share little."""
    trend = make_article(
        id="trend",
        outlet="Trend",
        title="Velmora halts gas transit to its neighbour",
        paragraphs=[
            "Velmora stopped gas transit through the Ostrand pipeline to Corvale on Monday, "
            "the energy ministry said.",
        ],
    )
    apa = make_article(
        id="apa",
        outlet="APA",
        title="Corvale left without pipeline gas",
        paragraphs=[
            "CORVALE - Power stations in Corvale switched to fuel oil as the Ostrand "
            "pipeline from "
            "Velmora ran empty amid a dispute over transit fees.",
        ],
    )
    return trend, apa


def _other_story() -> Article:
    return make_article(
        id="solar",
        outlet="Report.az",
        title="Brava opens a solar farm",
        paragraphs=["A solar power plant opened near Brava, giving the grid new electricity."],
    )


def test_copies_of_one_event_share_a_story_and_another_event_does_not(
    topics: TopicSet,
) -> None:
    """Shared names and rarer words of headline and lead join copies; a topic's words do not."""
    trend, apa = _transit_copies()
    solar = _other_story()
    groups = story_groups([trend, apa, solar], topics)
    assert groups["trend"] == groups["apa"]
    assert groups["solar"] != groups["trend"]


def test_extracted_places_join_copies_whose_words_differ(topics: TopicSet) -> None:
    """Two leads in different words about one place's event meet on the places found in them."""
    first = make_article(
        id="first",
        title="Treaty exit announced",
        places=["Velmora", "Ostrand", "Corvale"],
        paragraphs=["The ministers announced that the four states would leave the treaty."],
    )
    second = make_article(
        id="second",
        title="Withdrawal from the convention",
        places=["Velmora", "Ostrand", "Corvale"],
        paragraphs=["Officials of the bloc recommended quitting the convention this spring."],
    )
    bare = second.model_copy(update={"places": [], "content_hash": "no places"})
    with_places = story_groups([first, second, _other_story()], topics)
    without = story_groups([first, bare, _other_story()], topics)
    assert with_places["first"] == with_places["second"]
    assert without["first"] != without["second"]


def test_a_story_told_by_two_outlets_is_one_item_with_both_facts(topics: TopicSet) -> None:
    """The second outlet's own fact joins the first's item after one "…", followed by its name.

    The first item's sentence ends in a cut attribution tail and the copy's begins after a cut
    dateline: one mark stands for both cuts.
    """
    trend, apa = _transit_copies()
    briefing = build_briefing(
        topics.get("energy"), [trend, apa, _other_story()], NOW, topics=topics
    )
    transit = [i for i in briefing.items if "trend" in {s.article_id for s in i.sources}]
    assert len(transit) == 1
    assert [s.outlet for s in transit[0].sources] == ["Trend", "APA"]
    assert any("transit fees" in s for s in transit[0].sentences)
    assert not any(
        "apa" in {s.article_id for s in i.sources} for i in briefing.items if i is not transit[0]
    )
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    joined = next(line for line in text.splitlines() if "transit fees" in line)
    assert joined.endswith("(APA)") and "also: APA" not in text
    assert "… …" not in text and "……" not in text
