"""What a matched figure is worth: its number (digits or words), scale, unit and the unit a
plural noun gives a count. Split from `figures`, which finds the figures in a sentence."""

from __future__ import annotations

import re

from briefings.figure_vocab import (
    COUNT_NOUNS,
    DURATION_NOUNS,
    FRACTIONS,
    SCALE_NAME,
    SCALES,
    UNITS,
    WORD_VALUES,
)

_UNIT_PATTERNS = tuple((re.compile(p, re.I), u) for p, u in UNITS)


def number_value(raw: str) -> float | None:
    s = "".join(raw.split())  # "2 000", "2\u00a0000": spaces group thousands
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", s):
        s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def word_number(raw: str) -> float | None:
    tokens = re.split(r"[\s-]+", raw.casefold())
    fraction = next((FRACTIONS[t] for t in tokens if t in FRACTIONS), None)
    if fraction is not None:  # "half a", "a quarter of a": a share of the scale after it
        return fraction
    total = 0.0
    current = 0.0
    for token in tokens:
        if token == "and":
            continue
        value = WORD_VALUES.get(token)
        if value is None:
            return None
        if value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    total += current
    return total or None


def scale_value(raw: str | None) -> float:
    if not raw:
        return 1.0
    return SCALES.get(raw.casefold().rstrip("."), 1.0)


def unit_of(raw: str | None) -> str | None:
    if not raw:
        return None
    for pattern, unit in _UNIT_PATTERNS:
        # A leading digit for units only written glued to their number ("1.5C", "3fold").
        if pattern.fullmatch("0" + raw.strip(), 1):
            return unit
    return None


# Plurals after a number that are not what it counts.
NOT_COUNTS = frozenset({"ones", "others", "году", "годах", "годов", "числа", "числе"})


def plural_unit(raw: str) -> str | None:
    """Any plural noun counted by digits ("300 schools"); nationalities count people."""
    noun = raw.split()[-1]
    if noun.casefold() in NOT_COUNTS or noun.casefold() in DURATION_NOUNS:
        return None
    if noun.casefold() in COUNT_NOUNS:
        return COUNT_NOUNS[noun.casefold()]
    if noun[0].isupper():
        return "people" if noun.endswith(("ians", "ans", "is", "ese", "ers")) else None
    return noun.casefold()


def count_unit(raw: str) -> str:
    """What a count counts: a phrase's own entry ("memoranda of understanding"), else the
    last word's."""
    words = raw.casefold().split()
    for size in (3, 2):
        if len(words) >= size and (phrase := " ".join(words[-size:])) in COUNT_NOUNS:
            return COUNT_NOUNS[phrase]
    return COUNT_NOUNS.get(words[-1], words[-1])


def normalise_amount(value: float, scale: float, unit: str | None) -> tuple[float, str | None]:
    """Physical amounts keep the scale in the unit (12 bcm); money and counts are scaled."""
    if unit == "m3":
        if scale == 1e9:
            return value, "bcm"
        if scale == 1e6:
            return value, "mcm"
        return value * scale, "m3"
    if unit in ("t", "barrels") and scale > 1:
        return value, f"{SCALE_NAME.get(scale, '')} {'tonnes' if unit == 't' else unit}".strip()
    return value * scale, unit
