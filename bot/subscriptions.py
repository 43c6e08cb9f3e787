"""Subscribers, their topics and the delivery log, persisted with SQLAlchemy.

The delivery log is the scheduler's memory across restarts: one row per subscriber and local
date (UNIQUE), claimed before anything is sent. See `bot.delivery` for how rows move:

    claimed ──(all messages confirmed)──▶ sent
       │  └──(nothing new, no note wanted)──▶ empty
       └──(gave up: blocked / permanent error / retries spent)──▶ failed
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from pydantic import BaseModel, ConfigDict
from sqlalchemy import (
    BigInteger,
    Connection,
    Insert,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

ALL_DAYS = frozenset(range(7))


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC: SQLite forgets offsets, PostgreSQL keeps them."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


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


class DeliveryRow(Base):
    __tablename__ = "bot_deliveries"
    __table_args__ = (UniqueConstraint("subscriber_id", "local_date", name="uq_bot_delivery_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("bot_subscribers.id", ondelete="CASCADE"), index=True
    )
    local_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    claimed_by: Mapped[str] = mapped_column(String(100))
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    built_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    payload: Mapped[str | None] = mapped_column(Text, nullable=True)
    messages_sent: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class DropFileRow(Base):
    __tablename__ = "bot_drop_files"

    name: Mapped[str] = mapped_column(String(500), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    processed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Subscriber(BaseModel):
    """A reader and how they want their digest."""

    model_config = ConfigDict(frozen=True)

    id: int
    user_id: int
    chat_id: int
    name: str
    timezone: str
    digest_time: dt.time
    days: frozenset[int]
    paused: bool
    blocked: bool
    nothing_new_note: bool
    schedule_from: dt.datetime
    topics: tuple[str, ...]
    topics_added: dict[str, dt.datetime] = {}

    @property
    def active(self) -> bool:
        return not self.blocked and not self.paused and bool(self.topics)


class Delivery(BaseModel):
    """One row of the delivery log."""

    id: int
    subscriber_id: int
    local_date: dt.date
    status: DeliveryStatus
    claimed_by: str
    claimed_at: dt.datetime
    built_at: dt.datetime | None
    messages: list[str] | None
    messages_sent: int
    attempts: int
    failures: int
    error: str | None
    since: dt.datetime | None = None  # build time of the previous digest (set by `claim`)


class DeliveryStats(BaseModel):
    subscribers: int
    active: int
    paused: int
    blocked: int
    sent_today: int
    failed_today: int
    failures_today: int


class ProgressMark(BaseModel):
    """One confirmed message of a delivery: how many are now sent, and whether that is all."""

    delivery_id: int
    messages_sent: int
    done: bool = False


def _subscriber(row: SubscriberRow) -> Subscriber:
    hh, mm = row.digest_time.split(":")
    return Subscriber(
        id=row.id,
        user_id=row.user_id,
        chat_id=row.chat_id,
        name=row.name,
        timezone=row.timezone,
        digest_time=dt.time(int(hh), int(mm)),
        days=frozenset(int(c) for c in row.days),
        paused=row.paused,
        blocked=row.blocked,
        nothing_new_note=row.nothing_new_note,
        schedule_from=row.schedule_from,
        topics=tuple(t.topic_id for t in row.topics),
        topics_added={t.topic_id: t.added_at for t in row.topics},
    )


def _delivery(row: DeliveryRow) -> Delivery:
    return Delivery(
        id=row.id,
        subscriber_id=row.subscriber_id,
        local_date=row.local_date,
        status=DeliveryStatus(row.status),
        claimed_by=row.claimed_by,
        claimed_at=row.claimed_at,
        built_at=row.built_at,
        messages=json.loads(row.payload) if row.payload is not None else None,
        messages_sent=row.messages_sent,
        attempts=row.attempts,
        failures=row.failures,
        error=row.error,
    )


def make_engine(url: str) -> Engine:
    """An engine for the shared database; SQLite waits for locks instead of failing at once."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _fk_on(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL + NORMAL: a killed process loses nothing committed (only power loss could),
            # and the push does several small commits per digest.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the bot's tables to the newest revision (own version table, shared database)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    # configparser treats '%' as interpolation; URLs hold '%2F' and the like.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class SubscriptionStore:
    """Repository for subscribers and the delivery log; every method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> SubscriptionStore:
        return cls(make_engine(url))

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    # --- subscribers -----------------------------------------------------------------------

    def get(self, user_id: int) -> Subscriber | None:
        with self._session() as s:
            row = s.scalar(select(SubscriberRow).where(SubscriberRow.user_id == user_id))
            return _subscriber(row) if row else None

    def get_by_id(self, subscriber_id: int) -> Subscriber | None:
        with self._session() as s:
            row = s.get(SubscriberRow, subscriber_id)
            return _subscriber(row) if row else None

    def ensure(
        self,
        user_id: int,
        chat_id: int,
        *,
        name: str,
        timezone: str,
        digest_time: dt.time,
        now: dt.datetime,
    ) -> Subscriber:
        """The subscriber for this user, created with defaults on first contact."""
        with self._session() as s:
            row = s.scalar(select(SubscriberRow).where(SubscriberRow.user_id == user_id))
            if row is None:
                row = SubscriberRow(
                    user_id=user_id,
                    chat_id=chat_id,
                    name=name[:200],
                    timezone=timezone,
                    digest_time=digest_time.strftime("%H:%M"),
                    days="0123456",
                    paused=False,
                    blocked=False,
                    nothing_new_note=False,
                    schedule_from=now,
                    created_at=now,
                )
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:  # another process created it first
                    s.rollback()
                    return self.get(user_id)  # type: ignore[return-value]
            return _subscriber(row)

    def all(self) -> list[Subscriber]:
        with self._session() as s:
            return [_subscriber(r) for r in s.scalars(select(SubscriberRow))]

    def schedulable(self) -> list[Subscriber]:
        """Subscribers who could get a digest: not blocked, not paused, with topics."""
        with self._session() as s:
            rows = s.scalars(
                select(SubscriberRow).where(
                    SubscriberRow.blocked.is_(False),
                    SubscriberRow.paused.is_(False),
                    SubscriberRow.id.in_(select(TopicRow.subscriber_id)),
                )
            )
            return [_subscriber(r) for r in rows]

    def set_topics(self, subscriber_id: int, topics: Iterable[str], now: dt.datetime) -> Subscriber:
        """Replace the topic list; a first subscription starts the schedule from `now`."""
        wanted = sorted(set(topics))
        with self._session() as s:
            row = s.get_one(SubscriberRow, subscriber_id)
            had_topics = bool(row.topics)
            kept = {t.topic_id: t for t in row.topics if t.topic_id in wanted}
            row.topics = [
                kept.get(t) or TopicRow(subscriber_id=row.id, topic_id=t, added_at=now)
                for t in wanted
            ]
            if wanted and not had_topics:
                row.schedule_from = now
            s.flush()
            s.refresh(row)
            return _subscriber(row)

    def update(self, subscriber_id: int, **fields: Any) -> Subscriber:
        """Change settings: digest_time, timezone, days, paused, nothing_new_note, blocked."""
        with self._session() as s:
            row = s.get_one(SubscriberRow, subscriber_id)
            for key, value in fields.items():
                if key == "digest_time":
                    row.digest_time = value.strftime("%H:%M")
                elif key == "days":
                    row.days = "".join(str(d) for d in sorted(value))
                elif key in {"timezone", "paused", "nothing_new_note", "blocked", "chat_id"}:
                    setattr(row, key, value)
                else:
                    raise KeyError(key)
            s.flush()
            return _subscriber(row)

    def mark_blocked(self, subscriber_id: int) -> None:
        with self._session() as s:
            s.execute(
                update(SubscriberRow).where(SubscriberRow.id == subscriber_id).values(blocked=True)
            )

    def mark_chat_blocked(self, chat_id: int) -> None:
        """A reply to this chat got 403: whoever reads there is unreachable for now."""
        with self._session() as s:
            s.execute(
                update(SubscriberRow).where(SubscriberRow.chat_id == chat_id).values(blocked=True)
            )

    def seen(self, user_id: int, chat_id: int) -> bool:
        """Record that a user wrote to us; returns True if they had blocked us before."""
        with self._session() as s:
            row = s.scalar(select(SubscriberRow).where(SubscriberRow.user_id == user_id))
            if row is None:
                return False
            was_blocked = row.blocked
            row.blocked = False
            if chat_id > 0:
                row.chat_id = chat_id
            return was_blocked

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        with self._session() as s:
            s.execute(
                update(SubscriberRow)
                .where(SubscriberRow.chat_id == old_chat_id)
                .values(chat_id=new_chat_id)
            )

    # --- delivery log ----------------------------------------------------------------------

    def deliveries_for(self, dates: Iterable[dt.date]) -> dict[tuple[int, dt.date], Delivery]:
        """Log rows of these local dates (by date only: an IN list of every subscriber id
        would hit SQLite's parameter limit at scale)."""
        days = list(dates)
        if not days:
            return {}
        with self._session() as s:
            rows = s.scalars(select(DeliveryRow).where(DeliveryRow.local_date.in_(days)))
            return {(r.subscriber_id, r.local_date): _delivery(r) for r in rows}

    def claim(
        self,
        subscriber_id: int,
        local_date: dt.date,
        *,
        worker: str,
        now: dt.datetime,
        lease: dt.timedelta,
        max_attempts: int,
    ) -> Delivery | None:
        """Take the (subscriber, day) delivery for this worker, or None if someone else has it.

        A new row is inserted (the UNIQUE key decides races); an existing row can be taken over
        only if its claim is older than `lease`, or it failed transiently with attempts left,
        using a compare-and-set UPDATE so two workers cannot both win.
        """
        with self._session() as s:
            row = DeliveryRow(
                subscriber_id=subscriber_id,
                local_date=local_date,
                status=DeliveryStatus.CLAIMED,
                claimed_by=worker,
                claimed_at=now,
                messages_sent=0,
                attempts=1,
                failures=0,
            )
            try:
                with s.begin_nested():
                    s.add(row)
                    s.flush()
                return _delivery(row).model_copy(
                    update={"since": self._previous_build(s, subscriber_id)}
                )
            except IntegrityError:
                pass
            existing = s.scalar(
                select(DeliveryRow).where(
                    DeliveryRow.subscriber_id == subscriber_id,
                    DeliveryRow.local_date == local_date,
                )
            )
            if existing is None:
                return None
            stale = existing.status == DeliveryStatus.CLAIMED and existing.claimed_at <= now - lease
            retry = (
                existing.status == DeliveryStatus.FAILED
                and existing.error is not None
                and existing.error.startswith("transient:")
                and existing.attempts < max_attempts
            )
            if not (stale or retry):
                return None
            result = s.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.id == existing.id,
                    DeliveryRow.status == existing.status,
                    DeliveryRow.claimed_by == existing.claimed_by,
                    DeliveryRow.claimed_at == existing.claimed_at,
                )
                .values(
                    status=DeliveryStatus.CLAIMED,
                    claimed_by=worker,
                    claimed_at=now,
                    attempts=existing.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                return None
            s.flush()
            s.expire(existing)
            fresh = s.get_one(DeliveryRow, existing.id)
            return _delivery(fresh).model_copy(
                update={"since": self._previous_build(s, subscriber_id)}
            )

    def save_payload(
        self, delivery_id: int, worker: str, messages: list[str], built_at: dt.datetime
    ) -> bool:
        """Store what this delivery will send, so a resumed delivery sends the same thing."""
        with self._session() as s:
            res = s.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id == delivery_id, DeliveryRow.claimed_by == worker)
                .values(payload=json.dumps(messages, ensure_ascii=False), built_at=built_at)
            )
            return bool(res.rowcount)  # type: ignore[attr-defined]

    def progress(
        self,
        delivery_id: int,
        worker: str,
        messages_sent: int,
        now: dt.datetime,
        *,
        done: bool = False,
    ) -> bool:
        """Record one more confirmed message and renew the lease (with `done`, also mark the
        delivery sent, in the same statement); False if the claim was lost."""
        values: dict[str, Any] = {"messages_sent": messages_sent, "claimed_at": now}
        if done:
            values.update(status=DeliveryStatus.SENT, finished_at=now)
        with self._session() as s:
            res = s.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.id == delivery_id,
                    DeliveryRow.claimed_by == worker,
                    DeliveryRow.status == DeliveryStatus.CLAIMED,
                )
                .values(**values)
            )
            return bool(res.rowcount)  # type: ignore[attr-defined]

    def release(self, delivery_id: int, worker: str, lease: dt.timedelta, now: dt.datetime) -> None:
        """Give a claim back on shutdown: backdate it so any worker may resume it at once."""
        with self._session() as s:
            s.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.id == delivery_id,
                    DeliveryRow.claimed_by == worker,
                    DeliveryRow.status == DeliveryStatus.CLAIMED,
                )
                .values(claimed_at=now - lease - dt.timedelta(seconds=1))
            )

    def note_failure(self, delivery_id: int) -> None:
        """Count one failed attempt (a retried 429, timeout, 5xx...) for /stats."""
        with self._session() as s:
            s.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id == delivery_id)
                .values(failures=DeliveryRow.failures + 1)
            )

    def finish(
        self,
        delivery_id: int,
        worker: str,
        status: DeliveryStatus,
        now: dt.datetime,
        error: str | None = None,
    ) -> None:
        with self._session() as s:
            s.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id == delivery_id, DeliveryRow.claimed_by == worker)
                .values(status=status, finished_at=now, error=error)
            )

    @staticmethod
    def _previous_build(s: Session, subscriber_id: int) -> dt.datetime | None:
        return s.scalar(
            select(func.max(DeliveryRow.built_at)).where(
                DeliveryRow.subscriber_id == subscriber_id,
                DeliveryRow.status.in_([DeliveryStatus.SENT, DeliveryStatus.EMPTY]),
            )
        )

    def last_success(self, subscriber_id: int) -> Delivery | None:
        """The newest digest that went out (or was empty), whose build time bounds the next."""
        with self._session() as s:
            row = s.scalar(
                select(DeliveryRow)
                .where(
                    DeliveryRow.subscriber_id == subscriber_id,
                    DeliveryRow.status.in_([DeliveryStatus.SENT, DeliveryStatus.EMPTY]),
                )
                .order_by(DeliveryRow.built_at.desc())
                .limit(1)
            )
            return _delivery(row) if row else None

    def all_deliveries(self) -> list[Delivery]:
        with self._session() as s:
            return [_delivery(r) for r in s.scalars(select(DeliveryRow).order_by(DeliveryRow.id))]

    def stats(self, since: dt.datetime) -> DeliveryStats:
        """Counts for /stats; 'today' means finished since `since`."""
        with self._session() as s:
            subs = list(s.scalars(select(SubscriberRow)))
            with_topics = set(s.scalars(select(TopicRow.subscriber_id)))

            def count(status: DeliveryStatus) -> int:
                return int(
                    s.scalar(
                        select(func.count())
                        .select_from(DeliveryRow)
                        .where(DeliveryRow.status == status, DeliveryRow.finished_at >= since)
                    )
                    or 0
                )

            failures = s.scalar(
                select(func.coalesce(func.sum(DeliveryRow.failures), 0)).where(
                    DeliveryRow.claimed_at >= since
                )
            )
            return DeliveryStats(
                subscribers=sum(1 for r in subs if r.id in with_topics),
                active=sum(
                    1 for r in subs if r.id in with_topics and not r.blocked and not r.paused
                ),
                paused=sum(1 for r in subs if r.id in with_topics and r.paused and not r.blocked),
                blocked=sum(1 for r in subs if r.blocked),
                sent_today=count(DeliveryStatus.SENT),
                failed_today=count(DeliveryStatus.FAILED),
                failures_today=int(failures or 0),
            )

    # --- drop folder ---------------------------------------------------------------------

    def drop_file_hash(self, name: str) -> str | None:
        with self._session() as s:
            row = s.get(DropFileRow, name)
            return row.sha256 if row else None

    def record_drop_file(self, name: str, sha256: str, status: str, now: dt.datetime) -> None:
        with self._session() as s:
            s.execute(delete(DropFileRow).where(DropFileRow.name == name))
            s.add(DropFileRow(name=name, sha256=sha256, status=status, processed_at=now))
