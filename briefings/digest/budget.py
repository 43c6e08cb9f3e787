"""The character budget: what each part of a brief costs once rendered (see templates).

Every item names its source and says when: "— Outlet, 26 Apr" ("26 Apr 2025" outside the
brief's own year), "— Outlet, undated" when the source gives no date, a title standing in
for an unknown outlet ("— Grid deal signed in…, undated"). Nothing is said twice: a title
the item already opens with gives way to "unknown source", and in a brief whose header says
"dates unknown" no item repeats "undated".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from briefings.digest.figures import figure_context
from briefings.digest.source_titles import source_title
from briefings.models import AttributedQuote, Attribution, KeyFigure

#: The header line when no fact is dated (" · dates unknown" and the blank line after it),
#: besides the topic's title; a dated header is measured by `header_chars`.
UNDATED_HEADER_CHARS = 20
_FACTS_FROM_CHARS = len(" · facts from ") + 2  # and the blank line after the header
_SPAN_CHARS = len(" – ") + len("; newest ") + len(" days old")
_ONE_DAY_CHARS = len(", ") + len(" days old")
_DATE_CHARS = 11  # "18 Mar 2025": a two-digit day, the year
#: An item's bullet ("• "), the blank line after its source line (its sentences pay for the
#: spaces between them and their own line break) and the bot's "🆕 " on a fresh item.
#: Measured on the rendered brief (tests/digest/test_budget_as_rendered); the allowances
#: before (8, and 9 for the source line) overcharged every item by 11 characters.
ITEM_OVERHEAD_CHARS = 7
SOURCE_CHARS = 2  # "— ", besides the outlet's name and the date
#: An outlet's name is shortened to this, a title standing in for an unknown outlet to the
#: second (render.source_name), at a word: enough of the headline for a reader to know which
#: article it is (two or three words did not; the Sources button lists titles in full).
NAME_CHARS = 32
TITLE_SOURCE_CHARS = 24
MIN_TITLE_CUT_CHARS = 12  # a stand-in shorter than this is one word: cut later
_CUT_PUNCTUATION = " –—-:,;"
ALSO_CHARS = 9  # " · also: " once, ", " after
FIGURES_HEADER_CHARS = 14
QUOTE_OVERHEAD_CHARS = 12
_DAY_MONTH_CHARS = 6  # "26 Apr"
_YEAR_CHARS = 5  # " 2025"
_UNDATED_CHARS = 7  # "undated"
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_LINKS = ("http://", "https://")
UNKNOWN_SOURCE = "unknown source"  # a source with no outlet, link or usable title


@dataclass(frozen=True, slots=True)
class Dating:
    """How a brief shows dates: the year is dropped within `year`; an undated brief's header
    says "dates unknown" once (its items then show no date)."""

    year: int | None = None
    undated_brief: bool = False


def header_chars(dates: Sequence[dt.date], today: dt.date) -> int:
    """The header as rendered, besides the topic's title, for a brief drawing on facts of
    `dates` (render: "· facts from 18 Mar – 26 Apr 2025; newest 5 days old").

    The items are not chosen yet, so this is the longest header any choice among `dates`
    can get: a two-digit day, the first date's year unless all share one, the age of the
    oldest. A fixed allowance (58) overcharged most briefs by a line's tail, room that
    decided whether the last story fitted.
    """
    if not dates:
        return UNDATED_HEADER_CHARS
    oldest, newest = min(dates), max(dates)
    age = len(str(max(0, (today - oldest).days)))
    if oldest == newest:
        return _FACTS_FROM_CHARS + _DATE_CHARS + _ONE_DAY_CHARS + age
    first = _DAY_MONTH_CHARS if oldest.year == newest.year else _DATE_CHARS
    return _FACTS_FROM_CHARS + first + _DATE_CHARS + _SPAN_CHARS + age


def date_chars(source: Attribution, dating: Dating = Dating()) -> int:
    """The date after an outlet's name, with its ", " (see render.source_date); "undated"
    when the source gives none, nothing in an undated brief (its header says so once)."""
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


def cut_title(title: str) -> str:
    """A title standing in for an outlet, cut at a word after TITLE_SOURCE_CHARS.

    A cut leaving one long word ("Brazilian…") names no article: the cut then goes on to the
    next word within NAME_CHARS. A dash or colon the cut leaves at the end goes ("Talks –…").
    """
    if len(title) <= TITLE_SOURCE_CHARS:
        return title
    cut = title.rfind(" ", 0, TITLE_SOURCE_CHARS)
    if cut < MIN_TITLE_CUT_CHARS:
        cut = title.rfind(" ", 0, NAME_CHARS)
    if cut <= 0:
        return title[:TITLE_SOURCE_CHARS] + "…"
    return title[:cut].rstrip(_CUT_PUNCTUATION) + "…"


@lru_cache(maxsize=4096)
def _stand_in(title: str) -> str:
    """What names a source with no outlet and no link: its title's first words, as shown.

    Remembered per title: the selection weighs every option's attribution line.
    """
    return cut_title(_SPACES.sub(" ", source_title(title)).strip())


def _linked(source: Attribution) -> bool:
    return (source.url or "").strip().lower().startswith(_LINKS)


@lru_cache(maxsize=4096)
def _host(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").removeprefix("www.")


@lru_cache(maxsize=4096)
def _stand_in_words(title: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(_stand_in(title)))


def title_told(source: Attribution, sentences: Sequence[str]) -> bool:
    """Whether the title standing in for `source`'s unknown outlet only repeats the item.

    A page without a headline gets its first sentence as title, and that sentence is often
    the item: "— Grid deal signed in…" under "Grid deal signed in Tarvia…" tells the reader
    nothing, so the line says "unknown source" instead (the outlet is what is unknown).
    """
    if source.outlet or _linked(source):
        return False
    found = _stand_in_words(source.title)
    told = {w.casefold() for s in sentences for w in _WORD.findall(s)}
    return bool(found) and found <= told


def name_chars(source: Attribution, sentences: Sequence[str] = ()) -> int:
    """The source's name as shown (an outlet, else its title cut shorter at a word)."""
    if title_told(source, sentences):
        return len(UNKNOWN_SOURCE)
    if source.outlet:
        return min(len(source.outlet), NAME_CHARS)
    host = _host(source.url or "") if _linked(source) else ""
    if host:
        return min(len(host), NAME_CHARS)
    return len(_stand_in(source.title) or UNKNOWN_SOURCE)


def source_chars(
    source: Attribution, dating: Dating = Dating(), sentences: Sequence[str] = ()
) -> int:
    """The attribution line under an item (`sentences`): its source's name and date."""
    return name_chars(source, sentences) + SOURCE_CHARS + date_chars(source, dating)


def also_chars(source: Attribution) -> int:
    """A further source of an item: its name after "also:" (no date)."""
    return name_chars(source) + ALSO_CHARS


def item_chars(
    sentences: Sequence[str], sources: Sequence[Attribution], dating: Dating = Dating()
) -> int:
    text = sum(len(s) + 1 for s in sentences)
    further = sum(also_chars(s) for s in sources[1:])
    first = sum(source_chars(s, dating, sentences) for s in sources[:1])
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
