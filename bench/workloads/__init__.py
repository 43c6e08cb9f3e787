"""The measured workloads: ingest, /brief (in process, round trip, LexRank peer), the daily
push with and without the rate limiter, and memory.

Every function returns raw measurements; `bench.rows` turns them into table rows.
"""

from bench.workloads.briefs import brief_latencies, lexrank_latencies
from bench.workloads.common import (
    BRIEF_NOW,
    CEILING,
    TOKEN,
    Log,
    meta_for,
    open_service,
    sqlite_url,
)
from bench.workloads.ingest import (
    IngestRun,
    SubsetRun,
    ingest_all,
    ingest_subset,
    trafilatura_alone,
)
from bench.workloads.push import PushResult, populate_subscribers, push
from bench.workloads.roundtrip import roundtrip, start_bot

__all__ = [
    "BRIEF_NOW",
    "CEILING",
    "TOKEN",
    "IngestRun",
    "Log",
    "PushResult",
    "SubsetRun",
    "brief_latencies",
    "ingest_all",
    "ingest_subset",
    "lexrank_latencies",
    "meta_for",
    "open_service",
    "populate_subscribers",
    "push",
    "roundtrip",
    "sqlite_url",
    "start_bot",
    "trafilatura_alone",
]
