"""A double surname written apart: 'Minister Vela – Orsz said' or '— добавил Вела Орш' where
the article elsewhere names 'Vela-Orsz' / 'Вела-Орш' is that one person, not a second one
called 'Vela' or 'Вела Орш'. Only a person the article names with the hyphen is meant."""

from __future__ import annotations

import re

from briefings.extract.people import People
from briefings.models import Quote, SpeakerKind

_APART = re.compile(r"\s*[-–—]\s*|\s+")


def _words(name: str) -> list[str]:
    return [w for w in _APART.split(name.casefold()) if w]


def joined_name(name: str, people: list[str], text: str) -> str:
    """The one hyphenated name of `people` that `name` writes apart (its words with the
    hyphen lost) or cuts short at a spaced dash (`text` shows 'Vela – Orsz' after it); with
    several such people, the double surname they share; else `name` as it is."""
    words = _words(name)
    if not words:
        return name
    found: dict[str, str] = {}  # full name → its double surname
    for other in people:
        surname = other.split()[-1]
        if other.casefold() == name.casefold() or surname.count("-") != 1:
            continue
        full = _words(other)
        if len(full) >= len(words) and full[-len(words) :] == words:
            found[other] = surname
            continue
        first, second = surname.split("-")
        apart = rf"(?<!\w){re.escape(first)}\s+[–—-]\s+{re.escape(second)}(?!\w)"
        if full[-len(words) - 1 : -1] == words and re.search(apart, text):
            found[other] = surname
    if len(found) == 1:
        return next(iter(found))
    surnames = set(found.values())
    return surnames.pop() if len(surnames) == 1 else name


def joined_speakers(quotes: list[Quote], people: People, paragraphs: list[str]) -> list[Quote]:
    """The quotes with each person speaker's double surname as the article writes it joined."""
    names, text = [p.name for p in people.people], "\n".join(paragraphs)
    out = []
    for quote in quotes:
        if quote.speaker is not None and quote.speaker_kind == SpeakerKind.PERSON:
            name = joined_name(quote.speaker, names, text)
            if name != quote.speaker:
                quote = quote.model_copy(update={"speaker": name})
        out.append(quote)
    return out
