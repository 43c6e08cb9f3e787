"""Every item says where it came from: its outlet, a link's host, or its title cut at a word,
and its date or "undated" (round 31; before, a title repeating the item and an undated source
nothing named left the item with no line). Nothing is said twice: a title the item already
says gives way to "unknown source", and an undated brief's header says "dates unknown" once,
not "undated" under every item."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefings.digest.budget import Dating, item_chars
from briefings.models import Attribution, Briefing, BriefingItem
from briefings.render import OutputFormat, render_briefing, visible_text
from tests.digest.factories import HEADLESS_LEAD as LEAD
from tests.digest.factories import headless_source as source

NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


def brief(*items: tuple[str, list[Attribution]], dated: bool = True) -> Briefing:
    day = dt.date(2025, 4, 26) if dated else None
    return Briefing(
        topic_id="energy",
        topic_title="Energy",
        generated_at=NOW,
        items=[BriefingItem(sentences=[text], sources=found, score=1.0) for text, found in items],
        newest=day,
        oldest=day,
    )


def shown(briefing: Briefing, fmt: OutputFormat = OutputFormat.HTML) -> str:
    rendered = render_briefing(briefing, fmt)
    return visible_text(rendered) if fmt is OutputFormat.HTML else rendered


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_a_title_repeating_the_item_gives_way_to_unknown_source(fmt: OutputFormat) -> None:
    """A page with no headline has its first sentence as title: "— Velmora and Ostrand…"
    under an item opening with those words names nothing; the outlet is what is unknown."""
    text = shown(brief((LEAD, [source()])), fmt)
    assert "— unknown source, 26 Apr\n" in text
    assert "Velmora and Ostrand…" not in text
    other = shown(brief((LEAD, [source(title="Ostrand grid talks resume")])), fmt)
    assert "— Ostrand grid talks…, 26 Apr\n" in other


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        pytest.param({"title": "Grid deal signed in Lunaport"}, "Grid deal signed in…", id="title"),
        pytest.param({"outlet": "Velmora Daily"}, "Velmora Daily", id="outlet"),
        pytest.param({"url": "https://www.velmora.example/a"}, "velmora.example", id="host"),
    ],
)
def test_every_item_names_its_source(overrides: dict[str, object], named: str) -> None:
    text = shown(brief((LEAD, [source(**overrides)])))
    assert f"— {named}, 26 Apr\n" in text


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_an_undated_brief_says_undated_once_in_its_header(fmt: OutputFormat) -> None:
    named = source(title="Grid deal signed in Lunaport", published=None)
    alone = shown(brief((LEAD, [named]), dated=False), fmt)
    assert "dates unknown" in alone and "undated" not in alone
    assert "— Grid deal signed in…\n" in alone
    other = source(article_id="a2", outlet="Ostrand Wire", published=None)
    both = shown(brief((LEAD, [named, other]), dated=False), fmt)
    assert "— Grid deal signed in… · also: Ostrand Wire" in both


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_a_dated_brief_says_undated_under_an_undated_item(fmt: OutputFormat) -> None:
    named = source(title="Grid deal signed in Lunaport", published=None)
    text = shown(brief((LEAD, [named]), (LEAD, [source(outlet="Ostrand Wire")])), fmt)
    assert "— Grid deal signed in…, undated\n" in text
    assert "— Ostrand Wire, 26 Apr\n" in text


def test_a_source_with_nothing_to_name_it_is_an_unknown_source() -> None:
    stamp = source(title="May 2025 09:17 (UTC+04:00)", published=None)
    assert "— unknown source\n" in shown(brief((LEAD, [stamp]), dated=False))
    assert "— unknown source, undated\n" in shown(brief((LEAD, [stamp])))


@pytest.mark.parametrize("dated", [True, False])
def test_the_budget_counts_the_line_as_rendered(dated: bool) -> None:
    """The selection pays for the line as rendered, no more and no less."""
    day = {} if dated else {"published": None}
    short = source(title="Grid deal", **day)
    long = source(title="Grid deal signed in Lunaport", url="https://www.velmora.example/a", **day)
    rendered = len(shown(brief((LEAD, [long]), dated=dated))) - len(
        shown(brief((LEAD, [short]), dated=dated))
    )
    dating = Dating(year=2025, undated_brief=not dated)
    budgeted = item_chars([LEAD], [long], dating) - item_chars([LEAD], [short], dating)
    assert rendered == budgeted > 0


@pytest.mark.parametrize("dated", [True, False])
def test_the_budget_counts_unknown_source_as_rendered(dated: bool) -> None:
    """A title the item already says is paid for as "unknown source", as rendered."""
    day = {} if dated else {"published": None}
    told = source(**day)
    short = source(title="Grid deal", **day)
    rendered = len(shown(brief((LEAD, [told]), dated=dated))) - len(
        shown(brief((LEAD, [short]), dated=dated))
    )
    dating = Dating(year=2025, undated_brief=not dated)
    budgeted = item_chars([LEAD], [told], dating) - item_chars([LEAD], [short], dating)
    assert rendered == budgeted == len("unknown source") - len("Grid deal")


def test_plain_text_items_keep_their_spacing() -> None:
    other = source(article_id="a2", outlet="Ostrand Wire", url="https://ostrand.example/a")
    items = ((LEAD, [source()]), (LEAD, [other]), (LEAD, [source(title="Grid deal in Lunaport")]))
    text = shown(brief(*items), OutputFormat.TEXT)
    gaps = re.findall(r"\n+(?=• )", text)
    assert len(gaps) == 3 and set(gaps) == {"\n\n"}


@pytest.mark.parametrize(
    ("title", "named"),
    [
        pytest.param("Grid deal signed in Lunaport", "Grid deal signed in…", id="at-a-word"),
        pytest.param(
            "Velmorian state-controlled utility raises tariffs",
            "Velmorian state-controlled…",
            id="one-long-word-goes-on",
        ),
        pytest.param("Полный мир – долгожданный итог", "Полный мир…", id="dash-dropped"),
        pytest.param("Short title", "Short title", id="whole"),
    ],
)
def test_a_stand_in_is_cut_at_a_word_into_a_name(title: str, named: str) -> None:
    """Round 31: never a single word ("Velmorian…"), never a dash before the mark."""
    text = shown(brief((LEAD, [source(title=title)])))
    assert f"— {named}, 26 Apr\n" in text
    dating = Dating(year=2025)
    assert item_chars([LEAD], [source(title=title)], dating) - item_chars(
        [LEAD], [source(title="Short title")], dating
    ) == len(named) - len("Short title")
