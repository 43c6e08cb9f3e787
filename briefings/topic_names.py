"""Which topic a reader means: `/brief Energy`, `/brief peace_talks`, `/brief энергетика`.

Kept apart from scoring: it is the bot's lookup, and it is all a reader's words go through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

_FUZZY_CUTOFF = 80.0
_FUZZY_MIN_LEN = 4
_QUERY_JUNK = re.compile(r"[\s_\-./]+")


def normalise_query(text: str) -> str:
    """Case, spaces, '_', '-', '.' and '/' do not tell topic names apart."""
    return _QUERY_JUNK.sub("", text.casefold())


class TopicNames:
    """Every id, title and alias of the topics, each naming one topic id (the first to claim it)."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._ids: dict[str, str] = {}
        for name, topic_id in names:
            self._ids.setdefault(normalise_query(name), topic_id)

    def find(self, query: str) -> str | None:
        """The id the query names exactly (after normalising), else one a small typo away."""
        key = normalise_query(query)
        if not key:
            return None
        topic_id = self._ids.get(key)
        if topic_id is None and len(key) >= _FUZZY_MIN_LEN:
            best = process.extractOne(
                key, list(self._ids), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
            )
            if best is not None:
                topic_id = self._ids[best[0]]
        return topic_id
