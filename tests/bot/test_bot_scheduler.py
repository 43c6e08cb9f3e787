"""Delivery planning: local times, weekdays, DST, grace — pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot import scheduler
from bot.deliverylog import Delivery
from bot.scheduler import latest_slot, next_delivery, plan, scheduled_instant
from bot.subscriptions import ALL_DAYS, Subscriber
from bot.tables import DeliveryStatus

UTC = dt.UTC


def make_subscriber(**overrides: object) -> Subscriber:
    fields: dict[str, object] = {
        "id": 1,
        "user_id": 1001,
        "chat_id": 1001,
        "name": "Reader",
        "timezone": "Asia/Baku",
        "digest_time": dt.time(8, 0),
        "days": ALL_DAYS,
        "paused": False,
        "blocked": False,
        "nothing_new_note": False,
        "schedule_from": dt.datetime(2025, 1, 1, tzinfo=UTC),
        "topics": ("energy",),
    }
    fields.update(overrides)
    return Subscriber.model_validate(fields)


def make_delivery(sub: Subscriber, day: dt.date, status: DeliveryStatus) -> Delivery:
    return Delivery(
        id=1,
        subscriber_id=sub.id,
        local_date=day,
        status=status,
        claimed_by="w",
        claimed_at=dt.datetime(2025, 1, 1, tzinfo=UTC),
        built_at=None,
        messages=None,
        messages_sent=0,
        attempts=1,
        failures=0,
        error=None,
    )


GRACE = dt.timedelta(hours=6)


@pytest.mark.parametrize(
    ("zone", "utc_hour"),
    [
        pytest.param("Asia/Baku", 4, id="baku-utc+4"),
        pytest.param("Europe/Berlin", 7, id="berlin-winter-utc+1"),
        pytest.param("America/New_York", 13, id="new-york-winter-utc-5"),
    ],
)
def test_due_exactly_from_local_time(zone: str, utc_hour: int) -> None:
    """08:00 local is due at its UTC instant and not a second earlier."""
    sub = make_subscriber(timezone=zone)
    at = dt.datetime(2025, 1, 15, utc_hour, 0, tzinfo=UTC)
    assert plan([sub], {}, at - dt.timedelta(seconds=1), GRACE) == []
    due = plan([sub], {}, at, GRACE)
    assert [(d.local_date, d.scheduled_at) for d in due] == [(dt.date(2025, 1, 15), at)]


def test_spring_forward_gap_time_delivers_once() -> None:
    """02:30 does not exist in Berlin on 2025-03-30; it is delivered once, at 03:30 CEST."""
    sub = make_subscriber(timezone="Europe/Berlin", digest_time=dt.time(2, 30))
    instant = scheduled_instant(
        dt.date(2025, 3, 30), dt.time(2, 30), __import__("zoneinfo").ZoneInfo("Europe/Berlin")
    )
    assert instant == dt.datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    dates: set[dt.date] = set()
    t = dt.datetime(2025, 3, 29, 22, 0, tzinfo=UTC)
    while t < dt.datetime(2025, 3, 30, 22, 0, tzinfo=UTC):
        dates.update(d.local_date for d in plan([sub], {}, t, dt.timedelta(minutes=1)))
        t += dt.timedelta(seconds=30)
    assert dates == {dt.date(2025, 3, 30)}


def test_fall_back_repeated_time_has_one_instant() -> None:
    """02:30 happens twice in Berlin on 2025-10-26; only the first is the slot."""
    sub = make_subscriber(timezone="Europe/Berlin", digest_time=dt.time(2, 30))
    first = dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = dt.datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert latest_slot(sub, second) == (dt.date(2025, 10, 26), first)
    sent = {
        (sub.id, dt.date(2025, 10, 26), 0): make_delivery(
            sub, dt.date(2025, 10, 26), DeliveryStatus.SENT
        )
    }
    assert plan([sub], sent, second, GRACE) == []


def test_only_chosen_weekdays() -> None:
    """A Mon-Fri subscriber gets nothing on Saturday."""
    sub = make_subscriber(days=frozenset(range(5)))
    saturday = dt.datetime(2025, 1, 18, 4, 0, tzinfo=UTC)
    assert plan([sub], {}, saturday, GRACE) == []
    assert len(plan([sub], {}, saturday - dt.timedelta(days=1), GRACE)) == 1


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"paused": True}, id="paused"),
        pytest.param({"blocked": True}, id="blocked"),
        pytest.param({"topics": ()}, id="no-topics"),
        pytest.param(
            {"schedule_from": dt.datetime(2025, 1, 15, 5, 0, tzinfo=UTC)},
            id="subscribed-after-slot",
        ),
    ],
)
def test_not_due(overrides: dict[str, object]) -> None:
    """Paused, blocked, topic-less or just-subscribed readers are not due."""
    sub = make_subscriber(**overrides)
    assert plan([sub], {}, dt.datetime(2025, 1, 15, 5, 0, tzinfo=UTC), GRACE) == []


def test_grace_window() -> None:
    """A missed slot is due within the grace period and skipped after it."""
    sub = make_subscriber()
    slot = dt.datetime(2025, 1, 15, 4, 0, tzinfo=UTC)
    assert len(plan([sub], {}, slot + GRACE, GRACE)) == 1
    assert plan([sub], {}, slot + GRACE + dt.timedelta(seconds=1), GRACE) == []


def test_sent_and_empty_rows_are_final_but_claimed_rows_are_offered() -> None:
    """Finished rows stop planning; claimed/failed rows go to the claim to decide."""
    sub = make_subscriber()
    day = dt.date(2025, 1, 15)
    now = dt.datetime(2025, 1, 15, 5, 0, tzinfo=UTC)
    for status, expected in [
        (DeliveryStatus.SENT, 0),
        (DeliveryStatus.EMPTY, 0),
        (DeliveryStatus.CLAIMED, 1),
        (DeliveryStatus.FAILED, 1),
    ]:
        rows = {(sub.id, day, 0): make_delivery(sub, day, status)}
        assert len(plan([sub], rows, now, GRACE)) == expected, status


def test_next_delivery_is_tomorrow_after_todays_slot() -> None:
    """/mysubs shows the next slot in the future."""
    sub = make_subscriber()
    now = dt.datetime(2025, 1, 15, 5, 0, tzinfo=UTC)
    assert next_delivery(sub, now) == dt.datetime(2025, 1, 16, 4, 0, tzinfo=UTC)


def test_a_plan_over_many_zones_loads_each_zone_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Planning hundreds of readers spread over more zones than ZoneInfo keeps alive loads each
    zone once, not once per reader (the plan runs over every reader on every tick)."""
    zones = sorted(available_timezones() - {"Factory"})[:40]
    loads: list[str] = []

    def counting(name: str) -> ZoneInfo:
        loads.append(name)
        return ZoneInfo(name)

    monkeypatch.setattr("bot.scheduler.ZoneInfo", counting)
    scheduler.zone_of.cache_clear()
    subs = [
        make_subscriber(id=n, user_id=n, chat_id=n, timezone=zones[n % len(zones)])
        for n in range(400)
    ]
    now = dt.datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    due = plan(subs, {}, now, dt.timedelta(days=1))
    assert len(due) == 400
    assert sorted(loads) == sorted(zones)
