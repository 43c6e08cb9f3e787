"""Several processes, one PostgreSQL: three real `python -m bot` processes push one morning's
digests through the enforcing fake Bot API, sharing one 30 msgs/s ceiling.

Runs when BOT_TEST_POSTGRES_URL (or TEST_POSTGRES_URL) is set; each test gets a database of
its own on that server.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fakebotapi import FakeBotAPI, Limits

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fleet import TOKEN, BotProcess, audit, bot_env, prepare, wait_all_sent

BASE = os.environ.get("BOT_TEST_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not BASE, reason="BOT_TEST_POSTGRES_URL not set")

#: The issue asks for 3,000; at 30 msgs/s that alone is 100 s of sending. 450 keep the test
#: near 45 s and still give each process hundreds of digests to claim against the others.
SUBSCRIBERS = 450
CEILING = 30


@pytest.fixture
def pg_url() -> Iterator[str]:
    assert BASE
    name = f"fleet_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(BASE, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(BASE).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


async def test_three_processes_share_one_ceiling(pg_url: str, tmp_path: Path) -> None:
    """Every digest is delivered once, the enforcing server never answers 429 nor sees more
    than the ceiling in any one-second window, and each of the three processes sent a share."""
    prepare(pg_url, SUBSCRIBERS, data_dir=tmp_path, now=dt.datetime.now(dt.UTC))
    api = FakeBotAPI(token=TOKEN, limits=Limits(global_max=CEILING))
    await api.start()
    fleet = [
        BotProcess(
            bot_env(
                pg_url,
                api.url,
                tmp_path,
                BROADCAST_CEILING=str(CEILING),
                # One process polls (Telegram allows one getUpdates at a time); all deliver.
                RECEIVE_UPDATES="true" if n == 0 else "false",
            ),
            tmp_path,
            tmp_path / f"bot-{n}.log",
        )
        for n in range(3)
    ]
    try:
        for bot in fleet:
            await bot.start()
        done = await wait_all_sent(pg_url, SUBSCRIBERS, within=150)
    finally:
        api.draining = True
        api.wake()
        for bot in fleet:
            await bot.stop()
        await api.stop()
    result = audit(pg_url, api, SUBSCRIBERS)
    print(result.line())
    assert done, result.line() + "\n" + fleet[0].tail()
    assert result.digests_lost == 0 and result.digests_sent == SUBSCRIBERS
    assert result.duplicates == 0 and result.missing == 0
    assert result.too_many == 0 and result.other_rejections == 0
    assert result.max_per_second <= CEILING
    assert len(result.per_worker) == 3 and min(result.per_worker.values()) > 0
