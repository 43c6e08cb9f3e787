"""The core's tables and the statements every write uses, apart from the store's logic.

The full `Article` is kept as JSON (the data contract), beside the few columns that
queries need; `article_topics` carries one row per (article, topic) so a brief is one
indexed query. Alembic migrations under `migrations/` create exactly these.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from briefings.db import UTCDateTime as UTCDateTime  # re-exported: the type of its columns

#: Earlier articles under one file name compared with a new one; bounds the work per ingest.
SAME_NAME_CANDIDATES = 20


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
    sa.Index("ix_articles_source_name", "source_name"),
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


VERSION_COLUMNS = (articles.c.id, articles.c.url, articles.c.ingested_at, articles.c.data)
# Prebuilt statements with bound parameters: SQLAlchemy compiles each once, where
# `.values(**row)` would build and cache-key a new statement for every article.
# What storing an article must know, in one round trip: the row already holding its content
# (the hash is unique) and the row under its id (at most two rows; both columns indexed).
BY_HASH_OR_ID = sa.select(*VERSION_COLUMNS, articles.c.content_hash).where(
    sa.or_(articles.c.content_hash == sa.bindparam("hash"), articles.c.id == sa.bindparam("id"))
)
BY_NAME = (
    sa.select(*VERSION_COLUMNS)
    .where(articles.c.source_name == sa.bindparam("name"))
    .order_by(articles.c.updated_at.desc())
    .limit(SAME_NAME_CANDIDATES)
)
INSERT_ARTICLE = sa.insert(articles)
UPDATE_ARTICLE = (
    sa.update(articles)
    .where(articles.c.id == sa.bindparam("key"))
    .values({c.name: sa.bindparam(f"v_{c.name}") for c in articles.c if c.name != "id"})
)
DELETE_TOPICS = sa.delete(article_topics).where(article_topics.c.article_id == sa.bindparam("id"))
INSERT_TOPIC = sa.insert(article_topics)
