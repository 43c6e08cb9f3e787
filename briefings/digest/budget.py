"""The character budget: what each part of a brief costs once rendered (see templates).

A date costs what the reader sees: "26 Apr" in the brief's own year, "26 Apr 2025" otherwise,
", undated" only when the brief mixes dated and undated facts (when none is dated, the
header says so once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefings.digest.figures import figure_context
from briefings.digest.spans import source_title
from briefings.models import AttributedQuote, Attribution, KeyFigure

#: The header line ("Energy · facts from 18 Mar – 26 Apr 2025; newest 5 days old") and the
#: blank line after it, besides the topic's title; when no fact is dated, "· dates unknown".
HEADER_CHARS = 58
UNDATED_HEADER_CHARS = 20
ITEM_OVERHEAD_CHARS = 8
SOURCE_CHARS = 9  # "— " and line breaks, besides the outlet's name and the date
#: An outlet's name is shortened to this, a title standing in for an unknown outlet to the
#: second (render.source_name). A stand-in's first two or three words tell the reader which
#: article it is (the Sources button lists titles in full); at 24 it took a fifth of a typical
#: item, room a further story needs (round 23: about one more key per 80 at equal length).
NAME_CHARS = 32
TITLE_SOURCE_CHARS = 16
ALSO_CHARS = 9  # " · also: " once, ", " after
FIGURES_HEADER_CHARS = 14
QUOTE_OVERHEAD_CHARS = 12
_DAY_MONTH_CHARS = 6  # "26 Apr"
_YEAR_CHARS = 5  # " 2025"
_UNDATED_CHARS = 7  # "undated"
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_LINKS = ("http://", "https://")
UNKNOWN_SOURCE = "unknown source"  # a source with no outlet, link or usable title


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


def cut_name(name: str, limit: int) -> str:
    """`name` shortened to `limit` characters at a word, marked "…" when cut."""
    if len(name) <= limit:
        return name
    cut = name.rfind(" ", 0, limit)
    return name[: cut if cut > 0 else limit] + "…"


@lru_cache(maxsize=4096)
def _stand_in(title: str) -> str:
    """What names a source with no outlet and no link: its title's first words, as shown.

    Remembered per title: the selection weighs every option's attribution line.
    """
    return cut_name(_SPACES.sub(" ", source_title(title)).strip(), TITLE_SOURCE_CHARS)


@lru_cache(maxsize=4096)
def _stand_in_words(title: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(_stand_in(title)))


def _linked(source: Attribution) -> bool:
    return (source.url or "").strip().lower().startswith(_LINKS)


def title_told(source: Attribution, sentences: Sequence[str]) -> bool:
    """Whether the title standing in for `source`'s unknown outlet only repeats the item.

    With no outlet and no link, a brief names the source by its title's first words; when
    the item's own line already holds every one of them (a page without a headline gets its
    first sentence as title, and that sentence is the item), the name tells the reader
    nothing, so it is left out and the attribution shows only the date.
    """
    if source.outlet or _linked(source):
        return False
    words = _stand_in_words(source.title)
    told = {w.lower() for s in sentences for w in _WORD.findall(s)}
    return bool(words) and words <= told


def names_nothing(source: Attribution) -> bool:
    """No outlet, no link and no title left once its stamp or dateline is gone.

    The brief names such a source "unknown source"; under an undated item the whole line
    ("— unknown source, undated") tells the reader nothing, so it is left out (`name_left_out`).
    """
    return not source.outlet and not _linked(source) and not _stand_in(source.title)


def name_left_out(source: Attribution, sentences: Sequence[str]) -> bool:
    """Whether an item's attribution line shows no name: a title repeating the item, or an
    undated source nothing names (a dated one keeps "unknown source" before its date)."""
    return title_told(source, sentences) or (source.published is None and names_nothing(source))


def name_chars(source: Attribution) -> int:
    """The source's name as shown (an outlet, else its title cut shorter at a word)."""
    if source.outlet:
        return min(len(source.outlet), NAME_CHARS)
    if _linked(source):
        return min(len(source.title), TITLE_SOURCE_CHARS)  # about a host's length
    return len(_stand_in(source.title) or UNKNOWN_SOURCE)


def source_chars(
    source: Attribution, dating: Dating = Dating(), sentences: Sequence[str] = ()
) -> int:
    """The attribution line under an item; only its date when the title names nothing new."""
    if not name_left_out(source, sentences):
        return name_chars(source) + SOURCE_CHARS + date_chars(source, dating)
    # Nothing names the source: an undated item then shows no line ("— undated" tells nothing).
    date = date_chars(source, dating) if source.published is not None else 0
    return SOURCE_CHARS + date - 2 if date else 0


def also_chars(source: Attribution) -> int:
    """A further source of an item: its name after "also:" (no date)."""
    return name_chars(source) + ALSO_CHARS


def item_chars(
    sentences: Sequence[str], sources: Sequence[Attribution], dating: Dating = Dating()
) -> int:
    text = sum(len(s) + 1 for s in sentences)
    further = sum(also_chars(s) for s in sources[1:])
    first = sum(source_chars(s, dating, sentences) for s in sources[:1])
    if further and not first:
        first = SOURCE_CHARS  # "— also: …" still takes a line
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
