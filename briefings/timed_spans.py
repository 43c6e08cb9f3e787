"""How long a truce or a war lasts ("a 30-day ceasefire", "the 44-day war"): a figure, though a
span of time hyphened before any other noun ("a 10-year deal") is none (`figures`); and a number
hyphened to a Russian adjective of a unit or a scale ("40-километровый ров")."""

from __future__ import annotations

import re

from briefings.figure_lexicon import figure_lexicon
from briefings.models import Figure

_TIMED = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3})-(?P<span>day|week|month|year)(?:-long)?\s+"
    rf"(?P<noun>{'|'.join(map(re.escape, figure_lexicon().timed_nouns))})(?![\w-])",
    re.IGNORECASE,
)


_ADJECTIVE_END = r"(?:ый|ий|ой|ого|его|ому|ая|яя|ую|ое|ее|ые|ие|ых|их|ым|им|ыми|ими)"
_HYPHENED_UNITS = {u.stem: u for u in figure_lexicon().hyphened_units}
_HYPHENED = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,4}(?:[.,]\d+)?)-(?P<stem>"
    + "|".join(sorted(map(re.escape, _HYPHENED_UNITS), key=len, reverse=True))
    + rf"){_ADJECTIVE_END}(?![\w-])",
    re.IGNORECASE,
)


def hyphened_units(sentence: str) -> list[tuple[int, Figure]]:
    """'40-километровый ров', '240-миллионного населения': a number hyphened to a Russian
    adjective of a unit or a scale, in its own span (the adjective alone, its noun varies)."""
    if "-" not in sentence or not _HYPHENED_UNITS:
        return []
    out = []
    for m in _HYPHENED.finditer(sentence):
        entry = _HYPHENED_UNITS[m.group("stem").casefold()]
        value = float(m.group("n").replace(",", ".")) * entry.scale
        out.append(
            (m.start(), Figure(text=m.group(), value=value, unit=entry.unit, sentence=sentence))
        )
    return out


def timed_spans(sentence: str) -> list[tuple[int, Figure]]:
    """'a 30-day ceasefire', 'the 44-day war': how long a truce or a war lasts, in its own span."""
    if "-" not in sentence:
        return []
    return [
        (
            m.start(),
            Figure(
                text=m.group(),
                value=float(m.group("n")),
                unit=f"{m.group('span').casefold()}s",
                sentence=sentence,
            ),
        )
        for m in _TIMED.finditer(sentence)
    ]
