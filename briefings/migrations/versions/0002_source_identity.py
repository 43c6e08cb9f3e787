"""Look up earlier versions of a source by its file name.

An article's identity is its URL or its text; a file name only finds the earlier version an
edited file replaces, so the store queries articles by `source_name` on every ingest.

Revision ID: 0002_source_identity
Revises: 0001_articles
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_source_identity"
down_revision: str | None = "0001_articles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_articles_source_name", "articles", ["source_name"])


def downgrade() -> None:
    op.drop_index("ix_articles_source_name", table_name="articles")
