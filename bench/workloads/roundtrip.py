"""`/brief` round trips through the real PTB Application and the fake Bot API."""

from __future__ import annotations

import asyncio
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.fakeserver import import_fakebotapi
from bench.workloads.common import TOKEN, sqlite_url
from briefings.service import BriefingService

BOTKIT_DIR = Path(__file__).resolve().parents[2] / "tests" / "bot"


async def roundtrip(
    service: BriefingService, workdir: Path, count: int, pace: float = 0.05
) -> tuple[list[float], int, str]:
    """Seconds from a reader's `/brief energy` entering the fake Bot API to the bot's last
    reply being accepted there, through the real PTB Application and its rate limiter.

    Each request comes from a new reader (the per-chat limit of 1 message/s would otherwise
    be what we measure) and starts at least `pace` s after the previous one, keeping the bot
    under the 30 messages/s ceiling its limiter enforces.
    """
    from bot.clock import SystemClock

    api, settings, store = await fake_api_and_bot_store(workdir, "roundtrip_bot.db")
    started, stop, via = await start_bot(settings, service, store, SystemClock(), api)
    times: list[float] = []
    replies = 0
    try:
        for i in range(count + 1):
            user = 50_000_000 + i
            t0 = time.perf_counter()
            api.message(user, "/brief energy")
            await api.wait_messages(max(replies, 1), chat_id=user, within=30)
            elapsed = time.perf_counter() - t0
            if i == 0:  # warm-up: learn how many messages one reply takes
                await asyncio.sleep(0.5)
                replies = len(api.messages_to(user))
            else:
                times.append(elapsed)
            await asyncio.sleep(max(0.0, pace - elapsed))
    finally:
        await stop(started)
        await api.stop()
        store.engine.dispose()
    return times, replies, via


async def fake_api_and_bot_store(
    workdir: Path, db_name: str, **settings: Any
) -> tuple[Any, Any, Any]:
    """A started fake Bot API, bot settings pointing at it (`settings` added), and a fresh,
    migrated subscriber store in `workdir/db_name`: what every bench that runs the bot needs."""
    from bot.config import BotSettings
    from bot.subscriptions import SubscriptionStore

    fake = import_fakebotapi()
    api = fake.FakeBotAPI(token=TOKEN)
    await api.start()
    bot_db = workdir / db_name
    bot_db.unlink(missing_ok=True)
    bot_settings = BotSettings(
        _env_file=None,
        data_dir=workdir,
        database_url=sqlite_url(bot_db),
        telegram_bot_token=TOKEN,
        telegram_api_url=api.url,
        sources_dir=workdir / "inbox",
        **settings,
    )
    bot_settings.sources_dir.mkdir(exist_ok=True)
    store = SubscriptionStore.from_url(sqlite_url(bot_db))
    store.migrate()
    return api, bot_settings, store


async def start_bot(
    settings: Any, service: BriefingService, store: Any, clock: Any, api: Any
) -> tuple[Any, Callable[[Any], Any], str]:
    """Start the Application with tests/bot/botkit.py when it imports, else the same steps."""
    try:
        sys.path.append(str(BOTKIT_DIR))
        botkit = importlib.import_module("botkit")

        running = await botkit.start_app(settings, service, store, clock, api)
        return running, botkit.stop_app, "tests/bot/botkit.py"
    except ImportError:
        pass
    from bot.application import build_application

    app, tg = build_application(
        settings, service=service, store=store, clock=clock, poll_interval_jobs=False
    )
    await app.initialize()
    await tg.register_menus(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)

    async def stop(application: Any) -> None:
        api.draining = True
        api.wake()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()

    return app, stop, "bench glue"
