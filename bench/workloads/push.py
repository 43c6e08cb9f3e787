"""The daily push in a bot subprocess against a fake Bot API subprocess, with the production
rate limiter or without it, and the bot process's memory meanwhile."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.corpus import SubscriberSpec
from bench.fakeserver import BRIEF_CHAT_BASE
from bench.workloads.common import TOKEN, Log, sqlite_url


def populate_subscribers(url: str, specs: Sequence[SubscriberSpec], now: dt.datetime) -> None:
    """Write subscribers straight into the bot's tables (one transaction, not 10,000): their
    schedule started two days ago, so each one's latest slot has passed."""
    from bot.subscriptions import SubscriptionStore
    from bot.tables import SubscriberRow, TopicRow

    store = SubscriptionStore.from_url(url)
    store.migrate()
    since = now - dt.timedelta(days=2)
    subs = sa.insert(SubscriberRow.__table__)  # type: ignore[arg-type]
    topics = sa.insert(TopicRow.__table__)  # type: ignore[arg-type]
    with store.engine.begin() as conn:
        conn.execute(
            subs,
            [
                {
                    "id": i + 1,
                    "user_id": s.user_id,
                    "chat_id": s.chat_id,
                    "name": s.name,
                    "timezone": s.timezone,
                    "digest_time": s.digest_time.strftime("%H:%M"),
                    "days": "0123456",
                    "paused": False,
                    "blocked": False,
                    "nothing_new_note": False,
                    "schedule_from": since,
                    "created_at": since,
                }
                for i, s in enumerate(specs)
            ],
        )
        conn.execute(
            topics,
            [
                {"subscriber_id": i + 1, "topic_id": t, "added_at": since}
                for i, s in enumerate(specs)
                for t in s.topics
            ],
        )
    store.engine.dispose()


@dataclass
class PushResult:
    """What the bot process reported and what the server received."""

    subscribers: int
    due: int
    deliveries_sent: int
    messages: int  # accepted by the server
    rate: float  # messages/s on the server's clock, first to last accepted
    too_many: int
    rejected_other: int
    duplicates: int
    lost: int
    tick_seconds: float
    plan_seconds: float
    rss_loaded_mb: float
    rss_peak_push_mb: float
    peak_rss_mb: float
    window_max: int  # most messages accepted in any 1-second window
    tick_cpu_seconds: float
    tick_runqueue_wait_seconds: float
    server_cpu_seconds: float
    rss_after_ingest_mb: float
    raw_rate: float  # PTB send_message alone, server clock (nan when not measured)
    raw_messages: int
    process: dict[str, Any]
    #: Other readers' /brief during the push: seconds to the reply's first message.
    brief_seconds: list[float] = field(default_factory=list)
    brief_missing: int = 0
    brief_during_push: int = 0  # of those answered, how many before the push's last message
    #: Readers' reply messages the server accepted between the push's first and last message:
    #: they share the bot's 30 msgs/s with the push.
    replies_in_push: int = 0
    #: Push messages in its last 2 s: the drain, where each last digest's next message waits
    #: out the 1 s a chat must leave between two messages.
    tail_messages: int = 0


def push(
    articles_url: str,
    specs: Sequence[SubscriberSpec],
    workdir: Path,
    *,
    unlimited: bool,
    max_seconds: float,
    raw_seconds: float = 0.0,
    briefs: int = 0,
    brief_pace: float = 0.5,
    brief_linger: float = 3.0,
    log: Log,
) -> PushResult:
    """One morning push of `specs` in a bot subprocess against a fake server subprocess."""
    mode = "unlimited" if unlimited else "limited"
    bot_db = workdir / f"push_{mode}.db"
    bot_db.unlink(missing_ok=True)
    populate_subscribers(sqlite_url(bot_db), specs, dt.datetime.now(dt.UTC))
    python = sys.executable
    server_cmd = [python, "-m", "bench.fakeserver", "--token", TOKEN]
    if not unlimited:
        server_cmd.append("--enforce")
    if briefs:
        server_cmd += ["--briefs", str(briefs), "--brief-pace", str(brief_pace)]
    server = subprocess.Popen(server_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        cmd = [
            python,
            "-m",
            "bench.pushproc",
            "--articles-url",
            articles_url,
            "--bot-url",
            sqlite_url(bot_db),
            "--server",
            url,
            "--token",
            TOKEN,
            "--data-dir",
            str(workdir),
            "--max-seconds",
            str(max_seconds),
        ]
        if unlimited:
            cmd.append("--unlimited")
        if raw_seconds:
            cmd += ["--raw-seconds", str(raw_seconds)]
        if briefs:
            cmd += ["--serve-updates", "--linger", str(brief_linger)]
        log(f"  push ({mode}): {len(specs):,} subscribers")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"push process failed:\n{proc.stderr[-4000:]}")
        bot = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        server.stdin.write("stop\n")
        server.stdin.flush()
        line = server.stdout.readline()
        server.wait(timeout=60)
    received = json.loads(line)
    raw_base = 900_000_000  # bench.pushproc.RAW_CHAT_BASE
    raw = sorted(float(at) for chat, _, at in received["sent"] if int(chat) >= raw_base)
    sent = [m for m in received["sent"] if int(m[0]) < BRIEF_CHAT_BASE]
    times = sorted(float(at) for _, _, at in sent)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")
    replies = [
        float(at) for chat, _, at in received["sent"] if BRIEF_CHAT_BASE <= int(chat) < raw_base
    ]
    in_push = sum(1 for at in replies if times and times[0] <= at <= times[-1])
    got = Counter((int(chat), h) for chat, h, _ in sent)
    expected = Counter((int(chat), h) for chat, h in bot["expected"])
    duplicates = sum(c - 1 for c in got.values() if c > 1)
    lost_messages = sum((expected - got).values())
    unfinished = 0 if max_seconds else bot["due"] - bot["deliveries_sent"]
    rejected_other = sum(1 for _, status, _ in received["rejected"] if status != 429)
    return PushResult(
        subscribers=len(specs),
        due=bot["due"],
        deliveries_sent=bot["deliveries_sent"],
        messages=len(sent),
        rate=rate,
        too_many=int(received["too_many"]),
        rejected_other=rejected_other,
        duplicates=duplicates,
        lost=lost_messages + unfinished,
        tick_seconds=float(bot["tick_seconds"]),
        plan_seconds=float(bot["plan_seconds"]),
        rss_loaded_mb=float(bot["rss_loaded_mb"]),
        rss_peak_push_mb=float(bot["rss_peak_push_mb"]),
        peak_rss_mb=float(bot["peak_rss_mb"]),
        window_max=_window_max(times),
        replies_in_push=in_push,
        tail_messages=sum(1 for t in times if t > times[-1] - 2.0),
        tick_cpu_seconds=float(bot["tick_cpu_seconds"]),
        tick_runqueue_wait_seconds=float(bot["tick_runqueue_wait_seconds"]),
        server_cpu_seconds=float(received["cpu_seconds"]),
        rss_after_ingest_mb=float(bot["rss_after_ingest_mb"]),
        raw_rate=(len(raw) - 1) / (raw[-1] - raw[0]) if len(raw) > 1 else float("nan"),
        raw_messages=len(raw),
        process={k: v for k, v in bot.items() if k != "expected"},
        brief_seconds=[float(t) for t in received.get("briefs", {}).get("seconds", [])],
        brief_missing=int(received.get("briefs", {}).get("missing", 0)),
        brief_during_push=int(received.get("briefs", {}).get("during_push", 0)),
    )


def _window_max(times: Sequence[float], window: float = 1.0) -> int:
    best = 0
    lo = 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best
