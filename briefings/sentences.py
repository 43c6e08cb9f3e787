"""Sentence splitting shared by extraction and digest building.

nupunkt ships its model inside the package (no download at run time) and handles
English abbreviations well; a small merge pass covers Russian abbreviations it
does not know ("куб. м", "т. е.") and splits before a lowercase word, which in
scraped text is a typo ("in Ukraine. it is"), not a new sentence. A sentence never ends
inside brackets: a split after an abbreviation's full stop within "(…)" ("signed (initialled.
— Agency) the deal") is undone when the next part closes the bracket.
"""

from __future__ import annotations

from functools import lru_cache

import nupunkt

# Russian abbreviations that end in a full stop without ending the sentence.
_RU_ABBREV = frozenset(
    {
        *("куб.", "кв.", "млн.", "млрд.", "тыс.", "руб.", "долл.", "г.", "гг.", "т.", "им."),
        *("ул.", "пр.", "см.", "ст.", "р.", "т.е.", "т.д.", "т.п.", "н.э."),
        *("т. е.", "т. д.", "т. п.", "н. э."),
    }
)


def _ends_with_abbreviation(sentence: str) -> bool:
    if not sentence.endswith("."):
        return False
    words = sentence.rsplit(None, 2)
    last = words[-1].casefold()
    return last in _RU_ABBREV or " ".join(words[-2:]).casefold() in _RU_ABBREV


def _closes_open_bracket(before: str, part: str) -> bool:
    """`before` leaves a bracket open and `part` closes it before opening another."""
    if before.count("(") <= before.count(")"):
        return False
    close, opening = part.find(")"), part.find("(")
    return close >= 0 and (opening < 0 or close < opening)


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Split one paragraph into sentences, verbatim (only surrounding spaces trimmed)."""
    raw = nupunkt.sent_tokenize(paragraph)
    parts = [p.strip() for p in raw if isinstance(p, str) and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and (
            _ends_with_abbreviation(merged[-1])
            or part[:1].islower()
            or _closes_open_bracket(merged[-1], part)
        ):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return tuple(merged)
