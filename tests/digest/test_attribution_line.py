"""The attribution line under an item spends no characters repeating the item's own words."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefings.digest.budget import Dating, item_chars, title_told
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
def test_a_title_repeating_the_item_is_left_out_and_the_date_stays(fmt: OutputFormat) -> None:
    text = shown(brief((LEAD, [source()])), fmt)
    assert "— 26 Apr" in text
    assert "Velmora and" not in text.replace(LEAD, "")


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        pytest.param({"title": "Grid deal signed in Lunaport"}, "Grid deal…", id="title"),
        pytest.param({"outlet": "Velmora Daily"}, "Velmora Daily", id="outlet"),
        pytest.param({"url": "https://www.velmora.example/a"}, "velmora.example", id="host"),
    ],
)
def test_a_name_the_item_does_not_already_say_stays(
    overrides: dict[str, object], named: str
) -> None:
    """An outlet or a link's host always names the source, even in words the item uses."""
    text = shown(brief((LEAD, [source(**overrides)])))
    assert f"— {named}, 26 Apr\n" in text


def test_an_undated_brief_shows_no_empty_attribution_line() -> None:
    """With no name and no date nothing is left to say, except the item's other outlets."""
    alone = shown(brief((LEAD, [source(published=None)]), dated=False))
    assert "—" not in alone
    other = source(article_id="a2", outlet="Ostrand Wire", published=None)
    both = shown(brief((LEAD, [source(published=None), other]), dated=False))
    assert "— also: Ostrand Wire\n" in both


def test_the_budget_counts_what_the_shorter_line_saves() -> None:
    """The selection pays for the line as rendered, so the saved characters go to news."""
    told = source()
    named = source(title="Grid deal signed in Lunaport")
    assert title_told(told, [LEAD]) and not title_told(named, [LEAD])
    rendered = len(shown(brief((LEAD, [named])))) - len(shown(brief((LEAD, [told]))))
    dating = Dating(year=2025)
    budgeted = item_chars([LEAD], [named], dating) - item_chars([LEAD], [told], dating)
    assert rendered == budgeted > 0


def test_plain_text_items_keep_their_spacing_with_or_without_a_name() -> None:
    """Leaving a name out changes the line, not the gap between items."""
    other = source(article_id="a2", outlet="Ostrand Wire", url="https://ostrand.example/a")
    items = ((LEAD, [source()]), (LEAD, [other]), (LEAD, [source(title="Grid deal in Lunaport")]))
    text = shown(brief(*items), OutputFormat.TEXT)
    gaps = re.findall(r"\n+(?=• )", text)
    assert len(gaps) == 3 and set(gaps) == {"\n\n"}
