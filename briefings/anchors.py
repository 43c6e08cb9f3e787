"""Anchors: what a topic cannot be without, looked for anywhere in the article.

A topic's generic words travel to other domains: two retailers or two start-ups announce a
"strategic partnership" and sign a "memorandum of understanding", a lecture series hosts "talks
on conflict resolution". The words are the same; what is missing is who the story is about.
A partnership in our sense is between states or blocs, so an article needs at least one of the
words that bring them in (a minister, a government, "bilateral", the EU); peace talks need
parties to a conflict or the states that negotiate for them. Anchors add nothing to a score: they
only let a topic that has the evidence be chosen (data/topics.yaml, `anchors:`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefings.cues import CueIndex

__all__ = ["Anchors"]


@dataclass(frozen=True, slots=True)
class Anchors:
    """Every topic's anchor terms in one token index."""

    index: CueIndex
    owners: tuple[frozenset[int], ...]  # per term: the topics it anchors
    anchored: frozenset[int]  # topics that have anchors at all

    @classmethod
    def build(cls, per_topic: Sequence[Sequence[str]]) -> Anchors:
        """Index the anchor lists of topics 0..n-1 (raises CueSyntaxError on a bad term)."""
        slots: dict[str, int] = {}
        owners: list[set[int]] = []
        for number, terms in enumerate(per_topic):
            for term in terms:
                slot = slots.setdefault(" ".join(term.split()), len(slots))
                if slot == len(owners):
                    owners.append(set())
                owners[slot].add(number)
        anchored = frozenset(n for n, terms in enumerate(per_topic) if terms)
        return cls(CueIndex.build(slots), tuple(frozenset(o) for o in owners), anchored)

    def needs(self, number: int) -> bool:
        """Whether topic `number` has anchors (a topic without any is always anchored)."""
        return number in self.anchored

    def found(self, texts: Iterable[str]) -> frozenset[int]:
        """The topics whose anchors occur in any of `texts` (title and paragraphs)."""
        hits: set[int] = set()
        for text in texts:
            for match in self.index.find(text):
                hits |= self.owners[match.term]
            if hits >= self.anchored:
                break
        return frozenset(hits)
