"""What a body's name looks like in text ("the Qatari foreign ministry", "Ministry of
Defence", "Минобороны России", "Министерство обороны Тарвии"), and when two ways of writing
it, or "the ministry", are one body. Apart from `bodies` (which body speaks in an
attribution) because the name finders of pronouns and attributions read names alike."""

from __future__ import annotations

import re
from functools import cache

from briefings.alternation import by_first_letter
from briefings.extract.gazetteer import CYR, TOKEN, Entry, Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import is_descriptor

_LEX = lexicon()
_HEADS = _LEX.both("organisation_heads")
# "foreign ministry" is also "Foreign Ministry"; "МИД" and "Kremlin" only as written. The
# case-blind heads are grouped by first letter: ORG tries them after each of its modifiers.
_ORG_HEAD = (
    f"(?:(?i:{by_first_letter(alternatives([h for h in _HEADS if h.islower()])[3:-1])})"
    f"|{alternatives([h for h in _HEADS if not h.islower()])})"
)
# "комитет начальников штабов Республики Корея", "Совет безопасности ООН": lowercase nouns in
# the genitive between a head and the capitalised words that end its name.
_RU_GENITIVE = r"(?:[а-яё]{3,}(?:ов|ев|ей|ых|их|ости|ения|ания|ства|ы|и)|дел)(?![\w-])"
# "the Tarvian Embassy in Morvale", "Посольство Тарвии в Морвале": a body posted abroad is
# named with the city or country it is posted in.
_POSTED = (
    "(?:(?:" + "|".join(f"(?<={h})" for h in _LEX.both("posted_heads")) + r")"
    r"\s+(?:in|в|во)\s+[A-ZА-ЯЁ][\w-]*(?:\s+[A-Z][\w-]*)?)?"
)
# "the Tarvian Foreign Ministry press service": the service after a body's name is the body
# that speaks, its owner part of its name.
_SERVICE_TAIL = rf"(?:\s+{alternatives(_LEX.en.service_tails)}(?![\w-]))?"
ORG = re.compile(
    rf"(?<![\w-])(?P<org>(?P<mods>(?:[A-ZА-ЯЁ][\w.&-]*(?:['’]s)?\s+){{0,4}}?"
    # "Харьковская областная военная администрация": adjectives agreeing with the head
    rf"(?:[А-ЯЁ][а-яё-]+(?:ая|ый|ий|ой|ое)\s+(?:[а-яё-]+(?:ая|ый|ий|ой|ое)\s+){{0,3}})?)"
    rf"{_ORG_HEAD}(?![\w-])"
    rf"(?P<tail>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|the|and|[A-Z][\w-]*))*"
    rf"|(?:\s+{_RU_GENITIVE}){{0,3}}(?:\s+[А-ЯЁ][\w-]*){{1,2}})?"
    rf"{_POSTED}{_SERVICE_TAIL})"
)
DOCUMENT = re.compile(
    rf"^\s*(?:the\s+|this\s+|that\s+)?{alternatives(_LEX.both('document_words'))}\s*$", re.I
)
ACRONYM = re.compile(r"\s*(?:the\s+)?(?P<acronym>[A-ZА-ЯЁ]{2,6})\s*")
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])")
# "Brindle AG consortium": a lowercase kind after a firm's legal form is no part of its name.
_AFTER_LEGAL_FORM = re.compile(rf"(?P<name>.*\s{alternatives(_LEX.en.legal_forms)})\s+[a-z][a-z-]*")
# Heads that are a body's own name ("МИД", "Минобороны", "Kremlin"), not a kind of body.
PROPER_HEADS = frozenset(h for h in _HEADS if not h.islower())


def org_name(found: re.Match[str]) -> str:
    """A body's name as written, without 'the' or a country's possessive before its own
    proper name ("Azerbaijan's Kurdamir Water Union"; "Azerbaijan's Foreign Ministry" stays)."""
    mods = ARTICLE.sub("", found.group("mods"))
    if _POSSESSIVE.match(mods) and _POSSESSIVE.sub("", mods).strip():
        mods = _POSSESSIVE.sub("", mods)
    name = (mods + found.group("org")[len(found.group("mods")) :]).strip()
    if mods == found.group("mods") and mods.strip():
        name = _joined_first(found) + name
    kind = _AFTER_LEGAL_FORM.fullmatch(name)
    return _with_owner(found, kind.group("name") if kind else name)


# "the Westland region's Directorate-General for Y": a place or body owning a body
# whose name opens with its head.
_OWNER_BEFORE = re.compile(
    r"(?<![\w-])(?P<owner>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
    rf"(?:\s+(?:{alternatives(_LEX.en.region_words)}))?['’]s)\s+$"
)
# A ministry stays as written without its owner ("the Westland region's Ministry of X" is
# "Ministry of X", as round 3 settled); the gazetteer names the countries' own.
_BARE_HEADS = frozenset({"Ministry"})


def _with_owner(found: re.Match[str], name: str) -> str:
    """`name` with the place or body that owns it, as written, when the text names one right
    before a name opening with its head ("Northern League's Directorate-General for …"):
    the directorate is the League's, not any. An owner that may be a person ("Harlow's
    Office of …") is left out."""
    if found.group("mods") or not found.group("tail") or name.split()[0] in _BARE_HEADS:
        return name
    before = _OWNER_BEFORE.search(found.string, max(0, found.start() - 60), found.start())
    if before is None:
        return name
    owner = before.group("owner")
    entry = gazetteer().index.get(tuple(norm(t) for t in TOKEN.findall(owner[:-2])))
    place = owner[:-2].split()[-1] in _LEX.en.region_words
    if not place and (entry is None or entry.kind == Kind.PERSON):
        return name
    return f"{owner} {name}"


# "the Widows and Missing Sailors Forum": capitalised words and "and" after "the", right
# before a body's name, are the first words of that one name.
_AND_BEFORE = re.compile(r"(?<![\w-])the\s+(?P<first>(?:[A-Z][\w-]*\s+){1,2})and\s+$")


def _joined_first(found: re.Match[str]) -> str:
    """The words before 'and' that open a body's name ('Widows and '), or ''; never a
    place, body or person of the gazetteer ("the Tarvia and Lorian Council" is two)."""
    before = _AND_BEFORE.search(found.string, max(0, found.start() - 60), found.start())
    if before is None:
        return ""
    words = before.group("first").split()
    index = gazetteer().index
    if any((norm(w),) in index for w in words):
        return ""
    return found.string[before.start("first") : found.start()]


def proper_body(found: re.Match[str]) -> bool:
    """Whether an ORG match names one body ("Azerigas Production Union", "Минобороны"),
    not a kind of body ("the ministry", "the Lakeland-based group": a hyphened descriptor
    names none)."""
    qualifiers = ARTICLE.sub("", found.group("mods")) + (found.group("tail") or "")
    return (
        any(w[:1].isupper() and not is_descriptor(w) for w in qualifiers.split())
        or found.group("org") in PROPER_HEADS
    )


def known_body(name: str) -> str:
    """The gazetteer's name of a body as written ("Armenian Foreign Ministry" → its entry;
    "Armenia's Foreign Ministry" too), so one body named two ways counts once."""
    key = tuple(norm(t) for t in TOKEN.findall(name))
    entry = gazetteer().index.get(key)
    if entry is None:
        entry = _owned_body(name)
    return entry.name if entry is not None and entry.kind == Kind.ORG else name


_OWNER_FIRST = re.compile(r"(?P<owner>[A-Z][\w-]+)['’]s\s+(?P<rest>[A-Z].*)")
# "Armenia" → "Armenian", "Azerbaijan" → "Azerbaijani", "Russia" → "Russian": the adjective
# of a place that adds a short ending to its name.
_ADJECTIVE_ENDING = 3


def _owned_body(name: str) -> Entry | None:
    """ "Armenia's Foreign Ministry": the entry the gazetteer has for the body under the
    place's adjective ("Armenian Foreign Ministry"), when exactly one adjective fits."""
    owned = _OWNER_FIRST.fullmatch(name)
    if owned is None:
        return None
    owner = owned.group("owner")
    rest = tuple(norm(t) for t in TOKEN.findall(owned.group("rest")))
    found = {
        entry.name: entry
        for first, entry in _bodies_by_rest().get(rest, ())
        if first.startswith(owner) and 0 < len(first) - len(owner) <= _ADJECTIVE_ENDING
    }
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _bodies_by_rest() -> dict[tuple[str, ...], list[tuple[str, Entry]]]:
    """The gazetteer's bodies by the words after their first (the first kept beside each),
    so that a possessive's body is looked up, not searched for, on every call."""
    bodies: dict[tuple[str, ...], list[tuple[str, Entry]]] = {}
    for key, entry in gazetteer().index.items():
        if entry.kind == Kind.ORG:
            bodies.setdefault(key[1:], []).append((key[0], entry))
    return bodies


_SERVICE_END = re.compile(rf"\s+{alternatives(_LEX.en.service_tails)}$")


def served(body: str) -> str:
    """The body a service speaks for ("X Ministry" of "X Ministry press service"), else itself:
    "the ministry" later points back to the owner, not to its press service."""
    return _SERVICE_END.sub("", body)


def same_kind(body: str, head: str) -> bool:
    """Whether "the ministry" may point back to a body: its head noun ends the name ("Foreign
    Ministry"), opens it before 'of'/'for' ("Ministry of Natural Resources") or, in Russian,
    before its owner ("Минобороны России")."""
    body, head = body.casefold(), head.casefold()
    if body.count(head) != 1:  # "Ministry of Energy and the Ministry of Finance": two
        return False
    return (
        body.endswith(head)
        # "Tarvian Embassy in Morvale": where a posted body is follows its head
        or re.search(rf"(?:^|\s){re.escape(head)}\s+(?:of|for|in)\s", body) is not None
        # "Минобороны России": a Russian body's head opens its name, its owner follows
        or (CYR.search(head) is not None and body.startswith(head + " "))
    )
