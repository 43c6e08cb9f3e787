"""The bot token never reaches the logs, even at DEBUG during a full run."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from botkit import READER, TOKEN, start_app, stop_app
from fakebotapi import FakeBotAPI

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.logsafe import install_redaction
from bot.subscriptions import SubscriptionStore


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


async def test_token_never_logged(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock, api: FakeBotAPI
) -> None:
    """DEBUG logs of start-up, commands, a digest push and a failure never contain the token."""
    root = logging.getLogger()
    collect = _Collect()
    collect.setFormatter(logging.Formatter("%(name)s %(message)s"))
    old_level = root.level
    root.addHandler(collect)
    root.setLevel(logging.DEBUG)
    try:
        install_redaction([TOKEN])
        running = await start_app(settings, service, store, clock, api)
        try:
            await running.say(READER, "/start")
            await running.say(READER, "/subscribe energy")
            clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=dt.UTC))
            api.blocked.add(READER)
            await running.tg.runner.tick()
        finally:
            await stop_app(running)
    finally:
        root.removeHandler(collect)
        root.setLevel(old_level)
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    text = "\n".join(collect.lines)
    assert len(collect.lines) > 20  # we really captured a DEBUG run
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text
    assert "[REDACTED]" in text  # PTB logged its API URL, redacted
