"""`python -m bench [--quick]`: run every workload and print the results table.

The table also goes to bench/results/latest.md (Markdown, for the README). The default run
builds the 10,000-article store once (that ingest is the ingest-at-scale measurement) and
reuses it for /brief, the round trip, the push and memory; `--quick` is a small smoke run
(a few hundred articles) that the test suite exercises.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import workloads as w
from bench.corpus import CorpusGenerator, Shape, SubscriberSpec, subscribers
from bench.report import Machine, Row, Summary, percentile, render_markdown, render_text
from briefings.service import BRIEF_CANDIDATES
from briefings.topics import TopicSet

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Plan:
    """Sizes of one run."""

    name: str
    articles: int
    small: int
    subscribers: int
    push_limited: int
    push_seconds: float
    subset_per_shape: int
    subset_repeats: int
    brief_calls: int
    lexrank_articles: int
    lexrank_calls: int
    lexrank_full: bool
    roundtrips: int
    raw_seconds: float
    stall_lines: int  # lines of the huge article (10,000 ≈ 1.5 MB)
    briefs: int  # other readers asking /brief during each push
    brief_pace: float  # seconds between them


FULL = Plan(
    name="full",
    articles=10_000,
    small=1_000,
    subscribers=10_000,
    push_limited=700,
    push_seconds=60.0,
    subset_per_shape=150,
    subset_repeats=3,
    brief_calls=500,
    lexrank_articles=25,
    lexrank_calls=5,
    lexrank_full=True,
    roundtrips=60,
    raw_seconds=10.0,
    stall_lines=10_000,
    briefs=40,
    brief_pace=0.5,
)
QUICK = Plan(
    name="quick",
    articles=300,
    small=100,
    subscribers=200,
    push_limited=40,
    push_seconds=8.0,
    subset_per_shape=12,
    subset_repeats=2,
    brief_calls=40,
    lexrank_articles=8,
    lexrank_calls=2,
    lexrank_full=False,
    roundtrips=6,
    raw_seconds=2.0,
    stall_lines=1_500,
    briefs=3,
    brief_pace=0.2,
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ms_rows(
    workload: str, label: str, samples: Sequence[float], target_p99: float | None
) -> list[Row]:
    """p50 (spread p10–p90 of calls) and p99 (spread over five blocks of calls)."""
    blocks = [list(samples[i::5]) for i in range(5)]
    block_p99 = [percentile(b, 99) for b in blocks if b]
    overall_p99 = percentile(samples, 99)
    p50 = Summary.of(samples)
    passed = None if target_p99 is None else overall_p99 <= target_p99
    return [
        Row(
            workload, f"{label} p50", p50.median, "ms", (p50.p10, p50.p90), f"{len(samples)} calls"
        ),
        Row(
            workload,
            f"{label} p99",
            overall_p99,
            "ms",
            (min(block_p99), max(block_p99)),
            f"{len(samples)} calls",
            f"<= {target_p99:g} ms" if target_p99 is not None else "",
            passed,
            "spread: min–max of 5 blocks",
        ),
    ]


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


def run(plan: Plan, seed: int, workdir: Path) -> tuple[list[Row], Machine]:
    machine = Machine.here()
    rows: list[Row] = []
    t_start = time.perf_counter()
    topics = TopicSet.load()

    log(f"corpus: {plan.articles:,} articles, {plan.subscribers:,} subscribers (seed {seed})")
    t0 = time.perf_counter()
    generator = CorpusGenerator(seed)
    articles = generator.articles(plan.articles)
    specs = subscribers(plan.subscribers, [t.id for t in topics.topics], seed)
    shapes = {s: sum(1 for a in articles if a.shape is s) for s in Shape}
    machine.extra["corpus"] = (
        f"{plan.articles:,} articles ({', '.join(f'{n:,} {s}' for s, n in shapes.items())}) "
        f"from {len(generator.docs)} seed documents, seed {seed}, "
        f"generated in {time.perf_counter() - t0:.1f} s"
    )

    # ---- ingest at two sizes; the large store is reused by everything after it
    scale: dict[int, w.IngestRun] = {}
    services = {}
    for size in (plan.small, plan.articles):
        log(f"ingest {size:,} articles into an empty SQLite store")
        db = workdir / f"articles_{size}.db"
        db.unlink(missing_ok=True)
        service = w.open_service(workdir, w.sqlite_url(db), topics)
        scale[size] = w.ingest_all(service, articles[:size], log)
        services[size] = service
    chunk = max(plan.small // 10, 10)
    for size, ingest in scale.items():
        label = f"{size:,} articles"
        rows.append(
            Row.summary(
                "Ingest (scale)",
                f"mixed, into empty store → {label}",
                Summary.of(ingest.chunk_rates(chunk)),
                "art/s",
                n=f"{len(ingest.seconds):,} art",
                note=f"mean {ingest.rate():.0f}/s; spread over chunks of {chunk}; "
                f"{ingest.rejected} rejected; wall {ingest.wall:.0f} s",
            )
        )
    big = scale[plan.articles]
    for shape in Shape:
        rows.append(
            Row.summary(
                "Ingest (scale)",
                f"{shape} at {plan.articles:,}",
                Summary.of(big.chunk_rates(chunk * 3, shape)),
                "art/s",
                n=f"{sum(1 for s in big.shapes if s is shape):,} art",
                note=f"mean {big.rate(shape):.0f}/s",
            )
        )

    log("ingest: repeated subsets per format, analysis alone, trafilatura alone")
    subset = w.ingest_subset(
        articles,
        workdir,
        topics,
        per_shape=plan.subset_per_shape,
        repeats=plan.subset_repeats,
        log=log,
    )
    n_sub = f"{plan.subset_repeats}×{subset.per_shape} art"
    text_rate = Summary.of(subset.service_rate[Shape.TEXT])
    rows.append(
        Row.summary(
            "Ingest (1 process)",
            "plain text: ingest_bytes → SQLite",
            text_rate,
            "art/s",
            n=n_sub,
            target=">= 200/s per core",
            passed=text_rate.median >= 200,
        )
    )
    for shape in (Shape.HTML, Shape.JSON):
        rows.append(
            Row.summary(
                "Ingest (1 process)",
                f"{shape}: ingest_bytes → SQLite",
                Summary.of(subset.service_rate[shape]),
                "art/s",
                n=n_sub,
            )
        )
    for shape in Shape:
        rows.append(
            Row.summary(
                "Ingest (1 process)",
                f"{shape}: parse+analyse only (no store)",
                Summary.of(subset.analyse_rate[shape]),
                "art/s",
                n=n_sub,
            )
        )
    rows.append(
        Row.summary(
            "Ingest (1 process)",
            "trafilatura alone, same HTML pages",
            Summary.of(subset.trafilatura_rate),
            "pages/s",
            n=n_sub,
        )
    )
    rows.append(
        Row.summary(
            "Ingest (1 process)",
            "HTML load only (trafilatura + our cleaning) ÷ trafilatura",
            Summary.of(subset.load_ratio),
            "×",
            n=f"{plan.subset_repeats} runs",
            note="our overhead on trafilatura before analysis",
        )
    )
    ratio = Summary.of(subset.html_ratio)
    rows.append(
        Row.summary(
            "Ingest (1 process)",
            "HTML ingest time ÷ trafilatura alone",
            ratio,
            "×",
            n=f"{plan.subset_repeats} runs",
            target="<= 1.5×",
            passed=ratio.median <= 1.5,
            note="full ingest: load + analyse + classify + store, vs extraction alone",
        )
    )

    # ---- /brief in process at both sizes, LexRank on the large store
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

    # ---- round trip through PTB and the fake Bot API
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
    articles_url = service.store.url
    for s in services.values():
        s.close()

    # ---- the daily push and memory, in subprocesses
    try:
        rows += push_rows(plan, articles_url, specs, workdir)
    except Exception as exc:  # a broken bot must not cost the rest of the table
        log(f"push failed: {exc}")
        rows.append(Row("Push", "run", math.nan, "", None, "", "completes", False, str(exc)[-300:]))
    # ---- another reader's /brief while a huge article is uploaded and briefed (last: it adds
    # that article to the store)
    rows += stall_rows(plan, workdir, articles_url, topics)
    machine.extra["run time"] = f"{time.perf_counter() - t_start:.0f} s ({plan.name})"
    return rows, machine


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


def run_push_only(plan: Plan, seed: int, workdir: Path, only: str) -> tuple[list[Row], Machine]:
    """Only the push rows (`push-unlimited`: only push (b)) and the bot process's memory.

    The store of `plan.articles` is reused from `workdir` when an earlier run with `--workdir`
    left it there, else built."""
    machine = Machine.here()
    t_start = time.perf_counter()
    topics = TopicSet.load()
    specs = subscribers(plan.subscribers, [t.id for t in topics.topics], seed)
    db = workdir / f"articles_{plan.articles}.db"
    if not db.exists():
        log(f"ingest {plan.articles:,} articles into an empty SQLite store (kept in {workdir})")
        service = w.open_service(workdir, w.sqlite_url(db), topics)
        w.ingest_all(service, CorpusGenerator(seed).articles(plan.articles), log)
        service.close()
    machine.extra["corpus"] = f"{plan.articles:,} articles from {db.name}, seed {seed}"
    rows = push_rows(plan, w.sqlite_url(db), specs, workdir, with_limiter=only == "push")
    machine.extra["run time"] = f"{time.perf_counter() - t_start:.0f} s ({plan.name}, push only)"
    return rows, machine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small smoke run (< 30 s)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--workdir", type=Path, help="keep databases here (default: temp)")
    parser.add_argument(
        "--out", type=Path, help="Markdown output (default bench/results/latest.md; quick: none)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument(
        "--only",
        choices=["push", "push-unlimited"],
        help="run only these rows (push: the daily push and memory; push-unlimited: only "
        "push (b), limiter off; with --workdir the article store is built once and reused)",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if args.only is not None:
            rows, machine = run_push_only(plan, args.seed, workdir, args.only)
        else:
            rows, machine = run(plan, args.seed, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    title = f"Benchmarks ({plan.name} run)"
    print(render_text(rows, machine, title))
    default = None if args.quick or args.only else RESULTS / "latest.md"
    out = args.out if args.out is not None else default
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_markdown(rows, machine, title), encoding="utf-8")
        log(f"wrote {out}")
    if args.json is not None:
        payload = {"machine": asdict(machine), "rows": [asdict(r) for r in rows]}
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
