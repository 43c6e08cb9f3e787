"""What an evaluation reports: per-topic counts, recalls, metadata outcomes, per article."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, computed_field


class _Strict(BaseModel):
    """As the labels: an unknown field is a typo to report, and a score stays fixed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicScore(_Strict):
    topic: str
    tp: int
    fp: int
    fn: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class RecallScore(_Strict):
    found: int
    total: int
    missed: list[str] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


class ArticleOutcome(_Strict):
    """What was predicted for one labelled article, for reading a report by hand."""

    file: str
    title: str | None = Field(description="Title of the article it produced, if any")
    gold_topics: list[str]
    predicted_topics: list[str]
    rejected: str | None = None


class MetaOutcome(StrEnum):
    """How one metadata field compares with its label."""

    RIGHT = "right"
    UNKNOWN = "unknown"  # left None where the label states a value
    INVENTED = "invented"  # a value where the label states there is none
    WRONG = "wrong"  # a value other than the labelled one
    FIRST_SENTENCE = "first sentence"  # a title taken from the text, the page having none


class MetaScore(_Strict):
    """One metadata field (title, outlet, published, language) on the articles that state it."""

    field: str
    right: int
    total: int
    missed: list[str] = []
    unknown: int = 0
    invented: int = 0
    wrong: int = 0
    first_sentence: int = 0


class EvalReport(_Strict):
    articles: int
    topics: list[TopicScore]
    micro: TopicScore
    off_topic_articles: int = Field(description="Articles labelled with no topic")
    off_topic_with_topics: int = Field(description="...of which got a topic anyway")
    figures: RecallScore
    quotes: RecallScore
    people: RecallScore
    outcomes: list[ArticleOutcome]
    wrong_speakers: list[str] = Field(
        default=[], description="Extracted quotes matching a gold quote, credited to another"
    )
    partial_speakers: list[str] = Field(
        default=[], description="...credited to the gold speaker named only in part"
    )
    metadata: list[MetaScore] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro_f1(self) -> float:
        scored = [t for t in self.topics if t.tp + t.fp + t.fn]
        return sum(t.f1 for t in scored) / len(scored) if scored else 1.0
