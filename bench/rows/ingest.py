"""Table rows of ingest: the corpus into empty stores at two sizes (the large store is what every
later workload reads), and a few pages of each shape repeated, beside analysis alone and
trafilatura alone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench import workloads as w
from bench.corpus import GeneratedArticle, Shape
from bench.plans import Plan
from bench.report import Row, Summary, log
from briefings.service import BriefingService
from briefings.topics import TopicSet


def scale_rows(
    plan: Plan, articles: Sequence[GeneratedArticle], workdir: Path, topics: TopicSet
) -> tuple[list[Row], dict[int, BriefingService]]:
    """Ingest at `plan.small` and `plan.articles` articles; the services stay open for the
    workloads after this one (the caller closes them)."""
    rows: list[Row] = []
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

    return rows, services


def subset_rows(
    plan: Plan, articles: Sequence[GeneratedArticle], workdir: Path, topics: TopicSet
) -> list[Row]:
    """Per-format ingest of the same few pages, repeated, and the HTML ratio to trafilatura."""
    rows: list[Row] = []
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
    return rows
