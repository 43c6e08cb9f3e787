"""Table rows of other readers' `/brief` while one admin uploads a huge article."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

from bench import workloads as w
from bench.plans import Plan
from bench.report import Row, log, ms_rows
from briefings.topics import TopicSet


def stall_rows(plan: Plan, workdir: Path, articles_url: str, topics: TopicSet) -> list[Row]:
    """`/brief` round trips of other readers while one admin uploads a huge article and asks
    for its brief (bench/stall.py): ingest in the child process (production), and in the full
    run also in a thread of the bot's process, for comparison."""
    from bench.stall import brief_during_huge_upload

    rows: list[Row] = []
    modes = ("process", "thread") if plan.name == "full" else ("process",)
    for mode in modes:
        workload = f"Huge upload, ingest in a {mode}"
        log(f"/brief for other readers during a {plan.stall_lines:,}-line upload ({mode})")
        service = w.open_service(workdir, articles_url, topics)
        try:
            result = asyncio.run(
                brief_during_huge_upload(
                    service, workdir, lines=plan.stall_lines, ingest_worker=mode
                )
            )
        except Exception as exc:  # a broken bot must not cost the rest of the table
            log(f"huge upload ({mode}) failed: {exc}")
            rows.append(
                Row(workload, "run", math.nan, "", None, "", "completes", False, str(exc)[-300:])
            )
            continue
        finally:
            service.close()
        context = (
            f"{result.article_bytes / 1e6:.1f} MB, {plan.stall_lines:,} lines; stored after "
            f"{result.ingest_seconds:.1f} s, its brief out after {result.heavy_seconds:.1f} s"
        )
        for topic in result.samples:
            untouched = topic != "energy"
            target = 100 if untouched and mode == "process" else None
            base = ms_rows(
                workload,
                f"other reader's /brief {topic}, nothing else running",
                [t * 1000 for t in result.baseline[topic]],
                None,
            )
            busy = ms_rows(
                workload,
                f"other reader's /brief {topic} during the upload",
                [t * 1000 for t in result.samples[topic]],
                target,
            )
            busy[-1].note += f"; {context}; " + (
                "a topic the article does not touch"
                if untouched
                else "the article's own topic: rebuilt with it once it is stored"
            )
            rows += [*base, *busy]
    return rows
