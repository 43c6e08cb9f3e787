"""Factories for store tests: articles without running extraction, and a hand-moved clock."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from briefings.models import Article, SourceFormat

START = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def make_article(**overrides: Any) -> Article:
    """A valid article; override any field. The content hash follows the paragraphs."""
    fields: dict[str, Any] = {
        "id": "a1",
        "title": "Azerbaijan raises gas exports to Europe",
        "outlet": "Trend",
        "url": None,
        "published": dt.date(2025, 4, 20),
        "language": "en",
        "source_name": "a1.txt",
        "source_format": SourceFormat.TEXT,
        "paragraphs": ["Azerbaijan exported 12.9 bcm of gas to Europe in 2024."],
        "topics": ["energy"],
        "topic_scores": {"energy": 3.5},
    }
    fields.update(overrides)
    fields.setdefault(
        "content_hash", "h-" + hashlib.sha256("\n".join(fields["paragraphs"]).encode()).hexdigest()
    )
    return Article.model_validate(fields)
