"""Which capitalised words can be a word of a person's name: not a role word, a function
word or a body's word; a known given name; a title-shaped word; two words side by side.

Apart from `names` (where a name sits in a run, which runs are no names) because these are
single-word tests every name finder asks (`mentions`, `neighbours`, `initials`,
`run_words`), while `names` reads whole runs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from briefings.extract.gazetteer import CYR, gazetteer, norm
from briefings.extract.lexicon import lexicon
from briefings.extract.patterns import ROLE_WORD, STOP_CAPITALS
from briefings.extract.russian import nominative_name

# "Ruritania-based Acme", "Lakeland-born X": a hyphened descriptor is no word of a name.
_DESCRIPTOR = re.compile(
    r"-(?:" + "|".join(map(re.escape, lexicon().en.descriptor_suffixes)) + r")$"
)
_OFFICE_SUFFIX = re.compile(
    r"-(?:" + "|".join(map(re.escape, lexicon().en.office_suffixes)) + r")$", re.IGNORECASE
)


def is_descriptor(token: str) -> bool:
    """'Geneva-based', 'state-owned': a hyphened word that describes, never names."""
    return _DESCRIPTOR.search(token) is not None


@lru_cache(maxsize=4096)
def is_role_word(token: str) -> bool:
    """'Economist', 'Analyst': a capitalised occupation opening a sentence is not a name;
    nor is an office to come ('President-elect'), nor offices held by several ('Foreign
    Ministers X of A and Y of B')."""
    word = _OFFICE_SUFFIX.sub("", token)
    if ROLE_WORD.fullmatch(word) is not None:
        return True
    return _PLURAL.search(word) is not None and ROLE_WORD.fullmatch(word[:-1]) is not None


# An English plural of an office word of four letters or more ("Ministers", "Envoys").
_PLURAL = re.compile(r"^[A-Z][a-z]{3,}s$")


PARTICLES = frozenset(lexicon().both("name_particles"))
# "Azlan bin Tun Rahmat": a Malay patronym may carry the father's honorific after "bin".
_PATRONYM_HONORIFICS = frozenset(lexicon().en.patronym_honorifics)
_PARTICLE_GAP = re.compile(
    rf"^\s(?:(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})\s){{1,2}}"
    rf"(?:(?:{'|'.join(sorted(_PATRONYM_HONORIFICS, key=len, reverse=True))})\s){{0,2}}$"
)
# Capitalised words that read as an office, not a first name ("Negotiator", "Champion").
# Not "-ing": a gerund opens a slogan ("Providing Safe Ground"), it is no office.
_TITLE_SUFFIXES = ("er", "or", "ion", "ist", "ant", "ent", "ive", "man", "ary", "ies")
LATIN = re.compile(r"[A-Za-z]")
RU_INSTITUTIONS = frozenset(norm(w) for w in lexicon().ru.institution_words)


def hyphened_rank(token: str) -> bool:
    """'Brigadier-General', 'Vice-Admiral': a rank or form of address, however hyphened."""
    return "-" in token and all(part in STOP_CAPITALS for part in token.split("-"))


# Function words of either language ("Также", "Затем", "Although"), capitalised only when
# they open a sentence: never a word of a name. Two-letter ones stay out ("To Lam", "Le").
_FUNCTION_WORDS = frozenset(
    w
    for field in (
        "conjunctions",
        "prepositions",
        "attribution_adverbs",
        "reported_clause_openers",
        "citing_words",  # "Citing X Y, the agency said": the participle opens no name
    )
    for w in lexicon().both(field)
    if len(w) > 2 and w.isalpha()
) | frozenset(w for w in lexicon().en.function_words if len(w) > 2)
_SHORT_NON_NAMES = frozenset(lexicon().both("short_non_names"))
# A firm's legal form ("… Harbour Ports GmbH, Frank X") ends a body's name, never a person's.
_LEGAL_FORMS = frozenset(lexicon().en.legal_forms)
# Quantifiers of either language ("Many", "Двое", "Несколько") open a group of people, never
# a name: the speaker stage need not ask again whether a "person" opens with one.
_GROUP_WORDS = frozenset(norm(w).casefold() for w in lexicon().both("group_words"))


@lru_cache(maxsize=16384)
def is_function_word(word: str) -> bool:
    """A conjunction, preposition or other function word of either language, any case."""
    return word.casefold() in _FUNCTION_WORDS


# A ministry's short name ("Минэнерго", "Минфина"), in any case: a body, never a name.
_BODY_ABBREVIATION = re.compile(
    rf"(?:{'|'.join(map(re.escape, lexicon().ru.body_abbreviations))})(?:а|у|ом|е)?"
)


@lru_cache(maxsize=16384)
def is_name_token(token: str) -> bool:
    """Whether a capitalised word may be part of a person's name (not a function word, a
    body, an acronym...). Memoised: a scan asks it of every capital, the same words again
    and again, and the answer rests only on the word and the (fixed) word lists."""
    if len(token) < 2 or not token[0].isupper() or token in STOP_CAPITALS:
        return False
    if token.casefold() in _FUNCTION_WORDS or token.casefold() in _SHORT_NON_NAMES:
        return False
    if norm(token).casefold() in _GROUP_WORDS or token in _LEGAL_FORMS:
        return False
    if hyphened_rank(token) or _DESCRIPTOR.search(token) is not None:
        return False
    if token in gazetteer().institution_words or norm(token) in RU_INSTITUTIONS:
        return False
    if _BODY_ABBREVIATION.fullmatch(token) is not None:
        return False  # "представитель Минэнерго X Y": the ministry, not a first name
    if token.isupper():  # acronyms are bodies, not people
        return False
    if token[1].isupper() and token[1].isalpha():
        return False  # an acronym with a case ending ("МИДа", "ООНом") is a body too
    if len(token) > 2 and token[-1].isupper() and token[-2].islower():
        return False  # "NausÄ" of a garbled "Nausėda": a word the scrape cut, no name
    if CYR.search(token) and LATIN.search(token):
        return False  # "Telegram-каналу": a word of two scripts is no name
    return all(ch.isalpha() or ch in "-'’" for ch in token)


def adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return len(gap) <= 2 and (gap == "" or gap.isspace())


def alone(text: str, caps: list[re.Match[str]]) -> list[bool]:
    """For each capitalised word of `text`, whether no other capitalised word touches it
    (each pair's adjacency read once: both of its words need it)."""
    joins = [adjacent(text, left, right) for left, right in pairwise(caps)]
    return [
        not (k and joins[k - 1]) and not (k < len(joins) and joins[k]) for k in range(len(caps))
    ]


def joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Next words of one name: adjacent, or apart by particles ('van der', 'bin')."""
    if adjacent(text, left, right):
        return True
    gap = text[left.end() : right.start()]
    return len(gap) < 20 and _PARTICLE_GAP.match(gap) is not None


_PATRONYM_PARTS = frozenset(w for h in _PATRONYM_HONORIFICS for w in h.split())


def patronym_after(text: str, caps: list[re.Match[str]], j: int) -> int | None:
    """Index of the name word after 'bin Tun' / 'binti Tan Sri' that continues caps[j]."""
    k = j + 1
    while k < len(caps) and k - j <= 3 and caps[k].group() in _PATRONYM_PARTS:
        k += 1
    if k == j + 1 or k >= len(caps) or not is_name_token(caps[k].group()):
        return None
    return k if joined(text, caps[j], caps[k]) else None


def _unaccented(token: str) -> str:
    """A Latin word without its accents ('Wálter' → 'Walter'); Cyrillic stays as written,
    where 'й' and 'ё' are letters of their own."""
    if CYR.search(token):
        return token
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=1)
def _unaccented_given() -> frozenset[str]:
    return frozenset(_unaccented(n) for n in gazetteer().given_names)


@lru_cache(maxsize=16384)
def is_given(token: str) -> bool:
    """A known first name, in any case form and with or without its accents: a page may
    write 'Wálter' or 'Arsene' for the gazetteer's 'Walter' and 'Arsène'."""
    given = gazetteer().given_names
    return (
        token in given
        or nominative_name(token) in given
        or _unaccented(token) in _unaccented_given()
    )


@lru_cache(maxsize=16384)
def title_like(token: str) -> bool:
    """An office's word, or a word shaped like one ("Negotiator"); a four-letter word that
    only ends like one ("Noor", "Amer") has no stem for the suffix and is a name."""
    return not is_given(token) and (
        is_role_word(token)
        or (len(token) > _SHORTEST_SHAPED and token.casefold().endswith(_TITLE_SUFFIXES))
    )


_SHORTEST_SHAPED = 4


# 'Philip “Brave” X', "Jo 'Red' Y": a nickname in quotation marks between a first name and a
# surname belongs to neither; the scan reads the name without it (and maps places back).
_NICKNAME = re.compile(r"\b([A-Z][a-z]+) ([“\"'‘][A-Z][a-z]+[”\"'’] )(?=[A-Z][a-z])")


def _nicknames(text: str) -> list[tuple[int, int]]:
    """Where each nickname stands after a known first name (start, end in `text`)."""
    return [m.span(2) for m in _NICKNAME.finditer(text) if is_given(m.group(1))]


def without_nicknames(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without nicknames, and where each cut is in it (position, length)."""
    spans = _nicknames(text)
    cuts: list[tuple[int, int]] = []
    for start, end in spans:
        cuts.append((start - sum(n for _, n in cuts), end - start))
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text, cuts


def restored(cuts: list[tuple[int, int]], pos: int, *, end: bool = False) -> int:
    """Where `pos` of the text without nicknames stands in the text as written."""
    return pos + sum(n for at, n in cuts if at < pos or (at == pos and not end))


_REGNAL = re.compile(rf"(?<![\w-])(?P<title>{'|'.join(lexicon().en.regnal_titles)})\s+$")


def regnal_title_before(text: str, start: int) -> str | None:
    """The title right before `start` that names a person with one name ('King', 'Pope')."""
    found = _REGNAL.search(text, max(0, start - 20), start)
    return found.group("title") if found is not None else None
