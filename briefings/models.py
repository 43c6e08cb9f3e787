"""The data contract between stages: source → article → briefing.

Every stage takes and returns these models; nothing passes raw dicts around.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, HttpUrl


class SourceFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"
    JSON = "json"
    YAML = "yaml"


class DateOrigin(StrEnum):
    """Where `published` came from, so a reader can tell a guessed date from a stated one."""

    METADATA = "metadata"  # sidecar file, front matter, record field, HTML meta
    TEXT = "text"  # a full date written in the article
    INFERRED = "inferred"  # day and month from the text, year from context (no longer made)
    UNKNOWN = "unknown"


class TitleOrigin(StrEnum):
    """Where `title` came from: a page without a headline gets its first sentence, cut."""

    METADATA = "metadata"  # sidecar file, front matter, record field, HTML meta
    HEADLINE = "headline"  # the headline line of the page
    FIRST_SENTENCE = "first_sentence"  # no headline: the article's first sentence, cut


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(Frozen):
    name: str
    role: str | None = None


class Figure(Frozen):
    """A number that matters: amounts, shares, counts. Years and dates are not figures."""

    text: str  # exactly as it appears in the sentence, e.g. "90-95%"
    value: float
    value_max: float | None = None  # upper end of a range
    unit: str | None = None  # normalised: "bcm", "%", "countries", "USD", ...
    sentence: str


class SpeakerKind(StrEnum):
    """Who spoke: a named person, or an institution speaking as one (a ministry, a company)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class Quote(Frozen):
    text: str
    speaker: str | None = None  # a full name (or an organisation's name), never a bare title
    speaker_kind: SpeakerKind = SpeakerKind.PERSON
    sentence: str | None = None  # the sentence (or paragraph) the quote sits in


class SourceMeta(BaseModel):
    """What an admin knows about a source beyond its text (sidecar file or record fields)."""

    model_config = ConfigDict(extra="ignore")

    title: str | None = None
    outlet: str | None = None
    url: HttpUrl | None = None
    published: dt.date | None = None
    language: str | None = None
    author: str | None = None


class SentenceProfile(Frozen):
    """One candidate sentence of an article for a topic, as the digest weighs it.

    What depends only on the article (relevance, informative span, density) is computed once
    at ingest, so a brief built anew only adds recency and picks.
    """

    paragraph: int
    index: int
    relevance: float
    prior: float  # relevance weight, figures, lead position, questions; recency not included
    density: float  # fact density times headline echo of `shown`
    shown: str  # the informative span a brief would show ("…" marking cuts)


class DigestProfile(Frozen):
    """An article's best candidate sentences per topic, valid for one topic configuration."""

    topics_key: str  # which topic set and scoring version computed it
    candidates: dict[str, list[SentenceProfile]] = {}


class Article(Frozen):
    id: str = Field(description="Stable id derived from the source identity (url or file name)")
    title: str
    title_origin: TitleOrigin = TitleOrigin.HEADLINE
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    date_origin: DateOrigin = DateOrigin.UNKNOWN
    language: str = "en"
    source_name: str = Field(description="File name (or record name) it was ingested from")
    source_format: SourceFormat
    content_hash: str = Field(description="Hash of the normalised text; same content, same hash")
    paragraphs: list[str]
    people: list[Person] = []
    organisations: list[str] = []
    places: list[str] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    topics: list[str] = []
    topic_scores: dict[str, float] = {}
    ingested_at: dt.datetime | None = None
    digest_profile: DigestProfile | None = None  # computed at ingest (briefings.digest.profile)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class Attribution(Frozen):
    """Where a briefing item comes from."""

    article_id: str
    outlet: str | None
    title: str
    published: dt.date | None
    date_origin: DateOrigin
    url: str | None


class BriefingItem(Frozen):
    """One story: sentences copied verbatim from sources, with every source that tells it.

    `origins[i]` is the index in `sources` of the article sentence i was copied from; empty
    when every sentence is the first source's. A sentence another outlet added to the story
    is shown with that outlet's name, so no sentence reads as said by the wrong outlet.
    """

    sentences: list[str]
    sources: list[Attribution]
    score: float
    origins: list[int] = Field(default_factory=list)


class KeyFigure(Frozen):
    figure: Figure
    source: Attribution


class AttributedQuote(Frozen):
    quote: Quote
    source: Attribution


class Briefing(Frozen):
    topic_id: str
    topic_title: str
    generated_at: dt.datetime
    items: list[BriefingItem]
    key_figures: list[KeyFigure] = []
    quote: AttributedQuote | None = None
    newest: dt.date | None = None  # date of the newest fact shown
    oldest: dt.date | None = None  # date of the oldest fact shown
    article_count: int = 0  # articles considered for this topic

    @property
    def empty(self) -> bool:
        return not self.items
