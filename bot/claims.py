"""Claiming a delivery slot: the compare-and-set that lets several processes share one
delivery log without two of them ever owning the same (subscriber, day, slot).

A new row is inserted (the UNIQUE key decides races); an existing row can be taken over only
if its claim is older than the lease, or it failed transiently with attempts left, by an UPDATE
that matches the row exactly as it was read. `bot.deliverylog.DeliveryLog.claim_many` runs
these inside one transaction per claim batch.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from bot.tables import DELIVERIES, DeliveryRow, DeliveryStatus, FailureKind

#: A delivery slot in the log: (subscriber id, local date, slot).
DeliveryKey = tuple[int, dt.date, int]


def insert_ignore(conn: Connection, values: dict[str, Any]) -> Insert | None:
    """INSERT ... ON CONFLICT DO NOTHING where the dialect has it (no savepoint needed)."""
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert(DeliveryRow).values(**values).on_conflict_do_nothing()
    if name == "postgresql":
        return postgresql.insert(DeliveryRow).values(**values).on_conflict_do_nothing()
    return None


def insert_claim(
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
    statement = insert_ignore(conn, values)
    if statement is not None:
        # RETURNING, not rowcount: drivers differ on rowcount for INSERT .. ON CONFLICT.
        return conn.execute(statement.returning(DELIVERIES.c.id)).first() is not None
    try:
        with conn.begin_nested():
            conn.execute(DELIVERIES.insert().values(**values))
    except IntegrityError:
        return False
    return True


def take_over(
    conn: Connection,
    key: DeliveryKey,
    worker: str,
    now: dt.datetime,
    lease: dt.timedelta,
    max_attempts: int,
) -> bool:
    table = DELIVERIES
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
