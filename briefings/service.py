"""The facade both adapters call: the CLI and the Telegram bot.

It ties loading, analysis, classification, the store and digests together, and knows
nothing of how results are shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from briefings.cache import BoundedCache
from briefings.config import CoreSettings
from briefings.digest import build_briefing
from briefings.errors import SourceRejected
from briefings.extract.ner import name_finder
from briefings.ingest import IngestResult, prepare_articles, read_source
from briefings.load import is_sidecar
from briefings.models import Article, Briefing, SourceMeta
from briefings.store import Store, Stored
from briefings.topics import Topic, TopicSet

logger = logging.getLogger(__name__)

#: Articles considered per brief: plenty for a few items, bounded for speed.
BRIEF_CANDIDATES = 200
ITEMS_PER_1200_CHARS = 8


def items_for(max_chars: int) -> int:
    """How many stories a brief of `max_chars` may hold: a longer brief (the bot's "More"
    pages) holds proportionally more, or paging would stop after the first screen."""
    return max(ITEMS_PER_1200_CHARS, ITEMS_PER_1200_CHARS * max_chars // 1200)


#: Finished briefs remembered; a brief is a pure function of its key, so this is safe.
BRIEF_CACHE_SIZE = 256

_BriefKey = tuple[str, int, dt.date, tuple[tuple[str, str, int | None], ...]]


def _undated_age(article: Article, now: dt.datetime) -> int | None:
    if article.published is not None or article.ingested_at is None:
        return None
    ingested = article.ingested_at
    if ingested.tzinfo is None:
        ingested = ingested.replace(tzinfo=now.tzinfo)
    return (now - ingested).days


def _brief_key(
    topic: Topic, articles: Sequence[Article], now: dt.datetime, max_chars: int
) -> _BriefKey:
    """What `build_briefing` depends on: the topic, the candidates' content and their ages in days.

    Dated articles age by calendar day, so `now.date()` covers them; undated ones age from their
    ingest time, so their age in days is part of the key.
    """
    candidates = tuple((a.id, a.content_hash, _undated_age(a, now)) for a in articles)
    return (topic.id, max_chars, now.date(), candidates)


#: Accepted files written per transaction by `ingest_paths`.
INGEST_BATCH_FILES = 32


def _result(article: Article, done: Stored) -> IngestResult:
    return IngestResult(
        source_name=article.source_name,
        status=done.status,
        article=done.article,
        replaced_title=done.replaced.title if done.replaced else None,
        replaced_source=done.replaced.source_name if done.replaced else None,
    )


class BriefingService:
    """Ingest sources, keep articles, build briefs."""

    def __init__(
        self,
        settings: CoreSettings,
        *,
        store: Store | None = None,
        topics: TopicSet | None = None,
    ) -> None:
        self.settings = settings
        self.store = store if store is not None else Store(settings.resolved_database_url())
        self.store.migrate()
        self.topics = topics if topics is not None else TopicSet.load(settings.topics_file)
        self._names = name_finder(settings.russian_ner)
        self._briefs: BoundedCache[_BriefKey, Briefing] = BoundedCache(BRIEF_CACHE_SIZE)

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()

    def ingest_bytes(
        self, data: bytes, name: str, *, meta: SourceMeta | None = None
    ) -> list[IngestResult]:
        """Store every article of one source file; raises SourceRejected, changing nothing."""
        prepared = prepare_articles(
            data,
            name,
            topics=self.topics,
            meta=meta,
            max_bytes=self.settings.max_source_bytes,
            max_records=self.settings.max_records_per_file,
            names=self._names,
        )
        return [
            _result(article, done)
            for article, done in zip(prepared, self.store.store_many(prepared), strict=True)
        ]

    def ingest_path(self, path: Path) -> list[IngestResult]:
        """Ingest a file with its sidecar metadata; a sidecar itself is skipped (no results)."""
        if is_sidecar(path):
            return []
        data, meta = read_source(path, max_bytes=self.settings.max_source_bytes)
        return self.ingest_bytes(data, path.name, meta=meta)

    def _prepare_path(self, path: Path) -> list[Article]:
        data, meta = read_source(path, max_bytes=self.settings.max_source_bytes)
        return prepare_articles(
            data,
            path.name,
            topics=self.topics,
            meta=meta,
            max_bytes=self.settings.max_source_bytes,
            max_records=self.settings.max_records_per_file,
            names=self._names,
        )

    def ingest_paths(
        self, paths: Iterable[Path], *, batch_files: int = INGEST_BATCH_FILES
    ) -> Iterator[tuple[Path, list[IngestResult] | SourceRejected]]:
        """Ingest many files, each accepted whole or refused alone, writing up to
        `batch_files` accepted files per transaction (one commit per file costs more than
        the write itself on SQLite). Yields each path with its results, or its refusal, in order.
        """
        pending: list[tuple[Path, list[Article] | SourceRejected]] = []
        for path in paths:
            try:
                pending.append((path, [] if is_sidecar(path) else self._prepare_path(path)))
            except SourceRejected as exc:
                pending.append((path, exc))
            if len(pending) >= batch_files:
                yield from self._flush(pending)
                pending = []
        yield from self._flush(pending)

    def _flush(
        self, pending: Sequence[tuple[Path, list[Article] | SourceRejected]]
    ) -> Iterator[tuple[Path, list[IngestResult] | SourceRejected]]:
        batch = [a for _, found in pending if isinstance(found, list) for a in found]
        done = iter(self.store.store_many(batch)) if batch else iter(())
        for path, found in pending:
            if isinstance(found, SourceRejected):
                yield path, found
            else:
                yield path, [_result(article, next(done)) for article in found]

    def article(self, article_id: str) -> Article:
        """One stored article; raises ArticleNotFound."""
        return self.store.get(article_id)

    def remove(self, article_id: str) -> Article:
        """Delete a stored article; raises ArticleNotFound."""
        return self.store.remove(article_id)

    def recent(self, limit: int = 20, offset: int = 0) -> list[Article]:
        """Stored articles, most recently added or changed first."""
        return self.store.list_recent(limit=limit, offset=offset)

    def brief(
        self,
        topic_query: str,
        now: dt.datetime,
        *,
        since: dt.datetime | None = None,
        max_chars: int = 1200,
    ) -> Briefing:
        """The briefing on a topic named by id, title or alias; raises UnknownTopic."""
        return self.brief_topic(
            self.topics.resolve(topic_query), now, since=since, max_chars=max_chars
        )

    def brief_topic(
        self,
        topic: Topic,
        now: dt.datetime,
        *,
        since: dt.datetime | None = None,
        max_chars: int = 1200,
    ) -> Briefing:
        """The briefing on an already resolved topic."""
        articles = self.store.for_topic(topic.id, ingested_after=since, limit=BRIEF_CANDIDATES)
        key = _brief_key(topic, articles, now, max_chars)
        cached = self._briefs.get(key)
        if cached is not None:
            return cached.model_copy(update={"generated_at": now})
        briefing = build_briefing(
            topic,
            articles,
            now,
            topics=self.topics,
            max_chars=max_chars,
            max_items=items_for(max_chars),
        )
        self._briefs.put(key, briefing)
        return briefing

    def brief_many(
        self,
        topic_ids: Sequence[str],
        now: dt.datetime,
        *,
        since: dt.datetime | None = None,
        max_chars: int = 1200,
    ) -> list[Briefing]:
        """One briefing per topic id, in the order given; raises UnknownTopic."""
        return [
            self.brief_topic(self.topics.get(topic_id), now, since=since, max_chars=max_chars)
            for topic_id in topic_ids
        ]
