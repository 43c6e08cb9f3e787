"""Template filters and globals: how a date, a link, a source or a key figure reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefings.digest import figure_context
from briefings.digest.budget import TITLE_SOURCE_CHARS
from briefings.digest.spans import source_title
from briefings.models import Attribution, Briefing, DateOrigin, KeyFigure

UNKNOWN_SOURCE = "unknown source"

_SPACES = re.compile(r"\s+")
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


def source_name(source: Attribution, limit: int = TITLE_SOURCE_CHARS) -> str:
    """Outlet; else the link's host; else the article's title (shortened at a word).

    A title standing in for the outlet loses any page stamp or dateline a scrape left in it,
    and a title that is nothing but those names no source: "unknown source".
    """
    host = urlsplit(http_url(source.url)).hostname or ""
    name = squash(source.outlet or host.removeprefix("www.") or source_title(source.title))
    if not name:
        return UNKNOWN_SOURCE
    if len(name) <= limit:
        return name
    cut = name.rfind(" ", 0, limit)
    return name[: cut if cut > 0 else limit] + "…"


def source_date(source: Attribution) -> str:
    """The date as a reader should read it: inferred dates say so."""
    text = human_date(source.published)
    if source.published is not None and source.date_origin is DateOrigin.INFERRED:
        return f"{text} (inferred)"
    return text


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
