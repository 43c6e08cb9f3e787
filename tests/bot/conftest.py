"""Fixtures for the bot tests: a tmp database, a fake clock, the fake Bot API server and the
real PTB Application running against it over HTTP."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from botkit import ADMIN, START, TOKEN, Running, make_service, start_app, stop_app
from fakebotapi import FakeBotAPI, SentMessage

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite file; or, with BOT_TEST_POSTGRES_URL set, that PostgreSQL database
    emptied (the whole suite can run on PostgreSQL)."""
    pg = os.environ.get("BOT_TEST_POSTGRES_URL")
    if not pg:
        return f"sqlite:///{tmp_path / 'bot.db'}"
    engine = sa.create_engine(pg)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
    return pg


@pytest.fixture
def store(db_url: str) -> Iterator[SubscriptionStore]:
    st = SubscriptionStore.from_url(db_url)
    st.migrate()
    yield st
    st.engine.dispose()


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(token=TOKEN, clock=clock)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def settings(tmp_path: Path, db_url: str, api: FakeBotAPI) -> BotSettings:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return BotSettings(
        _env_file=None,
        data_dir=tmp_path,
        database_url=db_url,
        telegram_bot_token=TOKEN,
        telegram_api_url=api.url,
        admin_ids=frozenset({ADMIN}),
        sources_dir=inbox,
        default_timezone="Asia/Baku",
        default_digest_time=dt.time(8, 0),
        delivery_grace=dt.timedelta(hours=6),
        delivery_lease=dt.timedelta(minutes=5),
        # In-process, so ingest times come from the fake clock (a child process has its own).
        ingest_worker="thread",
    )


@pytest.fixture
def service(settings: BotSettings, clock: FakeClock) -> Iterator[Any]:
    svc = make_service(settings, clock)
    yield svc
    svc.close()


@pytest.fixture
async def running(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock, api: FakeBotAPI
) -> AsyncIterator[Running]:
    r = await start_app(settings, service, store, clock, api)
    yield r
    await stop_app(r)


@pytest.fixture
def texts_of() -> Callable[[list[SentMessage]], str]:
    def join(messages: list[SentMessage]) -> str:
        return "\n".join(m.plain for m in messages)

    return join
