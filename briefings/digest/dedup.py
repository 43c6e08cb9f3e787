"""Near-duplicate facts: two sentences that say the same thing become one item.

Words alone are not enough: "a deal worth 18 billion dollars" and "a deal worth 27 billion
dollars" share every word but one, yet citing both outlets for either amount would credit a
figure to an outlet that did not report it. Two sentences are the same fact only when their
amounts agree, value and unit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

DUPLICATE_SET_RATIO = 80.0
DUPLICATE_SORT_RATIO = 50.0
_WORD = re.compile(r"\w+")
_STOPWORD_TEXT = """
    a an the and or but of to in on at by for with from as is are was were be been being has
    have had it its this that these those which who whom whose there their they them he she his her
    we our you your i not no also now then than so such very more most into over about after before
    will would can could may might should must do does did done said says say according
    и в во на с со по к ко о об от до из за для не но а же что как это так также уже его ее её их
    они он она мы вы я был была были быть будет который которая которые"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_DEDUP_MIN_WORDS = 4
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(%|[^\W\d_]+)?(?:\s+([^\W\d_]+))?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# A magnitude is part of the unit: "18 billion dollars" is (18, "billion dollars").
_MAGNITUDE_TEXT = """
    thousand thousands million millions billion billions trillion bn mln bln tn k m
    тыс тысяч тысячи млн миллиона миллионов млрд миллиарда миллиардов трлн"""
_MAGNITUDES = frozenset(_MAGNITUDE_TEXT.split())

Amount = tuple[float, str]


class Fingerprint(NamedTuple):
    """A sentence's content words, for near-duplicate detection."""

    text: str  # the content words, in order
    words: frozenset[str]
    amounts: frozenset[Amount] = frozenset()  # (value, unit word) of every number


@lru_cache(maxsize=50_000)
def fingerprint(text: str) -> Fingerprint:
    """Lower-cased content words of `text` (stopwords and one-letter words dropped)."""
    folded = text.casefold()
    words = [w for w in _WORD.findall(folded) if w not in STOPWORDS and len(w) > 1]
    return Fingerprint(" ".join(words), frozenset(words), amounts_in(folded))


def amounts_in(text: str) -> frozenset[Amount]:
    """(value, unit) of every number in `text`; the unit is the word after it (with a magnitude).

    "12,9 bcm" and "12.9 bcm" are one amount; a stopword after a number is no unit ("in 2024 the").
    """
    found: set[Amount] = set()
    for match in _AMOUNT.finditer(text.casefold()):
        digits, unit, after = match.groups()
        if _THOUSANDS.fullmatch(digits):
            digits = digits.replace(",", "")
        try:
            value = float(digits.replace(",", "."))
        except ValueError:  # "1.2.3": a version or a date, not an amount
            continue
        unit = unit or ""
        if unit in STOPWORDS:
            unit = ""
        elif unit in _MAGNITUDES and after and after not in STOPWORDS:
            unit = f"{unit} {after}"
        found.add((value, unit))
    return frozenset(found)


def amounts_agree(a: frozenset[Amount], b: frozenset[Amount]) -> bool:
    """Both state no amount, or they share one and no unit both state differs in value.

    A sentence with an amount and one without are not the same fact: citing the second's
    outlet for the first's figure would credit it with a figure it did not give.
    """
    if not a or not b:
        return not a and not b
    if a.isdisjoint(b):
        return False
    units = {unit for _, unit in a} & {unit for _, unit in b}
    return all({v for v, u in a if u == unit} == {v for v, u in b if u == unit} for unit in units)


def same_fact(a: str, b: str) -> bool:
    """Two sentences state the same fact: nearly the same content words, agreeing amounts."""
    return same_words(fingerprint(a), fingerprint(b))


def same_words(a: Fingerprint, b: Fingerprint) -> bool:
    """`same_fact` on fingerprints."""
    if a.text == b.text:
        return True
    if not amounts_agree(a.amounts, b.amounts):
        return False
    smaller = min(len(a.words), len(b.words))
    # token_set_ratio >= 80 needs most of the smaller set shared; skip rapidfuzz otherwise.
    if smaller < _DEDUP_MIN_WORDS or len(a.words & b.words) < smaller // 2:
        return False
    return (
        fuzz.token_set_ratio(a.text, b.text) >= DUPLICATE_SET_RATIO
        and fuzz.token_sort_ratio(a.text, b.text) >= DUPLICATE_SORT_RATIO
    )
