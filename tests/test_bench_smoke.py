"""The benchmark suite's quick run: every workload runs end to end and reports sane figures.

Timing thresholds are not asserted (machines are noisy); the push's correctness figures are,
because they do not depend on speed: the limiter must cause no 429s, and the push must
neither duplicate nor lose a message.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

EXPECTED_FIGURES = [
    "mixed, into empty store → 100 articles",
    "mixed, into empty store → 300 articles",
    "text at 300",
    "html at 300",
    "json at 300",
    "plain text: ingest_bytes → SQLite",
    "html: ingest_bytes → SQLite",
    "json: ingest_bytes → SQLite",
    "text: parse+analyse only (no store)",
    "html: parse+analyse only (no store)",
    "json: parse+analyse only (no store)",
    "trafilatura alone, same HTML pages",
    "HTML load only (trafilatura + our cleaning) ÷ trafilatura",
    "HTML ingest time ÷ trafilatura alone",
    "built+render @100 p50",
    "built+render @100 p99",
    "built+render @300 p50",
    "built+render @300 p99",
    "remembered+render @100 p50",
    "remembered+render @300 p99",
    "sumy LexRank, newest 8 art",
    "LexRank ÷ our brief (p50)",
    "/brief energy → reply p50",
    "/brief energy → reply p99",
    "achieved rate, server clock",
    "% of the 30 msgs/s ceiling",
    "429s from enforcing server",
    "duplicate messages",
    "lost messages/digests",
    "multiple of the 30 msgs/s ceiling",
    "PTB send_message alone (peer ceiling)",
    "peak RSS while pushing",
    "other reader's /brief climate, nothing else running p99",
    "other reader's /brief climate during the upload p50",
    "other reader's /brief climate during the upload p99",
    "other reader's /brief energy during the upload p99",
    "process peak RSS: load + push + one ingest",
]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--workdir",
            str(out / "work"),
            "--out",
            str(out / "quick.md"),
            "--json",
            str(out / "quick.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data: dict[str, Any] = json.loads((out / "quick.json").read_text(encoding="utf-8"))
    data["stdout"] = proc.stdout
    data["markdown"] = (out / "quick.md").read_text(encoding="utf-8")
    return data


def _row(data: dict[str, Any], figure: str, workload: str | None = None) -> dict[str, Any]:
    rows: list[dict[str, Any]] = [
        r
        for r in data["rows"]
        if r["figure"] == figure and (workload is None or r["workload"] == workload)
    ]
    assert rows, f"no row {figure!r}"
    return rows[0]


def test_table_has_every_row(quick_run: dict[str, Any]) -> None:
    """Every workload's figures appear in the rows, the printed table and the Markdown."""
    figures = {r["figure"] for r in quick_run["rows"]}
    missing = [f for f in EXPECTED_FIGURES if f not in figures]
    assert not missing
    for figure in EXPECTED_FIGURES:
        assert figure in quick_run["stdout"]
        assert figure.replace("|", "\\|") in quick_run["markdown"]


def test_machine_is_described(quick_run: dict[str, Any]) -> None:
    """The table says how many CPUs, which Python and when."""
    machine = quick_run["machine"]
    assert machine["cpus"] >= 1
    assert machine["python"].split()[-1] == sys.version.split()[0]
    assert "UTC" in machine["date"]
    assert f"CPUs: {machine['cpus']}" in quick_run["stdout"]


def test_figures_are_sane(quick_run: dict[str, Any]) -> None:
    """Rates, latencies and sizes are finite and positive, and spreads bracket medians."""
    for row in quick_run["rows"]:
        value = row["value"]
        assert math.isfinite(value), row
        assert value >= 0, row
        if row["spread"] is not None and row["figure"].endswith(("p50", "art/s")):
            low, high = row["spread"]
            assert low <= value <= high, row
    for row in quick_run["rows"]:
        if row["unit"] in {"art/s", "pages/s", "msgs/s", "ms", "MB", "×"}:
            assert row["value"] > 0, row
    p50 = _row(quick_run, "built+render @300 p50")["value"]
    p99 = _row(quick_run, "built+render @300 p99")["value"]
    assert p50 <= p99
    remembered = _row(quick_run, "remembered+render @300 p50")["value"]
    assert remembered < p50  # a remembered brief skips the ranking a built one does
    pushing = _row(quick_run, "peak RSS while pushing")["value"]
    lifetime = _row(quick_run, "process peak RSS: load + push + one ingest")["value"]
    assert 20 < pushing <= lifetime + 1 < 4000


def test_push_correctness(quick_run: dict[str, Any]) -> None:
    """With the production limiter: no 429s, no duplicates, no losses, and the rate cannot
    exceed the 30 msgs/s ceiling in any one-second window."""
    for figure in ("429s from enforcing server", "duplicate messages", "lost messages/digests"):
        row = _row(quick_run, figure)
        assert row["value"] == 0, row
        assert row["passed"] is True
    rate = _row(quick_run, "achieved rate, server clock", "Push (a) limiter on")
    assert "max in any 1 s window: " in rate["note"]
    window = int(rate["note"].split("max in any 1 s window: ")[1].split()[0].rstrip(";"))
    assert 0 < window <= 30


def test_targets_are_judged(quick_run: dict[str, Any]) -> None:
    """Each row with a target carries a pass/miss verdict, and the table prints it."""
    judged = [r for r in quick_run["rows"] if r["target"]]
    assert len(judged) >= 9
    assert all(r["passed"] in (True, False) for r in judged)
    assert "targets met" in quick_run["markdown"]
