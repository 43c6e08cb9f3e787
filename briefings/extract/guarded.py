"""A compiled pattern searched only when the text holds one of the words every match needs.

A case-insensitive alternation of many phrases (the role heads) is tried phrase by phrase at
every word of the text, and most texts name none of them: reading the text's words once says
so in a fraction of the time. The test is exact: every match holds one of the (ASCII) words as a
whole word (a run of letters, digits and hyphens), and in text free of the four characters that
`re.IGNORECASE` matches to an ASCII letter although their lowercase is no such letter
('İ', 'ı', 'ſ', the Kelvin sign) that word lowercases to the listed one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

#: Characters that `re.IGNORECASE` matches to ASCII letters, which `str.lower` does not map
#: to them; a text with one is always searched.
_SPECIAL_FOLDS = frozenset("İıſ\u212a")
_WORD = re.compile(r"[\w-]+")


class GuardedPattern:
    """`pattern.search`, skipped when none of `words` (one of which every match of the
    pattern holds as a whole word, in any case) is a word of the searched part of the text."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = frozenset(w.lower() for w in words)
        if not all(w.isascii() and _WORD.fullmatch(w) for w in self.words):
            raise ValueError("a guard word is one ASCII run of letters, digits and hyphens")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        part = text[pos:endpos]
        if self.words.isdisjoint(_WORD.findall(part.lower())) and _SPECIAL_FOLDS.isdisjoint(part):
            return None
        return self.pattern.search(text, pos, endpos)
