"""What the feed stages pass each other: a registered feed, a parsed feed, a poll's outcome."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class FeedKind(StrEnum):
    RSS = "rss"
    ATOM = "atom"
    JSON = "json"
    CHANNEL = "channel"  # a Telegram channel whose posts arrive as updates; never polled


class EntryStatus(StrEnum):
    """What became of one feed entry (recorded, so it is never taken twice)."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # its URL was already stored, from this feed or another
    REJECTED = "rejected"  # its page has no article, is gone, or robots.txt forbids it


class Feed(BaseModel):
    """A registered feed as stored."""

    model_config = ConfigDict(frozen=True)

    id: int
    url: str
    kind: FeedKind
    title: str | None = None
    outlet: str | None = None
    interval: dt.timedelta | None = None  # None: the FEED_INTERVAL setting
    etag: str | None = None
    last_modified: str | None = None
    added_at: dt.datetime
    next_poll_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_error: str | None = None
    last_error_at: dt.datetime | None = None
    failures: int = 0
    disabled: bool = False
    entries_ingested: int = 0
    chat_id: int | None = None

    @property
    def name(self) -> str:
        return self.outlet or self.title or self.url


class FeedEntry(BaseModel):
    """One item of a parsed feed."""

    model_config = ConfigDict(frozen=True)

    key: str  # stable id within its feed: a hash of the guid, else of the link
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    content: str | None = None  # HTML or text given in full by the feed, if any
    words: int = 0  # words in `content`


class ParsedFeed(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: FeedKind
    title: str | None = None
    entries: list[FeedEntry] = []


class EntryOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    url: str | None
    status: EntryStatus
    title: str | None = None
    article_id: str | None = None
    reason: str | None = None
    fetched: bool = False  # its page was fetched (not used from the feed's own content)


class PollOutcome(BaseModel):
    """One poll of one feed: what was new, or why it failed, and whether it is now disabled."""

    model_config = ConfigDict(frozen=True)

    feed: Feed
    not_modified: bool = False
    entries: list[EntryOutcome] = []
    error: str | None = None
    disabled: bool = False
    next_poll_at: dt.datetime | None = None

    @property
    def added(self) -> int:
        return sum(e.status in (EntryStatus.ADDED, EntryStatus.UPDATED) for e in self.entries)
