"""The records a brief is chosen with: a candidate sentence, the option it expands to (what
an item would show), and an item of the brief.

Apart from `selection` (the steps that make and fill them) so that the records read on
their own, as the stages' contract inside the digest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefings.digest.dedup import Fingerprint
from briefings.models import Article, Attribution


@dataclass(slots=True)
class Candidate:
    article: Article
    paragraph: int
    index: int
    relevance: float
    score: float
    prior: float  # relevance, figures, recency; `score` also weighs fact density
    shown: str = ""  # the sentence's informative span, when it is shown alone


@dataclass(slots=True)
class Item:
    sentences: list[str]
    words: Fingerprint
    score: float
    sources: list[Attribution] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    shown: frozenset[str] = frozenset()  # its sentences, for quick overlap tests
    display: list[str] = field(default_factory=list)  # what the reader sees (trimmed spans)
    stories: list[Fingerprint] = field(default_factory=list)  # its articles' titles
    positions: list[tuple[int, int]] = field(default_factory=list)  # (paragraph, sentence)
    story_ids: set[int] = field(default_factory=set)  # its articles' story numbers (`stories`)
    origins: list[int] = field(default_factory=list)  # per sentence: index in `sources`


@dataclass(slots=True, eq=False)
class Option:
    """A candidate fact, expanded to the sentences an item would show."""

    candidate: Candidate
    sentences: list[str]  # verbatim, for overlap tests
    words: Fingerprint
    source: Attribution
    display: list[str]  # informative spans, "…" marking cuts
    story: Fingerprint  # the article's title
    story_id: int = -1  # the article's story number among the brief's candidates (`stories`)

    @property
    def position(self) -> tuple[int, int]:
        """Where the fact stands in its article (paragraph, sentence)."""
        return (self.candidate.paragraph, self.candidate.index)
