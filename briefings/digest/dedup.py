"""Near-duplicate facts: two sentences that say the same thing become one item."""

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
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_DEDUP_MIN_WORDS = 4


class Fingerprint(NamedTuple):
    """A sentence's content words, for near-duplicate detection."""

    text: str  # the content words, in order
    words: frozenset[str]


@lru_cache(maxsize=50_000)
def fingerprint(text: str) -> Fingerprint:
    """Lower-cased content words of `text` (stopwords and one-letter words dropped)."""
    words = [w for w in _WORD.findall(text.casefold()) if w not in _STOPWORDS and len(w) > 1]
    return Fingerprint(" ".join(words), frozenset(words))


def same_fact(a: str, b: str) -> bool:
    """Two sentences state the same fact: nearly the same content words."""
    return same_words(fingerprint(a), fingerprint(b))


def same_words(a: Fingerprint, b: Fingerprint) -> bool:
    if a.text == b.text:
        return True
    smaller = min(len(a.words), len(b.words))
    # token_set_ratio >= 80 needs most of the smaller set shared; skip rapidfuzz otherwise.
    if smaller < _DEDUP_MIN_WORDS or len(a.words & b.words) < smaller // 2:
        return False
    return (
        fuzz.token_set_ratio(a.text, b.text) >= DUPLICATE_SET_RATIO
        and fuzz.token_sort_ratio(a.text, b.text) >= DUPLICATE_SORT_RATIO
    )
