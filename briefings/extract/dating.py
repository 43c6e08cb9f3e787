"""When an article was published, in order of trust (`DateOrigin` records which one was used):

1. METADATA  sidecar, front matter, record field or HTML meta;
2. TEXT      the page's own stamp or date line; else, under a wire dateline's day and month
             ("YEREVAN, November 10. /TASS/."), a full date in the text on that day; else,
             without a dateline, the latest full date written in the text that is not a
             target ("by January 1, 2026", "до 1 января");
3. INFERRED  a day and month without a year ("on March 18"), with the year taken from the
             text itself: a full date elsewhere, a dated event said to be "this year"
             (COP29 → 2024), or the latest plain year that is not marked as past
             ("back in 2021"), a target ("by 2030") or a description ("of 1991");
4. UNKNOWN   otherwise: `published` stays None. The current year is never assumed.

A date after the day of ingest is never a publication date, whatever its source: it is a
deadline or a plan the article mentions. A wire dateline gives the day, not the year, so an
article with one and no full date on that day stays undated.
"""

from __future__ import annotations

import datetime as dt
import re

from briefings.dates import YEAR, day_months, full_dates, to_date
from briefings.extract.gazetteer import gazetteer
from briefings.extract.mentions import Mention
from briefings.load import RawDocument
from briefings.models import DateOrigin
from briefings.sentences import split_sentences

_PAST_YEAR = re.compile(
    r"(?:back\s+in|since|as\s+early\s+as|ago|earlier\s+in|in\s+the\s+early|ещё\s+в|еще\s+в|с)\s*$",
    re.I,
)
_FUTURE_YEAR = re.compile(
    r"(?:by|until|till|through|before|to|up\s+to|до|к|by\s+the\s+end\s+of)\s*$", re.I
)
_OF_YEAR = re.compile(r"\bof\s+$", re.I)
_YEAR_GENITIVE = re.compile(r"\s+года\b")
_THIS_YEAR = re.compile(r"\bthis\s+year\b|\bв\s+этом\s+году\b|\bнынешн\w+\s+год", re.I)


def _infer_year(paragraphs: list[str], mentions: list[Mention]) -> int | None:
    """A year for a day-month date from the text's own evidence, or None."""
    text = "\n".join(paragraphs)
    years = [f.year for f in full_dates(text) if f.year]
    if years:
        return max(years)
    gz = gazetteer()
    for m in mentions:
        year = gz.event_years.get(m.name)
        if year is None:
            continue
        para = paragraphs[m.para]
        for sentence in split_sentences(para):
            if _THIS_YEAR.search(sentence) and para[m.start : m.end] in sentence:
                return year
    floor = 0
    candidates = []
    for y in YEAR.finditer(text):
        before = text[max(0, y.start() - 25) : y.start()]
        year = int(y.group("y"))
        if _OF_YEAR.search(before) or _YEAR_GENITIVE.match(text, y.end()):
            continue  # "the declaration of 1991", "декларации 1991 года": a description
        if _PAST_YEAR.search(before):
            floor = max(floor, year + 1)
        elif not _FUTURE_YEAR.search(before):
            candidates.append(year)
    good = [c for c in candidates if c >= floor]
    return max(good) if good else None


#: Paragraphs whose full dates may tell when the article was written; further down, a date
#: is the story's history ("29 March 2022: the first round of talks was held").
LEAD_PARAGRAPHS = 2
#: A date up to this much after "today" is not yet in the future somewhere on Earth.
_TIMEZONE_SLACK = dt.timedelta(days=1)
_TARGET_BEFORE = re.compile(
    r"(?:\bby|\buntil|\btill|\bbefore|\bdeadline(?:\s+of)?|\bdue|\bno\s+later\s+than|\bдо|\bк)"
    r"(?:\s+the\s+end\s+of)?\s*$",
    re.I,
)


def _stated_dates(text: str, latest: dt.date) -> list[dt.date]:
    """Full dates in the text that could be when it was written: none after `latest`, no
    target ("by 1 January 2026")."""
    found = []
    for f in full_dates(text):
        date = to_date(f.year or 0, f.month, f.day)
        if date is None or date > latest:
            continue
        if _TARGET_BEFORE.search(text[max(0, f.start - 25) : f.start]):
            continue
        found.append(date)
    return found


def _published(
    doc: RawDocument, mentions: list[Mention], latest: dt.date
) -> tuple[dt.date | None, DateOrigin]:
    if doc.meta.published and doc.meta.published <= latest:
        return doc.meta.published, DateOrigin.METADATA
    if doc.text_date and doc.text_date <= latest:
        return doc.text_date, DateOrigin.TEXT
    text = "\n".join(doc.paragraphs)
    valid = _stated_dates("\n".join(doc.paragraphs[:LEAD_PARAGRAPHS]), latest)
    if doc.dateline_day is not None:
        month, day = doc.dateline_day
        same_day = [d for d in valid if (d.month, d.day) == (month, day)]
        return (max(same_day), DateOrigin.TEXT) if same_day else (None, DateOrigin.UNKNOWN)
    if valid:
        return max(valid), DateOrigin.TEXT
    partial = day_months(text)
    if partial:
        year = _infer_year(doc.paragraphs, mentions)
        if year is not None:
            inferred = to_date(year, partial[0].month, partial[0].day)
            if inferred and inferred <= latest:
                return inferred, DateOrigin.INFERRED
    return None, DateOrigin.UNKNOWN


def published(
    doc: RawDocument, mentions: list[Mention], *, today: dt.date | None = None
) -> tuple[dt.date | None, DateOrigin]:
    """Publication date of a document and where it came from; `today` is the ingest day."""
    latest = (today or dt.date.today()) + _TIMEZONE_SLACK
    return _published(doc, mentions, latest)
