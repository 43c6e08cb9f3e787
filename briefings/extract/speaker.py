"""Who speaks a quote, a person or a body; and the rule every way of finding one keeps: a
name that is the object of a preposition ("with Foreign Minister X", "с главой МИД Y") is
never the speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import ROLE_BEFORE
from briefings.extract.russian import last_role
from briefings.models import SpeakerKind

_LEX = lexicon()
_PREPOSITIONS = frozenset(w.casefold() for w in _LEX.both("prepositions"))
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")
# Adjectives a role's own pattern leaves out ("Ukrainian presidential" before "adviser").
_ADJECTIVES = re.compile(
    rf"(?:(?<![\w-])[A-Za-z][a-z-]+{alternatives(_LEX.en.role_adjective_endings)}\s+)"
    r"{1,3}$"
)


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON


def after_preposition(text: str, start: int, lo: int = 0) -> bool:
    """Whether a name at `start` (or the role phrase before it) follows a preposition after
    `lo`."""
    before = text[max(lo, start - 120) : start]
    nearest = _LAST_WORD.search(before)
    if nearest is not None and nearest.group(1).casefold() in _PREPOSITIONS:
        return True  # "на встрече с Иваном Y", though a role reads "министр на встрече с"
    role = ROLE_BEFORE.search(before) or last_role(before)
    if role is not None:
        before = before[: role.start("role")]
        adjectives = _ADJECTIVES.search(before)
        if adjectives is not None:
            before = before[: adjectives.start()]
    word = _LAST_WORD.search(before)
    return word is not None and word.group(1).casefold() in _PREPOSITIONS
