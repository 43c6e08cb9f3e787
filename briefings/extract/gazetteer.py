"""The region's known names (`data/gazetteer.yaml`) and how a word is matched against them.

Places and bodies are matched before people are guessed, so a country can never be a person
(a statistical NER model tagged "Azerbaijan" as a person nine times in the seeds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from briefings.extract.lexicon import lexicon


class Kind(StrEnum):
    """What a gazetteer entry or a mention names."""

    PERSON = "person"
    ORG = "organisation"
    PLACE = "place"


@dataclass(frozen=True)
class Entry:
    kind: Kind
    name: str
    partial: bool = False  # a surname alone: resolved against full names in the article
    endings: tuple[str, ...] = ()  # each alias word's Russian case ending, to reject false stems


@dataclass(frozen=True)
class Gazetteer:
    index: dict[tuple[str, ...], Entry]
    prefixes: frozenset[tuple[str, ...]]  # every proper prefix of a key, to stop scans early
    max_len: int
    given_names: frozenset[str]
    institution_words: frozenset[str]
    event_years: dict[str, int]
    initial_digraphs: frozenset[str] = frozenset()  # "Ya.", "Sh.": one initial, two letters
    # A known person's one-word alias as the gazetteer writes it, by its match key: the
    # nominative of a surname met in another case ("Ципраса" → "Ципрас").
    surnames: dict[str, str] = field(default_factory=dict)


TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
CYR = re.compile(r"[\u0400-\u04ff]")
# A word that starts with a capital letter (Latin, Cyrillic, Azerbaijani/Turkish letters).
# The capital comes first and the "not inside a word" test looks back from it: a pattern that
# opens with a character class lets the engine skip to candidate letters (twice as fast as
# opening with the look-behind; the same matches).
# An apostrophe inside a word joins it ("O’Neill", the Tongan "Tu’i’onetoa") unless it starts
# a possessive or a contraction ("Marape’s", "Don’t").
# A full stop joins the parts of one token ("B.Bold", "St.Petersburg", "Acme.com"), but
# not a word and a capitalised word after it: "Erdogan.The" is two sentences glued together
# by a page that lost the space after the stop.
_JOIN = r"(?:-|\.(?!(?<=[a-zа-яё]{2}\.)[A-ZА-ЯЁ][a-zа-яё]))"
CAP_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ŽƏİА-ЯЁ](?<![\w.-].)[^\W_]*"
    rf"(?:{_JOIN}[^\W_]+|['’](?!(?:[sSdtm]|ll|re|ve)\b)[^\W\d_]+)*"
)
NEXT_TOKEN = re.compile(rf"[ \t\u00a0]{{1,2}}([^\W_]+(?:{_JOIN}[^\W_]+)*)")
_RU_ENDINGS = tuple(sorted(lexicon().ru.case_endings, key=len, reverse=True))
_PARADIGM = lexicon().ru.paradigms


@lru_cache(maxsize=65536)
def norm(token: str) -> str:
    """Match key of a token: Russian words lose their case ending, others stay as written."""
    if not CYR.search(token):
        return token
    for ending in _RU_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


def _alias_tokens(alias: str) -> list[str]:
    tokens = TOKEN.findall(alias)
    if tokens and tokens[0].casefold() == "the":
        tokens = tokens[1:]
    return tokens


def _ending(token: str) -> str:
    return token[len(norm(token)) :]


# Russian spelling: after these letters an "-а" noun's genitive is "-и" ("Африка" →
# "Африки"), after any other consonant "-ы" ("Гана" → "Ганы").
_I_AFTER = frozenset("гкхжшчщ")


def compatible(alias_endings: tuple[str, ...], surface: list[str]) -> bool:
    """Whether the words as written can be case forms of the alias ('Армена' is not 'Армения',
    and 'Гани' of "Абдель Гани" is no form of 'Гана', whose genitive is 'Ганы')."""
    for alias_end, token in zip(alias_endings, surface, strict=False):
        allowed = _PARADIGM.get(alias_end)
        if allowed is None or not CYR.search(token):
            continue
        ending = _ending(token)
        if ending not in allowed:
            return False
        if alias_end == "а" and ending in ("и", "ы"):
            stem = norm(token)
            if (stem[-1:].lower() in _I_AFTER) != (ending == "и"):
                return False
    return True


def _genitives(aliases: list[str]) -> list[str]:
    """'Китая', 'Дубая': the genitive of a one-word place in '-й' reads to the stemmer as
    an adjective's '-ая' and loses a letter more than its nominative; it is indexed as
    written."""
    return [a[:-1] + "я" for a in aliases if CYR.search(a) and a.endswith("й") and " " not in a]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, parsed once per process."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("briefings").joinpath("data/gazetteer.yaml").read_text("utf-8")
    )
    index: dict[tuple[str, ...], Entry] = {}
    surnames: dict[str, str] = {}
    sections = (("places", Kind.PLACE), ("organisations", Kind.ORG), ("people", Kind.PERSON))
    for section, kind in sections:
        for item in raw.get(section) or []:
            name = str(item["name"])
            aliases = [name, *(str(a) for a in item.get("aliases") or [])]
            for alias in aliases + (_genitives(aliases) if kind == Kind.PLACE else []):
                tokens = _alias_tokens(alias)
                key = tuple(norm(t) for t in tokens)
                if not key:
                    continue
                endings = tuple(_ending(t) for t in tokens)
                if not any(e in _PARADIGM for e in endings):
                    endings = ()  # nothing to check: keeps the scan's hot path short
                if key in index:
                    if index[key].endings != endings:  # several inflections: accept any
                        index[key] = replace(index[key], endings=())
                    continue
                partial = kind == Kind.PERSON and len(key) == 1
                if partial:
                    surnames.setdefault(key[0], tokens[0])
                index[key] = Entry(kind, name, partial, endings)
    events = {str(e["name"]): int(e["year"]) for e in raw.get("events") or []}
    given = frozenset(str(n) for n in raw.get("given_names") or [])
    prefixes = frozenset(k[:n] for k in index for n in range(1, len(k)))
    institutions = frozenset(str(w) for w in raw.get("institution_words") or [])
    digraphs = frozenset(str(d) for d in raw.get("initial_digraphs") or [])
    return Gazetteer(
        index, prefixes, max(len(k) for k in index), given, institutions, events, digraphs, surnames
    )
