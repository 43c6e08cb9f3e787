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
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from briefings.db import UTCDateTime, create_engine, upgrade
from briefings.errors import ArticleNotFound
from briefings.models import Article

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "briefings_alembic_version"


class IngestStatus(StrEnum):
    """What storing an article did."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


metadata = sa.MetaData()

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("content_hash", sa.String(128), nullable=False),
    sa.Column("source_name", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("ingested_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("data", JSONType, nullable=False),
    sa.Index("ix_articles_content_hash", "content_hash", unique=True),
    sa.Index("ix_articles_updated_at", "updated_at"),
)

#: Sort key of undated articles: after every dated one in a newest-first scan.
UNDATED = dt.date(1, 1, 1)

# One row per (article, topic), carrying what a brief sorts and filters on, so the
# brief's query reads this narrow table in index order and never the wide JSON rows.
article_topics = sa.Table(
    "article_topics",
    metadata,
    sa.Column(
        "article_id",
        sa.String(200),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("topic_id", sa.String(100), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("sort_date", sa.Date, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("content_hash", sa.String(128), nullable=False),
    sa.Index("ix_article_topics_brief", "topic_id", "sort_date", "updated_at"),
)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _article_from_row(data: Any) -> Article:
    return Article.model_validate(data)


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

    def close(self) -> None:
        """Release pooled connections (SQLite files stay locked on some systems otherwise)."""
        self.engine.dispose()

    def migrate(self) -> None:
        """Bring the schema to the newest migration; a no-op when it is already there.
        The bot and a CLI run may start together: `upgrade` serialises them."""
        upgrade(self.engine, MIGRATIONS_DIR)

    def upsert(self, article: Article) -> IngestStatus:
        """Store `article`: unchanged when its content is known, updated when its id is."""
        return self.upsert_many([article])[0][0]

    def upsert_many(self, batch: Sequence[Article]) -> list[tuple[IngestStatus, Article]]:
        """Store several articles in one transaction: all of them or, on error, none.

        Returns each status with the article as stored; for unchanged content that is the
        article already holding it, which may have another id (the same text under a new
        file name is still one article).
        """
        for attempt in (1, 2):
            try:
                with self.engine.begin() as connection:
                    return [self._upsert_one(connection, article) for article in batch]
            except sa.exc.IntegrityError:
                # Another process (the bot's drop-folder watcher, a CLI run) stored the same
                # article between our read and our write; a second pass sees its row.
                if attempt == 2:
                    raise
                logger.info("concurrent write while storing %d article(s); retrying", len(batch))
        raise AssertionError("unreachable")  # pragma: no cover

    def _upsert_one(
        self, connection: sa.Connection, article: Article
    ) -> tuple[IngestStatus, Article]:
        # One read decides: known content (any id) is unchanged; a known id is an update.
        rows = connection.execute(
            sa.select(
                articles.c.id, articles.c.content_hash, articles.c.ingested_at, articles.c.data
            ).where(
                sa.or_(articles.c.content_hash == article.content_hash, articles.c.id == article.id)
            )
        ).all()
        same_content = next((r for r in rows if r.content_hash == article.content_hash), None)
        if same_content is not None:
            return IngestStatus.UNCHANGED, _article_from_row(same_content.data)
        existing = next((r for r in rows if r.id == article.id), None)
        now = self._clock()
        first_seen = existing.ingested_at if existing is not None else now
        stored = article.model_copy(update={"ingested_at": first_seen})
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
            "data": stored.model_dump(mode="json"),
        }
        if existing is None:
            connection.execute(sa.insert(articles).values(id=stored.id, **values))
            status = IngestStatus.ADDED
        else:
            connection.execute(
                sa.update(articles).where(articles.c.id == stored.id).values(**values)
            )
            connection.execute(
                sa.delete(article_topics).where(article_topics.c.article_id == stored.id)
            )
            status = IngestStatus.UPDATED
        if stored.topics:
            connection.execute(
                sa.insert(article_topics),
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
        return status, stored

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
