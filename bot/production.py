"""What `python -m bot` adds around the Application in production: metrics, the shared send
budget, and the HTTP server (webhook, /healthz, /metrics) when configured."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from bot.budget import ProcessRegistry, SendBudget
from bot.clock import Clock
from bot.config import BotSettings
from bot.metrics import BotMetrics, instrument
from bot.ratelimit import TelegramRateLimiter
from bot.webhook import Health, HttpServer, set_webhook, webhook_path

logger = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def production(
    app: Any, tg: Any, settings: BotSettings, clock: Clock
) -> AsyncIterator[HttpServer | None]:
    """Around a started Application: yields the HTTP server (None when not serving HTTP);
    on exit stops serving and hands this process's share of the budget back."""
    metrics = BotMetrics()
    instrument(app, tg, metrics)
    tg.sender.paid_broadcast = settings.paid_broadcast
    limiter = app.bot.rate_limiter

    def apply(share: int, live: int) -> None:
        if isinstance(limiter, TelegramRateLimiter):
            limiter.set_global(share)
        metrics.set_budget(share, live)

    budget = SendBudget(
        registry=ProcessRegistry(tg.store.engine),
        worker=tg.runner.worker,
        ceiling=settings.broadcast_ceiling,
        clock=clock,
        heartbeat=settings.process_heartbeat,
        lease=settings.process_lease,
        apply=apply,
    )
    await budget.step()  # registered (share 0) before anything can be sent
    beating = asyncio.create_task(budget.run(), name="send-budget")
    server: HttpServer | None = None
    try:
        if settings.serve_http:
            health = Health(
                tg.store.engine,
                clock,
                lambda: tg.runner.ticked_at,
                settings.health_max_tick_age,
            )

            def refresh() -> None:
                metrics.set_subscribers(tg.store.stats(clock.now()))

            webhook = settings.webhook_url
            server = HttpServer(
                health=health,
                metrics=metrics,
                refresh=refresh,
                app=app if webhook else None,
                webhook_path=webhook_path(webhook) if webhook else None,
                secret=settings.webhook_secret.get_secret_value()
                if webhook and settings.webhook_secret
                else None,
            )
            await server.start(settings.http_host, settings.http_listen_port)
            if webhook:
                await set_webhook(app.bot, settings)
        yield server
    finally:
        if server is not None:
            await server.stop()
        await budget.stop()
        await beating


__all__ = ["production"]
