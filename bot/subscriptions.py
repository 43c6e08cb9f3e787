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
from typing import Any, cast

from pydantic import BaseModel, ConfigDict
from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    Enum,
    ForeignKey,
    Insert,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from briefings.db import UTCDateTime, create_engine, upgrade

ALL_DAYS = frozenset(range(7))
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


_DELIVERIES = cast(Table, DeliveryRow.__table__)  # the Core table, for the push's hot path


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
    second_time: dt.time | None = None  # a second digest each chosen day (twice a day)
    thread_id: int | None = None  # forum topic the digest goes to
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
    slot: int = 0
    status: DeliveryStatus
    claimed_by: str
    claimed_at: dt.datetime
    built_at: dt.datetime | None
    messages: list[str] | None
    messages_sent: int
    attempts: int
    failures: int
    error: str | None
    failure_kind: FailureKind | None = None
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


#: A delivery slot in the log: (subscriber id, local date, slot).
DeliveryKey = tuple[int, dt.date, int]


def _clock(text: str | None) -> dt.time | None:
    if not text:
        return None
    hh, mm = text.split(":")
    return dt.time(int(hh), int(mm))


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
        second_time=_clock(row.second_time),
        thread_id=row.thread_id,
        paused=row.paused,
        blocked=row.blocked,
        nothing_new_note=row.nothing_new_note,
        schedule_from=row.schedule_from,
        topics=tuple(t.topic_id for t in row.topics),
        topics_added={t.topic_id: t.added_at for t in row.topics},
    )


def _subscriber_from(row: Any, topics: dict[str, dt.datetime]) -> Subscriber:
    """A Subscriber from a Core result mapping of `bot_subscribers` and its topics (sorted)."""
    hh, mm = row["digest_time"].split(":")
    return Subscriber(
        id=row["id"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        name=row["name"],
        timezone=row["timezone"],
        digest_time=dt.time(int(hh), int(mm)),
        days=frozenset(int(c) for c in row["days"]),
        second_time=_clock(row["second_time"]),
        thread_id=row["thread_id"],
        paused=row["paused"],
        blocked=row["blocked"],
        nothing_new_note=row["nothing_new_note"],
        schedule_from=row["schedule_from"],
        topics=tuple(topics),
        topics_added=topics,
    )


def _delivery(row: DeliveryRow) -> Delivery:
    return Delivery(
        id=row.id,
        subscriber_id=row.subscriber_id,
        local_date=row.local_date,
        slot=row.slot,
        status=DeliveryStatus(row.status),
        claimed_by=row.claimed_by,
        claimed_at=row.claimed_at,
        built_at=row.built_at,
        messages=json.loads(row.payload) if row.payload is not None else None,
        messages_sent=row.messages_sent,
        attempts=row.attempts,
        failures=row.failures,
        error=row.error,
        failure_kind=row.failure_kind,
    )


def _delivery_from(row: Any) -> Delivery:
    """A Delivery from a Core result mapping of `bot_deliveries`."""
    payload = row["payload"]
    return Delivery(
        id=row["id"],
        subscriber_id=row["subscriber_id"],
        local_date=row["local_date"],
        slot=row["slot"],
        status=DeliveryStatus(row["status"]),
        claimed_by=row["claimed_by"],
        claimed_at=row["claimed_at"],
        built_at=row["built_at"],
        messages=json.loads(payload) if payload is not None else None,
        messages_sent=row["messages_sent"],
        attempts=row["attempts"],
        failures=row["failures"],
        error=row["error"],
        failure_kind=_failure_kind(row["failure_kind"]),
    )


def _failure_kind(value: str | None) -> FailureKind | None:
    return None if value is None else FailureKind(value)


def _insert_ignore(conn: Connection, values: dict[str, Any]) -> Insert | None:
    """INSERT ... ON CONFLICT DO NOTHING where the dialect has it (no savepoint needed)."""
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert(DeliveryRow).values(**values).on_conflict_do_nothing()
    if name == "postgresql":
        return postgresql.insert(DeliveryRow).values(**values).on_conflict_do_nothing()
    return None


def make_engine(url: str) -> Engine:
    """An engine for the shared database (the core's factory: one set of SQLite pragmas)."""
    return create_engine(url)


def migrate(engine: Engine) -> None:
    """Bring the bot's tables to the newest revision (own version table, shared database),
    under the same advisory lock as the core's migrations."""
    upgrade(engine, MIGRATIONS_DIR)


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
        """Subscribers who could get a digest: not blocked, not paused, with topics.

        Runs on every scheduler tick over every subscriber, so it reads with two Core queries
        instead of loading ORM objects and their topic collections."""
        subs = cast(Table, SubscriberRow.__table__)
        topics = cast(Table, TopicRow.__table__)
        with self.engine.connect() as conn:
            by_sub: dict[int, dict[str, dt.datetime]] = {}
            for sid, topic_id, added_at in conn.execute(
                select(topics.c.subscriber_id, topics.c.topic_id, topics.c.added_at).order_by(
                    topics.c.subscriber_id, topics.c.topic_id
                )
            ):
                by_sub.setdefault(sid, {})[topic_id] = added_at
            rows = conn.execute(
                select(subs).where(subs.c.blocked.is_(False), subs.c.paused.is_(False))
            ).mappings()
            return [_subscriber_from(row, by_sub[row["id"]]) for row in rows if row["id"] in by_sub]

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
                elif key == "second_time":
                    row.second_time = value.strftime("%H:%M") if value is not None else None
                elif key == "days":
                    row.days = "".join(str(d) for d in sorted(value))
                elif key in {
                    "timezone",
                    "paused",
                    "nothing_new_note",
                    "blocked",
                    "chat_id",
                    "thread_id",
                }:
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

    def deliveries_for(self, dates: Iterable[dt.date]) -> dict[DeliveryKey, Delivery]:
        """Log rows of these local dates (by date only: an IN list of every subscriber id
        would hit SQLite's parameter limit at scale)."""
        days = list(dates)
        if not days:
            return {}
        with self._session() as s:
            rows = s.scalars(select(DeliveryRow).where(DeliveryRow.local_date.in_(days)))
            return {(r.subscriber_id, r.local_date, r.slot): _delivery(r) for r in rows}

    def claim(
        self,
        subscriber_id: int,
        local_date: dt.date,
        *,
        worker: str,
        now: dt.datetime,
        lease: dt.timedelta,
        max_attempts: int,
        slot: int = 0,
    ) -> Delivery | None:
        """Take the (subscriber, day, slot) delivery for this worker, or None if someone else
        has it (one-row `claim_many`)."""
        won = self.claim_many(
            [(subscriber_id, local_date, slot)],
            worker=worker,
            now=now,
            lease=lease,
            max_attempts=max_attempts,
        )
        return won.get((subscriber_id, local_date, slot))

    def claim_many(
        self,
        wanted: Sequence[DeliveryKey],
        *,
        worker: str,
        now: dt.datetime,
        lease: dt.timedelta,
        max_attempts: int,
    ) -> dict[DeliveryKey, Delivery]:
        """Take these (subscriber, day) deliveries for this worker in one transaction; returns
        the ones won, keyed by (subscriber, day).

        A new row is inserted (the UNIQUE key decides races); an existing row can be taken over
        only if its claim is older than `lease`, or it failed transiently with attempts left,
        using a compare-and-set UPDATE so two workers cannot both win.
        """
        if not wanted:
            return {}
        table = _DELIVERIES
        won: set[DeliveryKey] = set()
        with self.engine.begin() as conn:
            for key in wanted:
                if self._insert_claim(conn, key, worker, now) or self._take_over(
                    conn, key, worker, now, lease, max_attempts
                ):
                    won.add(key)
            if not won:
                return {}
            rows = conn.execute(
                select(table).where(
                    tuple_(table.c.subscriber_id, table.c.local_date, table.c.slot).in_(sorted(won))
                )
            ).mappings()
            claims = {
                (r["subscriber_id"], r["local_date"], r["slot"]): _delivery_from(r) for r in rows
            }
            latest = (
                select(DeliveryRow.subscriber_id, func.max(DeliveryRow.built_at))
                .where(
                    DeliveryRow.subscriber_id.in_({sid for sid, _, _ in won}),
                    DeliveryRow.status.in_([DeliveryStatus.SENT, DeliveryStatus.EMPTY]),
                )
                .group_by(DeliveryRow.subscriber_id)
            )
            previous: dict[int, dt.datetime | None] = {}
            for sid, built in conn.execute(latest):
                previous[sid] = built
        return {
            key: claim.model_copy(update={"since": previous.get(key[0])})
            for key, claim in claims.items()
        }

    def _insert_claim(
        self,
        conn: Connection,
        key: DeliveryKey,
        worker: str,
        now: dt.datetime,
    ) -> bool:
        """Insert a fresh claim row; False if the (subscriber, day, slot) row already exists."""
        subscriber_id, local_date, slot = key
        values: dict[str, Any] = {
            "subscriber_id": subscriber_id,
            "local_date": local_date,
            "slot": slot,
            "status": DeliveryStatus.CLAIMED,
            "claimed_by": worker,
            "claimed_at": now,
            "messages_sent": 0,
            "attempts": 1,
            "failures": 0,
        }
        statement = _insert_ignore(conn, values)
        if statement is not None:
            # RETURNING, not rowcount: drivers differ on rowcount for INSERT .. ON CONFLICT.
            return conn.execute(statement.returning(_DELIVERIES.c.id)).first() is not None
        try:
            with conn.begin_nested():
                conn.execute(_DELIVERIES.insert().values(**values))
        except IntegrityError:
            return False
        return True

    @staticmethod
    def _take_over(
        conn: Connection,
        key: DeliveryKey,
        worker: str,
        now: dt.datetime,
        lease: dt.timedelta,
        max_attempts: int,
    ) -> bool:
        table = _DELIVERIES
        subscriber_id, local_date, slot = key
        existing = (
            conn.execute(
                select(table).where(
                    table.c.subscriber_id == subscriber_id,
                    table.c.local_date == local_date,
                    table.c.slot == slot,
                )
            )
            .mappings()
            .first()
        )
        if existing is None:
            return False
        status = existing["status"]
        stale = status == DeliveryStatus.CLAIMED and existing["claimed_at"] <= now - lease
        retry = (
            status == DeliveryStatus.FAILED
            and existing["failure_kind"] == FailureKind.TRANSIENT
            and existing["attempts"] < max_attempts
        )
        if not (stale or retry):
            return False
        result = conn.execute(
            update(table)
            .where(
                table.c.id == existing["id"],
                table.c.status == status,
                table.c.claimed_by == existing["claimed_by"],
                table.c.claimed_at == existing["claimed_at"],
            )
            .values(
                status=DeliveryStatus.CLAIMED,
                claimed_by=worker,
                claimed_at=now,
                attempts=existing["attempts"] + 1,
            )
        )
        return result.rowcount == 1

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

    def save_payloads(
        self, payloads: Sequence[tuple[int, list[str]]], worker: str, built_at: dt.datetime
    ) -> None:
        """`save_payload` for many deliveries in one transaction."""
        if not payloads:
            return
        table = _DELIVERIES
        statement = (
            update(table)
            .where(table.c.id == bindparam("d_id"), table.c.claimed_by == worker)
            .values(payload=bindparam("d_payload"), built_at=built_at)
        )
        with self.engine.begin() as conn:
            conn.execute(
                statement,
                [
                    {"d_id": delivery_id, "d_payload": json.dumps(messages, ensure_ascii=False)}
                    for delivery_id, messages in payloads
                ],
            )

    def progress_many(
        self, marks: Sequence[ProgressMark], worker: str, now: dt.datetime
    ) -> set[int]:
        """`progress` for many deliveries in one transaction (a group commit); returns the ids
        of deliveries whose claim was lost."""
        table = _DELIVERIES
        lost: set[int] = set()
        with self.engine.begin() as conn:
            for mark in marks:
                values: dict[str, Any] = {"messages_sent": mark.messages_sent, "claimed_at": now}
                if mark.done:
                    values.update(status=DeliveryStatus.SENT, finished_at=now)
                res = conn.execute(
                    update(table)
                    .where(
                        table.c.id == mark.delivery_id,
                        table.c.claimed_by == worker,
                        table.c.status == DeliveryStatus.CLAIMED,
                    )
                    .values(**values)
                )
                if res.rowcount != 1:
                    lost.add(mark.delivery_id)
        return lost

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
        mark = ProgressMark(delivery_id=delivery_id, messages_sent=messages_sent, done=done)
        return not self.progress_many([mark], worker, now)

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
        kind: FailureKind | None = None,
    ) -> None:
        """End a delivery; a failure says its `kind` (only transient ones are retried)."""
        with self._session() as s:
            s.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id == delivery_id, DeliveryRow.claimed_by == worker)
                .values(status=status, finished_at=now, error=error, failure_kind=kind)
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
