"""Statistics over repeats and the results table (plain text for the terminal, Markdown for
the README)."""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0..100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    """Median and p10–p90 spread of repeated measurements."""

    median: float
    p10: float
    p90: float
    n: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        return cls(
            percentile(values, 50), percentile(values, 10), percentile(values, 90), len(values)
        )


@dataclass
class Row:
    """One figure of the table; `passed` is None when the row has no target."""

    workload: str
    figure: str
    value: float
    unit: str
    spread: tuple[float, float] | None = None
    n: str = ""
    target: str = ""
    passed: bool | None = None
    note: str = ""

    @classmethod
    def summary(
        cls,
        workload: str,
        figure: str,
        summary: Summary,
        unit: str,
        *,
        n: str | None = None,
        target: str = "",
        passed: bool | None = None,
        note: str = "",
    ) -> Row:
        return cls(
            workload,
            figure,
            summary.median,
            unit,
            (summary.p10, summary.p90),
            n if n is not None else f"{summary.n} runs",
            target,
            passed,
            note,
        )


def log(message: str) -> None:
    """A progress line on stderr (the table goes to stdout)."""
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


@dataclass
class Machine:
    """Where and when the figures were taken."""

    cpus: int
    python: str
    platform: str
    date: str
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def here(cls) -> Machine:
        affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        return cls(
            cpus=affinity or os.cpu_count() or 1,
            python=f"{platform.python_implementation()} {sys.version.split()[0]}",
            platform=f"{platform.system()} {platform.release()} {platform.machine()}",
            date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )

    def lines(self) -> list[str]:
        out = [
            f"date: {self.date}",
            f"CPUs: {self.cpus}",
            f"python: {self.python}",
            f"platform: {self.platform}",
        ]
        out += [f"{key}: {value}" for key, value in self.extra.items()]
        return out


def fmt(value: float) -> str:
    """A figure with as many digits as it deserves."""
    if math.isnan(value):
        return "n/a"
    magnitude = abs(value)
    if magnitude == 0 or magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def _verdict(row: Row) -> str:
    if row.passed is None:
        return ""
    return "pass" if row.passed else "MISS"


def _cells(row: Row) -> list[str]:
    spread = f"{fmt(row.spread[0])}–{fmt(row.spread[1])}" if row.spread else ""
    return [
        row.workload,
        row.figure,
        f"{fmt(row.value)} {row.unit}".strip(),
        spread,
        row.n,
        row.target,
        _verdict(row),
        row.note,
    ]


HEADERS = ["workload", "figure", "median", "spread p10–p90", "n", "target", "result", "note"]


def render_text(rows: Sequence[Row], machine: Machine, title: str) -> str:
    """A fixed-width table for the terminal."""
    table = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    out = [title, "  ".join(machine.lines()[:4]), ""]
    for k, line in enumerate(table):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    for key, value in machine.extra.items():
        out.append(f"{key}: {value}")
    return "\n".join(out) + "\n"


def _md(cell: str) -> str:
    return cell.replace("|", "\\|")


def render_markdown(rows: Sequence[Row], machine: Machine, title: str) -> str:
    """A Markdown table, ready to paste into the README."""
    out = [f"### {title}", ""]
    out += [f"- {line}" for line in machine.lines()]
    out += ["", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for row in rows:
        out.append("| " + " | ".join(_md(c) for c in _cells(row)) + " |")
    missed = [r for r in rows if r.passed is False]
    out += ["", f"{sum(1 for r in rows if r.passed)} targets met, {len(missed)} missed."]
    return "\n".join(out) + "\n"
