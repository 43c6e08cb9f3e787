"""The admins' drop folder: stable files are ingested once per content and admins are told."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

from botkit import ADMIN, Running, make_article_text

from bot.config import BotSettings

GOOD = make_article_text("Hungary", 12)


async def _scan(running: Running, after: float | None = None) -> list[str]:
    """One scan, `after` seconds (default: the watch interval) after the previous one."""
    running.tg.clock.advance(running.tg.settings.watch_interval if after is None else after)
    before = len(running.api.messages_to(ADMIN))
    await running.tg.scan_drop_folder()
    return [m.plain for m in running.api.messages_to(ADMIN)[before:]]


async def test_file_is_ingested_once_when_stable(
    running: Running, settings: BotSettings, service: Any
) -> None:
    """A new file waits one scan (to be sure it is complete), is ingested, then never again."""
    path = settings.sources_dir / "kallas_copy.txt"
    path.write_bytes(
        GOOD + b"\n\nAzerbaijan will double gas deliveries to Europe by 2027, the minister said."
    )
    assert await _scan(running) == []
    [told] = await _scan(running)
    assert "Drop folder: kallas_copy.txt" in told and "Figures:" in told
    assert await _scan(running) == []


async def test_half_written_file_waits(
    running: Running, settings: BotSettings, service: Any
) -> None:
    """A file still growing between scans is not ingested until its size settles."""
    path = settings.sources_dir / "growing.txt"
    half = len(GOOD) // 2
    path.write_bytes(GOOD[:half])
    assert await _scan(running) == []
    path.write_bytes(GOOD)
    assert await _scan(running) == []
    [told] = await _scan(running)
    assert "growing.txt" in told
    stored = [a for a in service.recent(limit=50) if a.source_name == "growing.txt"]
    assert stored and "12 billion cubic meters" in stored[0].text


async def test_rejected_file_is_reported_once(running: Running, settings: BotSettings) -> None:
    """A bad file is reported to admins with the reason, once, and a fixed file is then taken."""
    path = settings.sources_dir / "empty.txt"
    path.write_bytes(b"")
    await _scan(running)
    [told] = await _scan(running)
    assert "Rejected empty.txt" in told
    assert await _scan(running) == []


async def test_restart_does_not_reannounce(
    running: Running, settings: BotSettings, service: Any, store: Any
) -> None:
    """A fresh watcher (after a restart) skips files whose content was already handled."""
    from bot.watcher import DropFolder

    (settings.sources_dir / "once.txt").write_bytes(GOOD + b"\n\nGas flows reached 3 bcm.")
    await _scan(running)
    assert len(await _scan(running)) == 1
    running.tg.drop = DropFolder(settings.sources_dir, running.tg.commands, store, running.tg.clock)
    assert await _scan(running) == []
    assert await _scan(running) == []


async def test_temp_and_sidecar_files_are_ignored(
    running: Running, settings: BotSettings, tmp_path: Path
) -> None:
    """Partial downloads, hidden files and sidecars are not sources."""
    names = ("x.txt.part", ".hidden.txt", "x.meta.yaml", "~$report.txt", "a.crdownload", "b.tmp")
    for name in names:
        (settings.sources_dir / name).write_bytes(GOOD)
    await _scan(running)
    assert await _scan(running) == []


async def test_stalled_copy_is_not_published_before_the_quiet_period(
    running: Running, settings: BotSettings, service: Any
) -> None:
    """A copy that stalls across two quick scans is not published: the file must stay the
    same for WATCH_QUIET_SECONDS of clock time, however many scans see it."""
    path = settings.sources_dir / "stalled.txt"
    path.write_bytes(GOOD[: len(GOOD) // 2])
    quiet = settings.watch_quiet_seconds
    assert quiet > 2
    assert await _scan(running, after=1) == []
    assert await _scan(running, after=1) == []  # unchanged on two scans in a row, 1 s apart
    assert not [a for a in service.recent(limit=50) if a.source_name == "stalled.txt"]
    path.write_bytes(GOOD)  # the copy resumes and finishes
    assert await _scan(running, after=1) == []
    assert await _scan(running, after=quiet - 1) == []
    [told] = await _scan(running, after=1)
    assert "stalled.txt" in told
    [stored] = [a for a in service.recent(limit=50) if a.source_name == "stalled.txt"]
    assert "12 billion cubic meters" in stored.text


async def test_oversized_file_is_refused_unread(
    running: Running, settings: BotSettings, service: Any
) -> None:
    """A file over MAX_SOURCE_BYTES is refused from its size alone (nothing near its size is
    allocated), told to admins once, and the scan goes on to the next file."""
    big = settings.sources_dir / "a_huge.txt"
    with big.open("wb") as fh:  # sparse: 64 MiB on stat, nothing on disk
        fh.truncate(64 * 1024 * 1024)
    (settings.sources_dir / "b_fine.txt").write_bytes(GOOD + b"\n\nGas flows rose 4 bcm.")
    await _scan(running)
    tracemalloc.start()
    try:
        told = await _scan(running)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < settings.max_source_bytes * 2
    assert len(told) == 2
    assert "a_huge.txt" in told[0] and "over the" in told[0] and "limit" in told[0]
    assert "b_fine.txt" in told[1] and "Rejected" not in told[1]
    assert await _scan(running) == []


async def test_unreadable_name_is_told_once_and_scan_continues(
    running: Running, settings: BotSettings, service: Any
) -> None:
    """A name too long for its sidecar lookup rejects that one file with one line, told once
    (not on every scan); the files after it are still ingested."""
    long_name = "a" * 246 + ".txt"  # fine on disk; its ".meta.yaml" sibling name is not
    (settings.sources_dir / long_name).write_bytes(GOOD)
    (settings.sources_dir / "b_after.txt").write_bytes(GOOD + b"\n\nGas flows rose 5 bcm.")
    await _scan(running)
    told = await _scan(running)
    assert len(told) == 2
    assert told[0].count("File name too long") == 1
    assert "b_after.txt" in told[1] and "Rejected" not in told[1]
    assert await _scan(running) == []
    assert await _scan(running) == []
