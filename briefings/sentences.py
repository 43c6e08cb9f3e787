"""Sentence splitting shared by extraction and digest building.

nupunkt ships its model inside the package (no download at run time) and handles
English abbreviations well; a small merge pass covers Russian abbreviations it
does not know ("куб. м", "т. е.").
"""

from __future__ import annotations

import re
from functools import lru_cache

import nupunkt

_RU_ABBREV_END = re.compile(
    r"(?:\b(?:куб|кв|млн|млрд|тыс|руб|долл|г|гг|т|т\. ?е|т\. ?д|т\. ?п|им|ул|пр|см|ст|р|н\. ?э)\.)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Split one paragraph into sentences, verbatim (only surrounding spaces trimmed)."""
    parts = [p.strip() for p in nupunkt.sent_tokenize(paragraph) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and (_RU_ABBREV_END.search(merged[-1]) or part[:1].islower()):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return tuple(merged)
