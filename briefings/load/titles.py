"""A page's headline without what a scrape glued to it: a picture's label, the site's name
after a bar, an agency's credit, or a short tail the page shows the headline without.

Apart from `page` (which line is the headline) because these trim the line once chosen;
a trim that is not sure leaves the headline as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.dates import FULL_DATE
from briefings.load.lines import Line, key
from briefings.load.vocabulary import boilerplate, stamps

#: Words a headline keeps at least, after a trim (a shorter rest is no headline).
_HEADLINE_WORDS = 4
#: Words a glued tail has at most to be taken for a name (a site's, a section's).
_TAIL_WORDS = 3
#: Letters of a lower-case word a name after it may belong to ("to", "with", "для").
_SHORT_WORD = 4


def without_caption_word(title: str) -> str:
    """The headline without a picture's label glued after it ("<headline> PHOTO"): a capital
    word from `caption_words` after a headline in mixed case marks the photo under it. A label
    in brackets ("(Video)") is the headline's own and stays."""
    head, _, last = title.rstrip().rpartition(" ")
    if (
        head
        and last.isupper()
        and last.casefold() in boilerplate().caption_words
        and any(ch.islower() for ch in head)
    ):
        return head.rstrip(" -–—|:")
    return title


def shown_without_tail(lines: list[Line], at: int) -> str | None:
    """The headline as the page gives it again without a short capitalised tail ("<headline>
    Harbourwire", "<headline>. - Harbourwire" over "<headline>."): the tail is the site's or
    a section's name glued on, and the line the page repeats is the headline. None when there
    is none."""
    title = lines[at].key
    for i, ln in enumerate(lines):
        if i == at or ln.words < _HEADLINE_WORDS or not title.startswith(ln.key):
            continue
        if _TAIL_START.match(title[len(ln.key) :]) is None:
            continue
        if _cut_off(ln.text):
            continue
        # The name may stand after a dash or a bar ("<headline>. - Harbourwire").
        tail = lines[at].text.rstrip()[len(ln.text.rstrip()) :].lstrip(" -–—|").split()
        if 1 <= len(tail) <= _TAIL_WORDS and all(w[:1].isupper() for w in tail):
            return ln.text.strip()
    return None


# Where a glued tail starts after the headline the page repeats: a space, maybe after the
# headline's own stop.
_TAIL_START = re.compile(r"[.!?…]?\s")


def _cut_off(text: str) -> bool:
    """A line stopping on a short lower-case word ("... and the", "... и в") is a headline
    the layout cut off, not one shown without a glued name."""
    last = text.split()[-1]
    return last.islower() and len(last) < _SHORT_WORD


_BAR = re.compile(r"\s+\|\s+")
# A credit in brackets closing the headline: "<headline>.(Harbour Times)", "<headline> (HNW)".
_BRACKETED = re.compile(r"\s*\((?P<name>[^()]{2,40})\)\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”»’]*$")


# A picture's credit glued after the headline: "<headline>, HNA Photo", "<headline>, Фото ГВН".
_PHOTO_TAIL = re.compile(
    r",\s*(?:[A-ZА-ЯЁ][\w.&-]*(?:\s+[A-ZА-ЯЁ][\w.&-]*){0,2}\s+(?:Photos?|Фото)"
    r"|(?:Photo|Фото)\s+[A-ZА-ЯЁ][\w.&-]*(?:\s+[A-ZА-ЯЁ][\w.&-]*){0,2})\s*$"
)


def without_credit(title: str, own: set[str]) -> str:
    """The headline without the site's name or an agency's credit a scrape glued after it:
    after a bar ("<headline> | Harbour Daily", a short name), in brackets after the
    headline's full stop or naming a known outlet ("<headline>.(Harbour Times)"), or the
    page's own outlet or wire (`own`, casefolded) glued after a space ("<headline>
    Harbourwire"; not after a short word: "… talks to Harbourwire" is the headline's).
    A picture's credit after a comma goes too ("<headline>, HNA Photo"). At least four words
    of headline stay, or the title is left as it is."""
    photo = _PHOTO_TAIL.search(title)
    if photo is not None and len(title[: photo.start()].split()) >= _HEADLINE_WORDS:
        title = title[: photo.start()].rstrip()
    parts = _BAR.split(title)
    if len(parts) > 1:
        head, tail = parts[0], parts[1:]
        if len(head.split()) >= _HEADLINE_WORDS and all(
            1 <= len(p.split()) <= _TAIL_WORDS + 1 and not _SENTENCE_END.search(p) for p in tail
        ):
            title = head.rstrip()
    bracketed = _BRACKETED.search(title)
    if bracketed is not None:
        head, raw = title[: bracketed.start()], bracketed.group("name").strip()
        known = key(raw) in own or boilerplate().known_outlet(raw) is not None
        if (
            (known or _SENTENCE_END.search(head))
            and raw[:1].isupper()
            and raw.casefold() not in boilerplate().caption_words
            and len(head.split()) >= _HEADLINE_WORDS
        ):
            return head.rstrip()
    for name in own:
        if len(name.split()) > _TAIL_WORDS or not title.casefold().endswith(" " + name):
            continue
        head = title[: len(title) - len(name)].rstrip(" -–—|:")
        before = head.split()[-1] if head.split() else ""
        if before.islower() and len(before) <= _SHORT_WORD:
            continue
        if len(head.split()) >= _HEADLINE_WORDS and any(ch.islower() for ch in head):
            return head
    return title


def credit_names(*stated: str | None) -> set[str]:
    """The page's own names a headline's glued credit may give (its outlet, its wire),
    casefolded."""
    return {key(name) for name in stated if name}


# A site's banner: its address, a dash and its tagline ("Harbour.tv - Portville's news").
_BANNER = re.compile(r"^[^\W_][\w-]*\.[^\W\d_]{2,6}\s+[-–—|]\s+\S")


def _credited_caption(text: str) -> bool:
    """A photo's caption closed by its credit ("Mara Quist. Photo Harbourwire"): a sentence,
    then a picture's label and a name."""
    found = _credit_pattern(boilerplate().caption_words).search(text)
    return found is not None and found.group("credit")[:1].isupper()


def _labelled_caption(text: str) -> bool:
    """A photo's caption closed by a label in brackets ("Ferries at the quay, May 2, 2024.
    (File photo)", "… (Photo: Harbourwire)"): a sentence, then the picture's label."""
    return _label_pattern(boilerplate().caption_words).search(text) is not None


@lru_cache(maxsize=4)
def _label_pattern(words: frozenset[str]) -> re.Pattern[str]:
    either = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[.!?][\"'”»’]*\s+\([^()]{{0,30}}?\b(?:{either})\b[^()]{{0,40}}\)$", re.I)


@lru_cache(maxsize=4)
def _credit_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The credited-caption pattern for these caption words, built once (escaping and joining
    them on every line cost more than the search)."""
    either = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[.!?]\s+(?:{either})(?!\w)\s*[:©/|]?\s*(?P<credit>[^.!?]{{2,40}})$", re.I)


# A weather widget in the header: a place, the sky, a signed temperature ("Portville Cloudy
# +12°C"); a headline giving a temperature says more than six words around it.
_WEATHER = re.compile(r"[+−-]\d{1,2}\s*°\s*[CF]?$")
_WIDGET_WORDS = 6


# An author's line giving a degree or a title after the name ("Mara QUIST, PhD",
# "Tom Berg, Prof."): a byline over an analysis, not its headline.
_DEGREE_BYLINE = re.compile(
    r"^(?:Dr\.?\s+)?[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’.-]+){1,3}\s*,\s*"
    r"(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|MBA|MA|MSc|Prof\.?|Professor|Dr\.?|к\.\s?[а-я]+\.\s?н\.?|д\.\s?[а-я]+\.\s?н\.?)$"
)
# A photo's caption credited to where it was taken from ("… Фото со страницы X в Twitter",
# "… Photo from the ministry's website"): a sentence, then a picture's label and its source.
_SOURCED_CAPTION = re.compile(
    r"[.!?]\s+(?:фото|photo|image|picture)\s+(?:со?|из|from|via|courtesy\s+of)\s+[^.!?]{2,60}$",
    re.IGNORECASE,
)

# A photo's caption closed by its credit with a slash between the photographer and the
# agency, either way round, or before the agency alone ("… at the quay, May 2, 2024. Mara
# Quist/Harbourwire", "… 2024. HARBOURWIRE/Tom Berg", "… 2024. /HNA"): a sentence, then only
# capitalised words and the slash.
_NAMES = r"[A-ZА-ЯЁ][\w'’.-]*(?:\s[A-ZА-ЯЁ][\w'’.-]*){0,3}"
_SLASHED_CREDIT = re.compile(rf"[.!?][\"'”»’]*\s+(?:{_NAMES}\s?)?/\s?{_NAMES}(?<![.!?])$")

# A photo's caption closing on where and when it was taken, after a sentence of its own
# ("X and Y at the talks. Portville, 3 March 2024", "… Портовск, 3 марта 2024 года").
_PLACED_CAPTION = re.compile(
    r"[.!?]\s+[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?,\s+"
    r"(?:\d{1,2}\s+[^\W\d_]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)\s+\d{4}(?:\s+года)?\.?$"
)
# A date and a clock alone ("3 Март 2024, местное время: 15:10", "March 3, 2024, 15:10 GMT"):
# a stamp, however many words of its zone it names.
_DATE_AND_CLOCK = re.compile(
    r"^(?:\d{1,2}\s+[^\W\d_]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4},?"
    r"[^\d]{0,40}?\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?$"
)

#: Words at least of an image's description naming the picture's planes (a headline saying
#: "in the background" is shorter).
_DESCRIPTION_WORDS = 12


def describes_picture(line: Line) -> bool:
    """A photo's caption closed by a slashed credit, or an image's description (alt text)
    scraped as a line: long, unpunctuated, naming the picture's planes ("… in the foreground
    while … in the background"). A sentence of the body ends with its full stop and stays
    prose."""
    if _SLASHED_CREDIT.search(line.text):
        return True
    planes = boilerplate().picture_planes
    return (
        planes is not None
        and not line.terminal
        and line.words >= _DESCRIPTION_WORDS
        and planes.search(line.text) is not None
    )


# A clock and the zone after it ("10:40 AM IST", "18:18"), and a numeric full date.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}(?![a-z]))?")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?!\d)")
# Words of Latin or Cyrillic letters (a stamp's tail in another script, such as a language
# link, is not a headline's word either).
_STAMP_RESIDUE = re.compile(r"[A-Za-zÀ-ÿА-Яа-яЁё]+")


# How long the story takes to read, a stamp's neighbour ("4 min read", "3 mins read").
_READING_TIME = re.compile(r"(?i)\b\d{1,2}\s*mins?(?:utes?)?\s+read(?=[A-Z\s]|$)")


def _date_stamp(text: str) -> bool:
    """A date stamp however it is worded ("Last updated on 3 May 2024", "Thursday, May 2,
    2024 | 10:40 AM IST", "4 min read Updated: 3 May 2024"): a full date, then only a clock,
    its zone, a reading time and stamp words."""
    dated = FULL_DATE.search(text) or _NUMERIC_DATE.search(text)
    if dated is None:
        return False
    rest = _CLOCK.sub(" ", text[: dated.start()] + " " + text[dated.end() :])
    rest = _READING_TIME.sub(" ", rest)
    words = stamps().stamp_words
    return all(w.casefold() in words for w in _STAMP_RESIDUE.findall(rest))


# A stamp glued after the headline: a numeric date and its clock ("<headline> 03.05.2024,
# 18:18"), or a date with a month's name and a clock ("<headline> May 3, 2024 10:40"), maybe
# after its weekday and with seconds and AM/PM ("<headline> Monday, May 6, 2024 9:05:12 AM").
_GLUED_STAMP = re.compile(
    r"\s+[|–—-]?\s*(?:[A-Z][a-z]{5,8},\s+)?(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[^\W\d_]{3,9}\.?\s+(?:19|20)\d\d),?"
    r"\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*$"
)
# A numeric date glued before the headline ("03.05.2024 <headline>"), a listing's stamp.
_STAMP_BEFORE = re.compile(r"^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s+(?=[\"«“A-ZА-ЯЁ])")


def glued_stamp(title: str) -> tuple[str, str]:
    """The headline and the date stamp glued after or before it ("<headline> 03.05.2024,
    18:18", "03.05.2024 <headline>"; "" when none). At least four words of headline stay."""
    stamp = ""
    glued = _GLUED_STAMP.search(title)
    if glued is not None and len(title[: glued.start()].split()) >= _HEADLINE_WORDS:
        title, stamp = title[: glued.start()].rstrip(), glued.group()
    before = _STAMP_BEFORE.match(title)
    if before is not None and len(title[before.end() :].split()) >= _HEADLINE_WORDS:
        title, stamp = title[before.end() :], stamp or before.group()
    return title, stamp


def without_stamp(title: str) -> str:
    """The headline without a date stamp glued to it (`glued_stamp`) or the colon it was cut
    on: a "<headline>:" whose second half the page set as a line of its own."""
    title = glued_stamp(title)[0]
    if title.endswith(":") and len(title.split()) >= _HEADLINE_WORDS:
        title = title.rstrip(" :")
    return title


# A stamp saying how long ago the page changed, closing a line ("<section> 27 минут назад",
# "Markets 5 hours ago"), and a date written the Romance way alone ("3 de maio de 2024"):
# when the page was updated, never its headline.
_RELATIVE_STAMP = re.compile(
    r"(?i)(?:^|\s)\d{1,2}\s+(?:минут[уы]?|час(?:а|ов)?|секунд[уы]?|дн(?:я|ей)|minutes?|mins?"
    r"|hours?|hrs?|days?)\s+(?:назад|ago)$"
)
_ROMANCE_DATE = re.compile(r"^\d{1,2}\s+de\s+[^\W\d_]{3,10}\s+de\s+\d{4}$")


# A Russian byline: a writer's name alone, maybe after "our correspondent" ("Наш корр. Анна
# Ли", "Корреспондент Ли Мин Хо"). A Russian headline is set in sentence case: a line of two to
# four words each capitalised, with no other word, names a person (or a section), not news.
_CYRILLIC_BYLINE = re.compile(
    r"^(?:(?:[Нн]аш\s+)?(?:[Сс]обственный\s+)?(?:[Кк]орр\.?|[Кк]орреспондент)\s+)?"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,3}$",
)


# A byline, not a headline: "By Name Surname" maybe with the outlet after a dash ("By Mara
# Quist – HARBOUR WEEKLY"), or a list of three or more authors' names alone ("Анна Ли, Пётр
# Жук, Ян Бо"): two or three capitalised words each, nothing else (two such items may be a
# headline in title case: "Harbour Board, City Hall Agree").
_NAME = r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё'’-]+){1,2}"
_BYLINES = re.compile(
    rf"^(?:By\s+{_NAME}(?:\s+[-–—]\s+[^.!?]{{2,40}})?|{_NAME}(?:,\s+{_NAME}){{2,}})$"
)


# A credit line of the page's furniture: "Published by Harbour Review", "Classifieds powered
# by Harbour News", "Sponsored by …": who runs a part of the page, never the headline.
_RUN_BY = re.compile(r"(?i)^(?:\w+\s+)?(?:powered|published|sponsored|presented)\s+by\s+\S")
_RUN_BY_WORDS = 10


def never_headline(text: str) -> bool:
    """A line that reads like a headline but is page furniture: the site's banner with its
    address, a photo's caption with its credit or its source, a weather widget, an author's
    line with a degree, a byline, a stamp of any kind."""
    if _WEATHER.search(text) and len(text.split()) <= _WIDGET_WORDS:
        return True
    if _CYRILLIC_BYLINE.match(text.strip()) or _BYLINES.match(text.strip()):
        return True
    if _RUN_BY.match(text.strip()) and len(text.split()) <= _RUN_BY_WORDS:
        return True
    if _DEGREE_BYLINE.match(text) or _SOURCED_CAPTION.search(text):
        return True
    if _PLACED_CAPTION.search(text) or _DATE_AND_CLOCK.match(text) or _date_stamp(text):
        return True
    if _RELATIVE_STAMP.search(text.strip()) or _ROMANCE_DATE.match(text.strip()):
        return True
    if _labelled_caption(text):
        return True
    return _BANNER.match(text) is not None or _credited_caption(text)
