"""When an article was published, in order of trust (`DateOrigin` records which one was used):

1. METADATA  sidecar, front matter, record field or HTML meta;
2. TEXT      the page's dateline, else the latest full date written in the text;
3. INFERRED  a day and month without a year ("on March 18"), with the year taken from the
             text itself: a full date elsewhere, a dated event said to be "this year"
             (COP29 → 2024), or the latest plain year that is not marked as past
             ("back in 2021"), a target ("by 2030") or a description ("of 1991");
4. UNKNOWN   otherwise: `published` stays None. The current year is never assumed.
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


def _published(doc: RawDocument, mentions: list[Mention]) -> tuple[dt.date | None, DateOrigin]:
    if doc.meta.published:
        return doc.meta.published, DateOrigin.METADATA
    if doc.text_date:
        return doc.text_date, DateOrigin.TEXT
    text = "\n".join(doc.paragraphs)
    dates = [to_date(f.year or 0, f.month, f.day) for f in full_dates(text)]
    valid = [d for d in dates if d]
    if valid:
        return max(valid), DateOrigin.TEXT
    partial = day_months(text)
    if partial:
        year = _infer_year(doc.paragraphs, mentions)
        if year is not None:
            inferred = to_date(year, partial[0].month, partial[0].day)
            if inferred:
                return inferred, DateOrigin.INFERRED
    return None, DateOrigin.UNKNOWN


def published(doc: RawDocument, mentions: list[Mention]) -> tuple[dt.date | None, DateOrigin]:
    """Publication date of a document and where it came from."""
    return _published(doc, mentions)
