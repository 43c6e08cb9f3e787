"""Frequencies: weekdays only, weekly on a day, twice a day; one log row per delivery slot."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from botkit import READER, Running, make_article_text, start_app, stop_app
from test_bot_delivery import assert_exactly_once, run_until, subscribe

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.frequency import Frequency, parse_frequency
from bot.scheduler import next_delivery, plan
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus

UTC = dt.UTC
MONDAY = dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC)  # Baku is UTC+4: 08:00 there is 04:00 UTC


@pytest.mark.parametrize(
    ("text", "frequency", "days", "second"),
    [
        pytest.param("daily", Frequency.DAILY, frozenset(range(7)), None, id="daily"),
        pytest.param("weekdays", Frequency.WEEKDAYS, frozenset(range(5)), None, id="weekdays"),
        pytest.param("по будням", Frequency.WEEKDAYS, frozenset(range(5)), None, id="ru-weekdays"),
        pytest.param("weekly fri", Frequency.WEEKLY, frozenset({4}), None, id="weekly"),
        pytest.param("раз в неделю пт", Frequency.WEEKLY, frozenset({4}), None, id="ru-weekly"),
        pytest.param("twice 07:00 19:30", Frequency.TWICE, None, dt.time(19, 30), id="twice"),
    ],
)
def test_parse_frequency(
    text: str, frequency: Frequency, days: frozenset[int] | None, second: dt.time | None
) -> None:
    schedule = parse_frequency(text)
    assert schedule is not None
    assert (schedule.frequency, schedule.days, schedule.second_time) == (frequency, days, second)


@pytest.mark.parametrize(
    "text", ["weekly", "weekly mon-fri", "twice 08:00", "twice 08:00 08:00", "sometimes", ""]
)
def test_parse_frequency_refuses(text: str) -> None:
    assert parse_frequency(text) is None


async def test_twice_a_day_two_slots_each_once_across_a_restart(
    running: Running,
    settings: BotSettings,
    service: Any,
    store: SubscriptionStore,
    clock: FakeClock,
) -> None:
    """08:00 and 18:00: the morning digest, then in the evening only what came since; the log
    holds one row per slot, and a restarted process sends neither again."""
    clock.set(MONDAY)
    sub = subscribe(store, clock, READER, topics=("energy",))
    store.update(sub.id, second_time=dt.time(18, 0))
    step = dt.timedelta(minutes=30)
    await run_until(running, clock, MONDAY + dt.timedelta(hours=6), step)
    morning = len(running.api.messages_to(READER))
    assert morning >= 1
    service.ingest_bytes(make_article_text("Hungary"), "hungary.txt")
    await run_until(running, clock, MONDAY + dt.timedelta(hours=15), step)
    evening = running.api.messages_to(READER)[morning:]
    assert evening and "Hungary" in "\n".join(m.plain for m in evening)
    rows = sorted(store.all_deliveries(), key=lambda d: d.slot)
    assert [(d.local_date, d.slot, d.status) for d in rows] == [
        (dt.date(2025, 5, 5), 0, DeliveryStatus.SENT),
        (dt.date(2025, 5, 5), 1, DeliveryStatus.SENT),
    ]
    api = running.api
    await stop_app(running)
    restarted = await start_app(settings, service, store, clock, api)
    try:
        await restarted.tg.runner.tick()
        assert len(store.all_deliveries()) == 2
        assert_exactly_once(store, api)
    finally:
        await stop_app(restarted)


async def test_weekly_and_weekdays_set_with_the_settings_command(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """/settings frequency weekly fri: one digest in a week, on Friday; weekdays: five."""
    clock.set(MONDAY)
    await running.say(READER, "/subscribe energy 08:00")
    [reply] = await running.say(READER, "/settings frequency weekly fri")
    assert "once a week, on Friday" in reply.plain
    await run_until(running, clock, MONDAY + dt.timedelta(days=7), dt.timedelta(hours=1))
    dates = [d.local_date for d in store.all_deliveries()]
    assert dates == [dt.date(2025, 5, 9)]
    [reply] = await running.say(READER, "/settings frequency weekdays")
    assert "weekdays only" in reply.plain
    start = clock.now()
    await run_until(running, clock, start + dt.timedelta(days=7), dt.timedelta(hours=1))
    later = sorted(d.local_date for d in store.all_deliveries())[1:]
    assert [d.weekday() for d in later] == [0, 1, 2, 3, 4]


def test_plan_and_next_delivery_see_the_second_time(store: SubscriptionStore) -> None:
    """After the morning slot the next digest is the evening one; at 18:00 slot 1 is due."""
    clock = FakeClock(MONDAY)
    sub = subscribe(store, clock, READER)
    sub = store.update(sub.id, second_time=dt.time(18, 0))
    after_morning = MONDAY + dt.timedelta(hours=5)
    assert next_delivery(sub, after_morning) == MONDAY + dt.timedelta(hours=14)
    [due] = plan([sub], {}, MONDAY + dt.timedelta(hours=14), dt.timedelta(hours=6))
    assert (due.local_date, due.slot) == (dt.date(2025, 5, 5), 1)


def test_migration_keeps_existing_deliveries_as_slot_zero(tmp_path: Any) -> None:
    """A database made before 0002_readers upgrades in place: old log rows become slot 0,
    still unique per day and slot, and the revision downgrades again."""
    from pathlib import Path

    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config

    import bot.subscriptions as subscriptions

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(subscriptions.__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "bot_0001")
        conn.execute(
            sa.text(
                "INSERT INTO bot_subscribers (id, user_id, chat_id, name, timezone, digest_time,"
                " days, paused, blocked, nothing_new_note, schedule_from, created_at) VALUES"
                " (1, 5, 5, 'n', 'Asia/Baku', '08:00', '0123456', 0, 0, 0,"
                " '2025-05-01 00:00:00', '2025-05-01 00:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO bot_deliveries (subscriber_id, local_date, status, claimed_by,"
                " claimed_at, messages_sent, attempts, failures) VALUES"
                " (1, '2025-05-05', 'sent', 'w', '2025-05-05 04:00:00', 1, 1, 0)"
            )
        )
    subscriptions.migrate(engine)
    store = SubscriptionStore(engine)
    [row] = store.all_deliveries()
    assert (row.slot, row.status) == (0, DeliveryStatus.SENT)
    clock = FakeClock(MONDAY + dt.timedelta(hours=6))
    won = store.claim(
        1,
        dt.date(2025, 5, 5),
        worker="w",
        now=clock.now(),
        lease=dt.timedelta(minutes=5),
        max_attempts=3,
        slot=1,
    )
    assert won is not None and won.slot == 1
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "bot_0001")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM bot_deliveries")).scalar() == 1
    engine.dispose()
