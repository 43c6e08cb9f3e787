"""Template filters and globals: how a date, a link, a source or a key figure reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from urllib.parse import urlsplit

from briefings.digest import figure_context
from briefings.digest.budget import (
    NAME_CHARS,
    UNKNOWN_SOURCE,
    cut_name,
    cut_title,
    title_told,
)
from briefings.digest.source_titles import source_title
from briefings.digest.spans import balanced
from briefings.models import Attribution, Briefing, BriefingItem, DateOrigin, KeyFigure

_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_SAFE_SCHEMES = ("http://", "https://")


def squash(text: str) -> str:
    """Collapse runs of whitespace (a paragraph's line breaks would read as item boundaries)."""
    return _SPACES.sub(" ", text).strip()


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(day: dt.date | None) -> str:
    """'18 Mar 2024' whatever the process locale, or 'undated'."""
    if day is None:
        return "undated"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def http_url(url: str | None) -> str:
    """The URL when it is an http(s) link, else '' (no javascript:, data:, file: links)."""
    if not url:
        return ""
    candidate = url.strip()
    if candidate.lower().startswith(_SAFE_SCHEMES) and not _SPACES.search(candidate):
        return candidate
    return ""


def source_name(source: Attribution, limit: int = NAME_CHARS) -> str:
    """Outlet; else the link's host; else the article's title (shortened at a word).

    A title standing in for the outlet loses any page stamp or dateline a scrape left in it,
    and a title that is nothing but those names no source: "unknown source". It is cut
    shorter than a name (`budget.cut_title`): its first words tell the reader which article
    it is (the Sources button lists them in full); the rest is not news. A cut that leaves a
    quotation open ("“A deal for a whole…") drops its quotation marks: no line of a brief
    opens a quote it never closes.
    """
    host = urlsplit(http_url(source.url)).hostname or ""
    name = squash(source.outlet or host.removeprefix("www."))
    name = cut_name(name, limit) if name else cut_title(squash(source_title(source.title)))
    if not name:
        return UNKNOWN_SOURCE
    return name if balanced(name) else _QUOTE_MARKS.sub("", name)


def item_source_name(source: Attribution, sentences: list[str]) -> str:
    """The name under an item: "unknown source" when it would be a title the item's own words
    already say (budget.title_told)."""
    return UNKNOWN_SOURCE if title_told(source, sentences) else source_name(source)


def short_date(day: dt.date | None, year: int | None = None) -> str:
    """'18 Mar' within `year` (the brief's own, which its header states), else '18 Mar 2024'."""
    if day is not None and day.year == year:
        return f"{day.day} {_MONTHS[day.month - 1]}"
    return human_date(day)


def date_span(oldest: dt.date, newest: dt.date) -> str:
    """'18 Mar – 26 Apr 2025': the year once when both dates share it."""
    return f"{short_date(oldest, newest.year)} – {human_date(newest)}"


def source_date(source: Attribution, year: int | None = None) -> str:
    """The date as a reader should read it: inferred dates say so; within `year`, no year."""
    text = short_date(source.published, year)
    if source.published is not None and source.date_origin is DateOrigin.INFERRED:
        return f"{text} (inferred)"
    return text


def further_sources(sources: list[Attribution]) -> list[Attribution]:
    """An item's sources after the first, each once: "also: TASS, TASS" tells nothing.

    Two articles of one outlet are one name only when neither has its own link: a link
    to a second article is something a reader can follow.
    """
    seen = {_source_key(sources[0])} if sources else set()
    found: list[Attribution] = []
    for source in sources[1:]:
        key = _source_key(source)
        if key not in seen:
            seen.add(key)
            found.append(source)
    return found


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive sentences of an item copied from one article; `source` names it when it is
    not the item's first source (whose name stands under the item)."""

    text: str
    source: Attribution | None


def item_runs(item: BriefingItem) -> list[Run]:
    """The item's text in runs by source: another outlet's sentence is followed by its name."""
    origins = item.origins or [0] * len(item.sentences)
    runs: list[Run] = []
    for origin, run in groupby(zip(origins, item.sentences, strict=True), key=itemgetter(0)):
        source = item.sources[origin] if 0 < origin < len(item.sources) else None
        runs.append(Run(squash(" ".join(sentence for _, sentence in run)), source))
    return runs


def listed_sources(item: BriefingItem) -> list[Attribution]:
    """The further sources the line under an item lists: those not named in its text."""
    inline = set(item.origins) - {0}
    kept = [s for i, s in enumerate(item.sources) if i not in inline]
    return further_sources(kept)


def _source_key(source: Attribution) -> tuple[str, str]:
    return source_name(source), http_url(source.url)


def age_days(briefing: Briefing) -> int | None:
    """Days between the newest fact shown and when the briefing was made."""
    if briefing.newest is None:
        return None
    return max(0, (briefing.generated_at.date() - briefing.newest).days)


@dataclass(frozen=True, slots=True)
class FigureParts:
    """A key figure's context split so templates can highlight the figure itself."""

    before: str
    figure: str
    after: str


def figure_parts(key: KeyFigure) -> FigureParts:
    """The figure inside a short verbatim window of its sentence, split around the figure."""
    context = figure_context(key.figure)
    at = context.find(key.figure.text)
    if at < 0:
        return FigureParts("", key.figure.text, f" — {context}")
    end = at + len(key.figure.text)
    return FigureParts(context[:at], key.figure.text, context[end:])
