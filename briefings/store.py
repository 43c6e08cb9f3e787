"""Articles at rest: SQLite by default, PostgreSQL through `DATABASE_URL`.

The full `Article` is kept as JSON (the data contract), beside the few columns that
queries need: the content hash for deduplication, dates for ordering, and one
`article_topics` row per topic so a brief is one indexed query. The schema is owned by
Alembic migrations under their own version table, so the bot can keep its own tables
and migrations in the same database.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa

from briefings.db import JSONText, create_engine, upgrade
from briefings.driver_sql import DriverStatement
from briefings.errors import ArticleNotFound
from briefings.identity import SAME_SOURCE_SIMILARITY, similarity
from briefings.models import Article
from briefings.schema import (
    BY_HASH_OR_ID,
    BY_NAME,
    DELETE_TOPICS,
    INSERT_ARTICLE,
    INSERT_TOPIC,
    UNDATED,
    UPDATE_ARTICLE,
    article_topics,
    articles,
)
from briefings.schema import UTCDateTime as UTCDateTime  # re-exported: the type of its columns
from briefings.schema import metadata as metadata  # re-exported for migrations/env.py

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "briefings_alembic_version"


class IngestStatus(StrEnum):
    """What storing an article did."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class Stored(NamedTuple):
    """What storing one article did, and the version it replaced (None unless updated)."""

    status: IngestStatus
    article: Article
    replaced: Article | None = None


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _article_from_row(data: Any) -> Article:
    return Article.model_validate(data)


def _json_data(article: Article) -> JSONText | dict[str, Any]:
    """The article for its JSON column, serialised once by pydantic (half the time of
    dumping it to dicts for `json.dumps` to walk again).

    A figure too large for a float (a 400-digit number in a scrape) is infinite: pydantic
    would write it as null, which no longer reads back as an `Article`, so such an article
    keeps the old path, where it is written as `Infinity` as before.
    """
    if all(
        math.isfinite(f.value) and (f.value_max is None or math.isfinite(f.value_max))
        for f in article.figures
    ):
        return JSONText(article.model_dump_json())
    return article.model_dump(mode="json")


class Store:
    """Articles by id, by content and by topic; every write is one transaction."""

    def __init__(
        self,
        url: str,
        *,
        clock: Callable[[], dt.datetime] = _utcnow,
        cache_size: int = 4096,
    ) -> None:
        self.url = url
        self.engine = create_engine(url)
        self.cache_size = cache_size
        self._clock = clock
        self._cache: OrderedDict[str, Article] = OrderedDict()
        self._cache_lock = threading.Lock()
        # SQLite runs the per-article statements on its DBAPI cursor (briefings.driver_sql).
        self._driver: dict[Any, DriverStatement] | None = None
        if self.engine.dialect.name == "sqlite" and self.engine.dialect.paramstyle == "qmark":
            hot = (BY_HASH_OR_ID, BY_NAME, INSERT_ARTICLE, UPDATE_ARTICLE, DELETE_TOPICS)
            self._driver = {
                s: DriverStatement(s, self.engine.dialect) for s in (*hot, INSERT_TOPIC)
            }

    def close(self) -> None:
        """Release pooled connections (SQLite files stay locked on some systems otherwise)."""
        self.engine.dispose()

    def migrate(self) -> None:
        """Bring the schema to the newest migration; a no-op when it is already there.
        The bot and a CLI run may start together: `upgrade` serialises them."""
        upgrade(self.engine, MIGRATIONS_DIR)

    def upsert(self, article: Article) -> IngestStatus:
        """Store `article`: unchanged when its content is known, updated when its id is."""
        return self.store_many([article])[0].status

    def upsert_many(self, batch: Sequence[Article]) -> list[tuple[IngestStatus, Article]]:
        """`store_many` without the replaced versions (status and article as stored)."""
        return [(done.status, done.article) for done in self.store_many(batch)]

    def store_many(self, batch: Sequence[Article]) -> list[Stored]:
        """Store several articles in one transaction: all of them or, on error, none.

        Identity: known content (any id) is unchanged; the same id (same URL, or the same
        text) is an update; without a URL, an article stored under the same file name whose
        text is mostly the same is the earlier version of an edited file and is replaced,
        keeping its id. A different text under a known file name is a new article.
        For unchanged content the article returned is the one already holding it.
        """
        for attempt in (1, 2):
            try:
                with self.engine.begin() as connection:
                    return [self._store_one(connection, article) for article in batch]
            except sa.exc.IntegrityError:
                # Another process (the bot's drop-folder watcher, a CLI run) stored the same
                # article between our read and our write; a second pass sees its row.
                if attempt == 2:
                    raise
                logger.info("concurrent write while storing %d article(s); retrying", len(batch))
        raise AssertionError("unreachable")  # pragma: no cover

    def _rows(self, connection: sa.Connection, query: Any, params: dict[str, Any]) -> list[Any]:
        if self._driver is not None:
            return self._driver[query].rows(connection, params)
        return list(connection.execute(query, params).all())

    def _run(self, connection: sa.Connection, statement: Any, params: list[dict[str, Any]]) -> None:
        if self._driver is not None:
            self._driver[statement].run(connection, params)
        else:
            connection.execute(statement, params)

    def _earlier_version(self, connection: sa.Connection, article: Article, row: Any) -> Any:
        """The stored row `article` updates, or None: `row` (the one under its id), else
        one under the same name with similar text."""
        if row is not None or article.url:
            return row
        best, best_score = None, SAME_SOURCE_SIMILARITY
        for candidate in self._rows(connection, BY_NAME, {"name": article.source_name}):
            score = similarity(candidate.data.get("paragraphs", []), article.paragraphs)
            if score >= best_score:
                best, best_score = candidate, score
        return best

    def _store_one(self, connection: sa.Connection, article: Article) -> Stored:
        found = self._rows(
            connection, BY_HASH_OR_ID, {"hash": article.content_hash, "id": article.id}
        )
        same_content = next((r for r in found if r.content_hash == article.content_hash), None)
        if same_content is not None:
            return Stored(IngestStatus.UNCHANGED, _article_from_row(same_content.data))
        same_id = next((r for r in found if r.id == article.id), None)
        existing = self._earlier_version(connection, article, same_id)
        now = self._clock()
        first_seen = existing.ingested_at if existing is not None else now
        update: dict[str, Any] = {"ingested_at": first_seen}
        if existing is not None:
            update["id"] = existing.id  # an edited version keeps the id users already know
        stored = article.model_copy(update=update)
        values = {
            "content_hash": stored.content_hash,
            "source_name": stored.source_name,
            "title": stored.title,
            "outlet": stored.outlet,
            "url": stored.url,
            "published": stored.published,
            "language": stored.language,
            "ingested_at": first_seen,
            "updated_at": now,
            "data": _json_data(stored),
        }
        replaced: Article | None = None
        # Prebuilt statements with bound parameters: SQLAlchemy compiles each once, where
        # `.values(**row)` would build and key a new statement per article.
        if existing is None:
            self._run(connection, INSERT_ARTICLE, [{"id": stored.id, **values}])
            status = IngestStatus.ADDED
        else:
            replaced = _article_from_row(existing.data)
            self._run(
                connection,
                UPDATE_ARTICLE,
                [{"key": stored.id, **{f"v_{k}": v for k, v in values.items()}}],
            )
            self._run(connection, DELETE_TOPICS, [{"id": stored.id}])
            status = IngestStatus.UPDATED
        if stored.topics:
            self._run(
                connection,
                INSERT_TOPIC,
                [
                    {
                        "article_id": stored.id,
                        "topic_id": topic_id,
                        "score": float(stored.topic_scores.get(topic_id, 0.0)),
                        "sort_date": stored.published or UNDATED,
                        "updated_at": now,
                        "content_hash": stored.content_hash,
                    }
                    for topic_id in dict.fromkeys(stored.topics)
                ],
            )
        logger.info("%s article %s from %s", status, stored.id, stored.source_name)
        return Stored(status, stored, replaced)

    def get(self, article_id: str) -> Article:
        """The article with this id; raises ArticleNotFound."""
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(articles.c.data).where(articles.c.id == article_id)
            ).first()
        if row is None:
            raise ArticleNotFound(article_id)
        return _article_from_row(row.data)

    def find_by_hash(self, content_hash: str) -> Article | None:
        """The article holding exactly this content, if any."""
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(articles.c.data).where(articles.c.content_hash == content_hash)
            ).first()
        return None if row is None else _article_from_row(row.data)

    def list_recent(self, limit: int = 20, offset: int = 0) -> list[Article]:
        """Articles most recently added or changed first (for paging through sources)."""
        query = (
            sa.select(articles.c.data)
            .order_by(articles.c.updated_at.desc(), articles.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            return [_article_from_row(row.data) for row in connection.execute(query)]

    def for_topic(
        self, topic_id: str, *, ingested_after: dt.datetime | None = None, limit: int = 200
    ) -> list[Article]:
        """Articles on a topic, newest publication first.

        `ingested_after` keeps only articles added or changed after that moment, so a
        daily digest can ask for what is new since the previous one.
        """
        brief = article_topics.c
        query = (
            sa.select(brief.article_id, brief.content_hash)
            .where(brief.topic_id == topic_id)
            .order_by(brief.sort_date.desc(), brief.updated_at.desc(), brief.article_id)
            .limit(limit)
        )
        if ingested_after is not None:
            query = query.where(brief.updated_at > ingested_after)
        with self.engine.connect() as connection:
            keys = [(row.article_id, row.content_hash) for row in connection.execute(query)]
            return self._articles_cached(connection, keys)

    def _articles_cached(
        self, connection: sa.Connection, keys: Sequence[tuple[str, str]]
    ) -> list[Article]:
        # A brief asks for the same few hundred articles again and again; parsing their
        # JSON each time would dominate its cost. The content hash versions each entry,
        # so a change made by another process is never served stale.
        found: dict[str, Article] = {}
        with self._cache_lock:
            for article_id, content_hash in keys:
                hit = self._cache.get(article_id)
                if hit is not None and hit.content_hash == content_hash:
                    self._cache.move_to_end(article_id)
                    found[article_id] = hit
        missing = [article_id for article_id, _ in keys if article_id not in found]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            rows = connection.execute(
                sa.select(articles.c.id, articles.c.data).where(articles.c.id.in_(chunk))
            )
            for row in rows:
                found[row.id] = _article_from_row(row.data)
        with self._cache_lock:
            for article_id in missing:
                if article_id in found:
                    self._cache[article_id] = found[article_id]
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return [found[article_id] for article_id, _ in keys if article_id in found]

    def remove(self, article_id: str) -> Article:
        """Delete an article and its topic rows; returns what was deleted."""
        with self.engine.begin() as connection:
            row = connection.execute(
                sa.select(articles.c.data).where(articles.c.id == article_id)
            ).first()
            if row is None:
                raise ArticleNotFound(article_id)
            connection.execute(sa.delete(articles).where(articles.c.id == article_id))
        return _article_from_row(row.data)

    def count(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as connection:
            return int(
                connection.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
            )

    def topic_counts(self) -> dict[str, int]:
        """Number of stored articles per topic id."""
        query = sa.select(article_topics.c.topic_id, sa.func.count()).group_by(
            article_topics.c.topic_id
        )
        with self.engine.connect() as connection:
            return {topic_id: int(n) for topic_id, n in connection.execute(query)}

    def last_ingest(self) -> dt.datetime | None:
        """When an article was last added or changed, or None for an empty store."""
        with self.engine.connect() as connection:
            value = connection.execute(sa.select(sa.func.max(articles.c.updated_at))).scalar()
        if value is None:
            return None
        # Aggregates bypass the column type on SQLite and come back as naive values or text.
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
