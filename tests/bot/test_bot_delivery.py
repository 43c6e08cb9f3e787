"""Scheduled digests through the real send path, with a fake clock driving `tick()`."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import pytest
from botkit import ADMIN, READER, Running, start_app, stop_app
from fakebotapi import FakeBotAPI, Limits, ScriptedFailure

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.delivery import push_concurrency
from bot.deliverylog import ProgressMark
from bot.ratelimit import Lane, TelegramRateLimiter, current_lane, current_rank
from bot.subscriptions import Subscriber, SubscriptionStore
from bot.tables import DeliveryStatus, FailureKind
from briefings.models import SourceMeta

UTC = dt.UTC


def subscribe(
    store: SubscriptionStore,
    clock: FakeClock,
    user_id: int,
    *,
    timezone: str = "Asia/Baku",
    at: dt.time = dt.time(8, 0),
    topics: tuple[str, ...] = ("energy",),
    chat_id: int | None = None,
    note: bool = False,
) -> Subscriber:
    sub = store.ensure(
        user_id,
        chat_id or user_id,
        name=f"u{user_id}",
        timezone=timezone,
        digest_time=at,
        now=clock.now(),
    )
    store.update(sub.id, nothing_new_note=note)
    return store.set_topics(sub.id, topics, clock.now())


async def run_until(
    running: Running, clock: FakeClock, until: dt.datetime, step: dt.timedelta
) -> None:
    """Tick the scheduler every `step` of fake time up to `until`."""
    while clock.now() < until:
        await running.tg.runner.tick()
        clock.advance(step.total_seconds())
    await running.tg.runner.tick()


def arrivals(api: FakeBotAPI, clock: FakeClock) -> dict[int, list[dt.datetime]]:
    """Record the fake time at which each chat receives each message."""
    seen: dict[int, list[dt.datetime]] = defaultdict(list)
    api.on_record = lambda m: seen[m.chat_id].append(clock.now())
    return seen


def assert_exactly_once(store: SubscriptionStore, api: FakeBotAPI) -> None:
    """Each chat got exactly the messages of its sent deliveries: nothing lost, nothing twice."""
    expected: dict[int, Counter[str]] = defaultdict(Counter)
    for delivery in store.all_deliveries():
        if delivery.status is DeliveryStatus.SENT:
            sub = store.get_by_id(delivery.subscriber_id)
            assert sub is not None and delivery.messages
            expected[sub.chat_id].update(delivery.messages)
    for chat_id, wanted in expected.items():
        assert Counter(m.text for m in api.messages_to(chat_id)) == wanted, chat_id


async def test_a_day_across_timezones(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Baku, Berlin and New York readers each get one digest at 08:00 their time."""
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC))
    zones = {3001: "Asia/Baku", 3002: "Europe/Berlin", 3003: "America/New_York"}
    for uid, zone in zones.items():
        subscribe(store, clock, uid, timezone=zone)
    seen = arrivals(running.api, clock)
    await run_until(
        running, clock, dt.datetime(2025, 5, 6, 0, 0, tzinfo=UTC), dt.timedelta(minutes=5)
    )
    expected = {3001: 4, 3002: 6, 3003: 12}  # 08:00 local in UTC (DST in Berlin and New York)
    for uid, hour in expected.items():
        slot = dt.datetime(2025, 5, 5, hour, 0, tzinfo=UTC)
        assert seen[uid], uid
        assert all(slot <= t < slot + dt.timedelta(minutes=5) for t in seen[uid]), uid
    rows = store.all_deliveries()
    assert Counter(r.subscriber_id for r in rows) == Counter(
        dict.fromkeys({r.subscriber_id for r in rows}, 1)
    )
    assert len(rows) == 3 and all(r.status is DeliveryStatus.SENT for r in rows)
    assert_exactly_once(store, running.api)


@pytest.mark.parametrize(
    ("start", "days", "expected_utc"),
    [
        pytest.param(
            dt.datetime(2025, 3, 29, 0, 0, tzinfo=UTC),
            [dt.date(2025, 3, 29), dt.date(2025, 3, 30), dt.date(2025, 3, 31)],
            # 02:30 CET; 02:30 does not exist on the 30th -> 03:30 CEST; 02:30 CEST
            [(3, 29, 1, 30), (3, 30, 1, 30), (3, 31, 0, 30)],
            id="spring-forward",
        ),
        pytest.param(
            dt.datetime(2025, 10, 25, 0, 0, tzinfo=UTC),
            [dt.date(2025, 10, 25), dt.date(2025, 10, 26), dt.date(2025, 10, 27)],
            # 02:30 CEST; first of the two 02:30s; 02:30 CET
            [(10, 25, 0, 30), (10, 26, 0, 30), (10, 27, 1, 30)],
            id="fall-back",
        ),
    ],
)
async def test_dst_change_delivers_once_a_day(
    running: Running,
    store: SubscriptionStore,
    clock: FakeClock,
    start: dt.datetime,
    days: list[dt.date],
    expected_utc: list[tuple[int, int, int, int]],
) -> None:
    """Around a DST change a 02:30 Berlin reader gets exactly one digest per local day."""
    clock.set(start)
    subscribe(store, clock, 4001, timezone="Europe/Berlin", at=dt.time(2, 30), note=True)
    await run_until(running, clock, start + dt.timedelta(hours=50), dt.timedelta(minutes=10))
    rows = sorted(store.all_deliveries(), key=lambda r: r.local_date)
    assert [r.local_date for r in rows] == days
    for row, (month, day, hour, minute) in zip(rows, expected_utc, strict=True):
        slot = dt.datetime(2025, month, day, hour, minute, tzinfo=UTC)
        assert slot <= row.claimed_at < slot + dt.timedelta(minutes=10), row.local_date
        assert row.status is DeliveryStatus.SENT
    assert_exactly_once(store, running.api)


async def test_first_digest_then_only_new(
    running: Running, store: SubscriptionStore, clock: FakeClock, service: Any
) -> None:
    """Day 1: the current briefing. Day 2: nothing new, no message. Day 3: only the new article."""
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC))
    subscribe(store, clock, READER)
    step = dt.timedelta(minutes=30)
    await run_until(running, clock, dt.datetime(2025, 5, 5, 12, 0, tzinfo=UTC), step)
    day1 = running.api.messages_to(READER)
    assert day1 and "Energy" in day1[0].plain
    await run_until(running, clock, dt.datetime(2025, 5, 6, 12, 0, tzinfo=UTC), step)
    assert len(running.api.messages_to(READER)) == len(day1)
    service.ingest_bytes(
        b"Caspian gas deal signed\n\n"
        b"Azerbaijan and Romania signed a gas supply deal on Tuesday in Bucharest. "
        b"Under the agreement SOCAR will deliver 2 billion cubic meters of natural gas a year "
        b"through the Southern Gas Corridor pipeline, the energy ministry said.\n\n"
        b"The gas exports to Europe are expected to grow further, the minister added.",
        "romania_gas.txt",
        meta=SourceMeta(outlet="Test Wire", published=dt.date(2025, 5, 6)),
    )
    await run_until(running, clock, dt.datetime(2025, 5, 7, 12, 0, tzinfo=UTC), step)
    day3 = running.api.messages_to(READER)[len(day1) :]
    text = "\n".join(m.plain for m in day3)
    assert "Test Wire" in text
    assert "AZERTAC" not in text and "Caliber" not in text
    statuses = [r.status for r in sorted(store.all_deliveries(), key=lambda r: r.local_date)]
    assert statuses == [DeliveryStatus.SENT, DeliveryStatus.EMPTY, DeliveryStatus.SENT]


async def test_topic_added_later_starts_with_its_current_briefing(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """A topic added after the first digest gets its full briefing; old topics only news."""
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC))
    sub = subscribe(store, clock, READER, topics=("energy",))
    step = dt.timedelta(minutes=30)
    await run_until(running, clock, dt.datetime(2025, 5, 5, 12, 0, tzinfo=UTC), step)
    day1 = len(running.api.messages_to(READER))
    store.set_topics(sub.id, ["energy", "partnerships"], clock.now())
    await run_until(running, clock, dt.datetime(2025, 5, 6, 12, 0, tzinfo=UTC), step)
    day2 = running.api.messages_to(READER)[day1:]
    assert day2 and day2[0].plain.startswith("Partnerships")
    assert not any(m.plain.startswith("Energy") for m in day2)


async def test_nothing_new_note_when_asked(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """A reader who asked for it gets a short 'nothing new' note on a quiet day."""
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC))
    subscribe(store, clock, READER, note=True)
    await run_until(
        running, clock, dt.datetime(2025, 5, 6, 12, 0, tzinfo=UTC), dt.timedelta(hours=1)
    )
    last = running.api.messages_to(READER)[-1]
    assert "Nothing new on Energy" in last.plain


async def test_missed_digest_within_grace_is_sent_once(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Down from 03:00 to 09:00 UTC: the 08:00 Baku digest (04:00 UTC) goes out once on return;
    one missed by more than the grace is skipped."""
    clock.set(dt.datetime(2025, 5, 5, 3, 0, tzinfo=UTC))
    subscribe(store, clock, READER)  # slot 04:00 UTC, 5 h late at 09:00: within 6 h
    subscribe(store, clock, 5001, at=dt.time(5, 0), timezone="Asia/Baku")  # 01:00 UTC tomorrow
    subscribe(store, clock, 5002, at=dt.time(8, 0), timezone="Asia/Tokyo")  # 23:00 UTC today
    clock.set(dt.datetime(2025, 5, 5, 9, 0, tzinfo=UTC))
    await running.tg.runner.tick()
    await running.tg.runner.tick()
    assert running.api.messages_to(READER)
    assert len(store.all_deliveries()) == 1
    # Tokyo's 08:00 of 6 May is 23:00 UTC 5 May; the bot is down until 6 May 06:00: 7 h late.
    clock.set(dt.datetime(2025, 5, 6, 6, 0, tzinfo=UTC))
    await running.tg.runner.tick()
    tokyo = store.get(5002)
    assert tokyo is not None
    assert not [r for r in store.all_deliveries() if r.subscriber_id == tokyo.id]
    assert_exactly_once(store, running.api)


async def test_kill_mid_push_and_restart(
    monkeypatch: pytest.MonkeyPatch,
    running: Running,
    settings: BotSettings,
    store: SubscriptionStore,
    clock: FakeClock,
    service: Any,
) -> None:
    """Killed with a send in flight after 3 messages; a new process resumes: each digest once."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    for uid in range(6001, 6007):
        subscribe(store, clock, uid, topics=("energy", "partnerships"))
    api = running.api
    api.hang_sends_after = 3
    # Kill only once the 3 confirmed messages are recorded (the other window has its own test).
    recorded = asyncio.Event()
    record_progress = store.progress

    def progress(
        delivery_id: int, worker: str, messages_sent: int, now: dt.datetime, *, done: bool = False
    ) -> bool:
        ok = record_progress(delivery_id, worker, messages_sent, now, done=done)
        if sum(d.messages_sent for d in store.all_deliveries()) >= 3:
            recorded.set()
        return ok

    monkeypatch.setattr(store, "progress", progress)
    push = asyncio.create_task(running.tg.runner.tick())
    await api.wait_for(lambda a: sum(m == "sendMessage" for m, _ in a.calls) > 3)
    async with asyncio.timeout(10):
        await recorded.wait()
    push.cancel()  # the kill: the process dies with a request in flight
    with pytest.raises(asyncio.CancelledError):
        await push
    await stop_app(running)
    api.release_hung()
    assert len(api.sent) == 3
    api.hang_sends_after = None
    clock.advance(settings.delivery_lease.total_seconds() + 1)
    restarted = await start_app(settings, service, store, clock, api)
    try:
        report = await restarted.tg.runner.tick()
        assert report.sent >= 1
        assert all(r.status is DeliveryStatus.SENT for r in store.all_deliveries())
        assert len(store.all_deliveries()) == 6
        assert_exactly_once(store, api)
        assert len(api.sent) == sum(len(r.messages or []) for r in store.all_deliveries())
    finally:
        await stop_app(restarted)


async def test_graceful_stop_hands_claims_back(
    running: Running,
    settings: BotSettings,
    store: SubscriptionStore,
    clock: FakeClock,
    service: Any,
    api: FakeBotAPI,
) -> None:
    """Stopping mid-push finishes the message in flight and releases the claims, so the next
    process resumes at once (no lease wait) and every digest still arrives exactly once."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    for uid in range(6201, 6207):
        subscribe(store, clock, uid, topics=("energy", "partnerships"))
    api.on_record = lambda m: running.tg.runner.stop() if len(api.sent) == 4 else None
    await running.tg.runner.tick()
    await stop_app(running)
    rows = store.all_deliveries()
    assert any(r.status is DeliveryStatus.CLAIMED for r in rows)
    restarted = await start_app(settings, service, store, clock, api)  # same fake time
    try:
        await restarted.tg.runner.tick()
    finally:
        await stop_app(restarted)
    assert all(r.status is DeliveryStatus.SENT for r in store.all_deliveries())
    assert_exactly_once(store, api)


class BrokenForOne(SubscriptionStore):
    """A store whose write fails for one subscriber's delivery (say, a corrupt row)."""

    victim: int | None = None

    def save_payload(
        self, delivery_id: int, worker: str, messages: list[str], built_at: dt.datetime
    ) -> bool:
        row = next(d for d in self.all_deliveries() if d.id == delivery_id)
        if row.subscriber_id == self.victim:
            raise RuntimeError("disk said no")
        return super().save_payload(delivery_id, worker, messages, built_at)

    def save_payloads(
        self, payloads: Sequence[tuple[int, list[str]]], worker: str, built_at: dt.datetime
    ) -> None:
        for delivery_id, messages in payloads:  # the batch fails as a whole on the bad row
            self.save_payload(delivery_id, worker, messages, built_at)


async def test_one_broken_delivery_does_not_stop_the_push(
    settings: BotSettings, store: SubscriptionStore, clock: FakeClock, service: Any, api: FakeBotAPI
) -> None:
    """An unexpected error in one delivery is logged and counted; the others go out."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subs = [subscribe(store, clock, uid) for uid in range(6301, 6305)]
    broken = BrokenForOne(store.engine)
    broken.victim = subs[1].id
    running = await start_app(settings, service, broken, clock, api)
    try:
        report = await running.tg.runner.tick()
    finally:
        await stop_app(running)
    assert (report.sent, report.failed) == (3, 1)
    assert not api.messages_to(subs[1].chat_id)
    assert all(api.messages_to(s.chat_id) for s in subs if s is not subs[1])


class Killed(BaseException):
    """Stands for SIGKILL: not an Exception, so nothing in the bot catches it."""


class CrashAfterConfirm(SubscriptionStore):
    """Dies right after Telegram confirmed a message, before recording it: the worst moment."""

    def __init__(self, engine: Any, crash_at: int) -> None:
        super().__init__(engine)
        self.crash_at = crash_at
        self.confirmed = 0

    def progress_many(
        self, marks: Sequence[ProgressMark], worker: str, now: dt.datetime
    ) -> set[int]:
        self.confirmed += len(marks)
        if self.confirmed >= self.crash_at:
            raise Killed("between Telegram's answer and the database write")
        return super().progress_many(marks, worker, now)


async def test_kill_in_the_documented_window_duplicates_one_message_only(
    settings: BotSettings, store: SubscriptionStore, clock: FakeClock, service: Any, api: FakeBotAPI
) -> None:
    """The at-least-once window: a kill between confirm and record resends that one message."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    for uid in range(6101, 6105):
        subscribe(store, clock, uid, topics=("energy", "partnerships"))
    crashing = CrashAfterConfirm(store.engine, crash_at=3)
    first = await start_app(settings, service, crashing, clock, api)
    first.tg.runner.concurrency = 1  # one send in flight, so the kill point is exact
    with pytest.raises(BaseExceptionGroup) as killed:
        await first.tg.runner.tick()
    assert killed.group_contains(Killed)
    await stop_app(first)
    clock.advance(settings.delivery_lease.total_seconds() + 1)
    second = await start_app(settings, service, store, clock, api)
    try:
        await second.tg.runner.tick()
    finally:
        await stop_app(second)
    texts = Counter((m.chat_id, m.text) for m in api.sent)
    assert sorted(texts.values(), reverse=True)[:2] == [2, 1]  # exactly one duplicate
    expected = sum(len(r.messages or []) for r in store.all_deliveries())
    assert len(texts) == expected  # nothing lost
    assert all(r.status is DeliveryStatus.SENT for r in store.all_deliveries())


async def test_429_storm_everything_delivered_once(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """While the server answers 429 for 5 s every digest waits and then goes out exactly once."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    for uid in range(7001, 7011):
        subscribe(store, clock, uid)
    running.api.storm_until = clock.monotonic() + 5
    report = await running.tg.runner.tick()
    assert report.sent == 10 and report.failed == 0
    assert running.api.too_many > 0
    assert_exactly_once(store, running.api)
    stats = store.stats(clock.now() - dt.timedelta(hours=1))
    assert stats.failures_today >= running.api.too_many > 0
    [reply] = await running.say(ADMIN, "/stats")
    assert "10 sent, 0 failed" in reply.plain


async def test_limits_hold_against_an_enforcing_server(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """60 two-topic digests: no 429 from a server enforcing 30/s and 1/s per chat."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    running.api.limits = Limits()
    for uid in range(8001, 8061):
        subscribe(store, clock, uid, topics=("energy", "partnerships"))
    report = await running.tg.runner.tick()
    assert report.sent == 60
    assert running.api.too_many == 0
    times = sorted(m.at for m in running.api.sent)
    assert max(sum(1 for t in times if s <= t < s + 1.0) for s in times) <= 30
    per_chat: dict[int, list[float]] = defaultdict(list)
    for m in running.api.sent:
        per_chat[m.chat_id].append(m.at)
    assert all(b - a >= 1.0 for ts in per_chat.values() for a, b in itertools.pairwise(ts))
    assert_exactly_once(store, running.api)


async def test_each_push_send_ranks_by_the_messages_its_digest_has_left(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Every message of a digest waits in the push's lane ranked by how many of its digest's
    messages are still to go (this one included), so the limiter can serve the longest
    chain first; a reply sent meanwhile keeps the interactive lane."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subscribe(store, clock, 8101, topics=("energy", "partnerships"))
    limiter = running.app.bot.rate_limiter
    assert isinstance(limiter, TelegramRateLimiter)
    asked: list[tuple[int | str | None, Lane, int]] = []
    acquire = limiter.acquire

    async def recorded(
        chat: int | str | None, lane: Lane | None = None, rank: int | None = None
    ) -> None:
        asked.append((chat, current_lane(), current_rank()))
        await acquire(chat, lane, rank)

    limiter.acquire = recorded  # type: ignore[method-assign]
    report = await running.tg.runner.tick()
    assert report.sent == 1
    [delivery] = store.all_deliveries()
    assert delivery.messages is not None and len(delivery.messages) >= 2
    n = len(delivery.messages)
    assert asked == [(8101, Lane.BULK, n - i) for i in range(n)]
    await running.say(READER, "/help")
    assert asked[-1][1:] == (Lane.INTERACTIVE, 0)


def test_enough_digests_in_flight_to_keep_the_ceiling_busy(running: Running) -> None:
    """A digest sends at most one message a second, and the runner refills its slots half a
    batch at a time: at 30 msgs/s it keeps more than 2 x 30 digests in flight (32 left the
    push's last seconds short of digests to send); the limiter off needs no more than 32,
    and however high the ceiling, no more than 1,024 claims are held at once."""
    assert running.tg.runner.concurrency == push_concurrency(30, 1.0) > 2 * 30
    assert push_concurrency(1_000_000, 0.0) == 32
    assert push_concurrency(1_000, 1.0) == 1_024
    assert push_concurrency(15, 1.0) == 34


async def test_blocked_user_marked_and_reactivated(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """403 marks the subscriber blocked (seen in /stats); writing to the bot again reactivates."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subscribe(store, clock, READER)
    running.api.blocked.add(READER)
    report = await running.tg.runner.tick()
    assert report.blocked == 1
    sub = store.get(READER)
    assert sub is not None and sub.blocked
    [row] = store.all_deliveries()
    assert row.status is DeliveryStatus.FAILED and row.failure_kind is FailureKind.BLOCKED
    [stats] = await running.say(ADMIN, "/stats")
    assert "blocked 1" in stats.plain and "1 failed" in stats.plain
    running.api.blocked.discard(READER)
    await running.say(READER, "/start")
    sub = store.get(READER)
    assert sub is not None and not sub.blocked


async def test_migrated_group_chat_follows_the_move(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """A group that became a supergroup: the digest goes to the new id, which is stored."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subscribe(store, clock, 9001, chat_id=-100)
    running.api.migrated[-100] = -1009001
    report = await running.tg.runner.tick()
    assert report.sent == 1
    assert running.api.messages_to(-1009001)
    sub = store.get(9001)
    assert sub is not None and sub.chat_id == -1009001


async def test_timeouts_and_5xx_are_retried(
    settings: BotSettings, store: SubscriptionStore, clock: FakeClock, service: Any, api: FakeBotAPI
) -> None:
    """A 502 and a timed-out request are retried with back-off; the digest arrives once."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subscribe(store, clock, READER)
    api.failures = [
        ScriptedFailure("sendMessage", 502, "Bad Gateway"),
        ScriptedFailure("sendMessage", 500, "Internal Server Error", delay=1.5),
    ]
    running = await start_app(settings, service, store, clock, api, read_timeout=0.5)
    try:
        report = await running.tg.runner.tick()
    finally:
        await stop_app(running)
    assert report.sent == 1
    assert_exactly_once(store, api)
    [row] = store.all_deliveries()
    assert row.failures == 2
    assert clock.slept  # back-off waited on the injected clock, not on the wall


async def test_unparseable_html_goes_out_as_plain_text(running: Running) -> None:
    """If Telegram ever refuses our HTML, the same text is resent without markup."""
    result = await running.tg.sender.send(READER, "<b>Gas up 5% <script>x</script></b>")
    assert result.plain_fallback and result.outcome == "sent"
    [message] = running.api.messages_to(READER)
    assert message.parse_mode is None and message.text == "Gas up 5% x"
    assert any("can't parse entities" in r[2] for r in running.api.rejected)


class CommitLog(SubscriptionStore):
    """Keeps the marks of every group commit."""

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        self.batches: list[list[ProgressMark]] = []

    def progress_many(
        self, marks: Sequence[ProgressMark], worker: str, now: dt.datetime
    ) -> set[int]:
        lost = super().progress_many(marks, worker, now)
        self.batches.append(list(marks))
        return lost


class SlowCommits(SubscriptionStore):
    """Every progress write waits, as one does for SQLite's lock while a claim batch holds it,
    until the event loop has run meanwhile (or 5 s have passed): a write made on the loop's
    own thread could never see the loop run, so it records False."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.writing = 0
        self.loop_ran = threading.Event()
        self.saw_loop: list[bool] = []

    def loop_tick(self) -> None:
        """Called by a task on the event loop: if a write is waiting, the loop is free."""
        if self.writing:
            self.loop_ran.set()

    def progress_many(
        self, marks: Sequence[ProgressMark], worker: str, now: dt.datetime
    ) -> set[int]:
        self.writing += 1
        try:
            self.saw_loop.append(self.loop_ran.wait(timeout=5.0))
        finally:
            self.writing -= 1
            if not self.writing:
                self.loop_ran.clear()
        return super().progress_many(marks, worker, now)


async def test_a_waiting_progress_write_leaves_the_event_loop_free(
    settings: BotSettings, store: SubscriptionStore, clock: FakeClock, service: Any, api: FakeBotAPI
) -> None:
    """While a group commit waits for the database, the event loop keeps running (other
    deliveries' sends and other readers' replies go on); every message is still recorded.
    Proven by the write waiting for the loop to run, not by timing (a loaded machine stalls
    the loop for reasons of its own)."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    for uid in range(6501, 6505):
        subscribe(store, clock, uid, topics=("energy",))
    slow = SlowCommits(store.engine)
    running = await start_app(settings, service, slow, clock, api)

    async def watch() -> None:
        while True:
            slow.loop_tick()
            await asyncio.sleep(0.005)

    watcher = asyncio.create_task(watch())
    try:
        report = await running.tg.runner.tick()
    finally:
        watcher.cancel()
        await stop_app(running)
    assert report.sent == 4
    assert slow.saw_loop and all(slow.saw_loop), slow.saw_loop
    assert_exactly_once(store, api)


async def test_group_commit_records_each_message_before_the_next(
    settings: BotSettings, store: SubscriptionStore, clock: FakeClock, service: Any, api: FakeBotAPI
) -> None:
    """Concurrent deliveries share commits, yet a chat's next message leaves only after the
    previous one is recorded (the exactly-once window stays one message)."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=UTC))
    subs = {
        s.chat_id: s.id
        for s in (
            subscribe(store, clock, uid, topics=("energy", "partnerships"))
            for uid in range(6401, 6413)
        )
    }
    log = CommitLog(store.engine)
    unrecorded: list[tuple[int, int, int]] = []

    def check(message: Any) -> None:
        earlier = len(api.messages_to(message.chat_id)) - 1  # this one is already in the list
        [row] = [d for d in log.all_deliveries() if d.subscriber_id == subs[message.chat_id]]
        if row.messages_sent != earlier:
            unrecorded.append((message.chat_id, earlier, row.messages_sent))

    api.on_record = check
    running = await start_app(settings, service, log, clock, api)
    running.tg.runner.commit_window = 0.05  # longer than a send here: a skipped wait would show
    try:
        report = await running.tg.runner.tick()
    finally:
        await stop_app(running)
    assert report.sent == len(subs) and report.messages > len(subs)  # several messages each
    assert not unrecorded
    assert max(len(batch) for batch in log.batches) > 1
    assert sum(len(batch) for batch in log.batches) == report.messages
    assert_exactly_once(store, api)
