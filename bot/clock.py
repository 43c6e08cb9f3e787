"""Time as a dependency: the scheduler, the sender and the rate limiter never read the wall clock.

Production uses `SystemClock`; tests pass a fake whose `sleep` advances time instantly.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Aware UTC datetime."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for rate limits and back-off)."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class FakeClock:
    """A clock that moves only when told to or when someone sleeps on it.

    `sleep` jumps time forward to the sleeper's wake-up time (never backwards), so concurrent
    sleepers see time pass once, not once each; it then yields to the event loop.
    """

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2025, 3, 1, 0, 0, tzinfo=dt.UTC)
        self._mono = 1000.0
        self.slept: list[float] = []

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += dt.timedelta(seconds=seconds)
        self._mono += seconds

    def set(self, when: dt.datetime) -> None:
        """Jump to an absolute time (forward only)."""
        delta = (when - self._now).total_seconds()
        if delta < 0:
            raise ValueError("a clock does not go backwards")
        self.advance(delta)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        target = self._mono + max(0.0, seconds)
        if target > self._mono:
            self.advance(target - self._mono)
        await asyncio.sleep(0)
