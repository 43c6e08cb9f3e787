"""One send budget for the whole bot, shared by every process over the database.

Telegram's ceiling (30 messages/s, up to 1,000 with paid broadcasts) is per bot, not per
process. Each `python -m bot` process registers in `bot_processes` and renews a heartbeat
every `PROCESS_HEARTBEAT` seconds; the live processes (heartbeat younger than
`PROCESS_LEASE`) split `BROADCAST_CEILING` equally (the remainder to the oldest), and each
sets its rate limiter's bot-wide window to its share. So N processes never exceed the ceiling
together, during changes as well:

- a process that joins sends nothing until every other has had a heartbeat to see it and a
  second for its window to drain (`join_delay`), so the others' shares shrink first;
- a process that leaves deletes its row; one that dies stops renewing it and the others take
  its share back once its lease has run out (any process deletes expired rows);
- a process that cannot reach the database for half a lease stops sending (share 0) before
  the others can count it dead, so a cut-off process never sends on top of their new shares.

Hosts' clocks are assumed in sync (NTP): heartbeats are compared across processes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
from collections.abc import Callable

from sqlalchemy import Integer, String, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.clock import Clock
from bot.tables import Base
from briefings.db import UTCDateTime

logger = logging.getLogger(__name__)


class ProcessRow(Base):
    __tablename__ = "bot_processes"

    worker: Mapped[str] = mapped_column(String(100), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


def share_of(ceiling: int, live: list[str], worker: str) -> int:
    """`worker`'s equal share of `ceiling` among `live` (oldest first): the first
    `ceiling % n` get one more, so the shares add up to the ceiling exactly."""
    if worker not in live:
        return 0
    n = len(live)
    return ceiling // n + (1 if live.index(worker) < ceiling % n else 0)


class ProcessRegistry:
    """The `bot_processes` table: one short transaction per call."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def beat(self, worker: str, now: dt.datetime, lease: dt.timedelta) -> tuple[bool, list[str]]:
        """Renew (or create) `worker`'s row, drop expired ones; returns (newly registered,
        live workers oldest first)."""
        with Session(self.engine) as s, s.begin():
            renewed = s.execute(
                update(ProcessRow).where(ProcessRow.worker == worker).values(heartbeat_at=now)
            ).rowcount  # type: ignore[attr-defined]
            if not renewed:
                s.add(
                    ProcessRow(
                        worker=worker,
                        host=socket.gethostname()[:255],
                        pid=os.getpid(),
                        started_at=now,
                        heartbeat_at=now,
                    )
                )
            s.execute(delete(ProcessRow).where(ProcessRow.heartbeat_at < now - lease))
            s.flush()
            live = list(
                s.scalars(
                    select(ProcessRow.worker).order_by(ProcessRow.started_at, ProcessRow.worker)
                )
            )
        return not renewed, live

    def leave(self, worker: str) -> None:
        with Session(self.engine) as s, s.begin():
            s.execute(delete(ProcessRow).where(ProcessRow.worker == worker))


class SendBudget:
    """Keeps this process's limiter at its share of the ceiling; `run()` until `stop()`."""

    def __init__(
        self,
        *,
        registry: ProcessRegistry,
        worker: str,
        ceiling: int,
        clock: Clock,
        heartbeat: float,
        lease: float,
        apply: Callable[[int, int], None],
    ) -> None:
        self.registry = registry
        self.worker = worker
        self.ceiling = ceiling
        self.clock = clock
        self.heartbeat = heartbeat
        self.lease = lease
        self.apply = apply  # (share per second, live processes)
        self.share = 0
        self.live = 0
        self._joined_at: float | None = None
        self._last_beat: float | None = None
        self._stop = asyncio.Event()

    @property
    def join_delay(self) -> float:
        """Every other process beats within one interval; its window drains in a second."""
        return self.heartbeat + 1.5

    def _set(self, share: int, live: int) -> None:
        if (share, live) != (self.share, self.live):
            logger.info("send budget: %d msgs/s of %d, %d process(es)", share, self.ceiling, live)
        self.share, self.live = share, live
        self.apply(share, live)

    async def step(self) -> None:
        """One heartbeat: renew, recompute the share, fence when the database is away."""
        lease = dt.timedelta(seconds=self.lease)
        try:
            joined, live = await asyncio.to_thread(
                self.registry.beat, self.worker, self.clock.now(), lease
            )
        except Exception as exc:
            logger.warning("send budget heartbeat failed: %s", type(exc).__name__)
            stale = self._last_beat is None or (
                self.clock.monotonic() - self._last_beat > self.lease / 2
            )
            if stale and self.share:
                logger.warning("no heartbeat for half a lease: sending nothing until one works")
                self._set(0, self.live)
            return
        now = self.clock.monotonic()
        self._last_beat = now
        if joined or self._joined_at is None:
            self._joined_at = now  # (re)registered: the others have not seen us yet
        young = now - self._joined_at < self.join_delay
        self._set(0 if young else share_of(self.ceiling, live, self.worker), len(live))

    async def run(self) -> None:
        while not self._stop.is_set():
            await self.step()
            try:
                async with asyncio.timeout(self.heartbeat):
                    await self._stop.wait()
            except TimeoutError:
                pass

    async def stop(self) -> None:
        """Stop beating and hand the share back at once (the others pick it up next beat)."""
        self._stop.set()
        try:
            await asyncio.to_thread(self.registry.leave, self.worker)
        except Exception as exc:
            logger.warning("could not deregister: %s (the lease will expire)", type(exc).__name__)


__all__ = ["ProcessRegistry", "ProcessRow", "SendBudget", "share_of"]
