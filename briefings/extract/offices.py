"""Offices in attributions: which office a phrase names ("the Azerbaijani FM" → foreign
minister), whose it is ("Azerbaijani"), and whether a person's role holds it."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.gazetteer import CYR, TOKEN, Kind, gazetteer, norm
from briefings.extract.lexicon import lexicon, phrase_pattern
from briefings.extract.patterns import ROLE_HEAD, RU_ROLE_HEAD

_LEX = lexicon()
_TITLE = re.compile(rf"(?<![\w-])(?:(?i:{ROLE_HEAD})|{RU_ROLE_HEAD})(?![\w-])")
_SYNONYM_PHRASES = [s for group in _LEX.both("title_synonyms") for s in group[1:]]
# All-capital synonyms ("FM", "PM") match only as written: "5 pm" is a time.
_SYNONYM = re.compile(
    "|".join(
        rf"(?<![\w-]){phrase_pattern(s) if s.isupper() else '(?i:' + phrase_pattern(s) + ')'}"
        rf"(?![\w-])"
        for s in sorted(_SYNONYM_PHRASES, key=len, reverse=True)
    )
)

# Offices that a bare "the minister" does not name.
_OTHER_OFFICE = ("prime", "deputy", "vice", "премьер", "вице", "зам")
_RU_ADJECTIVE = re.compile(r"[а-яё]+[сц]к(?:ого|ому|им|ой|ий|ая|ую|ом|ие|их|ое)", re.I)
_ADJECTIVE_PLACES = tuple(
    (adjective.casefold(), place)
    for adjective, place in (*_LEX.en.adjective_places.items(), *_LEX.ru.adjective_places.items())
)


def _key(title: str) -> str:
    """Comparable form of an office: casefolded, Russian case endings and nationality
    adjectives off ('глава азербайджанского МИД' → 'глав мид'), synonyms merged."""
    words = " ".join(
        norm(w).casefold() for w in TOKEN.findall(title) if not _RU_ADJECTIVE.fullmatch(w)
    )
    return _SYNONYMS.get(words, words)


_SYNONYMS = {
    " ".join(norm(w).casefold() for w in TOKEN.findall(s.replace("*", ""))): " ".join(
        norm(w).casefold() for w in TOKEN.findall(group[0].replace("*", ""))
    )
    for group in _LEX.both("title_synonyms")
    for s in group
}


def office(text: str) -> tuple[str, re.Match[str]] | None:
    """The first office named in a text ('the Azerbaijani FM' → 'foreign minister')."""
    # "глава турецкого государства" is "глава государства": blank the adjective out, in place.
    text = _RU_ADJECTIVE.sub(lambda m: " " * len(m.group()), text)
    found = [m for m in (_TITLE.search(text), _SYNONYM.search(text)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: (m.start(), -len(m.group())))
    return _key(first.group()), first


def is_title(name: str) -> bool:
    """Whether a "name" is only an office ('Premier' read off 'Vice Premier'): no person."""
    found = office(name)
    return found is not None and found[1].group() == name.strip()


def qualifiers(text: str) -> set[str]:
    """Whose office it is, as word stems: 'Azerbaijani', 'азербайджанского', 'Азербайджана'."""
    found = office(text)
    if found is not None:  # the office's own words are not whose it is; its adjective is
        start, end = found[1].span()
        adjectives = " ".join(_RU_ADJECTIVE.findall(text[start:end]))
        text = f"{text[:start]} {adjectives} {text[end:]}"
    # Three letters: "армянского" and "Армении", "Turkish" and "Turkey" share no more.
    words = TOKEN.findall(text)
    stems = {
        w.casefold()[:3]
        for w in words
        if len(w) >= 4 and (w[:1].isupper() or _RU_ADJECTIVE.fullmatch(w))
    }
    for w in words:
        if len(w) < 4 and w.isupper():  # "РФ" is "Россия", and so "российского"
            # A body's acronym ("представитель ЕС") is whose office it is, as itself.
            stems |= _place_stems().get((norm(w),), frozenset({w.casefold()}))
        place = next((p for a, p in _ADJECTIVE_PLACES if w.casefold().startswith(a)), None)
        if place is not None:  # "американский" is of "США"
            stems |= qualifiers(place)
    return stems


@lru_cache(maxsize=1)
def _place_stems() -> dict[tuple[str, ...], frozenset[str]]:
    """For each short capital alias of a place ("РФ", "US"), the stems of all its names."""
    index = gazetteer().index
    names: dict[str, set[str]] = {}
    for key, entry in index.items():
        if entry.kind == Kind.PLACE and len(key[0]) >= 4:
            names.setdefault(entry.name, set()).add(key[0].casefold()[:3])
    return {
        key: frozenset(names.get(entry.name, ()))
        for key, entry in index.items()
        if entry.kind == Kind.PLACE and len(key) == 1 and len(key[0]) < 4
    }


def holds(person_office: str, title: str) -> bool:
    if person_office == title:
        return True
    if person_office.startswith(_OTHER_OFFICE):
        return False
    # The head noun is last in English ("foreign minister"), first in Russian ("министр
    # иностранных дел"); "помощник президента" is no president.
    if CYR.search(title):
        return person_office.startswith(title + " ")
    return person_office.endswith(" " + title)
