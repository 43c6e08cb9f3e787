"""`python -m bench [--quick]`: run every workload and print the results table.

The table also goes to bench/results/latest.md (Markdown, for the README). The default run
builds the 10,000-article store once (that ingest is the ingest-at-scale measurement) and
reuses it for /brief, the round trip, the push and memory; `--quick` is a small smoke run
(a few hundred articles) that the test suite exercises.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from bench import workloads as w
from bench.corpus import CorpusGenerator, Shape, subscribers
from bench.plans import FULL, QUICK, Plan
from bench.report import Machine, Row, log, render_markdown, render_text
from bench.rows import (
    in_process_rows,
    push_rows,
    roundtrip_rows,
    scale_rows,
    stall_rows,
    subset_rows,
)
from briefings.topics import TopicSet

RESULTS = Path(__file__).resolve().parent / "results"


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
    scale, services = scale_rows(plan, articles, workdir, topics)
    rows += scale
    rows += subset_rows(plan, articles, workdir, topics)
    # ---- /brief in process at both sizes, LexRank on the large store
    rows += in_process_rows(plan, services, topics)
    service = services[plan.articles]
    # ---- round trip through PTB and the fake Bot API
    rows += roundtrip_rows(plan, service, workdir)
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
