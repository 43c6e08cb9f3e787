"""The JobQueue really drives the drop folder and the daily push when the app runs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from botkit import ADMIN, READER, make_article_text, start_app, stop_app
from fakebotapi import FakeBotAPI

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus


async def test_jobs_scan_the_folder_and_push_digests(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock, api: FakeBotAPI
) -> None:
    """With short intervals, a dropped file reaches the admin and a due digest the reader."""
    # The fake clock stands still here, so no quiet period: two scans seeing the same file do.
    fast = settings.model_copy(
        update={"watch_interval": 0.05, "delivery_interval": 0.05, "watch_quiet_seconds": 0}
    )
    clock.set(dt.datetime(2025, 5, 5, 3, 0, tzinfo=dt.UTC))
    sub = store.ensure(
        READER, READER, name="r", timezone="Asia/Baku", digest_time=dt.time(8), now=clock.now()
    )
    store.set_topics(sub.id, ["energy"], clock.now())
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=dt.UTC))
    (fast.sources_dir / "dropped.txt").write_bytes(make_article_text("Albania", 5))
    running = await start_app(fast, service, store, clock, api, poll_interval_jobs=True)
    try:
        [told] = await api.wait_messages(1, chat_id=ADMIN, within=15)
        assert "dropped.txt" in told.plain and "Added" in told.plain
        [digest, *_] = await api.wait_messages(1, chat_id=READER, within=15)
        assert "Energy" in digest.plain
        [row] = store.all_deliveries()
        assert row.status in {DeliveryStatus.CLAIMED, DeliveryStatus.SENT}
    finally:
        await stop_app(running)
