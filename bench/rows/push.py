"""Table rows of the daily push: (a) the production limiter against a server enforcing
Telegram's limits, (b) the limiter off, other readers' `/brief` meanwhile, and memory."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from bench import workloads as w
from bench.corpus import SubscriberSpec
from bench.plans import Plan
from bench.report import Row, log, ms_rows


def push_rows(
    plan: Plan,
    articles_url: str,
    specs: Sequence[SubscriberSpec],
    workdir: Path,
    *,
    with_limiter: bool = True,
) -> list[Row]:
    """The daily push, (a) production limiter vs an enforcing server and (b) limiter off,
    and the bot process's memory; (b) alone when not `with_limiter`."""
    rows: list[Row] = []
    if with_limiter:
        rows += limited_push_rows(plan, articles_url, specs, workdir)
    unlimited = w.push(
        articles_url,
        specs,
        workdir,
        unlimited=True,
        max_seconds=plan.push_seconds,
        raw_seconds=plan.raw_seconds,
        briefs=plan.briefs,
        brief_pace=plan.brief_pace,
        brief_linger=3.0 + (plan.briefs * plan.brief_pace if plan.name == "quick" else 0.0),
        log=log,
    )
    return rows + unlimited_push_rows(plan, unlimited)


def limited_push_rows(
    plan: Plan, articles_url: str, specs: Sequence[SubscriberSpec], workdir: Path
) -> list[Row]:
    """Push (a): the production limiter against a server that enforces Telegram's limits."""
    limited = w.push(
        articles_url,
        specs[: plan.push_limited],
        workdir,
        unlimited=False,
        max_seconds=0.0,
        briefs=plan.briefs,
        brief_pace=plan.brief_pace,
        brief_linger=3.0 + (plan.briefs * plan.brief_pace if plan.name == "quick" else 0.0),
        log=log,
    )
    pct = limited.rate / w.CEILING * 100
    both = limited.messages + limited.replies_in_push
    both_pct = pct * (both - 1) / (limited.messages - 1) if limited.messages > 1 else math.nan
    n_a = f"{limited.subscribers:,} subs, {limited.messages:,} msgs"
    full_minutes = plan.subscribers * limited.messages / max(limited.subscribers, 1) / 30 / 60
    why = (
        f"N={limited.subscribers:,} not {plan.subscribers:,}: at 30 msgs/s the full push "
        f"would take ~{full_minutes:.0f} min"
    )
    return [
        Row(
            "Push (a) limiter on",
            "achieved rate, server clock",
            limited.rate,
            "msgs/s",
            None,
            n_a,
            note=f"{why}; max in any 1 s window: {limited.window_max}",
        ),
        Row(
            "Push (a) limiter on",
            "% of the 30 msgs/s ceiling",
            pct,
            "%",
            None,
            n_a,
            ">= 95%",
            pct >= 95,
        ),
        Row(
            "Push (a) limiter on",
            "% of the ceiling: push + readers' replies",
            both_pct,
            "%",
            None,
            n_a,
            note=f"every message the limiter let through during the push, incl. "
            f"{limited.replies_in_push} readers' reply messages; last 2 s of the push: "
            f"{limited.tail_messages} msgs (a digest's next message waits 1 s after its previous)",
        ),
        Row(
            "Push (a) limiter on",
            "429s from enforcing server",
            limited.too_many,
            "",
            None,
            n_a,
            "0",
            limited.too_many == 0,
        ),
        Row(
            "Push (a) limiter on",
            "duplicate messages",
            limited.duplicates,
            "",
            None,
            n_a,
            "0",
            limited.duplicates == 0,
        ),
        Row(
            "Push (a) limiter on",
            "lost messages/digests",
            limited.lost,
            "",
            None,
            n_a,
            "0",
            limited.lost == 0,
            f"{limited.deliveries_sent:,}/{limited.due:,} digests sent; "
            f"{limited.rejected_other} other rejections; process peak RSS "
            f"{limited.rss_peak_push_mb:.0f} MB while pushing",
        ),
        *brief_rows("Push (a) limiter on", limited),
    ]


def brief_rows(workload: str, result: w.PushResult) -> list[Row]:
    """Another reader's `/brief` while the push runs (bench.fakeserver --briefs)."""
    if not result.brief_seconds:
        return []
    rows = ms_rows(
        workload,
        "another reader's /brief during the push",
        [t * 1000 for t in result.brief_seconds],
        None,
    )
    rows[-1].note += (
        f"; to the reply's first message, server clock; {result.brief_during_push} of "
        f"{len(result.brief_seconds)} answered while push messages still arrived, "
        f"{result.brief_missing} unanswered; compare '/brief round trip' (nothing else running)"
    )
    return rows


def cpu_ms(result: w.PushResult) -> float:
    """CPU milliseconds of the bot process (every thread) per message the server accepted."""
    return result.tick_cpu_seconds * 1000 / result.messages if result.messages else math.nan


def raw_cpu_ms(result: w.PushResult) -> float:
    raw = result.process.get("raw") or {}
    messages = raw.get("messages") or 0
    return float(raw.get("cpu_seconds", math.nan)) * 1000 / messages if messages else math.nan


def unlimited_push_rows(plan: Plan, unlimited: w.PushResult) -> list[Row]:
    """Push (b): the limiter off, the fake server not enforcing; and the process's memory."""
    multiple = unlimited.rate / w.CEILING
    n_b = f"{unlimited.deliveries_sent:,} subs, {unlimited.messages:,} msgs"
    return [
        Row(
            "Push (b) limiter off",
            "achieved rate, server clock",
            unlimited.rate,
            "msgs/s",
            None,
            n_b,
            note=f"{unlimited.due:,} due; stopped after {plan.push_seconds:g} s if not done; "
            f"tick {unlimited.tick_seconds:.1f} s incl. planning {unlimited.plan_seconds:.1f} s",
        ),
        Row(
            "Push (b) limiter off",
            "multiple of the 30 msgs/s ceiling",
            multiple,
            "×",
            None,
            n_b,
            ">= 5×",
            multiple >= 5,
            f"duplicates {unlimited.duplicates}, lost {unlimited.lost}; bot process "
            f"{unlimited.tick_cpu_seconds / unlimited.tick_seconds:.0%} on CPU, "
            f"{unlimited.tick_runqueue_wait_seconds / unlimited.tick_seconds:.0%} waiting for "
            f"one (other processes); fake server {unlimited.server_cpu_seconds:.0f} s CPU",
        ),
        Row(
            "Push (b) limiter off",
            "PTB send_message alone (peer ceiling)",
            unlimited.raw_rate,
            "msgs/s",
            None,
            f"{unlimited.raw_messages:,} msgs",
            note=f"same process, server and concurrency, {plan.raw_seconds:g} s, no DB, no "
            f"digest; pipeline reaches {unlimited.rate / unlimited.raw_rate:.0%} of it; bot "
            f"process CPU per message: pipeline {cpu_ms(unlimited):.1f} ms, PTB alone "
            f"{raw_cpu_ms(unlimited):.1f} ms (what a loaded machine distorts least)",
        ),
        *brief_rows("Push (b) limiter off", unlimited),
        Row(
            "Memory (bot process)",
            f"RSS, {plan.articles:,} art + {unlimited.subscribers:,} subs loaded",
            unlimited.rss_loaded_mb,
            "MB",
            None,
            "1 run",
            note="store opened, every topic's brief cached, subscribers in memory",
        ),
        Row(
            "Memory (bot process)",
            "peak RSS while pushing",
            unlimited.rss_peak_push_mb,
            "MB",
            None,
            "1 run",
            note="sampled every 10 ms during the tick",
        ),
        Row(
            "Memory (bot process)",
            "process peak RSS: load + push + one ingest",
            unlimited.peak_rss_mb,
            "MB",
            None,
            "1 run",
            "<= 200 MB",
            unlimited.peak_rss_mb <= 200,
            f"VmHWM; RSS after ingesting one file {unlimited.rss_after_ingest_mb:.0f} MB; "
            f"peak while loading {unlimited.process.get('rss_peak_load_mb', math.nan):.0f} MB",
        ),
    ]
