"""Feeds (RSS, Atom, JSON Feed, followed channels) and the entries taken from them.

Revision ID: 0003_feeds
Revises: 0002_source_identity
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_feeds"
down_revision: str | None = "0002_source_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ts = sa.DateTime(timezone=True)
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("interval_seconds", sa.Integer),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("added_at", ts, nullable=False),
        sa.Column("next_poll_at", ts),
        # Who is polling it now and until when (a claim another process can take over after).
        sa.Column("lease_owner", sa.String(100)),
        sa.Column("lease_until", ts),
        sa.Column("last_success_at", ts),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", ts),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("entries_ingested", sa.Integer, nullable=False, server_default="0"),
        sa.Column("chat_id", sa.BigInteger),
    )
    op.create_index("ix_feeds_url", "feeds", ["url"], unique=True)
    op.create_index("ix_feeds_next_poll_at", "feeds", ["next_poll_at"])
    op.create_table(
        "feed_entries",
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey("feeds.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entry_key", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("article_id", sa.String(200)),
        sa.Column("seen_at", ts, nullable=False),
    )
    op.create_index("ix_feed_entries_url", "feed_entries", ["url"])


def downgrade() -> None:
    op.drop_index("ix_feed_entries_url", table_name="feed_entries")
    op.drop_table("feed_entries")
    op.drop_index("ix_feeds_next_poll_at", table_name="feeds")
    op.drop_index("ix_feeds_url", table_name="feeds")
    op.drop_table("feeds")
