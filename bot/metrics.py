"""Prometheus metrics of one bot process, served at `GET /metrics`.

Each process has its own registry (tests start several bots in one interpreter); Prometheus
sums over processes. What is counted, and where it is observed:

- messages sent / failed by reason: every attempt the rate limiter lets through (one HTTP
  request each), classified by Telegram's answer, so the counts match what the server saw;
- digests delivered and the delivery lag (scheduled time → last message confirmed): the
  delivery runner;
- `/brief` latency: the update processor, from the update's turn to its last reply;
- ingests by result: the service's ingest calls (added, updated, unchanged, rejected);
- subscribers by state and the process's send budget: read when scraped;
- rate-limit waits: sends that had to wait for the limiter, and for how long.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from briefings.errors import SourceRejected

logger = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class FailureReason(StrEnum):
    """Label of a failed Bot API request."""

    TOO_MANY = "429"
    FORBIDDEN = "403"
    BAD_REQUEST = "400"  # ChatMigrated included: it is a 400 answer
    TIMEOUT = "timeout"
    SERVER = "5xx"
    NETWORK = "network"  # no answer at all: refused connection, reset, DNS
    OTHER = "other"


def failure_reason(exc: BaseException) -> FailureReason:
    if isinstance(exc, RetryAfter):
        return FailureReason.TOO_MANY
    if isinstance(exc, Forbidden):
        return FailureReason.FORBIDDEN
    if isinstance(exc, BadRequest):
        return FailureReason.BAD_REQUEST
    if isinstance(exc, TimedOut):
        return FailureReason.TIMEOUT
    if isinstance(exc, NetworkError):
        # PTB raises NetworkError both for 5xx answers (with the server's description) and for
        # transport errors, which it words "httpx.ConnectError: ...".
        return FailureReason.NETWORK if exc.message.startswith("httpx.") else FailureReason.SERVER
    return FailureReason.OTHER


class BotMetrics:
    """The process's metrics; the observer the rate limiter and the delivery runner call."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.sent = Counter(
            "briefings_messages_sent",
            "Bot API requests that post into a chat and were accepted",
            ["method"],
            registry=r,
        )
        self.failed = Counter(
            "briefings_messages_failed",
            "Bot API requests that post into a chat and were refused or got no answer",
            ["method", "reason"],
            registry=r,
        )
        self.digests = Counter(
            "briefings_digests_delivered", "Digests whose every message was confirmed", registry=r
        )
        self.lag = Histogram(
            "briefings_delivery_lag_seconds",
            "From a digest's scheduled time to its last message confirmed",
            buckets=(1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200, 21600),
            registry=r,
        )
        self.brief = Histogram(
            "briefings_brief_latency_seconds",
            "A /brief command from its turn to its last reply",
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.ingests = Counter(
            "briefings_ingests", "Articles ingested, by result", ["result"], registry=r
        )
        self.subscribers = Gauge(
            "briefings_subscribers", "Subscribers with topics, by state", ["state"], registry=r
        )
        self.rate_waits = Counter(
            "briefings_rate_limit_waits", "Sends that waited for the rate limiter", registry=r
        )
        self.rate_wait_seconds = Counter(
            "briefings_rate_limit_wait_seconds", "Time sends spent waiting for it", registry=r
        )
        self.budget = Gauge(
            "briefings_send_budget_per_second",
            "This process's share of the bot-wide messages-per-second ceiling",
            registry=r,
        )
        self.processes = Gauge(
            "briefings_processes_live", "Bot processes sharing the ceiling", registry=r
        )

    # --- observers ------------------------------------------------------------------------

    def request_done(self, method: str, error: BaseException | None) -> None:
        """One limited Bot API request got its answer (or none)."""
        if error is None:
            self.sent.labels(method=method).inc()
        else:
            self.failed.labels(method=method, reason=failure_reason(error).value).inc()

    def waited(self, seconds: float) -> None:
        self.rate_waits.inc()
        self.rate_wait_seconds.inc(seconds)

    def delivered(self, scheduled_at: dt.datetime, now: dt.datetime) -> None:
        self.digests.inc()
        self.lag.observe(max(0.0, (now - scheduled_at).total_seconds()))

    def ingested(self, results: list[Any]) -> None:
        for result in results:
            self.ingests.labels(result=str(result.status)).inc()

    def set_subscribers(self, counts: Any) -> None:
        for state in ("active", "paused", "blocked"):
            self.subscribers.labels(state=state).set(getattr(counts, state))

    def set_budget(self, per_second: float, processes: int) -> None:
        self.budget.set(per_second)
        self.processes.set(processes)

    def render(self) -> bytes:
        return generate_latest(self.registry)


def is_brief(update: object) -> bool:
    """A /brief command message (with or without @botname and arguments)."""
    if not isinstance(update, Update) or update.message is None or not update.message.text:
        return False
    first = update.message.text.split(maxsplit=1)[0].lower()
    return first.split("@", 1)[0] == "/brief"


def instrument(app: Any, tg: Any, metrics: BotMetrics) -> None:
    """Connect a built Application (`bot.handlers.build_application`) to `metrics`.

    The limiter and the runner call the observer they are given; the update processor and
    the service's ingest calls are wrapped on their instances, so neither module needs to
    know about metrics.
    """
    limiter = app.bot.rate_limiter
    if limiter is not None:
        limiter.observer = metrics
    tg.runner.events = metrics

    processor = app.update_processor
    process = processor.do_process_update

    async def timed(update: object, coroutine: Awaitable[Any]) -> None:
        if not is_brief(update):
            await process(update, coroutine)
            return
        started = time.perf_counter()
        try:
            await process(update, coroutine)
        finally:
            metrics.brief.observe(time.perf_counter() - started)

    # Order matters: PTB looks the method up on the instance, so the wrapper must be set there.
    setattr(processor, "do_process_update", timed)  # noqa: B010 - mypy refuses method assignment

    service = tg.service
    for name in ("ingest_bytes", "ingest_path"):
        setattr(service, name, _counted(getattr(service, name), metrics))


def _counted(ingest: Callable[..., list[Any]], metrics: BotMetrics) -> Callable[..., list[Any]]:
    @functools.wraps(ingest)
    def call(*args: Any, **kwargs: Any) -> list[Any]:
        try:
            results = ingest(*args, **kwargs)
        except SourceRejected:
            metrics.ingests.labels(result="rejected").inc()
            raise
        metrics.ingested(results)
        return results

    return call


__all__ = ["CONTENT_TYPE", "BotMetrics", "FailureReason", "failure_reason", "instrument"]
