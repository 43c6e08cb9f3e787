"""Which digests are due now: pure functions of subscribers, the delivery log and the time.

A subscriber's digest for local date D is scheduled at D + digest_time in their zone. Wall
times that do not exist (spring forward) resolve with the pre-transition offset, i.e. an hour
later on the clock; repeated wall times (fall back) take the first occurrence. Either way there
is exactly one instant per local date and time, and the delivery log keys on the local date
and the slot (0: `digest_time`, 1: `second_time` of a twice-a-day reader), so a subscriber gets
at most one digest per slot. Weekdays-only and weekly readers are the `days` they chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from bot.claims import DeliveryKey
from bot.deliverylog import Delivery
from bot.subscriptions import Subscriber
from bot.tables import DeliveryStatus


class DueDelivery(BaseModel):
    model_config = ConfigDict(frozen=True)

    subscriber: Subscriber
    local_date: dt.date
    scheduled_at: dt.datetime
    slot: int = 0

    @property
    def key(self) -> DeliveryKey:
        return (self.subscriber.id, self.local_date, self.slot)


@lru_cache(maxsize=1024)
def zone_of(name: str) -> ZoneInfo:
    """A reader's zone, kept: `ZoneInfo` itself holds only the 8 most recent zones, so a plan
    over thousands of readers in dozens of zones, every tick, read zone files again and again
    (3,000 loads for 10,000 readers)."""
    return ZoneInfo(name)


#: Fields every planned delivery sets, one set for all of them (pydantic keeps one per model).
_DUE_FIELDS = set(DueDelivery.model_fields)


def scheduled_instant(local_date: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of `at` on `local_date` in `zone` (DST gaps/overlaps resolved, fold=0)."""
    local = dt.datetime.combine(local_date, at, tzinfo=zone)
    return local.astimezone(dt.UTC)


def slot_times(sub: Subscriber) -> list[tuple[int, dt.time]]:
    """(slot, local time) of each digest on a chosen day."""
    times = [(0, sub.digest_time)]
    if sub.second_time is not None and sub.second_time != sub.digest_time:
        times.append((1, sub.second_time))
    return times


def latest_delivery_slot(
    sub: Subscriber, now: dt.datetime
) -> tuple[dt.date, int, dt.datetime] | None:
    """The most recent (local date, slot, instant) at or before `now` on a chosen day."""
    zone = zone_of(sub.timezone)
    today = now.astimezone(zone).date()
    for back in range(8):
        day = today - dt.timedelta(days=back)
        if day.weekday() not in sub.days:
            continue
        past = [
            (instant, slot)
            for slot, at in slot_times(sub)
            if (instant := scheduled_instant(day, at, zone)) <= now
        ]
        if past:
            instant, slot = max(past)
            return day, slot, instant
    return None


def latest_slot(sub: Subscriber, now: dt.datetime) -> tuple[dt.date, dt.datetime] | None:
    """The most recent (local date, instant) at or before `now` on one of the chosen days."""
    found = latest_delivery_slot(sub, now)
    return (found[0], found[2]) if found else None


def candidate_dates(now: dt.datetime) -> list[dt.date]:
    """Local dates any zone on Earth can be on at `now` (UTC-12 .. UTC+14), plus a margin."""
    utc_day = now.astimezone(dt.UTC).date()
    return [utc_day + dt.timedelta(days=d) for d in range(-8, 2)]


def plan(
    subscribers: Iterable[Subscriber],
    deliveries: Mapping[DeliveryKey, Delivery],
    now: dt.datetime,
    grace: dt.timedelta,
) -> list[DueDelivery]:
    """Digests that should go out now, oldest first.

    Due means: the latest slot has passed but by no more than `grace`, it is not before the
    subscriber's schedule started, and the log has no finished row for that date. Rows still
    claimed are returned too; the claim itself decides whether the lease can be taken over.
    """
    due: list[DueDelivery] = []
    for sub in subscribers:
        if not sub.active:
            continue
        latest = latest_delivery_slot(sub, now)
        if latest is None:
            continue
        day, slot, instant = latest
        if instant < sub.schedule_from or now - instant > grace:
            continue
        row = deliveries.get((sub.id, day, slot))
        if row is not None and row.status in {DeliveryStatus.SENT, DeliveryStatus.EMPTY}:
            continue
        # Unvalidated: every value was built just above with its type; a push holds its whole
        # plan while it runs, and validation would give each one its own field set.
        due.append(
            DueDelivery.model_construct(
                _DUE_FIELDS, subscriber=sub, local_date=day, scheduled_at=instant, slot=slot
            )
        )
    due.sort(key=lambda d: (d.scheduled_at, d.subscriber.id))
    return due


def next_delivery(sub: Subscriber, now: dt.datetime) -> dt.datetime | None:
    """When the next digest is scheduled (for /mysubs), or None if it never will be."""
    if not sub.days:
        return None
    zone = zone_of(sub.timezone)
    today = now.astimezone(zone).date()
    for ahead in range(8):
        day = today + dt.timedelta(days=ahead)
        if day.weekday() in sub.days:
            ahead_today = [
                instant
                for _, at in slot_times(sub)
                if (instant := scheduled_instant(day, at, zone)) > now
            ]
            if ahead_today:
                return min(ahead_today)
    return None
