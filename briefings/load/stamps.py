"""Page stamps, wire datelines, credits and bylines: metadata that scrapes glue to the text.

`date 2025-10-03 <first sentence>`, `27.06.2024 | 14:58<first sentence>`,
`YEREVAN, April 13. /TASS/.`, `(VOVWORLD) -`, `CITY/CITY —`, `By <author>`: each is taken out
of the article text and what it states (a date, a day and month, the outlet, the author, the
page's address) is kept as metadata. The patterns live in `data/stamps.yaml`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefings.dates import day_months, full_dates, to_date
from briefings.load.vocabulary import boilerplate, place_names, stamps
from briefings.models import SourceMeta

_GLUED_DAY = re.compile(r"\.(?=\d)")
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_BULLET_EDGE = re.compile(r"^[\s#*•·▪–—-]+")
_CONNECTORS = frozenset({"of", "and", "the", "de", "&", "и"})
# The words a byline or a credit opens with: never a name of their own.
_BYLINE_WORDS = frozenset({"by", "from", "via", "source", "автор", "источник"})
# "Fineko/abc.az": a site may name itself with its partner, joined by a slash.
_NAME_WORD = re.compile(r"^[A-ZА-ЯЁ0-9][\w.&'’/-]*$")
# A host name and its domain, in lower case, one or more dots ("news.harbour.org").
_LOWER_ADDRESS = re.compile(r"(?:www\.)?[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
_BRAND_FIGURE = re.compile(r"(?<=[^\W\d_])\d{1,3}\b")
# A credit written as the site's address ("INTERFAX.RU", "ria.ru"): a name, then a domain.
WRITTEN_ADDRESS = re.compile(r"[^\W_][\w-]*\.[^\W\d_]{2,6}", re.IGNORECASE)


@dataclass
class StampFacts:
    """What the stamps of one page said (first statement wins)."""

    date: dt.date | None = None
    #: `date` came from a scraper's stamp (when the page was seen), not from the page.
    scraped: bool = False
    day_month: tuple[int, int] | None = None
    outlet: str | None = None
    #: The agency of a wire dateline ("CITY (Reuters) –"): the outlet only when the page
    #: names no other (a site carrying a wire story often names itself).
    wire: str | None = None
    url: str | None = None
    author: str | None = None


def stamp_date(facts: StampFacts) -> dt.date | None:
    """The date the stamps give the page: a scraper's stamp one day before the day its
    wire dateline names ("date 2025-10-03" over "CITY, 4 October. /Agency/.") was taken in
    another time zone, and the dateline's day is the page's; else the stamp's date."""
    if facts.date is None or not facts.scraped or facts.day_month is None:
        return facts.date
    month, day = facts.day_month
    for year in (facts.date.year, facts.date.year + 1):
        named = to_date(year, month, day)
        if named is not None and named - facts.date == dt.timedelta(days=1):
            return named
    return facts.date


def plausible_outlet(raw: str | None) -> str | None:
    """An outlet's name as a credit gives it, or None for a sentence fragment.

    A name is one to four capitalised words (connectors aside), no digits; a known outlet is
    returned under its canonical name, unless the credit is written as its address.
    """
    name = (raw or "").strip(" .,:;/|-–—")
    if not name or name.casefold() in _BYLINE_WORDS:
        return None  # "By Staff Reporter" read as "<outlet> Staff Reporter": no name
    known = boilerplate().known_outlet(name)
    if known and WRITTEN_ADDRESS.fullmatch(name):
        return name  # the page shows its address: that is the name it gives ("INTERFAX.RU")
    if _LOWER_ADDRESS.fullmatch(name):
        return name  # an address in lower case, as a site prints its own ("news.harbour.org")
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 4 or len(name) > 40:
        return None
    # A figure only as a brand's ending ("Harbour24"); a free number is a date or a count.
    if any(ch.isdigit() for ch in _BRAND_FIGURE.sub("", name)):
        return None
    if not all(_NAME_WORD.match(w) or w.casefold() in _CONNECTORS for w in words):
        return None
    return name


def _quoted_name(raw: str) -> str | None:
    """A name the page sets in quotation marks: its bounds are sure, so lower-case words
    ("Погода и климат") pass; still a name, not a phrase (one to six words, a capital first)."""
    name = raw.strip()
    known = boilerplate().known_outlet(name)
    if known:
        return known
    if not 1 <= len(name.split()) <= 6 or not (name[:1].isupper() or name[:1].isdigit()):
        return None
    return name


# "4/24/2023", "08-04-2024": a day and a month either way round, then the year.
_SLASHED = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")


# "23. 04. 2021": a dotted date spaced after its dots.
_SPACED_DOTS = re.compile(r"(?<=\d)\.\s+(?=\d)")


def _read_date(raw: str) -> dt.date | None:
    raw = _SPACED_DOTS.sub(".", raw)
    if numeric := _YEAR_FIRST.fullmatch(raw):  # "2025-10-03", "2017/7/5"
        return to_date(*(int(part) for part in numeric.groups()))
    if (slashed := _SLASHED.fullmatch(raw)) and int(slashed.group(2)) > 12:
        # "4/24/2023": a US date, since no month is 24; others read day first, as before.
        return to_date(int(slashed.group(3)), int(slashed.group(1)), int(slashed.group(2)))
    if slashed and "-" in raw:  # "08-04-2024": day first, as a dotted date is
        return to_date(int(slashed.group(3)), int(slashed.group(2)), int(slashed.group(1)))
    # Stamps capitalise month names ("17 Февраля 2009"); the date patterns do not.
    found = full_dates(raw) or full_dates(raw.lower())
    if found and found[0].year:
        return to_date(found[0].year, found[0].month, found[0].day)
    return None


def _absorb(match: re.Match[str], facts: StampFacts) -> bool:
    """Record what a stamp states; False when its outlet is no name or its bracketed date
    does not read (then it is no stamp)."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    credit = groups.get("outlet") or groups.get("outlet2")
    outlet = plausible_outlet(credit) if credit else None
    # "Portville, Wednesday 5 Dec 2018": a place before a date is a dateline, not a credit.
    if credit and (outlet is None or outlet.casefold() in place_names()):
        return False
    if "quoted_outlet" in groups:
        outlet = _quoted_name(groups["quoted_outlet"])
        if outlet is None:
            return False
    if outlet and facts.outlet is None:
        facts.outlet = outlet
    # The day in a site's dateline credit weighs as a scraper's stamp: an earlier stamp, or
    # the page's own date, wins.
    weak = groups.get("scraped") or groups.get("credit_date")
    if weak and facts.date is None:
        facts.date, facts.scraped = _read_date(weak), True
    if "bracket_date" in groups:
        # A press release's "(date)" dateline: no stamp unless the date reads one way only.
        bracketed = _read_date(groups["bracket_date"])
        if bracketed is None:
            return False
        groups["date"] = groups["bracket_date"]
    if "date" in groups and (facts.date is None or facts.scraped):
        # The page's own date ("Published: 2017/7/5") wins over the day a scraper saw it.
        stated = _read_date(groups["date"])
        if stated is not None:
            facts.date, facts.scraped = stated, False
    if "day_month" in groups and facts.day_month is None:
        raw = _GLUED_DAY.sub(". ", groups["day_month"])  # "Oct.14" → "Oct. 14"
        found = day_months(raw.title() if raw.isupper() else raw)
        if found:
            facts.day_month = (found[0].month, found[0].day)
    if "wire" in groups and facts.wire is None:
        wire = plausible_outlet(groups["wire"])
        # "SNA (Tokyo) —": an agency, then where it files from; a place is no agency.
        facts.wire = None if wire is None or wire.casefold() in place_names() else wire
    if "url" in groups and facts.url is None:
        facts.url = groups["url"]
    if "author" in groups and facts.author is None:
        facts.author = groups["author"]
    return True


_SENTENCE = re.compile(r"[.!?…][\"'”»’)]*\s*$")


def _bare_city(match: re.Match[str]) -> bool:
    """A dateline that names only a city ("Washington DC -", "CITY/CITY —")."""
    return not any(v for k, v in match.groupdict().items() if k != "city")


def strip_prefixes(text: str, facts: StampFacts) -> str:
    """`text` without the stamps glued to its start ('' when it was nothing but stamps).

    A city alone before a dash is a dateline only before a sentence: "Baku – Brussels:
    a partnership" is a headline, "Baku - The minister said ... ." a dateline.
    """
    vocabulary = stamps()
    patterns = vocabulary.prefixes + vocabulary.bylines
    changed = True
    while changed and text and vocabulary.any_prefix.match(text):
        changed = False
        for pattern in patterns:
            match = pattern.match(text)
            if match is None or match.end() == 0:
                continue
            rest = text[match.end() :]
            if _bare_city(match) and (len(rest.split()) < 6 or not _SENTENCE.search(rest[-5:])):
                continue
            if not _absorb(match, facts):
                continue
            text = text[match.end() :].lstrip()
            changed = True
            break
    return text


#: Words a headline keeps at least once its site's suffix is cut.
_HEADLINE_WORDS = 3


def strip_title_suffix(text: str, facts: StampFacts) -> str:
    """`text` without a site's suffix naming the outlet and the date ("<headline> - Harbour
    Wire, 04.11.2024"), recording both; unchanged when the name is no name, the date does not
    read, or too little headline would be left."""
    for pattern in stamps().title_suffixes:
        match = pattern.search(text)
        if match is None or len(text[: match.start()].split()) < _HEADLINE_WORDS:
            continue
        name, date = match.group("outlet"), match.group("date")
        if plausible_outlet(name) is None or _read_date(date) is None:
            continue
        if _absorb(match, facts):
            return text[: match.start()].rstrip()
    return text


def is_stamp_line(text: str, facts: StampFacts) -> bool:
    """True (recording what it states) when a whole line is a stamp, credit or byline."""
    body = _BULLET_EDGE.sub("", text).strip()
    if not body or len(body) > 300:
        return False
    vocabulary = stamps()
    # Most lines are no stamp: one test rules out every pattern held to the line's start.
    patterns = (
        vocabulary.lines if vocabulary.any_anchored_line.match(body) else vocabulary.free_lines
    )
    for pattern in patterns:
        match = pattern.search(body)
        if match is not None and _absorb(match, facts):
            return True
    return False


def is_page_stamp(text: str) -> bool:
    """True for text that is only page furniture: a stamp, dateline, credit or byline."""
    return is_stamp_line(text, StampFacts()) or not strip_prefixes(text, StampFacts())


def outlet_from_url(meta: SourceMeta) -> SourceMeta:
    """`meta` with the outlet its URL's site is known as, when nothing else named one."""
    if meta.outlet is not None or meta.url is None or not meta.url.host:
        return meta
    host = meta.url.host.casefold().removeprefix("www.")
    outlet = boilerplate().domains.get(host)
    return meta.model_copy(update={"outlet": outlet}) if outlet else meta


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def in_page_script(meta: SourceMeta, paragraphs: list[str]) -> SourceMeta:
    """`meta` with a known agency named as it signs pages in their script: "RIA Novosti" (a
    domain or an English credit) is "РИА Новости" on a page written in Cyrillic."""
    cyrillic = boilerplate().cyrillic_names.get(meta.outlet or "")
    if cyrillic is None:
        return meta
    sample = " ".join(paragraphs[:5])
    if len(_CYRILLIC.findall(sample)) <= len(_LATIN_LETTER.findall(sample)):
        return meta
    return meta.model_copy(update={"outlet": cyrillic})
