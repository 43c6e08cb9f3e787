"""The admins' drop folder: files put there are ingested once per content.

A periodic scan (a JobQueue job, run in a worker thread) rather than inotify: it works on
network shares and in containers, and a test can call `scan()` directly.

- **Never half a file.** A file is read only once its size and modification time have stayed
  the same for `quiet_seconds` (measured on the bot's clock, not in scans), and names that
  downloaders and editors use while writing (`.part`, `.crdownload`, `.tmp`, `~$…`, dotfiles)
  are never read at all.
- **Never more than the limit.** The size comes from `stat` before anything is read; a larger
  file is refused unread, and the content hash reads at most the limit (streamed).
- **Told once.** A refused or unreadable file (a name too long for its sidecar, a permission
  error) is reported to admins once per version of the file, recorded in the database with
  the content hash of accepted files, so a restart does not re-announce old files and a
  changed file is tried again. One bad file never stops the scan.
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

# Names files have while a browser, a copy tool or an editor is still writing them.
_TEMP_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")
_TEMP_PREFIXES = (".", "~$")
_SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
_CHUNK = 1 << 20


class DropOutcome(BaseModel):
    name: str
    accepted: bool
    reply: Reply


def is_temporary(name: str) -> bool:
    lower = name.lower()
    return lower.startswith(_TEMP_PREFIXES) or lower.endswith(_TEMP_SUFFIXES)


def _hash_file(path: Path, digest: hashlib._Hash, limit: int) -> None:
    """Feed at most `limit` bytes of `path` into `digest`, a chunk at a time."""
    left = limit
    with path.open("rb") as fh:
        while left > 0:
            chunk = fh.read(min(_CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            left -= len(chunk)


def _sidecar(path: Path) -> Path | None:
    stem = path.name.rsplit(".", 1)[0]
    for suffix in _SIDECAR_SUFFIXES:
        candidate = path.with_name(stem + suffix)
        if candidate.is_file():  # OSError (name too long) is the caller's to report
            return candidate
    return None


class DropFolder:
    """Scans one folder; remembers since when each file has looked the same."""

    def __init__(
        self,
        folder: Path,
        commands: Commands,
        store: SubscriptionStore,
        clock: Clock,
        *,
        quiet_seconds: float = 5.0,
        max_bytes: int | None = None,
    ) -> None:
        self.folder = folder
        self.commands = commands
        self.store = store
        self.clock = clock
        self.quiet_seconds = quiet_seconds
        self.max_bytes = max_bytes or commands.settings.max_source_bytes
        # name -> ((size, mtime_ns), monotonic time it was first seen like that)
        self._stable_since: dict[str, tuple[tuple[int, int], float]] = {}

    def _candidates(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p
            for p in self.folder.iterdir()
            if not is_temporary(p.name) and not p.name.endswith(_SIDECAR_SUFFIXES)
        )

    def scan(self) -> list[DropOutcome]:
        """Ingest every file that has been quiet long enough and is new (by content)."""
        outcomes: list[DropOutcome] = []
        now = self.clock.monotonic()
        seen: dict[str, tuple[tuple[int, int], float]] = {}
        for path in self._candidates():
            try:
                st = path.stat()
                if not path.is_file() or is_sidecar(path):
                    continue
            except FileNotFoundError:
                continue  # gone between listing and stat
            except OSError as exc:
                outcomes.extend(self._trouble(path.name, f"oserror:{exc.errno}", exc))
                continue
            signature = (st.st_size, st.st_mtime_ns)
            previous = self._stable_since.get(path.name)
            since = previous[1] if previous is not None and previous[0] == signature else now
            seen[path.name] = (signature, since)
            if previous is None or now - since < self.quiet_seconds:
                continue  # new, still changing, or not quiet for long enough yet
            try:
                outcome = self._process(path, signature)
            except OSError as exc:
                key = f"oserror:{exc.errno}:{signature[0]}:{signature[1]}"
                outcome = next(iter(self._trouble(path.name, key, exc)), None)
            if outcome is not None:
                outcomes.append(outcome)
        self._stable_since = seen
        return outcomes

    def _trouble(self, name: str, key: str, exc: OSError) -> list[DropOutcome]:
        """An unreadable file: told to admins once (per kind of trouble), logged once."""
        if self.store.drop_file_hash(name) == key:
            return []
        reason = f"cannot be read ({exc.strerror or type(exc).__name__})"
        logger.warning("drop folder: %s %s", name[:80], reason)
        return [self._reject(name, key, reason)]

    def _reject(self, name: str, key: str, reason: str) -> DropOutcome:
        self.store.record_drop_file(name, key, "rejected", self.clock.now())
        return DropOutcome(
            name=name, accepted=False, reply=self.commands.reject_reply(name, reason)
        )

    def _process(self, path: Path, signature: tuple[int, int]) -> DropOutcome | None:
        size = signature[0]
        if size > self.max_bytes:
            key = f"oversize:{size}:{signature[1]}"
            if self.store.drop_file_hash(path.name) == key:
                return None
            reason = f"the file is {size} bytes, over the {self.max_bytes}-byte limit"
            logger.warning("drop folder: rejected %s: %s", path.name, reason)
            return self._reject(path.name, key, reason)
        digest = hashlib.sha256()
        _hash_file(path, digest, self.max_bytes + 1)
        digest.update(b"\0")
        sidecar = _sidecar(path)
        if sidecar is not None:
            _hash_file(sidecar, digest, self.max_bytes + 1)
        content = digest.hexdigest()
        if self.store.drop_file_hash(path.name) == content:
            return None
        try:
            results = self.commands.ingester.ingest_path(path)
        except SourceRejected as exc:
            logger.warning("drop folder: rejected %s: %s", path.name, exc.reason)
            self.store.record_drop_file(path.name, content, "rejected", self.clock.now())
            return DropOutcome(
                name=path.name,
                accepted=False,
                reply=self.commands.reject_reply(exc.source, exc.reason),
            )
        self.store.record_drop_file(path.name, content, "ingested", self.clock.now())
        logger.info("drop folder: ingested %s (%d article(s))", path.name, len(results))
        return DropOutcome(name=path.name, accepted=True, reply=self.commands.ingest_reply(results))


__all__ = ["DropFolder", "DropOutcome", "is_temporary"]
