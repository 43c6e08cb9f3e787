"""Which outlet a scraped page is from, by what the page says about itself: a known agency
crediting itself in the lead, a banner, a copyright or a 'Source:' line, a Russian
company's legal name reduced to its brand.

Apart from `page` (title, body, date) because the outlet is read from lines the body
excludes, by rules of its own; `page.clean_text` asks here.
"""

from __future__ import annotations

import re

from briefings.load.lines import COPYRIGHT, Line
from briefings.load.vocabulary import boilerplate, place_names, stamps


def outlet_in_lead(text: str, *, in_lead: bool) -> str | None:
    """A known agency crediting itself in the lead ("…, APA reports.", "Как сообщает Report,",
    "…, Site.az reports." for a site known by its address), from the credits in
    `data/stamps.yaml`; an unknown name there may be a source it cites,
    unless it relays another ("Как передает Site.org со ссылкой на …"); a phrase only a
    page says of itself ("…, Site.com can report") anywhere in it. An editor's note the
    outlet signs ("(… . — Name)") names it in any paragraph."""
    names = boilerplate().names
    known = boilerplate().known_outlet  # by its name, its banner or its address
    vocabulary = stamps()
    for pattern in vocabulary.glosses:  # an editor's note the outlet signs, in any paragraph
        found = pattern.search(text)
        if found and (name := _outlet_name(found.group("outlet").strip('"“”«»'))):
            return known(name) or name
    for pattern in vocabulary.lead_credits if in_lead else ():
        found = pattern.match(text)
        if found and (outlet := known(found.group("outlet"))):
            return outlet
        relays = found is not None and found.groupdict().get("relays") is not None
        relaying = _outlet_name(found.group("outlet")) if found and relays else None
        if relaying is not None:
            return relaying
    for pattern in vocabulary.own_credits if in_lead else ():
        found = pattern.search(text)
        raw = found.group("outlet") if found else ""
        # An address stays written as the page writes it ("15-news.ru", "GAVAN.KZ").
        if found and (name := raw if _ADDRESS_NAME.fullmatch(raw) else _outlet_name(raw)):
            return known(name) or name
    tail = text[-120:]
    for pattern in vocabulary.relayed_credits:
        found = pattern.search(tail)
        if found is None or not _relays_known(found):
            continue
        if name := _outlet_name(found.group("outlet").strip('"“”«»')):
            return names.get(name.casefold(), name)
    tail = text[-80:]
    for pattern in vocabulary.tail_credits:
        found = pattern.search(tail)
        if found and (outlet := known(found.group("outlet"))):
            return outlet
    return None


def signing_off(last: str) -> str | None:
    """The agency signing off the story's last paragraph after a dash ("… said. - HNS"):
    the page carries its copy. Read on the last paragraph only, when nothing else named
    the outlet."""
    for pattern in stamps().sign_offs:
        found = pattern.search(last[-60:])
        if found and (name := _outlet_name(found.group("outlet"))):
            return boilerplate().known_outlet(name) or name
    return None


#: Words at most of a furniture line naming the site ("Harbourwire Logo"): a headline naming
#: the source it reports from is longer.
_FURNITURE_WORDS = 4


def confirmed_credit(lead: list[str], lines: list[Line]) -> str | None:
    """A lead paragraph closing on "…, X reports." with a name the page's furniture (a short
    line that is no prose: a logo's label, a menu item) shows too: the page names itself."""
    furniture = [ln.text for ln in lines if not ln.strong and ln.words <= _FURNITURE_WORDS]
    for text in lead:
        for pattern in stamps().confirmed_tails:
            found = pattern.search(text[-80:])
            name = _outlet_name(found.group("outlet")) if found else None
            if name is None:
                continue
            shown = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
            if any(shown.search(t) for t in furniture):
                return name
    return None


# Russian words in lower case after a capital, nothing else: "Социальные сети".
_RUSSIAN_WORDS = re.compile(r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+)*")


def _common_noun(name: str) -> bool:
    """A Russian 'Источник:' line naming what the story came from in common words ("Источник:
    Соцсети", "Источник: Трансферы"), not the page: an outlet it does not know so written is
    no name (a Russian outlet's name is quoted, an acronym or Latin)."""
    return _RUSSIAN_WORDS.fullmatch(name) is not None and not boilerplate().known_outlet(name)


def _relays_known(found: re.Match[str]) -> bool:
    """A relayed credit naming the source it relays (group `source`) relays a known outlet:
    "…, как пишет X, сообщает Reuters" credits X, "…, как пишет X, сообщил Иванов" does not."""
    source = found.groupdict().get("source")
    return source is None or boilerplate().known_outlet(source) is not None


_COPYRIGHT_AFTER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>.+?)"
    r"(?:\.\s|\.?$|\s*[|,®™]|\s+©|\s+[-–—]\s)",
    re.I,
)
_COPYRIGHT_BEFORE = re.compile(r"^(?P<name>[^©|.]{2,40}?)\s*(?:©|\(c\))", re.I)
# "Source: Name", maybe with the site's address after the name ("Источник: «Name» NAME.RU").
_SOURCE_LINE = re.compile(
    r"^(?:source|источник)\s*:\s*(?P<name>[^.!?]{2,40}?)(?:\s+[\w-]+\.[^\W\d_]{2,})?\.?$", re.I
)
# A site's address: host names and a top-level domain of letters ("news.harbourwire.org").
_ADDRESS = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,6}"
_ADDRESS_NAME = re.compile(_ADDRESS)
# The address after "Source:" as written ("Source: Harbourwire.com", "Источник: www.site.by").
_SOURCE_ADDRESS = re.compile(rf"^(?:source|источник)\s*:\s*(?P<name>{_ADDRESS})\.?$", re.I)
# An address alone on a line, in lower case as a page prints its own: a counter's brand-cased
# label ("Top.Counter.Ru") is not the site's.
_ADDRESS_LINE = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-zа-я]{2,6}")
#: Endings that make an address-like line a file's name ("harbour-map.jpg").
_FILE_ENDINGS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "mp4", "html", "php"})
# Words of the copyright formula itself ("Copyright © 2019, X"): never the outlet's name.
_NOT_A_NAME = re.compile(
    r"\d|rights|права|reserved|защищены|^(?:all|все)\b|copyright|авторск", re.I
)


#: Words a name does not end on: a name cut before its second half ("Harbour and").
_CONNECTORS = frozenset({"and", "&", "of", "the", "for", "de", "и", "в", "на"})


# A Russian company's legal name: its form, then the brand in quotation marks, the last
# (innermost) quoted name being the brand ("ОАО «ТРК ВС РФ «ЗВЕЗДА»", "ООО «Гавань»").
_QUOTED_BRAND = re.compile(r"«(?P<brand>[^«»]{2,40})»?\s*»?\s*$")


def _outlet_name(raw: str | None) -> str | None:
    """A plausible outlet name: a few words, starting with a capital, no rights notice; of a
    legal name with the brand in quotation marks, the brand."""
    name = (raw or "").strip(" .,:;|-–—")
    brand = _QUOTED_BRAND.search(name)
    prefix = name.partition("«")[0].strip().casefold()
    if brand is not None and name.count("«") == 1 and prefix in boilerplate().agency_prefixes:
        name = f"{name.partition('«')[0].strip()} «{brand.group('brand').strip()}»"
    elif brand is not None and name.count("«") > 0:
        name = brand.group("brand").strip()
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 40 or not name[0].isupper():
        return None
    if _NOT_A_NAME.search(name) or words[-1].casefold() in _CONNECTORS:
        return None  # "X and" of "Source: X and Y.com" is a fragment of two sources
    if words[0].casefold() == "the" and not (
        len(words) > 1 and all(w[0].isupper() for w in words[1:])
    ):
        return None  # "The New Humanitarian" is a name; "The authors" or "the site" is not
    # "CASPIAN WIRE" in a header is styling; a one-word acronym ("ANAMA") is the name.
    return name.title() if len(words) > 1 and name.isupper() else name


# A picture's credit line ("Image credit: Foto 123 © Name |", "Фото: © Агентство", a cover
# picture's "Обложка © Name"), its label maybe glued to the caption after it ("© HNA
# PhotoПричал в Портовске").
_PHOTO_CUE = re.compile(
    r"(?i)(?<!\w)(?:image|photo|foto|picture|фото|изображение|обложка)(?!(?-i:[a-zа-яё]))"
)


#: Words a caption runs to before its credit ("Crews at the quay (left) © Name"); a site's
#: own line puts at most a word or two there ("Copyright © Name", "Harbour Times © 2025").
_CAPTION_WORDS = 3
_CAPTION_SIGN = re.compile(r"(?:©|\(c\))", re.I)
_YEAR_OR_RIGHTS = re.compile(r"\b(?:19|20)\d\d\b|rights|права", re.I)


def _picture_credit(text: str) -> bool:
    """A copyright line crediting a picture, not the page: one naming a photo ('Фото: ©
    Name'), or a caption closing on its credit — a few words, or a slash, before the sign
    ("Rescuers on the quay (left) ©Name", "Harbour at dawn / © Agency") and no year or
    rights notice after it, which a site's own line carries."""
    if _PHOTO_CUE.search(text):
        return True
    sign = _CAPTION_SIGN.search(text)
    if sign is None or _YEAR_OR_RIGHTS.search(text):
        return False
    before = text[: sign.start()].strip()
    return len(before.split()) >= _CAPTION_WORDS or before.endswith("/")


def _credited(raw: str | None) -> str | None:
    """The outlet a copyright line names, unless it credits a picture: a photo agency
    ("© Getty Images") or a photographer and agency ("Copyright Name/Agency")."""
    name = _outlet_name(raw)
    if name is None or "/" in name or name.casefold() in boilerplate().photo_agencies:
        return None
    return name


# A Russian word of a name (not the "ру" of an address "Гавань.ру") and, of the feminine
# nouns and adjectives, the endings a prompt ("Подписывайтесь на …") puts in the accusative:
# "-ую" of "-ая", "-у" of "-а" after a consonant ("шоу" is no such form), "-ю" of "-я".
_RUSSIAN_WORD = re.compile(r"(?<![.\w])[А-ЯЁа-яё]{3,}(?![\w])")
_ACCUSATIVE = re.compile(r"(?:[ую]ю|(?<=[бвгджзклмнпрстфхцчшщ])у|ю)$")
_NOMINATIVE = {"ую": "ая", "юю": "яя", "у": "а", "ю": "я"}


def _own_name(found: re.Match[str]) -> str:
    """The name an own line gives, in the nominative when the line puts it in the
    accusative ("Подписывайтесь на Гавань-Газету.Ru" names "Гавань-Газета.Ru")."""
    named = found.groupdict()
    if named.get("outlet_acc") is None:
        return found.group("outlet")
    return _RUSSIAN_WORD.sub(
        lambda w: _ACCUSATIVE.sub(lambda m: _NOMINATIVE[m.group()], w.group()),
        named["outlet_acc"],
    )


def outlet_on_page(lines: list[Line]) -> str | None:
    """The outlet a page names itself when it is not a known one: a 'Source: X' line or a
    line inviting readers to more of its news ('Больше новостей на X'), else the copyright
    line ('© 2025 X', 'X © 2025'; not a picture's credit), else a header site name the page
    repeats (not a place's name: a section or a tag)."""
    stated: str | None = None
    for ln in lines:
        if ln.words > 30:
            continue
        own = next((m for p in stamps().own_lines if (m := p.match(ln.text))), None)
        # A stamp line (a photo credit: "Фото: © Agency") said what it names already, unless
        # the site's own line carries it ("Read on the website X© Photo: …").
        if ln.stamp and own is None:
            continue
        if address := _SOURCE_ADDRESS.match(ln.text):
            return boilerplate().known_outlet(address.group("name")) or address.group("name")
        source = _SOURCE_LINE.match(ln.text)
        if source and (name := _outlet_name(source.group("name"))) and not _common_noun(name):
            return name
        if own is not None and (name := _outlet_name(_own_name(own))):
            return name
        if stated is None and COPYRIGHT.search(ln.text) and not _picture_credit(ln.text):
            before = _COPYRIGHT_BEFORE.match(ln.text)
            after = _COPYRIGHT_AFTER.search(ln.text)
            stated = _credited(before.group("name") if before else None) or _credited(
                after.group("name") if after else None
            )
    stated = stated or _masthead(lines)
    if stated or not lines or lines[0].words > 5 or lines[0].terminal or lines[0].dateline:
        return stated
    header = _outlet_name(lines[0].text)
    if header is None or header.casefold() in place_names():
        return None
    # A header line alone could be a section name; the site naming itself again confirms it,
    # in a longer line: a toggle repeated ("Dark", "Light", "Dark") or a headline given twice
    # is not a site naming itself. A name keeps its capitals: "Crude oil" over a story on
    # "crude oil purchases" is a section, not the site.
    name = header.casefold()
    written = {header, lines[0].text.strip()}
    mentions = sum(
        1
        for ln in lines[1:]
        if ln.key != name
        and not ln.strong  # the story's own prose names what it is about
        and any(_names_itself(ln.text, form) for form in written)
    )
    return header if mentions else None


def address_line(lines: list[Line]) -> str | None:
    """The site's address alone on a line ("harbourwire.com" over the headline or under the
    story): the page naming itself when nothing else did; a file's name is none."""
    for ln in lines:
        text = ln.text.strip()
        if _ADDRESS_LINE.fullmatch(text) and text.rsplit(".", 1)[1] not in _FILE_ENDINGS:
            return boilerplate().known_outlet(text) or text
    return None


#: Lines from the page's top a masthead stands among (its header, the byline's block).
_HEADER_LINES = 12
_MASTHEAD = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){1,3}")


def _masthead(lines: list[Line]) -> str | None:
    """A newspaper's name alone on a line of the page's header ("The Harbour Times",
    "Portville Herald"): capitalised words ending in a word of `press_titles`, or an
    acronym before "News"."""
    titles = boilerplate().press_titles
    for ln in lines[:_HEADER_LINES]:
        text = ln.text.strip()
        if ln.words > 5 or ln.terminal or _MASTHEAD.fullmatch(text) is None:
            continue
        if text.split()[-1].casefold() in titles and (name := _outlet_name(text)):
            return name
        if _ACRONYM_NEWS.fullmatch(text):
            return text
    return None


# "UN News", "HBC News": a newsroom's name, an acronym before "News"; a section's
# ("World News", "Latest News") opens on an ordinary word.
_ACRONYM_NEWS = re.compile(r"[A-Z]{2,6}\s+News")


# A breadcrumb's separator after the name: it leads a trail of sections ("X | Environment |
# Region"); "»", ">" and "/" only set apart ("«X»" is a quoted name). Last in a title bar
# ("Story | X"), it is the site's.
_CRUMB_AFTER = re.compile(r"\s*[|›]|\s+[»>/](?:\s|$)")
_PROSE_AFTER = re.compile(r"\s+[a-z]")
# A section's pointer to more of its stories ("More in Markets", "Most read in Shipping",
# "Ещё в разделе …"): the name after it is a section's, not the site's.
_SECTION_BEFORE = re.compile(
    r"(?i)\b(?:(?:more|read|latest|trending|top|popular|news)\s+in|ещё\s+в\s+разделе|еще\s+в\s+разделе)\s+$"
)


def _names_itself(text: str, form: str) -> bool:
    """`form` written in `text` as a site names itself: a whole name ("X9 months ago" is a
    related story's tag), not a breadcrumb's item ("X | Environment | Region": a column or
    section), nor the subject a headline opens on ("X keep pushing for …": the story's), nor
    a section's link to more of its stories ("More in X")."""
    for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
        if _SECTION_BEFORE.search(text[: found.start()]):
            continue
        after = text[found.end() :]
        if _CRUMB_AFTER.match(after):
            continue
        if found.start() == 0 and _PROSE_AFTER.match(after):
            continue
        return True
    return False


def signed_form(credited: str | None, signed: str | None) -> str | None:
    """The page's outlet when a line credits it by its address ("Источник - agency.ru") and a
    stamp signs the copy (a dateline's "— Агентство."): the signature's form, when both name
    the same known agency; else the credited one."""
    if credited is None or signed is None:
        return credited or signed
    vocabulary = boilerplate()

    def canonical(name: str) -> str | None:
        known = vocabulary.known_outlet(name)
        return vocabulary.cyrillic_names.get(known, known) if known else None

    same = canonical(credited) is not None and canonical(credited) == canonical(signed)
    return signed if same else credited
