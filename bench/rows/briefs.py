"""Table rows of `/brief`: in process at both store sizes, sumy's LexRank as the peer, and the
round trip through the real PTB Application and the fake Bot API."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

from bench import workloads as w
from bench.plans import Plan
from bench.report import Row, Summary, log, ms_rows, percentile
from briefings.service import BRIEF_CANDIDATES, BriefingService
from briefings.topics import TopicSet


def in_process_rows(
    plan: Plan, services: dict[int, BriefingService], topics: TopicSet
) -> list[Row]:
    """Built and remembered briefs at each size; LexRank over the large store."""
    rows: list[Row] = []
    energy = topics.resolve("energy")
    brief_p50: dict[int, float] = {}
    for size, service in services.items():
        log(f"/brief energy in process at {size:,} articles")
        candidates = len(service.store.for_topic(energy.id, limit=BRIEF_CANDIDATES))
        built = w.brief_latencies(service, "energy", plan.brief_calls, remembered=False)[1]
        target = 10.0 if size == plan.articles else None
        rows += ms_rows("/brief in process", f"built+render @{size:,}", built, target)
        rows[-1].note += f"; each brief built anew; {candidates} candidates"
        cold, samples, messages = w.brief_latencies(service, "energy", plan.brief_calls)
        brief_p50[size] = percentile(built, 50)
        rows += ms_rows("/brief in process", f"remembered+render @{size:,}", samples, None)
        rows[-1].note += f"; first call {cold:.0f} ms; {messages} msg; repeated identical brief"
    service = services[plan.articles]

    log(f"LexRank (sumy) over the newest {plan.lexrank_articles} energy articles")
    lex_small, sentences_small = w.lexrank_latencies(
        service, energy, plan.lexrank_articles, plan.lexrank_calls
    )
    lex_summary = Summary.of([t * 1000 for t in lex_small])
    rows.append(
        Row.summary(
            "/brief in process",
            f"sumy LexRank, newest {plan.lexrank_articles} art",
            lex_summary,
            "ms",
            n=f"{len(lex_small)} calls",
            note=f"{sentences_small:,} sentences",
        )
    )
    ours = brief_p50[plan.articles]
    peer_ms = lex_summary.median
    peer_label = f"newest {plan.lexrank_articles} art (fewer than our brief reads: conservative)"
    if plan.lexrank_full:
        log(f"LexRank (sumy) over the same {BRIEF_CANDIDATES} candidates the brief reads (once)")
        lex_full, sentences_full = w.lexrank_latencies(service, energy, BRIEF_CANDIDATES, 1)
        peer_ms = lex_full[0] * 1000
        peer_label = f"same {BRIEF_CANDIDATES} candidates"
        rows.append(
            Row(
                "/brief in process",
                f"sumy LexRank, same {BRIEF_CANDIDATES} candidates",
                peer_ms,
                "ms",
                None,
                "1 call",
                note=f"{sentences_full:,} sentences; one call only (O(n²) in pure Python)",
            )
        )
    rows.append(
        Row(
            "/brief in process",
            "LexRank ÷ our brief (p50)",
            peer_ms / ours,
            "×",
            None,
            "",
            ">= 100×",
            peer_ms / ours >= 100,
            f"LexRank over {peer_label}",
        )
    )
    return rows


def roundtrip_rows(plan: Plan, service: BriefingService, workdir: Path) -> list[Row]:
    """`/brief energy` through PTB; a failure becomes one failed row, not a lost table."""
    rows: list[Row] = []
    log(f"/brief energy round trip through PTB × {plan.roundtrips}")
    try:
        rt, replies, via = asyncio.run(w.roundtrip(service, workdir, plan.roundtrips))
        rt_rows = ms_rows(
            "/brief round trip", "/brief energy → reply", [t * 1000 for t in rt], None
        )
        rt_rows[-1].note += f"; {replies} message(s) per reply; PTB Application via {via}"
        rows += rt_rows
    except Exception as exc:  # a broken bot must not cost the rest of the table
        log(f"round trip failed: {exc}")
        rows.append(
            Row(
                "/brief round trip",
                "run",
                math.nan,
                "",
                None,
                "",
                "completes",
                False,
                str(exc)[-300:],
            )
        )
    return rows
