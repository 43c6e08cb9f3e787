"""Ingest workloads: the whole corpus into a store (ingest at scale), and a few pages of each
shape repeated, with analysis alone and trafilatura alone beside them."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import GeneratedArticle, Shape
from bench.workloads.common import Log, meta_for, open_service, sqlite_url
from briefings.ingest import prepare_articles
from briefings.load import load_source
from briefings.service import BriefingService
from briefings.topics import TopicSet


@dataclass
class IngestRun:
    """One pass of articles through `BriefingService.ingest_bytes` into a store."""

    shapes: list[Shape] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    wall: float = 0.0
    rejected: int = 0
    added: int = 0

    def rate(self, shape: Shape | None = None) -> float:
        times = [t for s, t in zip(self.shapes, self.seconds, strict=True) if shape in (None, s)]
        return len(times) / sum(times) if times else float("nan")

    def chunk_rates(self, chunk: int, shape: Shape | None = None) -> list[float]:
        """Articles/s of consecutive chunks (the spread, and any drift as the store grows)."""
        rates = []
        for start in range(0, len(self.seconds), chunk):
            part = [
                t
                for s, t in zip(
                    self.shapes[start : start + chunk],
                    self.seconds[start : start + chunk],
                    strict=True,
                )
                if shape in (None, s)
            ]
            if part:
                rates.append(len(part) / sum(part))
        return rates


def ingest_all(
    service: BriefingService, articles: Sequence[GeneratedArticle], log: Log
) -> IngestRun:
    """Ingest every article, timing each; rejected files are counted, not fatal."""
    from briefings.errors import SourceRejected

    run = IngestRun()
    started = time.perf_counter()
    clock = time.perf_counter
    for n, article in enumerate(articles, 1):
        t0 = clock()
        try:
            results = service.ingest_bytes(article.data, article.name, meta=meta_for(article))
            run.added += sum(1 for r in results if r.status == "added")
        except SourceRejected:
            run.rejected += 1
        run.seconds.append(clock() - t0)
        run.shapes.append(article.shape)
        if n % 1000 == 0:
            log(f"  ingested {n:,}/{len(articles):,} ({n / (clock() - started):.0f}/s)")
    run.wall = time.perf_counter() - started
    return run


@dataclass
class SubsetRun:
    """Per-repeat rates on the same few pages of each shape, and trafilatura alone."""

    service_rate: dict[Shape, list[float]] = field(default_factory=dict)
    analyse_rate: dict[Shape, list[float]] = field(default_factory=dict)
    trafilatura_rate: list[float] = field(default_factory=list)
    html_ratio: list[float] = field(default_factory=list)
    load_ratio: list[float] = field(default_factory=list)
    per_shape: int = 0


def trafilatura_alone(pages: Sequence[bytes]) -> float:
    """Seconds for trafilatura to extract these pages, called as the loader calls it."""
    import trafilatura

    from briefings.load.formats.html import DATE_PARAMS

    texts = [page.decode("utf-8") for page in pages]
    t0 = time.perf_counter()
    for text in texts:
        trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    return time.perf_counter() - t0


def ingest_subset(
    articles: Sequence[GeneratedArticle],
    workdir: Path,
    topics: TopicSet,
    *,
    per_shape: int,
    repeats: int,
    log: Log,
) -> SubsetRun:
    """Repeated, interleaved: parse+analyse alone, full ingest into a fresh store, and
    trafilatura alone on the same HTML pages."""
    by_shape = {shape: [a for a in articles if a.shape is shape][:per_shape] for shape in Shape}
    out = SubsetRun(per_shape=min(len(v) for v in by_shape.values()))
    html = by_shape[Shape.HTML]
    # One untimed pass first: caches (regexes, gazetteer, lxml) warm, as in a running bot.
    trafilatura_alone([a.data for a in html])
    for group in by_shape.values():
        for a in group:
            prepare_articles(a.data, a.name, topics=topics, meta=meta_for(a))
    for r in range(repeats):
        traf = trafilatura_alone([a.data for a in html])
        out.trafilatura_rate.append(len(html) / traf)
        t0 = time.perf_counter()
        for a in html:
            load_source(a.data, a.name)
        out.load_ratio.append((time.perf_counter() - t0) / traf)
        for shape, group in by_shape.items():
            t0 = time.perf_counter()
            for a in group:
                prepare_articles(a.data, a.name, topics=topics, meta=meta_for(a))
            out.analyse_rate.setdefault(shape, []).append(len(group) / (time.perf_counter() - t0))
        db = workdir / f"subset_{r}.db"
        db.unlink(missing_ok=True)
        service = open_service(workdir, sqlite_url(db), topics)
        html_seconds = 0.0
        for shape, group in by_shape.items():
            t0 = time.perf_counter()
            for a in group:
                service.ingest_bytes(a.data, a.name, meta=meta_for(a))
            seconds = time.perf_counter() - t0
            if shape is Shape.HTML:
                html_seconds = seconds
            out.service_rate.setdefault(shape, []).append(len(group) / seconds)
        service.close()
        out.html_ratio.append(html_seconds / traf)
        log(f"  subset repeat {r + 1}/{repeats} done")
    return out
