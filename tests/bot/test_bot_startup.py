"""Start-up and the last words of a dying process: retried when the Bot API is away, and no
exit path (uncaught exceptions in any thread, the event loop's handler) shows the token."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from botkit import READER, TOKEN, Running
from fakebotapi import FakeBotAPI, ScriptedFailure
from telegram import Bot

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.logsafe import TokenRedactingFilter, install_exit_redaction, redact_loop_errors
from bot.startup import BotApiUnreachable, connect
from bot.subscriptions import SubscriptionStore

SECRET = TOKEN.split(":")[1]


async def test_unreachable_api_is_retried_with_backoff(
    settings: BotSettings, api: FakeBotAPI, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Two failed getMe calls are retried after 1 s and 2 s, one warning line each (no
    traceback), and the third attempt connects."""
    api.failures += [ScriptedFailure("getMe", 502, "Bad Gateway") for _ in range(2)]
    bot = Bot(TOKEN, base_url=settings.base_url)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.startup"):
            attempts = await connect(bot, clock=clock, url=api.url, give_up_after=60)
    finally:
        await bot.shutdown()
    assert attempts == 3
    assert clock.slept == [1.0, 2.0]
    lines = [r for r in caplog.records if r.name == "bot.startup"]
    assert len(lines) == 2 and not any(r.exc_info for r in lines)
    assert "retrying in 2 s" in lines[1].getMessage()


async def test_gives_up_after_the_budget(
    settings: BotSettings, api: FakeBotAPI, clock: FakeClock
) -> None:
    """With a budget, the retries stop with BotApiUnreachable once the next wait would
    exceed it."""
    api.failures += [ScriptedFailure("getMe", 502, "Bad Gateway") for _ in range(10)]
    bot = Bot(TOKEN, base_url=settings.base_url)
    try:
        with pytest.raises(BotApiUnreachable):
            await connect(bot, clock=clock, url=api.url, give_up_after=10)
    finally:
        await bot.shutdown()
    assert sum(clock.slept) <= 10


@pytest.fixture
def hooks() -> Iterator[None]:
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def test_uncaught_exceptions_are_redacted(hooks: None, capsys: pytest.CaptureFixture[str]) -> None:
    """sys.excepthook and threading.excepthook print tracebacks without the token."""
    install_exit_redaction([TOKEN])
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def worker() -> None:
        raise ValueError(f"https://api.telegram.org/bot{TOKEN}/getMe")

    thread = threading.Thread(target=worker, name="leaky")
    thread.start()
    thread.join()
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "ValueError" in err and "leaky" in err
    assert SECRET not in err


def test_event_loop_errors_are_redacted() -> None:
    """An exception nobody awaited reaches the logs through the redacting filter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenRedactingFilter([TOKEN]))
    logging.getLogger().addHandler(handler)
    loop = asyncio.new_event_loop()
    try:
        redact_loop_errors(loop)
        loop.call_exception_handler(
            {"message": "Task exception was never retrieved", "exception": RuntimeError(TOKEN)}
        )
    finally:
        loop.close()
        logging.getLogger().removeHandler(handler)
    assert "never retrieved" in stream.getvalue() and SECRET not in stream.getvalue()


async def test_read_only_database_says_nothing_was_lost(
    running: Running, store: SubscriptionStore, db_url: str
) -> None:
    """When the database refuses writes, the reader is told the bot cannot save right now
    and that nothing was lost, and nothing is half-changed."""
    if not db_url.startswith("sqlite"):
        pytest.skip("read-only is simulated with SQLite's query_only pragma")
    await running.say(READER, "/start")
    before = store.get(READER)

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    sa.event.listen(store.engine, "connect", read_only)
    store.engine.dispose()
    try:
        [reply] = await running.say(READER, "/subscribe climate")
    finally:
        sa.event.remove(store.engine, "connect", read_only)
        store.engine.dispose()
    assert "cannot save right now; nothing was lost" in reply.plain
    assert store.get(READER) == before
