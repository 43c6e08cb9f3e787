"""Who speaks a quote, a person or a body; and the rule every way of finding one keeps: a
name that is the object of a preposition ("with Foreign Minister X", "с главой МИД Y") is
never the speaker."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefings.extract.gazetteer import CYR, TOKEN, Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import is_given, title_like
from briefings.extract.patterns import HONORIFIC, ROLE_BEFORE
from briefings.extract.russian import last_role, nominative_name
from briefings.models import SpeakerKind

if TYPE_CHECKING:
    from briefings.extract.people import People

_LEX = lexicon()
_PREPOSITIONS = frozenset(w.casefold() for w in _LEX.both("prepositions"))
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")
# "of Renamo's ": a preposition, then an owner's name in the possessive, right before.
_OWNER_AFTER_PREPOSITION = re.compile(
    r"(?<![\w-])([^\W\d_]+)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s*,?\s*$"
)
# "Association of Nepal president X", "Bank of Ruritania governor X": an "of" between two
# capitalised words, then a lowercase office right before the name, is inside a body's name.
_NAME_INSIDE_OF = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]*\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$"
)
# "U.S. ", "U.N. ": a country or body in dotted capitals right before a role.
_DOTTED_OWNER = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\s*$")
# Adjectives a role's own pattern leaves out ("Ukrainian presidential" before "adviser").
_ADJECTIVES = re.compile(
    rf"(?:(?<![\w-])[A-Za-z][a-z-]+{alternatives(_LEX.en.role_adjective_endings)}\s+)"
    r"{1,3}$"
)


# Words no person's name holds; ranks and honorifics that may stand before one.
_NOT_NAME = frozenset(
    norm(w).casefold() for w in (*_LEX.both("not_name_words"), *_LEX.ru.institution_words)
)
_REGNAL = frozenset(_LEX.en.regnal_titles)
_NAME_PREFIXES = frozenset(w.casefold() for w in _LEX.both("name_prefixes"))
_GROUP = frozenset(norm(w).casefold() for w in _LEX.both("group_words"))
_RANKS = frozenset(
    w.casefold() for w in (*_LEX.en.honorific_words, *_LEX.en.honorific_abbreviations)
)


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON


def _place(word: str) -> bool:
    """Whether a Russian word is a place in an oblique case ('России'; 'Египта' of 'Египет',
    the fleeting vowel the case endings alone do not restore). A place in the nominative or in
    Latin letters may be a given name ('Israel Katz')."""
    stem = norm(word)
    if stem == word or (word.endswith("ь") and stem == word[:-1]):
        return False  # "Гань" of "Гань Юй": a soft sign dropped is no case ending
    keys = [stem]
    if CYR.search(word) and len(stem) > 3:
        keys.append(f"{stem[:-1]}е{stem[-1]}")
    entries = (gazetteer().index.get((key,)) for key in keys)
    return any(entry is not None and entry.kind == Kind.PLACE for entry in entries)


def _rank(word: str) -> bool:
    """'Brigadier-General', 'Lt.': each part a rank or an honorific."""
    return all(part.casefold() in _RANKS for part in word.rstrip(".").split("-"))


def _title_before_given(words: list[str]) -> bool:
    """'Head Brewer X Y' read as 'Brewer X Y': a word shaped like an office that is no first
    name, before a known first name and a surname, ends the title ('Walter X Y' stays)."""
    return len(words) >= 3 and title_like(words[0]) and is_given(words[1])


def group_name(name: str) -> bool:
    """Whether a found "person" opens with a quantifier ("Two Rohingya", "Many Rohingyas"):
    many people, whom neither a quote nor a "he" can belong to."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return norm(first).casefold() in _GROUP


def person_name(name: str) -> str | None:
    """The speaker a found person's name stands for. The name finder may run a rank, a place
    or the end of a firm's name into the front of a name ('Brigadier-General X Y', 'министр
    … Египта X Y', '… Company Limited X Y'): the person is the full name after them. A
    "person" holding a word of a firm or a ministry ('Czech Industry') is no speaker, and
    neither is one that is nothing but such words."""
    if group_name(name):
        return None
    words = name.split()
    start = 0
    while start < len(words) - 1 and (
        _rank(words[start])
        or _place(words[start])
        or norm(words[start]).casefold() in _NOT_NAME
        or _title_before_given(words[start:])
    ):
        start += 1
    rest = words[start:]
    if any(norm(w).casefold() in _NOT_NAME for w in rest):
        return None
    if len(words) == 2 and title_like(words[0]) and is_given(words[1]):
        return words[1]  # "Volunteer Sonja said": an occupation before a given name
    if start == 0 or (len(words) == 2 and words[0] in _REGNAL):
        return name  # "Prince Edmund", "Sheikh Hamad": a royal known by title and one name
    return " ".join(rest) if len(rest) >= 2 else None


_BARE_ABBREVIATION = re.compile(r"[^\W\daeiouyаеёиоуыэюя]{1,2}\.?", re.I)


def person_speaker(speaker: Speaker | None) -> Speaker | None:
    """`person_name` applied to a person speaking; a body is left as it is. A lone word of
    at most two letters and no vowel ('Br', 'Fr') is a title's abbreviation the lexicon does
    not know, cut from the name it stood before: nobody to credit."""
    if speaker is None or speaker.kind != SpeakerKind.PERSON:
        return speaker
    if _BARE_ABBREVIATION.fullmatch(speaker.name):
        return None
    name = person_name(speaker.name)
    return None if name is None else Speaker(name, speaker.kind)


# "X told AFP", "Y told Coast Radio. “…”": a name right after one of these verbs heard the
# words (the addressee); it never spoke them. A stray "to" ("told to AFP") changes nothing.
TOLD = re.compile(
    rf"(?<!\w){alternatives(_LEX.both('addressee_verbs'))}\s+(?:to\s+)?(?:the\s+)?$", re.I
)


# "Embalo, addressing Badiate, said": the name right after these is the verb's object; before
# a role, one more word may qualify it ("addressing rebel commander X").
_OBJECT_VERB = re.compile(rf"(?<!\w){alternatives(_LEX.both('object_verbs'))}\s+(?:the\s+)?$", re.I)
_OBJECT_VERB_ROLE = re.compile(
    rf"(?<!\w){alternatives(_LEX.both('object_verbs'))}\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I
)
_TRAILING_WORD = re.compile(r"(?<![\w-])([\w.-]+)\s+$")
_MET = re.compile(rf"(?<!\w){alternatives(_LEX.both('meeting_verbs'))}\s+(?:the\s+)?$", re.I)


# "— заявил президенту Норвалии Тимуру X генеральный директор Y": after a speech verb, an
# office in the dative (and whose it is) names the listener; the name after it, in the
# dative too, is not who spoke.
_DATIVE_OFFICE_AFTER_VERB = re.compile(
    rf"(?<![\w-]){alternatives(_LEX.ru.speech_verbs)}\s+(?:[а-яё-]+(?:ому|ему)\s+)?"
    r"[а-яё-]+(?:у|ю|е)(?:\s+[А-ЯЁ][\w-]*){0,3}\s+$"
)
# "— сказал китайский лидер сербскому президенту X": the speaker described, then the listener's
# office in the dative, its adjective showing the case.
_DATIVE_OFFICE_LATER = re.compile(
    rf"(?<![\w-]){alternatives(_LEX.ru.speech_verbs)}\s+(?:[а-яё-]+\s+){{1,3}}"
    r"[а-яё-]+(?:ому|ему)\s+[а-яё-]+(?:у|ю|е)(?:\s+[А-ЯЁ][\w-]*){0,3}\s+$"
)
_DATIVE_NAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:у|ю)(?![\w-])")
_VERB_BEFORE = re.compile(rf"(?<![\w-]){alternatives(_LEX.ru.speech_verbs)}\s+$")
_DATIVE_WORD = re.compile(r"[а-яё-]+(?:у|ю|е|ам|ям)(?![\w-])")


def told_office(text: str, start: int) -> bool:
    """Whether the office at `start` is in the dative right after a Russian speech verb
    ("— заявил президенту X …"): it names the listener, not who spoke."""
    return (
        _DATIVE_WORD.match(text, start) is not None
        and _VERB_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def told_to(text: str, start: int) -> bool:
    """Whether the name at `start` is whom the words were told to ("told AFP") or the object
    of a verb that takes a person ("addressing X"): either way not who spoke."""
    if TOLD.search(text, max(0, start - 16), start) is not None:
        return True
    if _DATIVE_NAME.match(text, start) is not None and (
        _DATIVE_OFFICE_AFTER_VERB.search(text, max(0, start - 90), start) is not None
        or _DATIVE_OFFICE_LATER.search(text, max(0, start - 120), start) is not None
    ):
        return True
    before = text[max(0, start - 120) : start]
    rank = _TRAILING_WORD.search(before)
    while rank is not None and _rank(rank.group(1)):  # "thanking Colonel X"
        before = before[: rank.start()]
        rank = _TRAILING_WORD.search(before)
    role = ROLE_BEFORE.search(before) or last_role(before)
    if role is not None:  # "addressing rebel commander X"
        before = before[: role.start("role")]
        adjectives = _ADJECTIVES.search(before)
        if adjectives is not None:
            before = before[: adjectives.start()]
        return _OBJECT_VERB_ROLE.search(before[-40:]) is not None
    return _OBJECT_VERB.search(before[-30:]) is not None


def met(text: str, start: int) -> bool:
    """Whether the name at `start` (or its role) is right after a verb of meeting ("met
    President X", "met X"): the one met, not a subject."""
    before = text[max(0, start - 80) : start]
    role = ROLE_BEFORE.search(before) or last_role(before)
    if role is not None:
        before = before[: role.start("role")]
    return _MET.search(before[-30:]) is not None


# "X and ", "Ивана Y и ": a name joined to the one after it.
_JOINED_TO = re.compile(
    r"(?P<name>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,3})\s+(?:and|и)\s+$"
)


def after_preposition(text: str, start: int, lo: int = 0) -> bool:
    """Whether a name at `start` (or the role phrase before it) follows a preposition after
    `lo`."""
    before = text[max(lo, start - 120) : start]
    title = HONORIFIC.search(before)
    while title is not None and title.start() > 0:  # "with Mr X": the title stands between
        before = before[: title.start()]
        title = HONORIFIC.search(before)
    nearest = _LAST_WORD.search(before)
    if nearest is not None and nearest.group(1).casefold() in _PREPOSITIONS:
        return True  # "на встрече с Иваном Y", though a role reads "министр на встрече с"
    joined = _JOINED_TO.search(before)
    if joined is not None:  # "signed by X and Y": Y is the preposition's object as X is
        return after_preposition(text, max(lo, start - 120) + joined.start("name"), lo)
    role = ROLE_BEFORE.search(before) or last_role(before)
    if role is not None:
        before = before[: role.start("role")]
        adjectives = _ADJECTIVES.search(before)
        if adjectives is not None:
            before = before[: adjectives.start()]
        before = _DOTTED_OWNER.sub("", before)  # "to U.S. President X": "to" governs X
    word = _LAST_WORD.search(before)
    owner = _OWNER_AFTER_PREPOSITION.search(before)
    if owner is not None and owner.group(1).casefold() in _PREPOSITIONS:
        return True  # "the heir of the movement's founding leader, X", "with Norway's minister X"
    if (
        word is not None
        and word.group(1) == "of"
        and _NAME_INSIDE_OF.search(text, max(lo, start - 120), start)
    ):
        return False  # "Association of Nepal president X said": the "of" is inside a name
    return word is not None and word.group(1).casefold() in _PREPOSITIONS


def shared_word(a: str, b: str) -> bool:
    """Whether two phrases share a word of five letters or more."""
    return bool({w.casefold() for w in a.split() if len(w) > 4} & {w.casefold() for w in b.split()})


_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")


@cache
def _alias_words() -> dict[str, frozenset[str]]:
    """The words of each known person's names in the gazetteer, by the name it gives."""
    words: dict[str, set[str]] = {}
    for key, entry in gazetteer().index.items():
        if entry.kind == Kind.PERSON:
            words.setdefault(entry.name, set()).update(k.casefold() for k in key)
    return {name: frozenset(w) for name, w in words.items()}


def name_words(name: str) -> set[str]:
    """The words one may call a person by alone: each word of the name and, of a hyphened
    one, each half of three letters or more ('Rumaihi' of 'Al-Rumaihi', 'Benitez' of
    'Arroyo-Benitez'); a word with an apostrophe whole ("Tuu'u") as well as in parts; and,
    for a person the gazetteer knows, each word of its names in other scripts ('Кошта' of
    'António Costa', who is 'Антониу Кошта' in Russian)."""
    words = {norm(t).casefold() for t in TOKEN.findall(name)} | _alias_words().get(name, set())
    words |= {norm(t).casefold() for t in _APOSTROPHE_WORD.findall(name)}  # "Tuu'u"
    tokens = [norm(t).casefold() for t in TOKEN.findall(name)]
    words |= {  # "Al-Aufi" of "Salim Al Aufi": a prefix written joined
        f"{a}-{b}" for a, b in itertools.pairwise(tokens) if a in _NAME_PREFIXES
    }
    return words | {half for w in words if "-" in w for half in w.split("-") if len(half) > 2}


def oblique(surface: str, name: str) -> bool:
    """Whether a Russian mention is in an oblique case: not the nominative the name finder
    stores ('Варгина' of 'Олег Варгин'), or, for a name kept in Latin, not its own
    nominative ('Путина')."""
    if CYR.search(name):
        canonical = {t.casefold() for t in name.split()}
        return not all(t.casefold() in canonical for t in surface.split())
    return nominative_name(surface) != surface


def oblique_only(text: str, people: People, p: int, lo: int, hi: int) -> bool:
    """Whether people are named in `text[lo:hi]` (paragraph `p`), each in a Russian oblique
    case ('фотография премьера X'): none of them is the clause's subject."""
    inside = [m for m in people.by_para.get(p, ()) if lo <= m.start < hi]
    return bool(inside) and all(
        CYR.search(text[m.start : m.end])
        and oblique(text[m.start : m.end], people.by_mention[id(m)])
        for m in inside
    )


def _loose(phrase: str) -> str:
    """An object speech verb's words, up to four words apart ("called in a statement on")."""
    return r"\s+(?:[^\s.,;:!?\"“”«»]+\s+){0,4}?".join(re.escape(w) for w in phrase.split())


# "X called on all parties “to …”", "X, commending Y on “…”": speech addressed to someone;
# the names after the verb are whom the words were for.
_ADDRESSED = sorted(_LEX.en.object_speech_verbs, key=len, reverse=True)
OBJECT_SPEECH = re.compile(rf"(?<!\w)(?:{'|'.join(_loose(p) for p in _ADDRESSED)})\b")
# "X said Y and Z were “…”": a copula right before the quote; the names before it are whom
# the words describe.
COPULA_BEFORE = re.compile(rf"^\s*{alternatives(_LEX.en.copulas)}(?:\s+[a-z]+ly)?\s*$")
