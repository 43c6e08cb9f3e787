"""Where, or to whom, someone spoke: a body named there ("Speaking at the X", "At the X,
speaking to reporters", "Выступая в X", "Addressing the X") is the venue or the audience,
never the speaker; who spoke is named elsewhere or not at all."""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon

_LEX = lexicon()
_VENUE_VERB = alternatives(_LEX.both("venue_participles"))
_VENUE_PREP = alternatives((*_LEX.both("prepositions"), *_LEX.both("locative_prepositions")))
# "speaking on Tuesday at the X", "Выступая в X", "addressing the X": the venue or audience.
_SPOKE_AT = re.compile(
    rf"(?<![\w-]){_VENUE_VERB}(?:\s+[\w-]+){{0,3}}?\s+(?:{_VENUE_PREP}\s+)?(?:the\s+)?$", re.I
)
# "At the X, speaking to reporters, …": a body after a preposition, then the participle.
_PREP_BEFORE = re.compile(rf"(?<![\w-]){_VENUE_PREP}\s+(?:the\s+)?$", re.I)
_PARTICIPLE_AFTER = re.compile(rf"[^.;:“”«»\"]{{0,60}}?,\s*{_VENUE_VERB}(?![\w-])", re.I)


def venue(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the body at `start:end` is only where, or to whom, someone spoke."""
    before = text[max(lo, start - 80) : start]
    if _SPOKE_AT.search(before):
        return True
    return bool(_PREP_BEFORE.search(before)) and _PARTICIPLE_AFTER.match(text, end, hi) is not None
