"""Helpers shared by the bot tests (imported by conftest and tests alike)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# tests/ is not a package here (a tests/bot package would shadow the real `bot`), so make the
# shared fake server importable explicitly. The project root goes on the path too: without it
# (plain `pytest`, editable install) tests/bot would be found as a namespace package `bot`.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if str(Path(__file__).resolve().parents[2]) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parents[2]))

from fakebotapi import FakeBotAPI, SentMessage

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore

TOKEN = "123456789:AAH-testTOKENthatMUSTneverLEAK_42xyz"
ADMIN = 1001
READER = 2002
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
START = dt.datetime(2025, 3, 24, 0, 0, tzinfo=dt.UTC)  # a Monday, before the DST change


def make_article_text(tag: str = "Romania", bcm: int = 2) -> bytes:
    """A short, new energy article as a plain-text scrape (unique per `tag`)."""
    return (
        f"Caspian gas deal with {tag} signed\n\n"
        f"Azerbaijan and {tag} signed a gas supply deal on Tuesday. Under the agreement SOCAR "
        f"will deliver {bcm} billion cubic meters of natural gas a year through the Southern Gas "
        "Corridor pipeline, the energy ministry said.\n\n"
        f'"This deal strengthens energy security in {tag}," Energy Minister Parviz Shahbazov '
        "said after the signing.\n\n"
        "Gas exports to Europe are expected to grow further next year, the ministry added."
    ).encode()


def make_service(settings: BotSettings, clock: FakeClock, *, samples: bool = True) -> Any:
    from briefings.service import BriefingService
    from briefings.store import Store

    service = BriefingService(
        settings, store=Store(settings.resolved_database_url(), clock=clock.now)
    )
    if samples:
        for path in sorted(SAMPLES.glob("*.txt")):
            service.ingest_path(path)
    return service


@dataclass
class Running:
    """A started Application plus helpers to talk to it through the fake server."""

    api: FakeBotAPI
    tg: Any
    app: Any

    async def say(
        self, user_id: int, text: str, *, replies: int = 1, name: str = "Reader"
    ) -> list[SentMessage]:
        """Send `text` as `user_id` and return the bot's new messages to that chat."""
        before = len(self.api.messages_to(user_id))
        self.api.message(user_id, text, name=name)
        got = await self.api.wait_messages(before + replies, chat_id=user_id)
        return got[before:]

    async def press(self, user_id: int, message: SentMessage, data: str) -> None:
        """Press an inline button and wait until the bot answered the callback."""
        answered = len(self.api.answered_callbacks)
        edits, sent = len(self.api.edits), len(self.api.sent)
        self.api.callback(user_id, data, message)

        def done(a: FakeBotAPI) -> bool:
            return len(a.answered_callbacks) > answered and (
                len(a.edits) > edits or len(a.sent) > sent
            )

        await self.api.wait_for(done)


async def start_app(
    settings: BotSettings,
    service: Any,
    store: SubscriptionStore,
    clock: FakeClock,
    api: FakeBotAPI,
    **kwargs: Any,
) -> Running:
    from bot.application import build_application

    app, tg = build_application(
        settings,
        service=service,
        store=store,
        clock=clock,
        **{"poll_interval_jobs": False, **kwargs},
    )
    await app.initialize()
    await tg.register_menus(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return Running(api=api, tg=tg, app=app)


async def stop_app(running: Running) -> None:
    app = running.app
    running.api.draining = True
    running.api.wake()
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    running.api.draining = False
    if app.running:
        await app.stop()
    await app.shutdown()
    await running.tg.close()
