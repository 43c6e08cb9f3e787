"""Dates and clock times inside a sentence, whose digits a figure may not take ("30 April",
"14:30", "at 1700 hours"): kept apart from `figures` so the figure pattern stays one concern."""

from __future__ import annotations

import re

from briefings.dates import DAY_MONTH, FULL_DATE

# Day and month however they are followed ("с 22 по 30 апреля 45 заведений"). Every branch
# opens with a digit: the look-ahead says so first, halving the scan (each branch's look-behind
# was tried at every character).
_DAY_MONTH_ANY = re.compile(
    r"(?=\d)(?:"
    r"(?<![\d.])(?:\d{1,2}\s*[-–—]\s*)?\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря)(?![а-яё])"
    r"|(?<![\d.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
    r")"
)
_TIME = re.compile(r"\d{1,2}:\d{2}")
_CLOCK_HOURS = re.compile(
    r"(?=[abftu])\b(?:at|from|by|until|till|to)\s+(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs)\b",
    re.IGNORECASE,
)
_ANY_DIGIT = re.compile(r"\d")


def blocked_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of dates and clock times: digits there are never a figure."""
    if _ANY_DIGIT.search(sentence) is None:
        return []
    spans = [m.span() for m in FULL_DATE.finditer(sentence)]
    spans += [m.span() for m in DAY_MONTH.finditer(sentence)]
    spans += [m.span() for m in _DAY_MONTH_ANY.finditer(sentence)]
    if ":" in sentence:  # most sentences hold no clock time
        spans += [m.span() for m in _TIME.finditer(sentence)]
    if "hrs" in sentence or "hours" in sentence:  # few sentences speak of hours
        spans += [m.span() for m in _CLOCK_HOURS.finditer(sentence)]
    return spans
