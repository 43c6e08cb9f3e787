"""Feeds: RSS 2.0, Atom and JSON Feed sources polled on their own interval, with leases."""

from briefings.feeds.models import (
    EntryOutcome,
    EntryStatus,
    Feed,
    FeedEntry,
    FeedKind,
    ParsedFeed,
    PollOutcome,
)
from briefings.feeds.parse import discover_feeds, parse_feed
from briefings.feeds.poll import FeedPoller, default_worker
from briefings.feeds.registry import FeedRegistry

__all__ = [
    "EntryOutcome",
    "EntryStatus",
    "Feed",
    "FeedEntry",
    "FeedKind",
    "FeedPoller",
    "FeedRegistry",
    "ParsedFeed",
    "PollOutcome",
    "default_worker",
    "discover_feeds",
    "parse_feed",
]
