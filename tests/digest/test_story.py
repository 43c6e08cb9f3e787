"""Briefs tell stories: one item each, several outlets cited once, dates a reader can trust."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.config import CoreSettings
from briefings.digest import build_briefing
from briefings.digest.spans import lexicon, shows_junk
from briefings.errors import SourceRejected
from briefings.models import DateOrigin
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.service import BriefingService
from briefings.topics import TopicSet

from .factories import NOW, make_article

TESTS = Path(__file__).resolve().parents[1]


def test_one_long_article_cannot_fill_the_brief(topics: TopicSet) -> None:
    """With room for four items, four on-topic stories are told before a second from any."""
    long = make_article(
        id="long",
        outlet="Trend",
        title="Gas exports to Europe hit a record",
        paragraphs=[
            f"Gas exports through the Southern Gas Corridor pipeline to {country} rose again "
            f"this year, with {n} new gas supply contracts signed."
            for n, country in enumerate(["Italy", "Greece", "Bulgaria", "Albania", "Hungary"], 3)
        ],
    )
    others = [
        make_article(id=f"short-{n}", outlet=outlet, title=title, paragraphs=[sentence])
        for n, (outlet, title, sentence) in enumerate(
            [
                (
                    "APA",
                    "Wind power",
                    "A Saudi developer will build a wind farm to export electricity.",
                ),
                (
                    "Report.az",
                    "Power cable",
                    "Grid operators set up the electricity cable venture to export power.",
                ),
                ("Turan", "Oil pipeline", "Oil exports through the BTC pipeline grew by 15%."),
            ]
        )
    ]
    briefing = build_briefing(
        topics.get("energy"), [long, *others], NOW, topics=topics, max_chars=4000, max_items=4
    )
    cited = [item.sources[0].article_id for item in briefing.items]
    assert sorted(cited) == ["long", "short-0", "short-1", "short-2"]


def test_the_same_story_from_two_outlets_is_one_item_citing_both(topics: TopicSet) -> None:
    """Near-identical headlines are one story: one item; the other outlet's own further fact
    joins it, followed by that outlet's name, so neither sentence reads as the other's."""
    title = "Azerbaijan starts gas supplies to Slovakia"
    first = make_article(
        id="trend",
        outlet="Trend",
        title=title,
        paragraphs=["Azerbaijan began supplying natural gas to Slovakia through the pipeline."],
    )
    second = make_article(
        id="apa",
        outlet="APA",
        title=title,
        published=dt.date(2025, 4, 27),
        paragraphs=["The first gas from the Caspian Sea reached Slovak buyers on Monday morning."],
    )
    briefing = build_briefing(topics.get("energy"), [first, second], NOW, topics=topics)
    assert len(briefing.items) == 1
    assert [s.outlet for s in briefing.items[0].sources] == ["Trend", "APA"]
    assert briefing.items[0].origins == [0, 1]
    for fmt in (OutputFormat.HTML, OutputFormat.TEXT):
        text = visible_text(render_briefing(briefing, fmt))
        assert "on Monday morning. (APA)\n" in text, fmt
        assert "— Trend, 28 Apr" in text and "also:" not in text, fmt


def test_a_future_date_is_shown_as_undated_and_not_counted(topics: TopicSet) -> None:
    """A deadline read as a publication date: shown undated, ranked by ingest, header unaffected."""
    dated = make_article(
        id="dated",
        title="Caspian gas shipments",
        paragraphs=["Gas exports through the Southern Gas Corridor reached a new record."],
    )
    deadline = make_article(
        id="deadline",
        outlet="APA",
        title="Pipeline expansion",
        published=dt.date(2026, 1, 1),
        date_origin=DateOrigin.TEXT,
        ingested_at=NOW - dt.timedelta(days=1),
        paragraphs=["The gas pipeline to Europe will double its capacity by January 1."],
    )
    briefing = build_briefing(topics.get("energy"), [dated, deadline], NOW, topics=topics)
    sources = {s.article_id: s for item in briefing.items for s in item.sources}
    assert sources["deadline"].published is None
    assert briefing.newest == briefing.oldest == dt.date(2025, 4, 28)
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert "2026" not in text and "APA, undated" in text


def _briefs(corpus: Path) -> list[str]:
    folder = corpus / "scratch"
    service = BriefingService(
        CoreSettings(data_dir=folder, database_url="sqlite:///:memory:"),
    )
    try:
        for path in sorted((corpus / "articles").iterdir()):
            try:
                service.ingest_path(path)
            except SourceRejected:  # a refused file has no brief lines to check
                continue
        now = dt.datetime(2025, 10, 1, 9, tzinfo=dt.UTC)
        return [
            visible_text(render_briefing(service.brief(t, now), OutputFormat.HTML))
            for t in service.topics.ids
        ]
    finally:
        service.close()


@pytest.mark.parametrize("corpus", ["corpus", "heldout"])
def test_no_brief_line_carries_junk(corpus: str) -> None:
    """On the team's sets, no line of any brief has a dateline, stamp, menu word or open quote."""
    dateline = lexicon().dateline
    for text in _briefs(TESTS / corpus):
        for line in text.splitlines()[2:]:
            body = line.removeprefix("• ").strip()
            if not body or line.startswith("— "):
                continue  # our own attribution line, not article text
            assert not shows_junk(body), line
            assert dateline.match(body) is None, line
