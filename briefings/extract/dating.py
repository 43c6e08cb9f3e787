"""When an article was published, in order of trust (`DateOrigin` records which one was used):

1. METADATA  sidecar, front matter, record field or HTML meta;
2. TEXT      the page's own stamp or date line; else, under a wire dateline's day and month
             ("YEREVAN, November 10. /TASS/."), a full date on that day in the lead or the
             lines above it (a caption taken for the title); else,
             without a dateline, the latest full date of the lead that stands as a stamp
             (not after words of its sentence: "began on 24 January" is an event's day,
             nor closing a photo caption before its bracketed credit) and is not a target
             ("by January 1, 2026", "до 1 января");
3. UNKNOWN   otherwise: `published` stays None. The current year is never assumed, and a
             day and month in the body ("reported on September 2") is not a publication date:
             it is often an event's day, and a year guessed for it was wrong on every real
             page measured (`DateOrigin.INFERRED` stays for dates stored before).

A date after the day of ingest is never a publication date, whatever its source: it is a
deadline or a plan the article mentions. A wire dateline gives the day, not the year, so an
article with one and no full date on that day stays undated.
"""

from __future__ import annotations

import datetime as dt
import re

from briefings.dates import FULL_DATE, full_dates, to_date
from briefings.extract.mentions import Mention
from briefings.load import RawDocument
from briefings.models import DateOrigin

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

# A day and a dash right before a full date: the date ends a span ("4–5 апреля 2025 года").
_RANGE_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s*[-–—]\s*$")
# Prose before a date in its sentence ("… began on", "On", "в городе X"): the date is when
# something happened, not a stamp of the page ("(Agency, 8 August 2015)" or a date alone is).
_SENTENCE_START = re.compile(r"[.!?\n]")
# A day named from the writer's own ("Tomorrow, 8 May 2025, is …", "Вчера, 7 мая") is not
# the day of writing either.
_PROSE_BEFORE = re.compile(
    r"(?:^|\s)(?:[a-zа-яё][\w-]*|On|В|С|На|Tomorrow|Yesterday|Завтра|Вчера|Послезавтра),?\s", re.M
)


# A photo's credit closing the line right after its date ("… in Portville. Oct. 3, 2019. (Harbour
# Wire)"): the date is when the photo was taken, often years before the story.
_CAPTION_CREDIT_AFTER = re.compile(
    r"[.,]?\s*\((?:photo|фото)?\s*:?\s*[^()\d\n]{2,40}\)[ \t]*(?:\n|$)", re.I
)


def _captions_photo(text: str, start: int) -> bool:
    """Whether the date at `start` ends a photo caption closed by its credit in brackets (a
    date and a credit alone on a line are the page's stamp: "3 May 2024 (Harbour Wire)")."""
    date = FULL_DATE.match(text, start)
    described = len(text[text.rfind("\n", 0, start) + 1 : start].split()) >= 3
    return described and date is not None and bool(_CAPTION_CREDIT_AFTER.match(text, date.end()))


def _in_prose(text: str, start: int) -> bool:
    """Whether the date at `start` follows words of its sentence (an event's date)."""
    head = text[max(0, start - 120) : start]
    sentence = _SENTENCE_START.split(head)[-1]
    return _PROSE_BEFORE.search(" " + sentence) is not None


def _stated_dates(text: str, latest: dt.date, *, stamps_only: bool = False) -> list[dt.date]:
    """Full dates in the text that could be when it was written: none after `latest`, no
    target ("by 1 January 2026"); with `stamps_only`, none inside a sentence's prose."""
    found = []
    for f in full_dates(text):
        if stamps_only and (_in_prose(text, f.start) or _captions_photo(text, f.start)):
            continue
        date = to_date(f.year or 0, f.month, f.day)
        if date is None or date > latest:
            continue
        if _TARGET_BEFORE.search(text[max(0, f.start - 25) : f.start]):
            continue
        if _RANGE_BEFORE.search(text[max(0, f.start - 8) : f.start]):
            continue  # "4–5 April 2025": the span of an event, never a page's own date
        found.append(date)
    return found


def _published(
    doc: RawDocument, mentions: list[Mention], latest: dt.date
) -> tuple[dt.date | None, DateOrigin]:
    if doc.meta.published and doc.meta.published <= latest:
        return doc.meta.published, DateOrigin.METADATA
    if doc.text_date and doc.text_date <= latest:
        return doc.text_date, DateOrigin.TEXT
    lead = "\n".join(doc.paragraphs[:LEAD_PARAGRAPHS])
    if doc.dateline_day is not None:
        month, day = doc.dateline_day
        # The lines above the body count too: a photo caption the page puts over a wire
        # story ("… in Jakarta, Oct. 23, 2025.") gives the year of its dateline's day.
        above = f"{doc.title}\n{lead}" if doc.title else lead
        same_day = [d for d in _stated_dates(above, latest) if (d.month, d.day) == (month, day)]
        return (max(same_day), DateOrigin.TEXT) if same_day else (None, DateOrigin.UNKNOWN)
    if valid := _stated_dates(lead, latest, stamps_only=True):
        return max(valid), DateOrigin.TEXT
    return None, DateOrigin.UNKNOWN


def published(
    doc: RawDocument, mentions: list[Mention], *, today: dt.date | None = None
) -> tuple[dt.date | None, DateOrigin]:
    """Publication date of a document and where it came from; `today` is the ingest day."""
    latest = (today or dt.date.today()) + _TIMEZONE_SLACK
    return _published(doc, mentions, latest)
