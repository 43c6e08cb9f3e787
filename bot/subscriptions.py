"""Subscribers and their topics, persisted with SQLAlchemy; the same store also carries the
delivery log (`bot.deliverylog`, which it extends) and the drop folder's memory, so one object
is what handlers, jobs and the push share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.deliverylog import DeliveryLog
from bot.tables import (
    DeliveryRow,
    DeliveryStatus,
    DropFileRow,
    SubscriberRow,
    TopicRow,
    make_engine,
    migrate,
)

ALL_DAYS = frozenset(range(7))
_T = TypeVar("_T")


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


class DeliveryStats(BaseModel):
    subscribers: int
    active: int
    paused: int
    blocked: int
    sent_today: int
    failed_today: int
    failures_today: int


def _hh_mm(text: str) -> dt.time:
    hh, mm = text.split(":")
    return dt.time(int(hh), int(mm))


def _clock(text: str | None) -> dt.time | None:
    return _hh_mm(text) if text else None


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


class _Shared:
    """One object per distinct value over a read of many subscribers.

    Every tick reads every subscriber, and a push holds them all while it runs: validated one
    by one, 10,000 readers of the same seven weekdays and topics carried 10,000 copies of each
    (about 1.5 KB a reader). Only immutable values are shared."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, object], Any] = {}

    def get(self, kind: str, raw: object, make: Callable[[], _T]) -> _T:
        key = (kind, raw)
        if key not in self._values:
            self._values[key] = make()
        value: _T = self._values[key]
        return value


#: The fields a row sets, shared by every subscriber read in bulk (pydantic keeps one per model).
_ROW_FIELDS = set(Subscriber.model_fields)


def _subscriber_from(row: Any, topics: dict[str, dt.datetime], shared: _Shared) -> Subscriber:
    """A Subscriber from a Core result mapping of `bot_subscribers` and its topics (sorted).

    Built without validation: the values come from our own typed columns, converted here as
    `_subscriber` converts them (a test holds the two equal), and validation would copy every
    shared value again."""
    names = tuple(topics)
    return Subscriber.model_construct(
        _ROW_FIELDS,
        id=row["id"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        name=row["name"],
        timezone=shared.get("zone", row["timezone"], lambda: str(row["timezone"])),
        digest_time=shared.get("time", row["digest_time"], lambda: _hh_mm(row["digest_time"])),
        days=shared.get("days", row["days"], lambda: frozenset(int(c) for c in row["days"])),
        second_time=shared.get("time", row["second_time"], lambda: _clock(row["second_time"])),
        thread_id=row["thread_id"],
        paused=bool(row["paused"]),
        blocked=bool(row["blocked"]),
        nothing_new_note=bool(row["nothing_new_note"]),
        schedule_from=row["schedule_from"],
        topics=shared.get("topics", names, lambda: names),
        topics_added=topics,
    )


class SubscriptionStore(DeliveryLog):
    """Repository for subscribers (and, inherited, the delivery log); every method is one short
    transaction."""

    @classmethod
    def from_url(cls, url: str) -> SubscriptionStore:
        return cls(make_engine(url))

    def migrate(self) -> None:
        migrate(self.engine)

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
            shared = _Shared()
            return [
                _subscriber_from(row, by_sub[row["id"]], shared)
                for row in rows
                if row["id"] in by_sub
            ]

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
