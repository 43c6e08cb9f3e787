"""Production: failure kinds as an enum column, UTC timestamps on PostgreSQL, process registry.

- `bot_deliveries.failure_kind` (transient / permanent / blocked) replaces the `"transient: "`
  prefix that `error` used to carry; existing rows are converted, `error` keeps the message.
- On PostgreSQL the bot's datetime columns become `timestamp with time zone`, like the core's
  (they held naive UTC, so the conversion reads them AT TIME ZONE 'UTC'). SQLite has one
  datetime storage either way.
- `bot_processes`: live `python -m bot` processes and their heartbeats, from which each takes
  its equal share of the bot-wide send budget.

Revision ID: 0003_prod
Revises: bot_0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_prod"
down_revision = "0002_readers"
branch_labels = None
depends_on = None

KINDS = ("transient", "permanent", "blocked")
DATETIMES = {
    "bot_subscribers": ("schedule_from", "created_at"),
    "bot_subscriber_topics": ("added_at",),
    "bot_deliveries": ("claimed_at", "built_at", "finished_at"),
    "bot_drop_files": ("processed_at",),
    "bot_readers": ("created_at",),
    "bot_seen_items": ("seen_at",),
}


def _kind_type() -> sa.Enum:
    return sa.Enum(
        *KINDS,
        name="bot_failure_kind",
        native_enum=False,
        create_constraint=True,
        length=16,
    )


def upgrade() -> None:
    with op.batch_alter_table("bot_deliveries") as batch:
        batch.add_column(sa.Column("failure_kind", _kind_type(), nullable=True))
    deliveries = sa.table(
        "bot_deliveries",
        sa.column("status", sa.String),
        sa.column("error", sa.Text),
        sa.column("failure_kind", sa.String),
    )
    for kind in ("transient", "permanent"):
        prefix = f"{kind}: "
        op.execute(
            deliveries.update()
            .where(deliveries.c.error.like(f"{kind}:%"))
            .values(
                failure_kind=kind,
                error=sa.func.substr(deliveries.c.error, len(prefix) + 1),
            )
        )
    op.execute(
        deliveries.update()
        .where(deliveries.c.status == "failed", deliveries.c.error == "blocked")
        .values(failure_kind="blocked")
    )

    if op.get_bind().dialect.name == "postgresql":
        for table, columns in DATETIMES.items():
            for column in columns:
                op.alter_column(
                    table,
                    column,
                    type_=sa.DateTime(timezone=True),
                    postgresql_using=f"{column} AT TIME ZONE 'UTC'",
                )

    op.create_table(
        "bot_processes",
        sa.Column("worker", sa.String(100), primary_key=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("bot_processes")
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in DATETIMES.items():
            for column in columns:
                op.alter_column(
                    table,
                    column,
                    type_=sa.DateTime(),
                    postgresql_using=f"{column} AT TIME ZONE 'UTC'",
                )
    deliveries = sa.table(
        "bot_deliveries",
        sa.column("error", sa.Text),
        sa.column("failure_kind", sa.String),
    )
    for kind in ("transient", "permanent"):
        op.execute(
            deliveries.update()
            .where(deliveries.c.failure_kind == kind)
            .values(error=f"{kind}: " + sa.func.coalesce(deliveries.c.error, ""))
        )
    with op.batch_alter_table("bot_deliveries") as batch:
        # The enum's CHECK constraint names the column; SQLite's table copy would keep it.
        batch.drop_constraint("bot_failure_kind", type_="check")
        batch.drop_column("failure_kind")
