"""The subscriptions store and the delivery log's claim semantics."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from botkit import START

from bot.deliverylog import ProgressMark
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus, FailureKind

LEASE = dt.timedelta(minutes=5)
DAY = dt.date(2025, 5, 5)


def _subscriber(store: SubscriptionStore, user_id: int = 7) -> int:
    sub = store.ensure(
        user_id, user_id, name="R", timezone="Asia/Baku", digest_time=dt.time(8), now=START
    )
    store.set_topics(sub.id, ["energy"], START)
    return sub.id


def test_migration_uses_its_own_version_table(store: SubscriptionStore) -> None:
    """The bot's Alembic history lives in bot_alembic_version and migrating twice is a no-op."""
    store.migrate()
    tables = set(sa.inspect(store.engine).get_table_names())
    assert {"bot_alembic_version", "bot_subscribers", "bot_deliveries"} <= tables
    assert "alembic_version" not in tables


def test_ensure_is_idempotent(store: SubscriptionStore) -> None:
    """First contact creates a subscriber with defaults; later contacts return the same one."""
    a = store.ensure(5, 5, name="A", timezone="Asia/Baku", digest_time=dt.time(8), now=START)
    b = store.ensure(5, 5, name="B", timezone="Europe/Berlin", digest_time=dt.time(9), now=START)
    assert a.id == b.id and b.timezone == "Asia/Baku" and b.topics == ()


def test_only_one_worker_wins_a_claim(store: SubscriptionStore) -> None:
    """Two workers claiming the same day: the UNIQUE key lets exactly one in."""
    sid = _subscriber(store)
    first = store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=3)
    second = store.claim(sid, DAY, worker="w2", now=START, lease=LEASE, max_attempts=3)
    assert first is not None and first.claimed_by == "w1"
    assert second is None


def test_stale_claim_is_taken_over_once(store: SubscriptionStore) -> None:
    """After the lease a claim can be taken over, by one worker only, keeping its progress."""
    sid = _subscriber(store)
    first = store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=3)
    assert first is not None
    store.save_payload(first.id, "w1", ["one", "two"], START)
    assert store.progress(first.id, "w1", 1, START)
    later = START + LEASE + dt.timedelta(seconds=1)
    taken = store.claim(sid, DAY, worker="w2", now=later, lease=LEASE, max_attempts=3)
    again = store.claim(sid, DAY, worker="w3", now=later, lease=LEASE, max_attempts=3)
    assert taken is not None and taken.claimed_by == "w2"
    assert taken.messages == ["one", "two"] and taken.messages_sent == 1
    assert again is None
    # the old worker has lost the claim and cannot record progress any more
    assert not store.progress(first.id, "w1", 2, later)


def test_sent_rows_are_never_reclaimed(store: SubscriptionStore) -> None:
    """A finished delivery stays finished whatever the clock says."""
    sid = _subscriber(store)
    d = store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=3)
    assert d is not None
    store.finish(d.id, "w1", DeliveryStatus.SENT, START)
    far = START + dt.timedelta(days=2)
    assert store.claim(sid, DAY, worker="w2", now=far, lease=LEASE, max_attempts=3) is None


def test_transient_failures_are_retried_up_to_max_attempts(store: SubscriptionStore) -> None:
    """A transient failure can be claimed again until attempts run out; a permanent one cannot."""
    sid = _subscriber(store)
    d = store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=2)
    assert d is not None
    store.finish(d.id, "w1", DeliveryStatus.FAILED, START, "timed out", FailureKind.TRANSIENT)
    d2 = store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=2)
    assert d2 is not None and d2.attempts == 2
    store.finish(d2.id, "w1", DeliveryStatus.FAILED, START, "timed out", FailureKind.TRANSIENT)
    assert store.claim(sid, DAY, worker="w1", now=START, lease=LEASE, max_attempts=2) is None
    other = _subscriber(store, 8)
    d3 = store.claim(other, DAY, worker="w1", now=START, lease=LEASE, max_attempts=2)
    assert d3 is not None
    store.finish(d3.id, "w1", DeliveryStatus.FAILED, START, "blocked", FailureKind.BLOCKED)
    assert store.claim(other, DAY, worker="w1", now=START, lease=LEASE, max_attempts=2) is None


def test_blocked_user_comes_back(store: SubscriptionStore) -> None:
    """A blocked subscriber is not schedulable until they write again."""
    sid = _subscriber(store)
    store.mark_blocked(sid)
    assert store.schedulable() == []
    assert store.seen(7, 7) is True
    assert [s.id for s in store.schedulable()] == [sid]
    assert store.seen(7, 7) is False


def test_stats_count_today(store: SubscriptionStore) -> None:
    """Stats split subscribers by state and count today's deliveries and failed attempts."""
    a, b, c = _subscriber(store, 1), _subscriber(store, 2), _subscriber(store, 3)
    store.update(b, paused=True)
    store.mark_blocked(c)
    d = store.claim(a, DAY, worker="w", now=START, lease=LEASE, max_attempts=3)
    assert d is not None
    store.note_failure(d.id)
    store.finish(d.id, "w", DeliveryStatus.SENT, START)
    stats = store.stats(START - dt.timedelta(hours=1))
    assert (stats.subscribers, stats.active, stats.paused, stats.blocked) == (3, 1, 1, 1)
    assert (stats.sent_today, stats.failed_today, stats.failures_today) == (1, 0, 1)


def test_claim_many_takes_free_days_and_skips_taken_ones(store: SubscriptionStore) -> None:
    """A batch claim wins the free (subscriber, day) rows in one go and leaves others' alone."""
    sids = [_subscriber(store, uid) for uid in (11, 12, 13)]
    assert store.claim(sids[1], DAY, worker="other", now=START, lease=LEASE, max_attempts=3)
    won = store.claim_many(
        [(sid, DAY, 0) for sid in sids], worker="w", now=START, lease=LEASE, max_attempts=3
    )
    assert set(won) == {(sids[0], DAY, 0), (sids[2], DAY, 0)}
    assert all(d.claimed_by == "w" and d.status is DeliveryStatus.CLAIMED for d in won.values())
    owners = {d.subscriber_id: d.claimed_by for d in store.all_deliveries()}
    assert owners == {sids[0]: "w", sids[1]: "other", sids[2]: "w"}


def test_claim_many_gives_each_claim_its_previous_build(store: SubscriptionStore) -> None:
    """`since` of each batch claim is that subscriber's own last digest build time."""
    a, b = _subscriber(store, 21), _subscriber(store, 22)
    before = DAY - dt.timedelta(days=1)
    built = START - dt.timedelta(hours=20)
    old = store.claim(a, before, worker="w", now=built, lease=LEASE, max_attempts=3)
    assert old is not None
    store.save_payload(old.id, "w", ["m"], built)
    assert store.progress(old.id, "w", 1, built, done=True)
    won = store.claim_many(
        [(a, DAY, 0), (b, DAY, 0)], worker="w", now=START, lease=LEASE, max_attempts=3
    )
    assert won[(a, DAY, 0)].since == built
    assert won[(b, DAY, 0)].since is None


def test_progress_many_reports_lost_claims(store: SubscriptionStore) -> None:
    """A group commit records every mark it still owns and names the deliveries it lost."""
    mine, theirs = _subscriber(store, 31), _subscriber(store, 32)
    a = store.claim(mine, DAY, worker="w", now=START, lease=LEASE, max_attempts=3)
    b = store.claim(theirs, DAY, worker="w", now=START, lease=LEASE, max_attempts=3)
    assert a is not None and b is not None
    later = START + LEASE + dt.timedelta(seconds=1)
    assert store.claim(theirs, DAY, worker="thief", now=later, lease=LEASE, max_attempts=3)
    marks = [
        ProgressMark(delivery_id=a.id, messages_sent=1, done=True),
        ProgressMark(delivery_id=b.id, messages_sent=1, done=True),
    ]
    assert store.progress_many(marks, "w", later) == {b.id}
    rows = {d.id: d for d in store.all_deliveries()}
    assert rows[a.id].status is DeliveryStatus.SENT and rows[a.id].messages_sent == 1
    assert rows[b.id].status is DeliveryStatus.CLAIMED and rows[b.id].messages_sent == 0


def test_schedulable_reads_what_one_by_one_reads_and_shares_equal_values(
    store: SubscriptionStore,
) -> None:
    """The bulk read every tick makes gives the same subscribers as reading each one, while
    readers with the same days, time, zone and topics share one object for each."""
    ids = [_subscriber(store, uid) for uid in (11, 12, 13)]
    store.update(ids[1], days={0, 2, 4}, second_time=dt.time(18, 30), nothing_new_note=True)
    odd = store.ensure(
        14, -1004, name="G", timezone="Europe/Berlin", digest_time=dt.time(7), now=START
    )
    store.set_topics(odd.id, ["partnerships", "energy"], START)
    bulk = {s.id: s for s in store.schedulable()}
    assert bulk == {i: store.get_by_id(i) for i in [*ids, odd.id]}
    a, b, c = (bulk[i] for i in ids)
    assert a.days is c.days and a.topics is c.topics and a.digest_time is c.digest_time
    assert a.timezone is c.timezone
    assert b.days == frozenset({0, 2, 4}) and b.days is not a.days
    assert bulk[odd.id].topics == ("energy", "partnerships")
