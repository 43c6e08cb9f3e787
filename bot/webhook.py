"""The bot's HTTP face: Telegram's webhook, `GET /healthz` and `GET /metrics` (aiohttp).

PTB's custom-webhook pattern: our own server receives the update and puts it on
`application.update_queue`; the Application handles it exactly as a polled one. Every webhook
request must carry Telegram's `X-Telegram-Bot-Api-Secret-Token` equal to `WEBHOOK_SECRET`
(compared in constant time); anything else gets 403, is logged without the token it carried,
and changes nothing.

`/healthz` answers 200 only when the database answered just now and the delivery loop ticked
within `HEALTH_MAX_TICK_AGE`; the JSON body gives both ages either way, so a load balancer
takes a process out of rotation when its database or its job loop is gone.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from aiohttp import web
from telegram import Update

from bot.clock import Clock
from bot.config import BotSettings
from bot.metrics import CONTENT_TYPE, BotMetrics

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DB_PING_TIMEOUT = 5.0


class Health:
    """Ages the health check reports: since the database last answered, since the last tick."""

    def __init__(
        self, engine: sa.Engine, clock: Clock, ticked_at: Callable[[], float | None], max_age: float
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.ticked_at = ticked_at
        self.max_age = max_age
        self.db_answered_at: float | None = None

    def _ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    async def check(self) -> tuple[bool, dict[str, Any]]:
        """(healthy, body): pings the database now, off the event loop."""
        error: str | None = None
        try:
            async with asyncio.timeout(DB_PING_TIMEOUT):
                await asyncio.to_thread(self._ping)
            self.db_answered_at = self.clock.monotonic()
        except (sa.exc.SQLAlchemyError, OSError, TimeoutError) as exc:
            error = type(exc).__name__
        now = self.clock.monotonic()
        db_age = None if self.db_answered_at is None else round(now - self.db_answered_at, 3)
        ticked = self.ticked_at()
        tick_age = None if ticked is None else round(now - ticked, 3)
        db_ok = error is None
        tick_ok = tick_age is not None and tick_age <= self.max_age
        body: dict[str, Any] = {
            "status": "ok" if db_ok and tick_ok else "unavailable",
            "database": {"ok": db_ok, "age_seconds": db_age, "error": error},
            "delivery": {"ok": tick_ok, "age_seconds": tick_age, "max_age_seconds": self.max_age},
        }
        return db_ok and tick_ok, body


class HttpServer:
    """The aiohttp server; `app` (the PTB Application) only when serving the webhook."""

    def __init__(
        self,
        *,
        health: Health,
        metrics: BotMetrics,
        refresh: Callable[[], None] | None = None,
        app: Any | None = None,
        webhook_path: str | None = None,
        secret: str | None = None,
    ) -> None:
        self.health = health
        self.metrics = metrics
        self.refresh = refresh
        self.app = app
        self.secret = secret
        self.refused = 0
        self.web = web.Application(client_max_size=2 * 1024 * 1024)
        self.web.router.add_get("/healthz", self._healthz)
        self.web.router.add_get("/metrics", self._metrics)
        if app is not None:
            if not secret or not webhook_path:
                raise ValueError("a webhook needs its path and secret")
            self.web.router.add_post(webhook_path, self._update)
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, host: str, port: int) -> int:
        self._runner = web.AppRunner(self.web, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        logger.info("serving HTTP on %s:%d", host, self.port)
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _update(self, request: web.Request) -> web.Response:
        assert self.app is not None and self.secret is not None
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.refused += 1
            logger.warning(
                "webhook request from %s refused: %s secret token",
                request.remote,
                "wrong" if given else "no",
            )
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self.app.bot)
        except (ValueError, TypeError, KeyError):
            logger.warning("webhook request from %s refused: not an update", request.remote)
            return web.Response(status=400)
        await self.app.update_queue.put(update)
        return web.Response(status=200)

    async def _healthz(self, _request: web.Request) -> web.Response:
        healthy, body = await self.health.check()
        return web.Response(
            status=200 if healthy else 503, text=json.dumps(body), content_type="application/json"
        )

    async def _metrics(self, _request: web.Request) -> web.Response:
        if self.refresh is not None:
            try:
                await asyncio.to_thread(self.refresh)
            except Exception as exc:  # a scrape must not fail because the database is away
                logger.warning("metrics refresh failed: %s", type(exc).__name__)
        return web.Response(body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE})


def webhook_path(url: str) -> str:
    """The path Telegram will post to, from the public URL (`/` when it has none)."""
    return urlsplit(url).path or "/"


async def set_webhook(bot: Any, settings: BotSettings) -> None:
    """Tell Telegram where to post updates, with the secret and the configured filters."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    await bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=list(settings.allowed_updates) or Update.ALL_TYPES,
        drop_pending_updates=settings.drop_pending_updates,
    )
    logger.info("webhook set to %s", settings.webhook_url)


__all__ = ["SECRET_HEADER", "Health", "HttpServer", "set_webhook", "webhook_path"]
