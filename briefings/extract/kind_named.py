"""A speaker taken for a person whom the article names right after a kind of body ("the
group Soil & Sea Watch", "the state power provider Harbor Light"): a body, not a person, and
named in full there (the name finder cuts a body's name at its "&"). A kind of body is no
one's title, so the words after it name the body itself."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from briefings.extract.body_marks import body_kinds, marked_as_body
from briefings.models import Quote, SpeakerKind

__all__ = ["bodies_by_kind"]

_CAPITAL = r"[A-ZÀ-ÖØ-Þ]"
_WORD = rf"{_CAPITAL}[\w.'’-]*"
# "Food & Water Watch", "Electricité du Liban", "Friends of the Earth": capitalised words,
# an "&" or a particle between them.
_NAME = rf"{_WORD}(?:[^\S\n]+(?:&[^\S\n]+|(?:of|the|du|de|des|la|le|for)[^\S\n]+)*{_WORD}){{0,5}}"


@cache
def _named_after_kind() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he|an?|An?)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{body_kinds()})"
        rf"[^\S\n]+(?P<name>{_NAME})"
    )


def _full_name(speaker: str, named: str) -> bool:
    """`named` is the speaker's name, or ends with it after an "&" the name finder cut."""
    return named == speaker or (
        named.endswith(" " + speaker) and named[: -len(speaker)].rstrip().endswith("&")
    )


def bodies_by_kind(quotes: Iterable[Quote], paragraphs: list[str]) -> list[Quote]:
    """The quotes, a speaker the article names after a kind of body made that body, by the
    name written there."""
    out: list[Quote] = []
    bodies: dict[tuple[str, bool], str | None] = {}
    for quote in quotes:
        name = quote.speaker
        person = quote.speaker_kind == SpeakerKind.PERSON
        if name is None:
            out.append(quote)
            continue
        if (name, person) not in bodies:
            found = {
                m.group("name")
                for text in paragraphs
                for m in _named_after_kind().finditer(text)
                if _full_name(name, m.group("name")) and (person or m.group("name") != name)
            }
            bodies[name, person] = found.pop() if len(found) == 1 else None
        body = bodies[name, person]
        if body is None and person and marked_as_body(paragraphs, name, it=False):
            body = name  # "Dunmore Grid, which runs …": a body the name finder took for a person
        if body is None:
            out.append(quote)
        else:
            update = {"speaker": body, "speaker_kind": SpeakerKind.ORGANISATION}
            out.append(quote.model_copy(update=update))
    return out
