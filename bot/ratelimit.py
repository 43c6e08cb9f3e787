"""A rate limiter that holds Telegram's broadcast limits exactly.

PTB's `AIORateLimiter` leaves private chats unlimited and lets a burst of about 60 messages
through in the first second. This one keeps sliding windows of send times:

- at most `global_per_second` messages in any 1-second window, over all chats (measured as
  Telegram would see them, see `_wait_needed`);
- at least `chat_interval` seconds between two messages to the same chat;
- at most `group_per_minute` messages in any 60-second window to one group (negative chat id).

Only requests that post into a chat (`send*`, `edit*`, `copy*`, `forward*` with a `chat_id`)
are limited; `getUpdates`, `answerCallbackQuery` and the like pass straight through. A
`RetryAfter` from Telegram pauses every limited request for the time asked, then the same
request is resent (up to `max_retries` times).

Two lanes share these limits: a reply to someone's command (the default, `Lane.INTERACTIVE`)
takes the next free slot ahead of every queued `Lane.BULK` send (the daily push), so a reader
asking during a push waits for one slot, not for the push's whole queue. The push marks its
sends with `in_lane(Lane.BULK)`; PTB hands the limiter nothing per call but `rate_limit_args`,
which the `Bot` type fixes, so the lane travels in a context variable of the sending task.

Within the bulk lane, a send whose digest has more messages still to go goes first (`rank`,
the count of that digest's messages not yet sent, this one included), then arrival order. A
digest's messages are a chain a second apart (one chat), so the push cannot end before its
longest chain does: served in arrival order, the chains of the digests claimed last start late
and queue behind single messages at every link, and the push's last seconds drain at a
fraction of the ceiling. Longest chain first starts them at once; the single messages fill the
gaps. This changes only who takes a free slot, never how many slots there are. A low rank
waits at most for the digests in flight (the runner's concurrency): no new digest is claimed
until one finishes, and finishing takes its rank-1 message.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dt
import heapq
import itertools
import logging
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from enum import StrEnum
from typing import Any, Protocol

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.clock import Clock, SystemClock

logger = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
_LIMITED_PREFIXES = ("send", "edit", "copy", "forward")


class RequestObserver(Protocol):
    """Told about every limited request's outcome and every wait (see `bot.metrics`)."""

    def request_done(self, method: str, error: BaseException | None) -> None: ...

    def waited(self, seconds: float) -> None: ...


class Lane(StrEnum):
    """Which queue a limited request waits in; every interactive waiter goes first."""

    INTERACTIVE = "interactive"  # replies to a user's command or button
    BULK = "bulk"  # the daily push: may wait behind any reply


_LANE: contextvars.ContextVar[Lane] = contextvars.ContextVar("rate_lane", default=Lane.INTERACTIVE)
_RANK: contextvars.ContextVar[int] = contextvars.ContextVar("rate_rank", default=0)


@contextlib.contextmanager
def in_lane(lane: Lane, rank: int = 0) -> Iterator[None]:
    """Send in `lane` within this block (the current task and the tasks it starts); within
    the lane, waiters of a higher `rank` go first (the bulk lane: messages its digest has
    still to send)."""
    token = _LANE.set(lane)
    rank_token = _RANK.set(rank)
    try:
        yield
    finally:
        _RANK.reset(rank_token)
        _LANE.reset(token)


def current_lane() -> Lane:
    """The lane a limited request sent from here would wait in."""
    return _LANE.get()


def current_rank() -> int:
    """Its rank within that lane (see `in_lane`)."""
    return _RANK.get()


class LaneGate:
    """A lock whose waiters are served interactive lane first, then by rank (highest first),
    then in arrival order.

    Ownership passes straight from the releaser to the next waiter, so a request arriving
    meanwhile cannot overtake the queue it joins (unless it outranks it)."""

    def __init__(self) -> None:
        self._locked = False
        self._order = itertools.count()
        # Per lane, a heap of (-rank, arrival, future); a cancelled waiter's entry stays in
        # it and is skipped when its turn comes.
        self._waiters: dict[Lane, list[tuple[int, int, asyncio.Future[None]]]] = {
            Lane.INTERACTIVE: [],
            Lane.BULK: [],
        }

    async def acquire(self, lane: Lane, rank: int = 0) -> None:
        if not self._locked:
            self._locked = True
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters[lane], (-rank, next(self._order), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed the gate as we were cancelled: pass it on
            raise

    def release(self) -> None:
        for queue in self._waiters.values():  # INTERACTIVE first (insertion order)
            while queue:
                future = heapq.heappop(queue)[2]
                if not future.done():
                    future.set_result(None)
                    return
        self._locked = False

    @contextlib.asynccontextmanager
    async def held(self, lane: Lane, rank: int = 0) -> AsyncIterator[None]:
        await self.acquire(lane, rank)
        try:
            yield
        finally:
            self.release()


def retry_after_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked us to wait (read without PTB's int/timedelta deprecation path)."""
    value = exc._retry_after  # a timedelta in PTB 22; the public property warns
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value)


#: Seconds between two prunings of the per-chat tables (a group's window is a minute).
PRUNE_EVERY = 60.0


class TelegramRateLimiter(BaseRateLimiter[int]):
    """Sliding-window limiter; `rate_limit_args` overrides `max_retries` per call."""

    def __init__(
        self,
        *,
        global_per_second: int = 30,
        chat_interval: float = 1.0,
        group_per_minute: int = 20,
        max_retries: int = 5,
        clock: Clock | None = None,
    ) -> None:
        self.global_per_second = global_per_second
        self.chat_interval = chat_interval
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self.clock: Clock = clock or SystemClock()
        self._global: deque[float] = deque()
        self._inflight = 0
        self._released = asyncio.Event()
        self._gate = LaneGate()
        self._chat_last: dict[int | str, float] = {}
        self._chat_busy: set[int | str] = set()
        self._group: defaultdict[int | str, deque[float]] = defaultdict(deque)
        self._group_inflight: defaultdict[int | str, int] = defaultdict(int)
        self._next_prune = 0.0
        self._paused_until = 0.0
        self.retries = 0
        self.granted = 0
        self.observer: RequestObserver | None = None

    def set_global(self, per_second: int) -> None:
        """Change the bot-wide window (this process's share of a budget shared with others);
        0 holds every limited request until it is raised again."""
        self.global_per_second = max(0, per_second)
        self._released.set()  # waiters re-check against the new limit

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _shared_wait(self, now: float) -> float:
        """Seconds until the bot-wide window has room (0 = now, -1 = when a request returns).

        Windows hold *completion* times, and requests still in flight count as happening now:
        Telegram sees a request somewhere between our send and its answer, so only this
        keeps the limits true on Telegram's side whatever the latency.
        """
        wait = max(0.0, self._paused_until - now)
        while self._global and self._global[0] <= now - 1.0:
            self._global.popleft()
        if len(self._global) + self._inflight >= self.global_per_second:
            if not self._global:
                return -1.0 if wait == 0 else wait
            wait = max(wait, self._global[0] + 1.0 - now)
        return wait

    def _chat_wait(self, chat: int | str | None, now: float) -> float:
        """Seconds until this chat may get a message (same conventions as `_shared_wait`)."""
        if chat is None:
            return 0.0
        wait = 0.0
        last = self._chat_last.get(chat)
        if last is not None:
            wait = max(wait, last + self.chat_interval - now)
        busy = chat in self._chat_busy
        if _is_group(chat):
            window = self._group[chat]
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) + self._group_inflight[chat] >= self.group_per_minute:
                if window:
                    wait = max(wait, window[0] + 60.0 - now)
                else:
                    busy = True
        if wait <= 0 and busy:
            return -1.0
        return max(0.0, wait)

    async def _wait_for(self, check: Callable[[float], float]) -> None:
        while True:
            wait = check(self.clock.monotonic())
            if wait == 0:
                return
            if wait < 0:
                self._released.clear()
                await self._released.wait()
            else:
                await self.clock.sleep(wait)

    async def acquire(
        self, chat: int | str | None, lane: Lane | None = None, rank: int | None = None
    ) -> None:
        """Wait for a slot and take it.

        A chat's own limits are waited for outside the gate (a group at its 20/min must not
        hold up everyone else); the bot-wide window is waited for inside it, one waiter at a
        time, so a full window wakes one task instead of all of them, interactive waiters
        first (see `LaneGate`). The final check-and-take has no await in between, so it is
        atomic.
        """
        lane = lane or _LANE.get()
        rank = _RANK.get() if rank is None else rank
        started = self.clock.monotonic()
        while True:
            await self._wait_for(lambda now: self._chat_wait(chat, now))
            async with self._gate.held(lane, rank):
                await self._wait_for(self._shared_wait)
                if self._chat_wait(chat, self.clock.monotonic()) != 0:
                    continue  # another request to this chat went first; queue again
                self._inflight += 1
                if chat is not None:
                    self._chat_busy.add(chat)
                    if _is_group(chat):
                        self._group_inflight[chat] += 1
                self.granted += 1
                waited = self.clock.monotonic() - started
                if waited > 0 and self.observer is not None:
                    self.observer.waited(waited)
                return

    def release(self, chat: int | str | None) -> None:
        """The request got its answer: it now counts at this instant."""
        now = self.clock.monotonic()
        self._released.set()
        self._inflight -= 1
        self._global.append(now)
        if chat is not None:
            self._chat_busy.discard(chat)
            self._chat_last[chat] = now
            if _is_group(chat):
                self._group_inflight[chat] -= 1
                self._group[chat].append(now)
        if now >= self._next_prune:
            self._prune(now)
            self._next_prune = now + PRUNE_EVERY

    def tracked_chats(self) -> int:
        """How many chats the limiter still holds state for (pruning is bounded by this)."""
        return len(self._chat_last.keys() | self._group.keys())

    def _prune(self, now: float) -> None:
        """Forget chats whose limits have lapsed, so a push to many chats does not leave a
        table that grows for the life of the process. Once a minute at most: the cost is
        one pass over the chats served in that minute."""
        self._chat_last = {
            chat: last
            for chat, last in self._chat_last.items()
            if last + self.chat_interval > now or chat in self._chat_busy
        }
        for chat in [c for c, w in self._group.items() if not w or w[-1] <= now - 60.0]:
            if not self._group_inflight.get(chat):
                del self._group[chat]
                self._group_inflight.pop(chat, None)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        limited = endpoint.startswith(_LIMITED_PREFIXES) and data.get("chat_id") is not None
        chat = _chat_key(data.get("chat_id")) if limited else None
        max_retries = self.max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(max_retries + 1):
            if limited:
                await self.acquire(chat)
            try:
                result = await callback(*args, **kwargs)
                if limited and self.observer is not None:
                    self.observer.request_done(endpoint, None)
                return result
            except Exception as exc:
                if limited and self.observer is not None:
                    self.observer.request_done(endpoint, exc)
                if not isinstance(exc, RetryAfter):
                    raise
                delay = retry_after_seconds(exc)
                self.retries += 1
                # Telegram's flood wait applies to the bot: hold every limited request.
                self._paused_until = max(self._paused_until, self.clock.monotonic() + delay)
                if attempt >= max_retries:
                    logger.info("%s rate limited by Telegram (retry after %.1f s)", endpoint, delay)
                    raise
                logger.info("%s rate limited by Telegram; retrying in %.1f s", endpoint, delay)
                await self.clock.sleep(delay)
            finally:
                if limited:
                    self.release(chat)
        raise AssertionError("unreachable")  # pragma: no cover


def _chat_key(chat_id: object) -> int | str:
    if isinstance(chat_id, int):
        return chat_id
    text = str(chat_id)
    with contextlib.suppress(ValueError):
        return int(text)
    return text


def _is_group(chat: int | str) -> bool:
    # Channels and supergroups are addressed by negative ids or by @username.
    return isinstance(chat, str) or chat < 0
