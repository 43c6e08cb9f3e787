"""The bot's tables (its own Alembic history, `bot/migrations`, in the shared database) and
the engine and migration entry points every bot store uses.

`bot.subscriptions` reads and writes subscribers, `bot.deliverylog` the delivery log,
`bot.readers` and `bot.budget` add their own tables to the same `Base`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from briefings.db import UTCDateTime, create_engine, upgrade

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class Base(DeclarativeBase):
    pass


class SubscriberRow(Base):
    __tablename__ = "bot_subscribers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    digest_time: Mapped[str] = mapped_column(String(5))
    second_time: Mapped[str | None] = mapped_column(String(5), nullable=True)  # twice a day
    # A forum topic of a group the digest goes to (where it was subscribed); None: the chat.
    thread_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    days: Mapped[str] = mapped_column(String(7), default="0123456")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    nothing_new_note: Mapped[bool] = mapped_column(Boolean, default=False)
    schedule_from: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    topics: Mapped[list[TopicRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="TopicRow.topic_id"
    )


class TopicRow(Base):
    __tablename__ = "bot_subscriber_topics"

    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("bot_subscribers.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    # A topic added after the last digest starts with its current briefing, not "what's new".
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DeliveryStatus(StrEnum):
    CLAIMED = "claimed"
    SENT = "sent"
    EMPTY = "empty"
    FAILED = "failed"


class FailureKind(StrEnum):
    """Why a delivery failed; only a transient failure is tried again (attempts permitting)."""

    TRANSIENT = "transient"  # timeouts, 5xx, 429s or a build error outlasted our retries
    PERMANENT = "permanent"  # Telegram refused this request and always will
    BLOCKED = "blocked"  # the reader blocked the bot


#: A VARCHAR with a CHECK of the values (not a native PostgreSQL ENUM: adding a kind is then
#: a constraint change, not an ALTER TYPE that cannot run inside a transaction).
FAILURE_KIND = Enum(
    FailureKind,
    name="bot_failure_kind",
    native_enum=False,
    create_constraint=True,
    length=16,
    values_callable=lambda kinds: [k.value for k in kinds],
    validate_strings=True,
)


class DeliveryRow(Base):
    __tablename__ = "bot_deliveries"
    # One row per delivery slot: a day, or one of the two times of a twice-a-day reader.
    __table_args__ = (
        UniqueConstraint("subscriber_id", "local_date", "slot", name="uq_bot_delivery_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("bot_subscribers.id", ondelete="CASCADE"), index=True
    )
    local_date: Mapped[dt.date] = mapped_column(Date)
    slot: Mapped[int] = mapped_column(Integer, default=0)  # 0: digest_time, 1: second_time
    status: Mapped[str] = mapped_column(String(16))
    claimed_by: Mapped[str] = mapped_column(String(100))
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    built_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    payload: Mapped[str | None] = mapped_column(Text, nullable=True)
    messages_sent: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    failure_kind: Mapped[FailureKind | None] = mapped_column(FAILURE_KIND, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


#: The Core table, for the push's hot path.
DELIVERIES = cast(Table, DeliveryRow.__table__)


class DropFileRow(Base):
    __tablename__ = "bot_drop_files"

    name: Mapped[str] = mapped_column(String(500), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    processed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


def make_engine(url: str) -> Engine:
    """An engine for the shared database (the core's factory: one set of SQLite pragmas)."""
    return create_engine(url)


def migrate(engine: Engine) -> None:
    """Bring the bot's tables to the newest revision (own version table, shared database),
    under the same advisory lock as the core's migrations."""
    upgrade(engine, MIGRATIONS_DIR)
