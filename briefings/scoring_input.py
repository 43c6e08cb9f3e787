"""What the scorer reads from a topic and from the cues every topic shares.

Protocols over the topic file's models (briefings.topic_file), so that scoring depends on the
fields it reads, not on how the file is parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["Pair", "SharedCueSource", "TopicCues", "TopicWithCues"]


class TopicCues(Protocol):
    """What the scorer reads from a topic (or from the cues shared by every topic)."""

    @property
    def false_friends(self) -> list[str]: ...

    @property
    def negative_cues(self) -> dict[str, float]: ...


class TopicWithCues(TopicCues, Protocol):
    @property
    def cues(self) -> dict[str, float]: ...

    @property
    def context_cues(self) -> dict[str, float]: ...

    @property
    def paired_cues(self) -> dict[str, float]: ...

    @property
    def pairs_with(self) -> list[str]: ...

    @property
    def relation_cues(self) -> dict[str, float]: ...

    @property
    def relation_pairs(self) -> Sequence[Pair]: ...

    @property
    def relation_blockers(self) -> list[str]: ...

    @property
    def sides(self) -> list[str]: ...

    @property
    def acts(self) -> list[str]: ...


class Pair(Protocol):
    @property
    def first(self) -> list[str]: ...

    @property
    def second(self) -> list[str]: ...

    @property
    def weight(self) -> float: ...

    @property
    def blockers(self) -> list[str]: ...


class SharedCueSource(TopicCues, Protocol):
    @property
    def parties(self) -> dict[str, list[str]]: ...

    @property
    def party_groups(self) -> list[str]: ...
