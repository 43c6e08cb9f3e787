"""Several `python -m bot` processes over one database and one fake Bot API: the fixture of
the multi-process test and of the fault soak (`python -m bench.soak`).

`prepare()` migrates an empty database, ingests the bundled samples and writes subscribers
whose digest is due now; `BotProcess` runs the real entry point with an environment;
`audit()` compares what the fake server received with the delivery log: digests lost,
duplicate messages, 429s, the busiest one-second window, and how many digests each process
finished.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TOKEN = "424242:FLEET-fake-token-for-the-fake-server"
CHAT_BASE = 500_000_000


def prepare(url: str, subscribers: int, *, data_dir: Path, now: dt.datetime) -> None:
    """Migrate `url`, ingest the samples, add `subscribers` readers of one topic, all due."""
    from bot.config import BotSettings
    from bot.subscriptions import SubscriptionStore
    from bot.tables import SubscriberRow, TopicRow
    from briefings.service import BriefingService
    from briefings.store import Store

    settings = BotSettings(_env_file=None, data_dir=data_dir, database_url=url)
    service = BriefingService(settings, store=Store(url))
    service.store.migrate()
    for path in sorted(SAMPLES.glob("*.txt")):
        service.ingest_path(path)
    service.close()
    store = SubscriptionStore.from_url(url)
    store.migrate()
    since = now - dt.timedelta(days=2)
    due = (now - dt.timedelta(minutes=1)).strftime("%H:%M")
    with store.engine.begin() as conn:
        conn.execute(
            sa.insert(SubscriberRow.__table__),  # type: ignore[arg-type]
            [
                {
                    "id": i + 1,
                    "user_id": CHAT_BASE + i,
                    "chat_id": CHAT_BASE + i,
                    "name": f"Reader {i}",
                    "timezone": "UTC",
                    "digest_time": due,
                    "days": "0123456",
                    "paused": False,
                    "blocked": False,
                    "nothing_new_note": False,
                    "schedule_from": since,
                    "created_at": since,
                }
                for i in range(subscribers)
            ],
        )
        conn.execute(
            sa.insert(TopicRow.__table__),  # type: ignore[arg-type]
            [
                {"subscriber_id": i + 1, "topic_id": "energy", "added_at": since}
                for i in range(subscribers)
            ],
        )
    store.engine.dispose()


def bot_env(url: str, api_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of one fleet process (quick ticks and heartbeats, a short lease)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "ADMIN_", "WEBHOOK_", "DATABASE_URL"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api_url,
        DATABASE_URL=url,
        DATA_DIR=str(data_dir),
        SOURCES_DIR=str(data_dir / "inbox"),
        DELIVERY_INTERVAL="1",
        DELIVERY_GRACE="PT25H",
        PROCESS_HEARTBEAT="0.5",
        PROCESS_LEASE="3",
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


@dataclass
class BotProcess:
    """One `python -m bot`; its stderr goes to `log` (a pipe nobody reads while it runs would
    fill up under a 429 storm's warnings and stall the process)."""

    env: dict[str, str]
    cwd: Path
    log: Path
    proc: asyncio.subprocess.Process | None = None
    starts: int = 0

    async def start(self) -> None:
        self.starts += 1
        with self.log.open("ab") as err:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                cwd=self.cwd,
                env=self.env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=err,
            )

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def kill(self) -> None:
        """kill -9: no clean stop, claims stay until their lease runs out."""
        if self.proc is not None and self.running:
            self.proc.kill()
            await asyncio.wait_for(self.proc.wait(), 60)

    async def stop(self) -> None:
        if self.proc is not None and self.running:
            self.proc.send_signal(signal.SIGINT)
            await asyncio.wait_for(self.proc.wait(), 60)

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def max_in_window(times: Sequence[float], window: float = 1.0) -> int:
    """The most events in any `window`-second span."""
    ordered = sorted(times)
    best = start = 0
    for end, t in enumerate(ordered):
        while ordered[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


@dataclass
class Audit:
    subscribers: int
    digests_sent: int
    digests_lost: int
    messages_expected: int
    messages_received: int
    duplicates: int
    missing: int
    too_many: int
    over_limit: int
    other_rejections: int
    max_per_second: int
    per_worker: dict[str, int]

    def line(self) -> str:
        return (
            f"digests {self.digests_sent}/{self.subscribers} sent, lost {self.digests_lost}; "
            f"messages {self.messages_received} received of {self.messages_expected}, "
            f"duplicates {self.duplicates}, missing {self.missing}; 429s {self.too_many} "
            f"({self.over_limit} for breaking a limit); "
            f"busiest second {self.max_per_second}; per process {sorted(self.per_worker.values())}"
        )


def audit(url: str, api: Any, subscribers: int) -> Audit:
    """Compare the delivery log with what the fake server accepted."""
    from bot.subscriptions import SubscriptionStore
    from bot.tables import DeliveryStatus

    store = SubscriptionStore.from_url(url)
    try:
        rows = store.all_deliveries()
        chats = {s.id: s.chat_id for s in store.all()}
    finally:
        store.engine.dispose()
    expected: Counter[tuple[int, str]] = Counter()
    done = [r for r in rows if r.status is DeliveryStatus.SENT]
    for row in done:
        for text in row.messages or []:
            expected[(chats[row.subscriber_id], text)] += 1
    received: Counter[tuple[int, str]] = Counter((m.chat_id, m.text) for m in api.sent)
    duplicates = sum(max(0, n - expected[k]) for k, n in received.items())
    missing = sum(max(0, n - received[k]) for k, n in expected.items())
    sent_subs = {r.subscriber_id for r in done}
    return Audit(
        subscribers=subscribers,
        digests_sent=len(done),
        digests_lost=subscribers - len(sent_subs),
        messages_expected=sum(expected.values()),
        messages_received=len(api.sent),
        duplicates=duplicates,
        missing=missing,
        too_many=api.too_many,
        over_limit=api.over_limit,
        other_rejections=sum(1 for _, status, _ in api.rejected if status != 429),
        max_per_second=max_in_window([m.at for m in api.sent]),
        per_worker=dict(Counter(r.claimed_by for r in done)),
    )


async def wait_all_sent(url: str, subscribers: int, within: float) -> bool:
    """Poll the delivery log until every subscriber's digest is sent (or time runs out)."""
    engine = sa.create_engine(url)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within

    def count() -> int:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    sa.text("SELECT count(*) FROM bot_deliveries WHERE status = 'sent'")
                ).scalar()
                or 0
            )

    try:
        while loop.time() < deadline:
            try:
                if await asyncio.to_thread(count) >= subscribers:
                    return True
            except sa.exc.OperationalError:
                pass  # the database is being restarted
            await asyncio.sleep(0.5)
        return False
    finally:
        engine.dispose()
