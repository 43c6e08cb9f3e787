"""The feed benchmark runs end to end on a small feed and its counts add up."""

from __future__ import annotations

from pathlib import Path

from bench.feeds import measure, report


def test_feed_benchmark_smoke(tmp_path: Path) -> None:
    """Every entry is ingested on both feed kinds; a re-poll takes exactly the one new entry."""
    figures = measure(8, tmp_path)
    assert figures["feed_teaser_added"] == 8
    assert figures["feed_full_added"] == 8
    assert figures["repoll_one_new_added"] == 1
    assert all(figures[key] > 0 for key in ("files_s", "fetch_only_s", "feed_teaser_s"))
    assert "entries/s" in report(8, figures)
