"""Lines of a scraped page, each classified: article prose, site furniture, a dateline.

The article is the run of sentence-like lines; short unpunctuated lines, repeated lines,
datelines and lines far from that run are site furniture. The vocabulary of known furniture
(`data/boilerplate.yaml`) only confirms what the layout suggests; stamps (`data/stamps.yaml`)
are furniture that also tells the date, the outlet or the author.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.dates import dateline
from briefings.load.stamps import StampFacts, is_stamp_line, strip_prefixes, strip_title_suffix
from briefings.load.vocabulary import boilerplate

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGE = " \t\"'“”«»„‘’()[]{}*_#|•·:;,.!?-–—…"
# A line ends a sentence on its stop, or on a stop and a credit after it ("… said. (HNA)",
# "… said. Harbourwire"); a stop before a lone lower-case word ("… 18 тыс. человек") or
# closing a dotted abbreviation ("… the U.S. Sponsors") is the abbreviation's, and the line
# goes on.
_TERMINAL = re.compile(
    r"[.!?…:;][\"'”»’)\]]*$|(?<!\.[A-Z])[.!?…][\"'”»’)\]]*\s*\(?(?![a-zа-яё]+$)[\w.]+\)?$"
)
COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved|все права", re.IGNORECASE)
# A republished copy's "Source: …" line ("Источник и фото - site.ru"): it names the source as
# the page shows it, so an address stays written as an address.
_SOURCE_CUE = re.compile(r"^(?:source|источник)\b", re.IGNORECASE)
# A numbered reference under the story ("[2] https://harbourwire.example/…"): a source the
# story cites, never the page's own name.
_REFERENCE = re.compile(r"^\s*\[\d{1,3}\]")
_BULLET = re.compile(r"^(?:[-–—•·*▪]|\d{1,2}[.)])\s+\S")
_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|az|ru|org|net|info|media|news|am|ge)\b")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
SENTENCE_END = re.compile(r"[.!?…][\"'”»’)]*$")
_BULLETED = re.compile(r"^[#*•·▪–—-]+\s*")
BLANK_SPLIT = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n")


@dataclass
class Cleaned:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    date: dt.date | None = None
    outlet: str | None = None
    facts: StampFacts = field(default_factory=StampFacts)
    #: Lines set inside the story that are no prose: captions, a signatories' table.
    asides: list[str] = field(default_factory=list)


@dataclass
class Line:
    text: str
    words: int
    key: str = ""  # `key(text)`, computed once: pages compare lines by it several times
    junk: bool = False
    terminal: bool = False
    heading: bool = False  # a Markdown heading: a title, never a paragraph
    dateline: bool = False  # the page's date line: the title usually sits just above it
    stamp: bool = False  # a whole-line stamp or credit: what it names is already recorded

    @property
    def strong(self) -> bool:
        """Unmistakably article prose: a real sentence, or too long to be furniture."""
        return not self.junk and (
            (self.words >= 5 and self.terminal) or (self.words >= 20 and not self.heading)
        )

    @property
    def short_sentence(self) -> bool:
        return not self.junk and not self.heading and self.terminal and self.words >= 2

    @property
    def keepable(self) -> bool:
        """Prose inside the article body (short sentences and long lines are kept)."""
        return (
            not self.junk
            and not self.heading
            and (
                (self.words >= 3 and (self.terminal or _BULLET.match(self.text) is not None))
                or self.words >= 10
            )
        )


def key(line: str) -> str:
    return line.strip(_EDGE).casefold()


_MENU_SPLIT = re.compile(r"\s{2,}|\s*[|•·]\s*|\t")
# Breadcrumb separators: "Русский язык>>В РОССИИ И СНГ", "Home › Regions › Coast". Not "»",
# which closes a Russian quotation.
_CRUMB_SPLIT = re.compile(r"\s*(?:>{1,2}|›|→)\s*")


#: Entries a menu line holds at least.
_MENU_ITEMS = 3


def _is_menu(text: str, words: int) -> bool:
    """A navigation line: 'Home  Business  Politics', 'Print | Download PDF | Share' (maybe
    after the site's name), a breadcrumb ('Home › World'), or a run of section names
    ('Home Business Politics')."""
    if words > 16:
        return False
    crumbs = [part for part in _CRUMB_SPLIT.split(text) if part.strip()]
    if len(crumbs) >= 2 and all(
        len(part.split()) <= 4 and not _TERMINAL.search(part) for part in crumbs
    ):
        return True
    parts = [part for part in _MENU_SPLIT.split(text) if part.strip()]
    # The site's name may open its menu: "Harbour News - Portville :: Services|Archive|Contact".
    items = parts[1:] if len(parts) > _MENU_ITEMS else parts
    if len(items) >= _MENU_ITEMS and all(
        len(part.split()) <= 3 and not _TERMINAL.search(part) for part in items
    ):
        return True
    tokens = _WORD.findall(text)
    sections = sum(1 for t in tokens if t.casefold() in boilerplate().sections)
    return sections >= 3 and sections >= 0.6 * len(tokens)


def undouble(text: str) -> str:
    """A headline a scrape glued to itself ("Talks ResumeTalks Resume") once."""
    half = len(text) // 2
    for cut in (half, half + 1):
        first, second = text[:cut].strip(), text[cut:].strip()
        if len(first) >= 10 and first == second:
            return first
    return text


def _is_caps(line: str) -> bool:
    return line == line.upper() and sum(1 for ch in line if ch.isupper()) > 1


# A site's furniture and date lines recur on its every page (and across a feed): what such a
# line is depends on its text alone, so it is read once.
_LINE_CACHE = 4096


@lru_cache(maxsize=_LINE_CACHE)
def _dateline(text: str) -> dt.date | None:
    return dateline(_BULLETED.sub("", text))


@lru_cache(maxsize=_LINE_CACHE)
def _furniture(text: str, words: int) -> bool:
    """A line that is site furniture: a known one, a menu, a shouted label, an address."""
    short = words < 30
    return bool(
        key(text) in boilerplate().lines
        or (short and boilerplate().matches(text))
        or (_is_caps(text) and words < 12)
        or (short and _is_menu(text, words))
        or (short and _URL.search(text) and words < 15)
    )


def _notice(text: str) -> bool:
    """A site's notice of any length (a cookie banner's paragraph): never the article."""
    notices = boilerplate().notices
    return notices is not None and notices.match(text) is not None


#: Words a date line holds at most ("Published: … | Updated: …", clocks counted).
_DATELINE_WORDS = 20


def classify(raw: str, cleaned: Cleaned, markdown: bool, *, lead: bool = False) -> Line:
    """One line, classified; what it says about the page goes into `cleaned`.

    In the lead (before the first line of prose, and that line itself) stamps glued to the
    start of a line are taken off first: `date 2025-10-03 <title>`, `YEREVAN, April 13. /TASS/.`.
    """
    bp = boilerplate()
    heading = False
    text = raw
    if markdown:
        if _MD_HEADING.match(text):
            heading = True
            text = _MD_HEADING.sub("", text)
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPH.sub(r"\2", text).strip()
    # A headline glued to itself is short; halving a long paragraph would be wasted.
    text = undouble(text) if len(text) <= 400 else text
    stamp_only = False
    if lead:
        stripped = strip_prefixes(text, cleaned.facts)
        stamp_only = not stripped
        text = stripped or text
        if len(text) <= 300:
            text = strip_title_suffix(text, cleaned.facts)
    # Long lines are prose whatever the exact count; only short ones need a careful count.
    words = len(text.split()) if len(text) > 400 else len(_WORD.findall(text))
    # Only the end of the line matters; searching all of a long paragraph would be wasted.
    terminal = bool(_TERMINAL.search(text[-40:]))
    k = key(text)
    line = Line(text=text, words=words, key=k, heading=heading, terminal=terminal)
    if not k or words == 0:
        line.junk = True
        return line
    if stamp_only:
        line.junk = line.dateline = True
        return line
    if k in bp.banners or k in bp.names:
        cleaned.outlet = cleaned.outlet or bp.banners.get(k) or bp.names[k]
        line.junk = True
        return line
    # A stamp giving both when it was published and last updated runs to some 16 words.
    date = _dateline(text) if words <= _DATELINE_WORDS else None
    if date is not None:
        cleaned.date = cleaned.date or date
        line.junk = line.dateline = True
        # A date line may be signed by the outlet ("Harbour Wire, PUBLISHED 12.06.2022").
        signed = StampFacts()
        if cleaned.facts.outlet is None and is_stamp_line(text, signed):
            cleaned.facts.outlet = signed.outlet
        return line
    short = words < 30
    stated = (cleaned.facts.date, cleaned.facts.day_month)
    if short and is_stamp_line(text, cleaned.facts):
        # A stamp that dates the page sits by the headline, as a date line does.
        line.junk = line.stamp = True
        line.dateline = (cleaned.facts.date, cleaned.facts.day_month) != stated
        return line
    # A long line is furniture only when listed: the cache keeps to the short ones.
    if _furniture(text, words) if short else k in bp.lines or _notice(text):
        line.junk = True
    if line.junk and short and cleaned.outlet is None and not _REFERENCE.match(text):
        domain = bp.domain_re.search(text)
        named = bp.name_re.search(text) if COPYRIGHT.search(text) else None
        if domain:
            written = _SOURCE_CUE.match(text) is not None
            cleaned.outlet = domain.group(1) if written else bp.domains[domain.group(1).casefold()]
        elif named:
            cleaned.outlet = bp.names[named.group(1).casefold()]
    return line


# --------------------------------------------------------------- headline and body shapes


# A headline may open with its figure ("15 ways to …", "$10 billion pipeline work gets under
# way", "10,000 landmines cleared in …"): a number, maybe a currency sign before it.
_FIGURE_FIRST = re.compile(r"^[$€£¥₽]?\d[\d,.]*(?:\s+\S+){4,}")


def lower_start(text: str) -> bool:
    """A line whose first letter is lower case ("on air preview", "weather icon") is a
    widget's label or a sentence's tail, never a headline; one that opens with a figure and
    goes on for five words or more ("15 ways to …") is not such a line."""
    if _FIGURE_FIRST.match(text.strip()):
        return False
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


def repeats_itself(text: str) -> bool:
    """A run of three words given twice in one line ("A B C tag D A B C") is a tag list or
    a menu printed twice; a headline does not repeat itself."""
    words = [w.casefold() for w in text.split()]
    seen: set[tuple[str, ...]] = set()
    for i in range(len(words) - 2):
        gram = tuple(words[i : i + 3])
        if gram in seen:
            return True
        seen.add(gram)
    return False


_GLOSSED_NAME = re.compile(r"^(?P<name>[^()]{3,80}?)\s*\((?P<acronym>[A-Z]{2,8})\)$")


def glossed_name(text: str) -> bool:
    """A name followed by its own acronym ("Weapons of Mass Destruction (WMD)") names a
    section, a programme or a body: a page's menu or section label, never its headline."""
    found = _GLOSSED_NAME.match(text.strip())
    if found is None:
        return False
    initials = "".join(w[0] for w in found.group("name").split() if w[:1].isupper())
    return initials == found.group("acronym")
