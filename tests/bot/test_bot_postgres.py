"""The delivery log on PostgreSQL: concurrent workers never both win a day.

Runs when BOT_TEST_POSTGRES_URL points at an empty database (e.g.
postgresql+psycopg://postgres@/bottest?host=/tmp&port=55432); skipped otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from bot.subscriptions import SubscriptionStore

URL = os.environ.get("BOT_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="BOT_TEST_POSTGRES_URL not set")
NOW = dt.datetime(2025, 5, 5, 4, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=5)


@pytest.fixture
def pg() -> Iterator[SubscriptionStore]:
    assert URL
    store = SubscriptionStore.from_url(URL)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    store.migrate()
    yield store
    store.engine.dispose()


def test_concurrent_claims_have_one_winner(pg: SubscriptionStore) -> None:
    """Eight workers race for each of 20 subscriber-days: exactly one claim per day."""
    ids = []
    for uid in range(20):
        sub = pg.ensure(uid, uid, name="r", timezone="Asia/Baku", digest_time=dt.time(8), now=NOW)
        ids.append(pg.set_topics(sub.id, ["energy"], NOW).id)

    def claim(args: tuple[int, int]) -> str | None:
        sid, worker = args
        d = pg.claim(
            sid, dt.date(2025, 5, 5), worker=f"w{worker}", now=NOW, lease=LEASE, max_attempts=3
        )
        return d.claimed_by if d else None

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(claim, [(sid, w) for sid in ids for w in range(8)]))
    winners = [r for r in results if r is not None]
    assert len(winners) == 20
    assert len(pg.all_deliveries()) == 20


def test_stale_claim_takeover_race(pg: SubscriptionStore) -> None:
    """After the lease ran out, eight workers try to take a claim over: one succeeds."""
    sub = pg.ensure(1, 1, name="r", timezone="Asia/Baku", digest_time=dt.time(8), now=NOW)
    pg.set_topics(sub.id, ["energy"], NOW)
    assert pg.claim(sub.id, dt.date(2025, 5, 5), worker="old", now=NOW, lease=LEASE, max_attempts=3)
    later = NOW + LEASE + dt.timedelta(seconds=1)

    def take(worker: int) -> bool:
        d = pg.claim(
            sub.id, dt.date(2025, 5, 5), worker=f"w{worker}", now=later, lease=LEASE, max_attempts=3
        )
        return d is not None

    with ThreadPoolExecutor(8) as pool:
        assert sum(pool.map(take, range(8))) == 1
