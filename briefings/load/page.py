"""The article inside a scraped page: its title, its paragraphs (verbatim), date and outlet.

Works on classified lines (`lines.py`): the body is the biggest run of prose, the title the
headline-like line above it, the outlet what the page says about itself — a banner, a credit,
a copyright or 'Source:' line — and never a fragment of a sentence (read in `outlet`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefings.dates import full_dates, to_date
from briefings.load.body_end import body_end, cut_off
from briefings.load.crumbs import crumbs_ended
from briefings.load.headline import pick_title
from briefings.load.lines import (
    COPYRIGHT,
    Cleaned,
    Line,
    classify,
    key,
)
from briefings.load.outlet import (
    address_line,
    confirmed_credit,
    outlet_in_lead,
    outlet_on_page,
    signed_form,
    signing_off,
)
from briefings.load.stamps import stamp_date
from briefings.load.titles import (
    credit_names,
    describes_picture,
    glued_stamp,
    shown_without_tail,
    without_caption_word,
    without_credit,
    without_stamp,
)
from briefings.load.vocabulary import stamps
from briefings.load.wrapping import split_lines


def _date_by_title(
    dated: list[tuple[int, dt.date]], title_at: int, first_body: int, first: dt.date | None
) -> dt.date | None:
    """The page's stamp next to its headline (just above it, or between it and the body):
    a site clock or today's date in the header further up is not when the article was
    published. `first` (the page's first date line) stays when it is one of them."""
    below = [date for at, date in dated if title_at < at <= max(first_body, title_at + 2)]
    # A header clock right over the headline and the article's stamp right under it: the
    # stamp under the headline is the article's.
    if (
        below
        and first not in below
        and first is not None
        and any(at < title_at and date == first for at, date in dated)
    ):
        return below[0]
    near = [date for at, date in dated if title_at - 2 <= at <= max(first_body, title_at + 2)]
    if not near or first in near:
        return first
    return near[0]


def _clusters(strong: list[int], lines: list[Line], gap: int = 4) -> list[list[int]]:
    """Runs of strong lines; more than `gap` furniture lines between two runs separate them."""
    runs: list[list[int]] = []
    for i in strong:
        if runs:
            between = sum(1 for j in range(runs[-1][-1] + 1, i) if lines[j].junk)
            if between <= gap:
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


_RELATED = re.compile(
    r"^(?:related(?:\s+[\w-]+)?|read\s+(?:also|more)|see\s+also|also\s+read|more\s+(?:news|on\s+this)"
    r"|(?:also|more)\s+(?:in|from)\s+this\s+section"
    r"|(?:читайте|читать|смотрите)\s+(?:также|еще|ещё)|(?:новости\s+)?по\s+теме|ранее|другие\s+новости)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.…][\"'”»’)]*$")


def _drop_related(lines: list[Line]) -> int | None:
    """Headlines under 'Related news' / 'Читайте также' go with their block, even one that
    reads like a sentence ('Mandate: what changes?'); the block ends at the first prose line.
    Returns where the first such heading is (None: none)."""
    i = 0
    first: int | None = None
    while i < len(lines):
        if not _RELATED.match(lines[i].text):
            i += 1
            continue
        first = i if first is None else first
        lines[i].junk = True
        i += 1
        while i < len(lines) and lines[i].words <= 25 and not _SENTENCE_END.search(lines[i].text):
            lines[i].junk = True
            i += 1
    return first


_CREDIT_PARTS = re.compile(r"\s*[|/]\s*|\s*©\s*")


def _drop_captions(lines: list[Line]) -> None:
    """A photo caption the page repeats in the photo's credit ("© APA | <caption>") is a
    caption, not a headline: it goes with its credit line."""
    credited: set[str] = set()
    for ln in lines:
        if ln.junk and ln.words < 40 and COPYRIGHT.search(ln.text):
            credited.update(key(part) for part in _CREDIT_PARTS.split(ln.text) if part)
    credited.discard("")
    if credited:
        for ln in lines:
            if not ln.junk and ln.key in credited:
                ln.junk = True


_SLASH_DATE = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _readings(text: str) -> tuple[dt.date, dt.date] | None:
    """Both readings (day first, month first) of a slashed date that could be either
    ("05/04/2023"); None when the line holds no such date."""
    found = _SLASH_DATE.search(text)
    if found is None:
        return None
    first, second, year = (int(g) for g in found.groups())
    if first > 12 or second > 12 or first == second:
        return None
    return dt.date(year, second, first), dt.date(year, first, second)


def _russian(lines: list[Line]) -> bool:
    sample = " ".join(ln.text for ln in lines if ln.strong)[:2000]
    return len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample))


def _order_dates(
    dated: list[tuple[int, dt.date]], lines: list[Line], stamp: dt.date | None
) -> dict[int, dt.date | None]:
    """Slashed date lines whose day and month could be swapped, each read the way the page
    proves: as another date on it reads (a scrape stamp, a date with a month name), else day
    first on a Russian page; else unread (None). Dotted dates are day first everywhere."""
    ambiguous = {at: pair for at, _ in dated if (pair := _readings(lines[at].text))}
    if not ambiguous:
        return {}
    others = {date for at, date in dated if at not in ambiguous} | ({stamp} if stamp else set())
    russian: bool | None = None
    out: dict[int, dt.date | None] = {}
    for at, (day_first, month_first) in ambiguous.items():
        if month_first in others or day_first in others:
            out[at] = month_first if month_first in others else day_first
            continue
        if russian is None:
            russian = _russian(lines)
        out[at] = day_first if russian else None
    return out


def _event_page(lines: list[Line]) -> bool:
    """An events listing ("This event has passed", "Add to calendar"): its cue lines are
    furniture, and its dates are the event's."""
    cues = stamps().event_cues
    found = False
    for ln in lines:
        if ln.words <= 6 and ln.key in cues:
            ln.junk = found = True
    return found


#: How many lines of prose the lead holds (stamps glued to them are metadata).
_LEAD_PROSE_LINES = 2
# A photo's caption closed by its credit ("… in Portville, Oct. 4, 2019. (Harbourwire)"):
# not one of the lead's lines of prose, so a dateline under it is still read.
_CREDITED_CAPTION = re.compile(r"[.!?][\"'”»’]*\s+\([A-Z][\w./&' -]{1,30}\)$")


def clean_text(text: str, *, markdown: bool = False) -> Cleaned:
    """The article inside a scraped page: title, paragraphs (verbatim), dateline, outlet."""
    cleaned = Cleaned()
    lines: list[Line] = []
    dated: list[tuple[int, dt.date]] = []
    # Stamps are read off the lead: every line before the first two lines of prose and those
    # two (the first is often a standfirst or a photo caption over "CITY (Agency) – Text");
    # a line repeated right after itself (a caption printed twice) counts once.
    prose_left, last_prose = _LEAD_PROSE_LINES, ""
    date_at: int | None = None  # the line the page's first date line is on
    for raw in split_lines(text):
        first = (cleaned.date, cleaned.facts.date, cleaned.facts.scraped)
        cleaned.date = cleaned.facts.date = None
        cleaned.facts.scraped = False
        line = classify(raw, cleaned, markdown, lead=prose_left > 0)
        if found := cleaned.date or cleaned.facts.date:
            dated.append((len(lines), found))
        if first[0] is None and cleaned.date is not None:
            date_at = len(lines)
        cleaned.date = first[0] or cleaned.date
        # The first stamp's date stands, unless it was a scraper's and the page states its own.
        if first[1] is not None and not (
            first[2] and cleaned.facts.date and not cleaned.facts.scraped
        ):
            cleaned.facts.date, cleaned.facts.scraped = first[1], first[2]
        if line.strong and line.key != last_prose and not _CREDITED_CAPTION.search(line.text):
            prose_left, last_prose = prose_left - 1, line.key
        lines.append(line)
    related = _drop_related(lines)
    _drop_captions(lines)
    for ln in lines:
        ln.junk = ln.junk or describes_picture(ln)
    if _event_page(lines):
        cleaned.date, dated = None, [(at, d) for at, d in dated if d == cleaned.facts.date]
    prose = next((i for i, ln in enumerate(lines) if ln.strong), None)
    if related is not None and prose is not None and prose < related:
        # Under a 'related' heading after the story, the dates are the other stories'.
        dated = [(at, d) for at, d in dated if at < related]
        if date_at is not None and date_at > related:
            cleaned.date = None
    if ordered := _order_dates(dated, lines, cleaned.facts.date):
        if date_at in ordered:
            cleaned.date = ordered[date_at]
        dated = [(at, read) for at, d in dated if (read := ordered.get(at, d)) is not None]
    cleaned.outlet = signed_form(cleaned.outlet, cleaned.facts.outlet)
    if cleaned.outlet is None:
        cleaned.outlet = outlet_on_page(lines)
    if cleaned.date is None:
        cleaned.date = cleaned.facts.date
    strong = [i for i, ln in enumerate(lines) if ln.strong]
    first_body = strong[0] if strong else len(lines)
    title_at = pick_title(lines, first_body)
    if title_at is not None:
        title_at = crumbs_ended(lines, title_at)
        shown = shown_without_tail(lines, title_at)
        cleaned.title = shown or without_caption_word(lines[title_at].text)
        lines[title_at].junk = True
        if cleaned.outlet and key(cleaned.outlet) == key(cleaned.title):
            cleaned.outlet = None  # a headline repeated in the header is not the site's name
        cleaned.date = _date_by_title(dated, title_at, first_body, cleaned.date)
        title_key = key(cleaned.title)
        for ln in lines:
            if ln.key == title_key:
                ln.junk = True
        strong = [i for i in strong if not lines[i].junk]
    if not strong:
        return _without_site_name(cleaned)
    runs = _clusters(strong, lines)
    # A picture's caption between the headline and the story ("Minister X Y and Z in Portville").
    for ln in lines[(title_at or 0) + 1 : runs[0][0]] if title_at is not None else ():
        if not ln.junk and not ln.stamp and not ln.dateline and ln.key != title_key:
            cleaned.asides.append(ln.text)
    size = [sum(len(lines[i].text) for i in run) for run in runs]
    biggest = max(size)
    seen: set[str] = set()
    for run, chars in zip(runs, size, strict=True):
        if chars < biggest and (len(run) < 2 or chars < 0.25 * biggest):
            continue
        end = body_end(lines, run[-1])
        for at in range(run[0], end + 1):
            ln, line_key = lines[at], lines[at].key
            kept = ln.strong or ln.keepable or ln.short_sentence or cut_off(lines, at)
            if not kept and not ln.junk and not ln.stamp:
                cleaned.asides.append(ln.text)
            if kept and line_key not in seen:
                if cleaned.outlet is None:
                    cleaned.outlet = outlet_in_lead(ln.text, in_lead=len(cleaned.paragraphs) < 3)
                seen.add(line_key)
                # No-break spaces are layout, not text; HTML extraction drops them too.
                cleaned.paragraphs.append(ln.text.replace("\u00a0", " "))
    if cleaned.outlet is None and cleaned.paragraphs:
        cleaned.outlet = confirmed_credit(cleaned.paragraphs[:3], lines)
    if cleaned.outlet is None and cleaned.facts.wire is None and cleaned.paragraphs:
        cleaned.outlet = signing_off(cleaned.paragraphs[-1])
    cleaned.outlet = cleaned.outlet or address_line(lines)
    return _without_site_name(cleaned)


def _stamp_day(stamp: str) -> dt.date | None:
    found = full_dates(stamp)
    if not found or found[0].year is None:
        return None
    return to_date(found[0].year, found[0].month, found[0].day)


_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _without_site_name(cleaned: Cleaned) -> Cleaned:
    """'<headline> | <site>' (a page title copied with its site's name) without the name, when
    the page names that site itself; a name the page does not claim may be the headline's.
    A page that names no outlet but a wire dateline's agency is that agency's copy; a
    scraper's stamp a day before its dateline's day gives way to that day (`stamp_date`)."""
    if cleaned.facts.scraped and cleaned.date == cleaned.facts.date:
        cleaned.date = stamp_date(cleaned.facts)
    if cleaned.outlet is None:
        cleaned.outlet = cleaned.facts.wire
    if cleaned.title and cleaned.outlet:
        parts = _SITE_SEPARATOR.split(cleaned.title)
        if len(parts) > 1 and key(parts[-1]) == key(cleaned.outlet):
            head = cleaned.title[: cleaned.title.rfind(parts[-1])]
            cleaned.title = head.rstrip(" |–—-") or None
    if cleaned.title and cleaned.date is None:
        # A stamp glued to the headline dates the page that shows no other date.
        cleaned.date = _stamp_day(glued_stamp(cleaned.title)[1])
    if cleaned.title:
        cleaned.title = without_credit(
            without_stamp(cleaned.title), credit_names(cleaned.outlet, cleaned.facts.wire)
        )
        # A bar left dangling after the headline ("<headline> |") divided it from a cell the
        # scrape dropped.
        cleaned.title = cleaned.title.removesuffix(" |").rstrip() or None
    return cleaned
