"""Shares written in words without a per cent sign ("a third of", "two-fifths of the
market"): the fraction is the figure. Kept apart from `figures`, whose pattern reads a number
with a unit. "A quarter of a million" stays the amount `figures` reads; a multiple ("в два
раза") stays no figure, as round 8 decided."""

from __future__ import annotations

import re

from briefings.models import Figure

_DENOMINATORS = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_FRACTION = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(_NUMERATORS)})[\s-]+(?P<den>{'|'.join(_DENOMINATORS)})"
    r"\s+of\s+(?!a\s+(?:million|billion|thousand|trillion)\b)",
    re.IGNORECASE,
)


def proportions(sentence: str) -> list[tuple[int, Figure]]:
    """(start, figure) of each share in words in the sentence ("a seventh of" is 1/7)."""
    out: list[tuple[int, Figure]] = []
    for m in _FRACTION.finditer(sentence):
        value = _NUMERATORS[m.group("num").casefold()] / _DENOMINATORS[m.group("den").casefold()]
        text = sentence[m.start() : m.end("den")]
        out.append((m.start(), Figure(text=text, value=value, unit="share", sentence=sentence)))
    return out
