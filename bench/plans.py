"""The sizes of a run: the full suite (`python -m bench`) and the quick smoke run (`--quick`)."""

from __future__ import annotations

from dataclasses import dataclass


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
