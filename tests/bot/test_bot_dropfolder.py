"""The admins' drop folder: stable files are ingested once per content and admins are told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from botkit import ADMIN, Running, make_article_text

from bot.config import BotSettings

GOOD = make_article_text("Hungary", 12)


async def _scan(running: Running) -> list[str]:
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
    for name in ("x.txt.part", ".hidden.txt", "x.meta.yaml"):
        (settings.sources_dir / name).write_bytes(b"outlet: X\n")
    await _scan(running)
    assert await _scan(running) == []
