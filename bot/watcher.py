"""The admins' drop folder: files put there are ingested once per content.

A periodic scan (a JobQueue job) rather than inotify: it works on network shares and in
containers, and a test can call `scan()` directly. A file is only read once its size and
modification time are the same on two scans in a row, so a file still being copied is never
ingested half-way. The content hash (file plus sidecar) is recorded in the database, so a
restart does not re-announce old files and a changed file is ingested again.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pydantic import BaseModel

from bot.clock import Clock
from bot.commands import Commands, Reply
from bot.subscriptions import SubscriptionStore
from briefings.errors import SourceRejected
from briefings.load import is_sidecar

logger = logging.getLogger(__name__)

_TEMP_SUFFIXES = (".part", ".tmp", ".crdownload", ".swp", "~")
_SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")


class DropOutcome(BaseModel):
    name: str
    accepted: bool
    reply: Reply


def _sidecar_bytes(path: Path) -> bytes:
    stem = path.name.rsplit(".", 1)[0]
    for suffix in _SIDECAR_SUFFIXES:
        candidate = path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate.read_bytes()
    return b""


class DropFolder:
    """Scans one folder; remembers what it saw last time to spot files still being written."""

    def __init__(
        self, folder: Path, commands: Commands, store: SubscriptionStore, clock: Clock
    ) -> None:
        self.folder = folder
        self.commands = commands
        self.store = store
        self.clock = clock
        self._last: dict[Path, tuple[int, int]] = {}

    def _candidates(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p
            for p in self.folder.iterdir()
            if p.is_file()
            and not p.name.startswith(".")
            and not p.name.endswith(_TEMP_SUFFIXES)
            and not is_sidecar(p)
        )

    def scan(self) -> list[DropOutcome]:
        """Ingest every file that is stable and new (by content); return what happened."""
        outcomes: list[DropOutcome] = []
        current: dict[Path, tuple[int, int]] = {}
        for path in self._candidates():
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            signature = (st.st_size, st.st_mtime_ns)
            current[path] = signature
            if self._last.get(path) != signature:
                continue  # new or still changing: look again next scan
            outcome = self._process(path)
            if outcome is not None:
                outcomes.append(outcome)
        self._last = current
        return outcomes

    def _process(self, path: Path) -> DropOutcome | None:
        try:
            data = path.read_bytes()
            digest = hashlib.sha256(data + b"\0" + _sidecar_bytes(path)).hexdigest()
        except OSError as exc:
            logger.warning("drop folder: cannot read %s: %s", path.name, exc)
            return None
        if self.store.drop_file_hash(path.name) == digest:
            return None
        try:
            results = self.commands.service.ingest_path(path)
        except SourceRejected as exc:
            logger.warning("drop folder: rejected %s: %s", path.name, exc.reason)
            self.store.record_drop_file(path.name, digest, "rejected", self.clock.now())
            return DropOutcome(
                name=path.name,
                accepted=False,
                reply=self.commands.reject_reply(exc.source, exc.reason),
            )
        except OSError as exc:
            logger.warning("drop folder: cannot ingest %s: %s", path.name, exc)
            return None
        self.store.record_drop_file(path.name, digest, "ingested", self.clock.now())
        logger.info("drop folder: ingested %s (%d article(s))", path.name, len(results))
        return DropOutcome(name=path.name, accepted=True, reply=self.commands.ingest_reply(results))
