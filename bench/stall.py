"""Another reader's `/brief` while one huge article is uploaded and briefed (issue 7, item 3).

An admin sends a 1.5 MB plain-text article (10,000 short lines about gas exports) as a
document and then asks for `/brief energy`; meanwhile other readers (a new one each time, so
the per-chat limit is not what is measured) keep asking `/brief`, through the real PTB
Application and the fake Bot API. Two topics are sampled side by side:

- one the huge article does not touch (`climate`): its round trip shows whether the event
  loop (and the worker threads) stay free while ingest and brief building run — the bot's
  promise;
- the huge article's own topic (`energy`): once the article is stored, that brief has to be
  built anew with it, so its figure also carries the core's brief-building time.

Only requests that start before the admin's brief has arrived count.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.service import BriefingService

ADMIN = 7_000_001
COUNTRIES = (
    "Italy", "Greece", "Bulgaria", "Romania", "Hungary", "Serbia",
    "Albania", "Croatia", "Slovakia", "Austria", "Georgia", "Turkey",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def huge_article(lines: int) -> bytes:
    """A legitimate but very long plain-text article: one short shipment line per row."""
    out = ["Caspian gas exports: the long monthly ledger", ""]
    for i in range(lines):
        country, month = COUNTRIES[i % len(COUNTRIES)], MONTHS[(i // 12) % 12]
        out.append(
            f"In {month} shipment {i} carried {1 + i % 97}.{i % 10} million cubic meters of "
            f"gas from Azerbaijan to {country} through the Southern Gas Corridor, the operator "
            "reported."
        )
    return ("\n".join(out) + "\n").encode()


@dataclass
class StallResult:
    samples: dict[str, list[float]] = field(default_factory=dict)  # topic -> seconds
    baseline: dict[str, list[float]] = field(default_factory=dict)  # same, nothing else running
    heavy_seconds: float = 0.0  # upload sent → admin's brief received
    ingest_seconds: float = 0.0  # upload sent → the admin told what was stored
    article_bytes: int = 0
    via: str = ""


async def _sample(
    api: Any, users: Iterator[int], topic: str, pace: float, done: Callable[[], bool]
) -> list[float]:
    """Round trips of `/brief topic`, each from a new reader, started while not `done()`."""
    times: list[float] = []
    while not done():
        user = next(users)
        t0 = time.perf_counter()
        api.message(user, f"/brief {topic}")
        await api.wait_messages(1, chat_id=user, within=600)
        elapsed = time.perf_counter() - t0
        times.append(elapsed)
        await asyncio.sleep(max(0.0, pace - elapsed))
    return times


async def brief_during_huge_upload(
    service: BriefingService,
    workdir: Path,
    *,
    lines: int,
    ingest_worker: str = "process",
    topics: tuple[str, ...] = ("climate", "energy"),
    pace: float = 0.1,
    baseline_seconds: float = 5.0,
) -> StallResult:
    from bench.workloads import start_bot
    from bench.workloads.roundtrip import fake_api_and_bot_store
    from bot.clock import SystemClock

    api, settings, store = await fake_api_and_bot_store(
        workdir,
        f"stall_bot_{ingest_worker}.db",
        admin_ids=frozenset({ADMIN}),
        ingest_worker=ingest_worker,
    )
    started, stop, via = await start_bot(settings, service, store, SystemClock(), api)
    data = huge_article(lines)
    result = StallResult(article_bytes=len(data), via=via)
    users = iter(range(60_000_000, 70_000_000))
    try:
        # Baseline: the same readers with nothing else running (briefs remembered after the
        # first request of each topic).
        end = time.perf_counter() + baseline_seconds
        quiet = await asyncio.gather(
            *(_sample(api, users, t, pace, lambda: time.perf_counter() > end) for t in topics)
        )
        result.baseline = {t: s[1:] for t, s in zip(topics, quiet, strict=True)}
        t_heavy = time.perf_counter()
        api.document(ADMIN, "gas_ledger.txt", data)
        api.message(ADMIN, "/brief energy")  # same chat: runs after the upload, in order
        heavy = asyncio.create_task(api.wait_messages(2, chat_id=ADMIN, within=900))

        async def ingested() -> None:
            await api.wait_messages(1, chat_id=ADMIN, within=900)
            result.ingest_seconds = time.perf_counter() - t_heavy

        told = asyncio.create_task(ingested())
        busy = await asyncio.gather(*(_sample(api, users, t, pace, heavy.done) for t in topics))
        await heavy
        await told
        result.heavy_seconds = time.perf_counter() - t_heavy
        result.samples = dict(zip(topics, busy, strict=True))
    finally:
        await stop(started)
        await api.stop()
        store.engine.dispose()
    return result
