"""What makes two ingests the same article: its URL when known, otherwise its text.

A bare file name says nothing about an article (`a/article.txt` and `b/article.txt` are
usually two different stories), so it never decides identity on its own. It only narrows
the search for an earlier version: a file sent again under the same name whose text is
mostly the same is an edited version of that article and replaces it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

#: Share of the shorter text's word trigrams the longer one must hold for two texts under one
#: file name to count as versions of one article. Edits keep most trigrams: a correction of
#: one word per 20-word sentence keeps ~85% of them, an added or dropped paragraph keeps all
#: of the shorter version. Two different articles, even on the same story from two outlets,
#: share names and set phrases but few three-word runs (well under 20% in our corpora), so
#: 0.6 sits far from both.
SAME_SOURCE_SIMILARITY = 0.6

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _short_hash(value: str, size: int = 12) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:size]


def normalised_text(paragraphs: Sequence[str]) -> str:
    """The text as identity sees it: NFKC, case and spacing folded."""
    text = unicodedata.normalize("NFKC", "\n".join(paragraphs)).casefold()
    return " ".join(text.split())


def article_id(url: str | None, paragraphs: Sequence[str]) -> str:
    """A stable id: from the URL when the source has one, otherwise from the text itself."""
    if url:
        return _short_hash(url)
    return "t" + _short_hash(normalised_text(paragraphs), 15)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Overlap of word trigrams between two texts (0 to 1), relative to the shorter one.

    Linear in the texts' length; used only on the few stored articles that share a file name.
    """
    left, right = _trigrams(normalised_text(a)), _trigrams(normalised_text(b))
    small, large = sorted((len(left), len(right)))
    # A short text inside a far longer one is a quotation or a teaser, not a version of it.
    if not small or large > 4 * small:
        return 0.0
    return len(left & right) / small
