"""Ingest in a child process, so that one huge upload cannot stall the bot.

A thread is not enough for ingest: loading and analysing a 1.5 MB article runs regular
expressions over the whole text, and a single `re` call holds the GIL until it finishes, so
every other reader's update waited behind it (~250 ms p99 in the benchmark). The child has
its own `BriefingService` on the same database; what it stored, the bot's service reads on
the next brief (briefs are keyed by the candidates' content, so nothing stale is served).

`ThreadIngester` is the same interface in-process: the console, and tests that need the fake
clock's ingest times, use it.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from briefings.config import CoreSettings
from briefings.errors import SourceRejected
from briefings.ingest import IngestResult
from briefings.service import BriefingService


class Ingester(Protocol):
    """What `Commands` and the drop folder need to ingest; `BriefingService` is one."""

    def ingest_bytes(self, data: bytes, name: str) -> list[IngestResult]: ...

    def ingest_path(self, path: Path) -> list[IngestResult]: ...


NICENESS = 10

# --- the child's side --------------------------------------------------------------------

_service: BriefingService | None = None


def _start(fields: dict[str, Any]) -> None:
    global _service  # one service per child process, built once
    # Ingest is background work: when CPU is short, readers' commands in the bot go first.
    os.nice(NICENESS)
    _service = BriefingService(CoreSettings(_env_file=None, **fields))


def _ready() -> bool:
    return _service is not None


def _run(method: str, *args: Any) -> tuple[str, Any]:
    """Call the child's service; a refusal travels back as data (SourceRejected's own
    constructor arguments do not survive pickling)."""
    assert _service is not None
    try:
        return "ok", getattr(_service, method)(*args)
    except SourceRejected as exc:
        return "rejected", (exc.source, exc.reason)


# --- the bot's side ----------------------------------------------------------------------


class ProcessIngester:
    """Ingest calls sent to one child process (spawned, so no lock or thread of the bot is
    copied into it), one at a time; callers block in their worker thread, not on the loop."""

    def __init__(self, settings: CoreSettings) -> None:
        fields = {name: getattr(settings, name) for name in CoreSettings.model_fields}
        fields["database_url"] = settings.resolved_database_url()
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(fields,),
        )
        # Start the child now (imports take seconds), not when the first upload arrives.
        self._pool.submit(_ready)

    def _call(self, method: str, *args: Any) -> list[IngestResult]:
        status, value = self._pool.submit(_run, method, *args).result()
        if status == "rejected":
            raise SourceRejected(*value)
        results: list[IngestResult] = value
        return results

    def ingest_bytes(self, data: bytes, name: str) -> list[IngestResult]:
        return self._call("ingest_bytes", data, name)

    def ingest_path(self, path: Path) -> list[IngestResult]:
        return self._call("ingest_path", path)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
