"""The delivery log: the scheduler's memory across restarts, one row per subscriber, local date
and slot (UNIQUE), claimed before anything is sent. See `bot.delivery` for how rows move:

    claimed ──(all messages confirmed)──▶ sent
       │  └──(nothing new, no note wanted)──▶ empty
       └──(gave up: blocked / permanent error / retries spent)──▶ failed
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, func, select, tuple_, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.claims import DeliveryKey, insert_claim, take_over
from bot.tables import DELIVERIES, DeliveryRow, DeliveryStatus, FailureKind


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


class ProgressMark(BaseModel):
    """One confirmed message of a delivery: how many are now sent, and whether that is all."""

    delivery_id: int
    messages_sent: int
    done: bool = False


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


class DeliveryLog:
    """Repository for the delivery log; every method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

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
        table = DELIVERIES
        won: set[DeliveryKey] = set()
        with self.engine.begin() as conn:
            for key in wanted:
                if insert_claim(conn, key, worker, now) or take_over(
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
        table = DELIVERIES
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
        table = DELIVERIES
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
