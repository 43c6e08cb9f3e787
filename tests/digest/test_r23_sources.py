"""Round 23, wave 3: an item whose source has no outlet, no link and no usable title spends no
line on "— unknown source, undated" (it tells the reader nothing and costs a line's
characters); a dated one keeps its line (tests/render: "unknown source" before the date)."""

from __future__ import annotations

import pytest

from briefings.digest.budget import Dating, item_chars, name_left_out, names_nothing, source_chars
from briefings.models import Attribution, Briefing
from briefings.render import OutputFormat

from .factories import brief_beside_dated, headless_source, shown

_FACT = "Velmora and Ostrand signed a gas transit accord of 4 bcm a year in Corvale."


def _nameless(**overrides: object) -> Attribution:
    """A page whose only title is a time stamp: nothing left to name it by."""
    return headless_source(title="May 2025 09:17 (UTC+04:00)", **overrides)


def _brief(source: Attribution) -> Briefing:
    return brief_beside_dated(_FACT, source)


def test_a_source_with_nothing_to_name_it_is_left_out() -> None:
    assert names_nothing(_nameless()) and name_left_out(_nameless(published=None), [_FACT])
    assert not name_left_out(_nameless(), [_FACT])
    assert not names_nothing(_nameless(outlet="Velmora Daily"))
    assert not names_nothing(_nameless(url="https://news.example/a"))
    assert not names_nothing(headless_source(title="Transit accord signed"))


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_no_unknown_source_line_under_an_item(fmt: OutputFormat) -> None:
    undated = shown(_brief(_nameless(published=None)), fmt)
    assert "unknown source" not in undated and "undated" not in undated
    assert undated.rstrip().endswith(_FACT)
    named = shown(_brief(_nameless(published=None, outlet="Velmora Daily")), fmt)
    assert "Velmora Daily, undated" in named


def test_the_budget_counts_the_line_left_out() -> None:
    mixed = Dating(year=2025)
    assert source_chars(_nameless(published=None), mixed, [_FACT]) == 0
    named = headless_source(published=None, outlet="Velmora Daily")
    assert item_chars([_FACT], [_nameless(published=None)], mixed) < item_chars(
        [_FACT], [named], mixed
    )
