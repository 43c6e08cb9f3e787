"""Readers: each chat's interface language, word filters per topic, items already shown; and
delivery slots (a second daily time; the delivery log keyed per subscriber, date and slot);
the forum topic a group's digest goes to.

Revision ID: 0002_readers
Revises: bot_0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_readers"
down_revision = "bot_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bot_subscribers") as batch:
        batch.add_column(sa.Column("second_time", sa.String(5), nullable=True))
        batch.add_column(sa.Column("thread_id", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("bot_deliveries") as batch:
        batch.add_column(sa.Column("slot", sa.Integer(), nullable=False, server_default="0"))
        batch.drop_constraint("uq_bot_delivery_day", type_="unique")
        batch.create_unique_constraint(
            "uq_bot_delivery_slot", ["subscriber_id", "local_date", "slot"]
        )
    op.create_table(
        "bot_readers",
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bot_filters",
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("topic_id", sa.String(64), primary_key=True),
        sa.Column("include", sa.Text(), nullable=False),
        sa.Column("exclude", sa.Text(), nullable=False),
    )
    op.create_table(
        "bot_seen_items",
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("item_key", sa.String(32), primary_key=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("bot_seen_items")
    op.drop_table("bot_filters")
    op.drop_table("bot_readers")
    op.execute("DELETE FROM bot_deliveries WHERE slot <> 0")  # one row per day again
    with op.batch_alter_table("bot_deliveries") as batch:
        batch.drop_constraint("uq_bot_delivery_slot", type_="unique")
        batch.create_unique_constraint("uq_bot_delivery_day", ["subscriber_id", "local_date"])
        batch.drop_column("slot")
    with op.batch_alter_table("bot_subscribers") as batch:
        batch.drop_column("thread_id")
        batch.drop_column("second_time")
