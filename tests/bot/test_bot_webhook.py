"""Webhook mode, /healthz and /metrics: the real Application behind our aiohttp server, the
fake Bot API on the other side."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa
from botkit import ADMIN, READER, TOKEN
from fakebotapi import FakeBotAPI
from prometheus_client.parser import text_string_to_metric_families

from bot.application import build_application
from bot.clock import FakeClock
from bot.config import BotSettings
from bot.metrics import BotMetrics, instrument
from bot.subscriptions import SubscriptionStore
from bot.webhook import SECRET_HEADER, Health, HttpServer
from briefings.db import create_engine

SECRET = "s3cret-Webhook_token"
PG = os.environ.get("BOT_TEST_POSTGRES_URL")


@dataclass
class Served:
    app: Any
    tg: Any
    server: HttpServer
    metrics: BotMetrics
    base: str


@pytest.fixture
async def served(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock
) -> AsyncIterator[Served]:
    app, tg = build_application(
        settings, service=service, store=store, clock=clock, poll_interval_jobs=False
    )
    metrics = BotMetrics()
    instrument(app, tg, metrics)
    await app.initialize()
    await app.start()
    health = Health(store.engine, clock, lambda: tg.runner.ticked_at, max_age=60)
    server = HttpServer(
        health=health,
        metrics=metrics,
        refresh=lambda: metrics.set_subscribers(store.stats(clock.now())),
        app=app,
        webhook_path="/tg/hook",
        secret=SECRET,
    )
    port = await server.start("127.0.0.1", 0)
    yield Served(app, tg, server, metrics, f"http://127.0.0.1:{port}")
    await server.stop()
    await app.stop()
    await app.shutdown()


async def _post(url: str, body: dict[str, Any], headers: dict[str, str]) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=body, headers=headers) as r,
    ):
        return r.status


async def _get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as r:
        return r.status, await r.text()


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


@pytest.mark.parametrize(
    "headers",
    [pytest.param({}, id="missing"), pytest.param({SECRET_HEADER: "guessed-token"}, id="wrong")],
)
async def test_webhook_without_the_secret_is_refused(
    served: Served, api: FakeBotAPI, caplog: pytest.LogCaptureFixture, headers: dict[str, str]
) -> None:
    """No or a wrong secret token: 403, nothing handled or queued, the token not logged."""
    update = api.message(READER, "/start")
    with caplog.at_level(logging.WARNING, logger="bot.webhook"):
        status = await _post(f"{served.base}/tg/hook", update, headers)
    assert status == 403
    await asyncio.sleep(0.2)
    assert served.app.update_queue.qsize() == 0
    assert api.messages_to(READER) == []
    assert "refused" in caplog.text
    assert "guessed-token" not in caplog.text and SECRET not in caplog.text


async def test_webhook_with_the_secret_reaches_the_handlers(
    served: Served, api: FakeBotAPI
) -> None:
    """With the secret, the update goes on PTB's update queue and the reader gets the reply."""
    update = api.message(READER, "/brief energy")
    status = await _post(f"{served.base}/tg/hook", update, {SECRET_HEADER: SECRET})
    assert status == 200
    [reply, *_] = await api.wait_messages(1, chat_id=READER, within=20)
    assert "Energy" in reply.plain


async def test_metrics_match_what_the_server_received(
    served: Served, api: FakeBotAPI, clock: FakeClock
) -> None:
    """Sent and failed counters (by reason) equal the fake server's own record, and /brief
    latency is observed once per /brief."""
    hook = f"{served.base}/tg/hook"
    for user in (READER, READER + 1):
        await _post(hook, api.message(user, "/brief energy"), {SECRET_HEADER: SECRET})
    await api.wait_for(lambda a: len({m.chat_id for m in a.sent}) == 2, within=20)
    api.blocked.add(READER + 2)
    await _post(hook, api.message(READER + 2, "/help"), {SECRET_HEADER: SECRET})
    await api.wait_for(lambda a: any(s == 403 for _, s, _ in a.rejected), within=20)
    api.storm_until = clock.monotonic() + 1.0  # one 429, then the resend goes through
    await _post(hook, api.message(READER + 3, "/help"), {SECRET_HEADER: SECRET})
    await api.wait_for(lambda a: any(s == 429 for _, s, _ in a.rejected), within=20)
    clock.advance(2.0)
    await api.wait_messages(1, chat_id=READER + 3, within=20)
    await asyncio.sleep(0.2)

    status, text = await _get(f"{served.base}/metrics")
    assert status == 200
    got = _samples(text)
    sent = got[("briefings_messages_sent_total", (("method", "sendMessage"),))]
    assert sent == len(api.sent)
    for code in (403, 429):
        failed = got[
            ("briefings_messages_failed_total", (("method", "sendMessage"), ("reason", str(code))))
        ]
        assert failed == sum(1 for m, s, _ in api.rejected if m == "sendMessage" and s == code)
    assert got[("briefings_brief_latency_seconds_count", ())] == 2
    assert ("briefings_subscribers", (("state", "active"),)) in got


async def test_healthz_reports_both_ages(served: Served, clock: FakeClock) -> None:
    """200 with the database and delivery ages after a tick; 503 once the tick is too old."""
    status, body = await _get(f"{served.base}/healthz")
    assert status == 503 and json.loads(body)["delivery"]["age_seconds"] is None
    await served.tg.runner.tick()
    clock.advance(5)
    status, body = await _get(f"{served.base}/healthz")
    data = json.loads(body)
    assert status == 200, body
    assert data["database"]["ok"] and data["database"]["age_seconds"] == 0
    assert data["delivery"]["age_seconds"] == 5
    clock.advance(120)
    status, body = await _get(f"{served.base}/healthz")
    assert status == 503 and json.loads(body)["delivery"]["age_seconds"] == 125


class _Proxy:
    """A TCP forwarder to the database that can be cut (the database 'stops') and restored."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.open = True
        self.server: asyncio.Server | None = None
        self.links: list[asyncio.StreamWriter] = []

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.open:
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self.links += [writer, up_writer]

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def cut(self) -> None:
        self.open = False
        for w in self.links:
            w.close()
        self.links.clear()

    async def stop(self) -> None:
        self.cut()
        if self.server is not None:
            self.server.close()


@pytest.mark.skipif(not PG, reason="BOT_TEST_POSTGRES_URL not set")
async def test_healthz_follows_the_database(store: SubscriptionStore, clock: FakeClock) -> None:
    """/healthz goes 503 while PostgreSQL is unreachable and back to 200 when it returns."""
    assert PG
    url = sa.make_url(PG)
    proxy = _Proxy(url.host or "127.0.0.1", url.port or 5432)
    port = await proxy.start()
    engine = create_engine(url.set(host="127.0.0.1", port=port))
    health = Health(engine, clock, lambda: clock.monotonic(), max_age=60)
    server = HttpServer(health=health, metrics=BotMetrics())
    base = f"http://127.0.0.1:{await server.start('127.0.0.1', 0)}"
    try:
        assert (await _get(f"{base}/healthz"))[0] == 200
        proxy.cut()
        clock.advance(3)
        status, body = await _get(f"{base}/healthz")
        assert status == 503
        data = json.loads(body)
        assert not data["database"]["ok"] and data["database"]["age_seconds"] == 3
        proxy.open = True
        assert (await _get(f"{base}/healthz"))[0] == 200
    finally:
        await server.stop()
        await proxy.stop()
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _start(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _stop(proc: asyncio.subprocess.Process) -> str:
    proc.send_signal(signal.SIGINT)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()[-2000:]
    return err.decode()


async def test_python_m_bot_serves_the_webhook_then_polls_again(
    tmp_path: Path, settings: BotSettings, service: Any, api: FakeBotAPI
) -> None:
    """With WEBHOOK_URL the entry point sets the webhook (secret, allowed updates, drop
    pending) and answers over it, /healthz and /metrics included; started again without it,
    it deletes the webhook and polls."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.url,
        ADMIN_IDS=str(ADMIN),
        DATABASE_URL=settings.resolved_database_url(),
        DATA_DIR=str(tmp_path),
        SOURCES_DIR=str(tmp_path / "inbox"),
        DELIVERY_INTERVAL="1",
        PROCESS_HEARTBEAT="0.5",
        PROCESS_LEASE="3",
    )
    hooked = dict(
        env,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/tg/hook",
        WEBHOOK_SECRET=SECRET,
        HTTP_PORT=str(port),
        ALLOWED_UPDATES="message,callback_query",
        DROP_PENDING_UPDATES="true",
    )
    proc = await _start(hooked, tmp_path)
    try:
        await api.wait_for(lambda a: a.webhook is not None, within=60)
        assert api.webhook is not None
        assert api.webhook["url"] == hooked["WEBHOOK_URL"]
        assert api.webhook["secret_token"] == SECRET
        assert api.webhook["allowed_updates"] == ["message", "callback_query"]
        assert api.webhook["drop_pending_updates"] in (True, "true", "True")
        base = f"http://127.0.0.1:{port}"
        update = api.message(READER, "/brief energy")
        assert await _post(f"{base}/tg/hook", update, {SECRET_HEADER: "nope"}) == 403
        assert await _post(f"{base}/tg/hook", update, {SECRET_HEADER: SECRET}) == 200
        await api.wait_messages(1, chat_id=READER, within=30)
        for _ in range(50):
            status, body = await _get(f"{base}/healthz")
            if status == 200:
                break
            await asyncio.sleep(0.2)
        assert status == 200, body
        status, text = await _get(f"{base}/metrics")
        sent = _samples(text)[("briefings_messages_sent_total", (("method", "sendMessage"),))]
        assert sent == len(api.sent)
    finally:
        log = await _stop(proc)
    assert SECRET not in log and TOKEN not in log

    proc = await _start(env, tmp_path)
    try:
        await api.wait_for(lambda a: a.webhook is None, within=60)
        assert any(method == "deleteWebhook" for method, _ in api.calls)
        before = len(api.messages_to(READER))
        api.message(READER, "/help")
        await api.wait_messages(before + 1, chat_id=READER, within=30)
    finally:
        api.draining = True
        api.wake()
        await _stop(proc)
