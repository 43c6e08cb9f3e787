"""The bot process of the push and memory benchmarks, run as a subprocess so that its peak RSS
is its own.

It opens the article store and the subscriber database the parent prepared, loads every
subscriber, warms the brief cache, then runs one delivery tick of the bot's real
`DeliveryRunner` (claim → build → `Sender` → PTB `Bot` → rate limiter → HTTP) against a fake
Bot API server in another process. RSS is sampled every 10 ms throughout; the result is one
JSON object on stdout.

    python -m bench.pushproc --articles-url URL --bot-url URL --server URL --token T
                             [--unlimited] [--max-seconds S] [--serve-updates]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil


class RssSampler:
    """Peak resident set size of this process, sampled on a thread."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.peak = 0
        self._process = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def rss(self) -> int:
        value = int(self._process.memory_info().rss)
        self.peak = max(self.peak, value)
        return value

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.rss()

    def start(self) -> None:
        self._thread.start()

    def reset_peak(self) -> None:
        self.peak = 0
        self.rss()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


MB = 1024 * 1024
#: Chat ids of the raw PTB burst; subscribers' chats are far below.
RAW_CHAT_BASE = 900_000_000
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


async def run(args: argparse.Namespace, sampler: RssSampler) -> dict[str, Any]:
    from bench.fakeserver import text_hash
    from bot.application import build_application
    from bot.clock import SystemClock
    from bot.config import BotSettings
    from bot.subscriptions import SubscriptionStore
    from bot.tables import DeliveryStatus
    from briefings.ingest import prepare_articles
    from briefings.service import BriefingService
    from briefings.store import Store

    out: dict[str, Any] = {"rss_after_import_mb": sampler.rss() / MB}
    sampler.reset_peak()
    unlimited = bool(args.unlimited)
    settings = BotSettings(
        _env_file=None,
        data_dir=Path(args.data_dir),
        database_url=args.articles_url,
        telegram_bot_token=args.token,
        telegram_api_url=args.server,
        delivery_grace=dt.timedelta(hours=25),
        rate_global_per_second=1_000_000 if unlimited else 30,
        rate_chat_interval=0.0 if unlimited else 1.0,
        rate_group_per_minute=1_000_000 if unlimited else 20,
    )
    clock = SystemClock()
    started = time.perf_counter()
    service = BriefingService(settings, store=Store(args.articles_url))
    store = SubscriptionStore.from_url(args.bot_url)
    store.migrate()
    subscribers = store.schedulable()  # held: "10,000 subscribers loaded"
    now = clock.now()
    for topic in service.topics.topics:  # every topic's candidates parsed and cached
        service.brief_topic(topic, now)
    out["articles"] = service.store.count()
    out["subscribers"] = len(subscribers)
    out["load_seconds"] = time.perf_counter() - started
    out["rss_loaded_mb"] = sampler.rss() / MB

    app, tg = build_application(
        settings, service=service, store=store, clock=clock, poll_interval_jobs=False
    )
    await app.initialize()
    runner = tg.runner
    # The runner loads its own subscribers each tick: ours go, as a real bot holds none.
    del subscribers
    gc.collect()
    t0 = time.perf_counter()
    due = runner.due()
    out["plan_seconds"] = time.perf_counter() - t0
    out["due"] = len(due)
    del due
    gc.collect()
    out["rss_peak_load_mb"] = sampler.peak / MB
    sampler.reset_peak()
    if args.serve_updates:  # other readers write meanwhile (bench.fakeserver --briefs)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
    loop = asyncio.get_running_loop()
    if args.max_seconds:
        loop.call_later(args.max_seconds, runner.stop)
    t0, cpu0, wait0 = time.perf_counter(), time.process_time(), runqueue_wait()
    report = await runner.tick()
    out["tick_seconds"] = time.perf_counter() - t0
    out["tick_cpu_seconds"] = time.process_time() - cpu0
    out["tick_runqueue_wait_seconds"] = runqueue_wait() - wait0
    out["rss_peak_push_mb"] = sampler.peak / MB
    out["report"] = report.model_dump()
    if args.serve_updates:
        await asyncio.sleep(args.linger)  # the last readers' replies
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
    if args.raw_seconds:
        out["raw"] = await raw_burst(app.bot, args.raw_seconds, runner.concurrency)
    limiter = app.bot.rate_limiter
    out["limiter"] = {
        "granted": getattr(limiter, "granted", None),
        "retries": getattr(limiter, "retries", None),
    }
    await app.shutdown()
    # A bot process also ingests (admin uploads, the drop folder): what does that add?
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    prepare_articles(sample.read_bytes(), sample.name, topics=service.topics)
    gc.collect()
    out["rss_after_ingest_mb"] = sampler.rss() / MB
    # The process's lifetime peak, before the accounting below (the benchmark's, not the bot's).
    out["peak_rss_mb"] = peak_rss() / MB

    chats = {s.id: s.chat_id for s in store.all()}
    expected: list[list[Any]] = []
    statuses: dict[str, int] = {}
    for row in store.all_deliveries():
        statuses[row.status] = statuses.get(row.status, 0) + 1
        messages = row.messages or []
        done = row.status is DeliveryStatus.SENT
        sent = messages if done else messages[: row.messages_sent]
        expected += [[chats[row.subscriber_id], text_hash(m)] for m in sent]
    out["statuses"] = statuses
    out["expected"] = expected
    out["deliveries_sent"] = statuses.get(DeliveryStatus.SENT, 0)
    return out


def peak_rss() -> int:
    """This process's high-water RSS in bytes: VmHWM, which starts afresh at exec.

    Not `ru_maxrss`: Linux carries the parent's peak into it across fork and exec, so a child
    of the big benchmark process would report the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def runqueue_wait() -> float:
    """Seconds this (main) thread has spent runnable but waiting for a CPU: on a shared
    machine, the share of a run lost to other processes (0 where /proc has no schedstat)."""
    try:
        fields = Path("/proc/thread-self/schedstat").read_text().split()
    except OSError:
        return 0.0
    return int(fields[1]) / 1e9


async def raw_burst(bot: Any, seconds: float, concurrency: int) -> dict[str, Any]:
    """PTB's `send_message` alone, as many as `concurrency` workers manage in `seconds`, to
    chats no subscriber has: the ceiling the delivery pipeline runs on top of."""
    sent = 0
    deadline = time.perf_counter() + seconds
    text = "<b>Benchmark</b> message: PTB send_message alone, same server, same limiter."

    async def worker(n: int) -> None:
        nonlocal sent
        k = 0
        while time.perf_counter() < deadline:
            await bot.send_message(RAW_CHAT_BASE + n * 100_000 + k, text, parse_mode="HTML")
            sent += 1
            k += 1

    t0, cpu0 = time.perf_counter(), time.process_time()
    async with asyncio.TaskGroup() as group:
        for n in range(concurrency):
            group.create_task(worker(n))
    return {
        "messages": sent,
        "seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - cpu0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pushproc")
    parser.add_argument("--articles-url", required=True)
    parser.add_argument("--bot-url", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--unlimited", action="store_true", help="limiter at no-op limits")
    parser.add_argument("--max-seconds", type=float, default=0.0)
    parser.add_argument("--raw-seconds", type=float, default=0.0, help="then PTB alone this long")
    parser.add_argument("--serve-updates", action="store_true", help="answer readers meanwhile")
    parser.add_argument("--linger", type=float, default=0.0, help="answer them this long after")
    args = parser.parse_args(argv)
    sampler = RssSampler()
    sampler.start()
    try:
        result = asyncio.run(run(args, sampler))
    finally:
        sampler.stop()
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
