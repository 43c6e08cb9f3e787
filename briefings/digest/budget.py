"""The character budget: what each part of a brief costs once rendered (see templates)."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.digest.figures import figure_context
from briefings.models import AttributedQuote, Attribution, KeyFigure

HEADER_CHARS = 70
ITEM_OVERHEAD_CHARS = 8
SOURCE_CHARS = 22
#: A title standing in for an unknown outlet is shortened to this (render.source_name).
TITLE_SOURCE_CHARS = 32
ALSO_CHARS = 9  # " · also: " once, ", " after
FIGURES_HEADER_CHARS = 14
QUOTE_OVERHEAD_CHARS = 12


def source_chars(source: Attribution) -> int:
    name = source.outlet or source.title
    return min(len(name), TITLE_SOURCE_CHARS) + SOURCE_CHARS


def also_chars(source: Attribution) -> int:
    """A further source of an item: its name after "also:" (no date)."""
    name = source.outlet or source.title
    return min(len(name), TITLE_SOURCE_CHARS) + ALSO_CHARS


def item_chars(sentences: Sequence[str], sources: Sequence[Attribution]) -> int:
    text = sum(len(s) + 1 for s in sentences)
    further = sum(also_chars(s) for s in sources[1:])
    return text + ITEM_OVERHEAD_CHARS + sum(source_chars(s) for s in sources[:1]) + further


def figure_chars(key: KeyFigure) -> int:
    return (
        len(figure_context(key.figure))
        + min(len(key.source.outlet or key.source.title), TITLE_SOURCE_CHARS)
        + 6
    )


def figures_chars(keys: Sequence[KeyFigure]) -> int:
    if not keys:
        return 0
    return FIGURES_HEADER_CHARS + sum(figure_chars(k) for k in keys)


def quote_chars(quote: AttributedQuote) -> int:
    speaker = len(quote.quote.speaker or "")
    return len(quote.quote.text) + speaker + QUOTE_OVERHEAD_CHARS + source_chars(quote.source)
