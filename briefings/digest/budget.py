"""The character budget: what each part of a brief costs once rendered (see templates).

A date costs what the reader sees: "26 Apr" in the brief's own year, "26 Apr 2025" otherwise,
", undated" only when the brief mixes dated and undated facts (when none is dated, the
header says so once).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefings.digest.figures import figure_context
from briefings.models import AttributedQuote, Attribution, KeyFigure

#: The header line ("Energy · facts from 18 Mar – 26 Apr 2025; newest 5 days old") and the
#: blank line after it, besides the topic's title; when no fact is dated, "· dates unknown".
HEADER_CHARS = 58
UNDATED_HEADER_CHARS = 20
ITEM_OVERHEAD_CHARS = 8
SOURCE_CHARS = 9  # "— " and line breaks, besides the outlet's name and the date
#: An outlet's name is shortened to this, a title standing in for an unknown outlet to the
#: second (render.source_name).
NAME_CHARS = 32
TITLE_SOURCE_CHARS = 24
ALSO_CHARS = 9  # " · also: " once, ", " after
FIGURES_HEADER_CHARS = 14
QUOTE_OVERHEAD_CHARS = 12
_DAY_MONTH_CHARS = 6  # "26 Apr"
_YEAR_CHARS = 5  # " 2025"
_UNDATED_CHARS = 7  # "undated"


@dataclass(frozen=True, slots=True)
class Dating:
    """How a brief shows dates: the year is dropped within `year`; no date in an undated brief."""

    year: int | None = None
    undated_brief: bool = False


def date_chars(source: Attribution, dating: Dating = Dating()) -> int:
    """The date after an outlet's name, with its ", " (see render.source_date)."""
    if dating.undated_brief:
        return 0
    if source.published is None:
        return _UNDATED_CHARS + 2
    year = 0 if source.published.year == dating.year else _YEAR_CHARS
    return _DAY_MONTH_CHARS + year + 2


def name_chars(source: Attribution) -> int:
    """The source's name as shown (an outlet, else its title cut shorter)."""
    if source.outlet:
        return min(len(source.outlet), NAME_CHARS)
    return min(len(source.title), TITLE_SOURCE_CHARS)


def source_chars(source: Attribution, dating: Dating = Dating()) -> int:
    return name_chars(source) + SOURCE_CHARS + date_chars(source, dating)


def also_chars(source: Attribution) -> int:
    """A further source of an item: its name after "also:" (no date)."""
    return name_chars(source) + ALSO_CHARS


def item_chars(
    sentences: Sequence[str], sources: Sequence[Attribution], dating: Dating = Dating()
) -> int:
    text = sum(len(s) + 1 for s in sentences)
    further = sum(also_chars(s) for s in sources[1:])
    first = sum(source_chars(s, dating) for s in sources[:1])
    return text + ITEM_OVERHEAD_CHARS + first + further


def figure_chars(key: KeyFigure) -> int:
    return len(figure_context(key.figure)) + name_chars(key.source) + 6


def figures_chars(keys: Sequence[KeyFigure]) -> int:
    if not keys:
        return 0
    return FIGURES_HEADER_CHARS + sum(figure_chars(k) for k in keys)


def quote_chars(quote: AttributedQuote, dating: Dating = Dating()) -> int:
    speaker = len(quote.quote.speaker or "")
    source = source_chars(quote.source, dating)
    return len(quote.quote.text) + speaker + QUOTE_OVERHEAD_CHARS + source
