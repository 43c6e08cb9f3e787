"""Dates written in article text, in English and Russian.

Only what the text states is returned: a full date, or a day and month whose year the caller
must find elsewhere. Nothing here ever falls back to the current year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3, "апреля": 4,
    "апрель": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7, "июль": 7, "августа": 8,
    "август": 8, "сентября": 9, "сентябрь": 9, "октября": 10, "октябрь": 10, "ноября": 11,
    "ноябрь": 11, "декабря": 12, "декабрь": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip

# English month names must be capitalised: "may" and "march" are also ordinary words.
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_RU_MONTH = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?![а-яё])\.?)"
)
# A page's stamp may give the month in the nominative with a year ("23 Январь 2026"): a
# full date only, since a day and month alone so written is no stamp's.
_RU_MONTH_NOMINATIVE = (
    r"(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
    r"(?![а-яё])"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"

# The leading lookahead lets the engine skip most positions without trying the alternation.
FULL_DATE = re.compile(
    rf"(?=[0-9JFMASOND])(?<![\d.])(?:"
    # A stamp may glue the year to the comma before it ("31 January,2013").
    rf"(?P<d1>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m1>{_EN_MONTH})(?:,\s*|\s+)(?P<y1>{_YEAR})"
    # "Apr.28, 2025": a stamp may glue the day to the month's full stop.
    rf"|(?P<m2>{_EN_MONTH})(?:\s+|(?<=\.))(?P<d2>{_DAY}){_ORD},?\s+(?P<y2>{_YEAR})"
    rf"|(?P<d3>{_DAY})\s+(?P<m3>{_RU_MONTH}|{_RU_MONTH_NOMINATIVE}),?\s+(?P<y3>{_YEAR})"
    rf"(?:\s*(?:года|г\.?))?"
    rf"|(?P<d4>{_DAY})[./](?P<m4>0?[1-9]|1[0-2])[./](?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})-(?P<m5>0[1-9]|1[0-2])-(?P<d5>{_DAY})"
    rf")(?![\d])"
)
DAY_MONTH = re.compile(
    rf"(?=[0-9JFMASOND])(?<![\d.])(?:"
    rf"(?P<d1>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m1>{_EN_MONTH})(?!\.?,?\s*\d)"
    rf"|(?P<m2>{_EN_MONTH})\s+(?P<d2>{_DAY}){_ORD}(?![\d:])(?!,?\s*\d)"
    rf"|(?P<d3>{_DAY})\s+(?P<m3>{_RU_MONTH})(?!\s*\d)"
    rf")\b"
)
YEAR = re.compile(rf"(?<![\d.,/-])(?P<y>{_YEAR})(?![\d%]|s\b)")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
)
_DATELINE = re.compile(
    # A section or a place first: "Business | 12.03.2025", "Portville, Ruritania • 3 May 2024";
    # a list's bullet before it ("• 24 декабря, 2025").
    rf"^(?:[•·|]\s*)?(?:[A-ZА-ЯЁ][\w .,&/-]{{1,30}}?\s*[|•·]\s*)?"
    rf"(?:[A-ZА-ЯЁ][\w .-]{{1,25}},\s*)?"  # a city first: "Баку, 16 мая 2024, 18:40"
    rf"(?:(?:last\s+)?(?:updated|published|posted|date|обновлено|опубликовано|дата|время\s+публикации)(?:\s+on)?\s*:?\s*)?"
    # "Published On: Thu, Apr 10th, 2025": the keyword may take "on" before its colon.
    rf"(?:{_TIME}\s*[,|/–—-]?\s*)?(?:{_WEEKDAY},?\s+)?"  # "17:24 – 30 мая 2022"
    rf"(?P<date>{FULL_DATE.pattern})"
    # A time may give its zone in capitals ("11:30 JST", "07:59 PKT").
    rf"(?:\s*(?:,|\||/|-|–|в|at)?\s*\[?{_TIME}\]?(?:\s+(?-i:[A-Z]{{2,4}})(?!\w))?)?"
    rf"(?:\s*\(?(?:GMT|UTC|МСК|MSK|Baku time)[^)]*\)?)?"
    # An ISO timestamp's clock and zone ("2025-03-14T09:30+0300").
    rf"(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"(?:\s*\((?:updated|обновлено)[^)]*\))?"
    # A bureau or section after the date ("14.03.2011 | Portville"), or the stamp's source
    # ("09:15 14.02.2025 Источник: …"); a stamp may close with a full stop ("23 июня 2025.").
    # A section may be glued to the year ("6 мая 2025Экономика"); the stamp may go on to when
    # it was last updated ("| последнее обновление: …") or end on a bar.
    rf"(?:\s*[|•·–—-]\s*[A-ZА-ЯЁ][\w .&-]{{1,25}}?|(?<=\d)[A-ZА-ЯЁ][\w .&-]{{1,25}}?"
    rf"|\s+(?:источник|source)\s*:.{{1,80}}?"
    rf"|\s*\|\s*(?:last\s+updated|updated|последнее\s+обновление|обновлено)\s*:?[\w .,:]{{1,40}}?)?"
    rf"(?:\s*\|)?"
    rf"\.?\s*$",
    re.IGNORECASE,
)


_CAPITAL_RU_MONTH = re.compile(r"\b[А-ЯЁ][а-яё]{2,7}\b")


class FoundDate(NamedTuple):
    start: int
    day: int
    month: int
    year: int | None


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _from_match(m: re.Match[str], with_year: bool) -> FoundDate | None:
    groups = m.groupdict()
    for i in "12345":
        d, mo = groups.get(f"d{i}"), groups.get(f"m{i}")
        if d is None or mo is None:
            continue
        month = int(mo) if mo.isdigit() else _month(mo)
        y = groups.get(f"y{i}") if with_year else None
        return FoundDate(m.start(), int(d), month, int(y) if y else None)
    return None


def full_dates(text: str) -> list[FoundDate]:
    """Every complete, valid date in the text, in order."""
    found = []
    for m in FULL_DATE.finditer(text):
        f = _from_match(m, with_year=True)
        if f and f.year and to_date(f.year, f.month, f.day):
            found.append(f)
    return found


def day_months(text: str) -> list[FoundDate]:
    """Days with a month but no year ("on March 18", "18 марта"), in order."""
    found = []
    for m in DAY_MONTH.finditer(text):
        f = _from_match(m, with_year=False)
        if f and to_date(2000, f.month, f.day):  # 2000 is a leap year: 29 February passes
            found.append(f)
    return found


def to_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A stamp's date set with odd punctuation, alone on its line with maybe a clock: "18, Jan.
# 2019", "24.Jan .2023 21:00", "29-09-2017, 16:17" (day, month, year in that order).
_LOOSE_STAMP = re.compile(
    rf"^(?P<d>{_DAY})\s*[.,-]\s*(?:(?P<m>{_EN_MONTH})|(?P<mm>0?[1-9]|1[0-2]))\s*[.,-]?\s*"
    rf"(?<=[\s.,-])(?P<y>{_YEAR})(?:\s*,?\s*{_TIME})?\.?$"
)


_MONTHS_IN_YEAR = 12


def _loose_stamp(line: str) -> dt.date | None:
    m = _LOOSE_STAMP.match(line)
    if m is None:
        return None
    if m.group("mm") and int(m.group("d")) <= _MONTHS_IN_YEAR:
        return None  # "03-04-2017": a day first or a month first, no telling which
    month = int(m.group("mm")) if m.group("mm") else _month(m.group("m"))
    return to_date(int(m.group("y")), month, int(m.group("d")))


def dateline(line: str) -> dt.date | None:
    """The date of a line that holds nothing but a date (and maybe a time): a page's dateline."""
    m = _DATELINE.match(line.strip())
    if not m:
        return _loose_stamp(line.strip())
    # Page stamps capitalise month abbreviations ("23 Ноя 2025"); the date patterns do not.
    found = full_dates(_CAPITAL_RU_MONTH.sub(lambda w: w.group().lower(), m.group("date")))
    return to_date(found[0].year or 0, found[0].month, found[0].day) if found else None
