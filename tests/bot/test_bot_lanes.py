"""A reader's command during the daily push is answered in the rate limiter's next free slot,
not after the push's queue: the real Application against a fake Bot API enforcing the limits."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

from botkit import READER, Running
from fakebotapi import Limits

from bot.clock import FakeClock
from bot.ratelimit import Lane, TelegramRateLimiter
from bot.subscriptions import SubscriptionStore

PUSH_CHATS = range(9001, 9151)


def record_grants(limiter: TelegramRateLimiter) -> list[tuple[str, int | str | None]]:
    """("ask", chat) when a limited request starts waiting, ("grant", chat) when it may go."""
    events: list[tuple[str, int | str | None]] = []
    acquire = limiter.acquire

    async def recorded(chat: int | str | None, lane: Lane | None = None) -> None:
        events.append(("ask", chat))
        await acquire(chat, lane)
        events.append(("grant", chat))

    limiter.acquire = recorded  # type: ignore[method-assign]
    return events


class HeldClock:
    """The limiter's fake clock, stopped while `hold()` is true.

    On a fake clock the push's waits for the next window cost no real time, so without this
    the push could finish before a slow machine has even parsed the reader's command, and the
    test would prove nothing. Holding time still lets the queued digests wait *inside* the
    limiter, as they do in production while the window is full.
    """

    def __init__(self, clock: FakeClock, hold: Callable[[], bool], wake: asyncio.Event) -> None:
        self.clock, self.hold, self.wake = clock, hold, wake

    def now(self) -> dt.datetime:
        return self.clock.now()

    def monotonic(self) -> float:
        return self.clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        if self.hold():
            await self.wake.wait()
        await self.clock.sleep(seconds)


async def test_a_brief_during_the_push_is_not_queued_behind_it(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """150 digests queue at 30 msgs/s; a reader's /brief meanwhile goes out in the next free
    slot while the push goes on, with no 429 and every digest still delivered once."""
    clock.set(dt.datetime(2025, 5, 5, 4, 0, tzinfo=dt.UTC))  # 08:00 in Baku
    running.api.limits = Limits()
    for uid in PUSH_CHATS:
        sub = store.ensure(
            uid, uid, name=f"u{uid}", timezone="Asia/Baku", digest_time=dt.time(8), now=clock.now()
        )
        store.set_topics(sub.id, ("energy",), clock.now())
    limiter = running.app.bot.rate_limiter
    assert isinstance(limiter, TelegramRateLimiter)
    events = record_grants(limiter)
    reader_in = asyncio.Event()
    limiter.clock = HeldClock(
        clock, lambda: len(running.api.sent) >= 40 and not reader_in.is_set(), reader_in
    )
    ask = limiter.acquire

    async def reader_asks(chat: int | str | None, lane: Lane | None = None) -> None:
        if chat == READER:
            reader_in.set()
        await ask(chat, lane)

    limiter.acquire = reader_asks  # type: ignore[method-assign]
    # More digests in flight than the 30 requests the limiter lets be outstanding: the rest
    # queue in it, as they do in production while the window is full.
    running.tg.runner.concurrency = 100
    push = asyncio.create_task(running.tg.runner.tick())
    await running.api.wait_for(lambda a: len(a.sent) >= 40)

    [reply, *_] = await running.say(READER, "/brief energy")
    report = await push

    asked = events.index(("ask", READER))
    granted = events.index(("grant", READER))
    ahead = [chat for kind, chat in events[asked:granted] if kind == "grant"]
    assert len(ahead) <= 1, f"{len(ahead)} push sends went first"
    push_after = [chat for kind, chat in events[granted:] if kind == "grant" and chat != READER]
    assert len(push_after) >= 30, "the push had ended before the reader asked"
    assert "energy" in reply.plain.lower()
    assert report.sent == len(PUSH_CHATS)
    assert running.api.too_many == 0
    for delivery in store.all_deliveries():
        sub = store.get_by_id(delivery.subscriber_id)
        assert sub is not None and delivery.messages
        got = [m.text for m in running.api.messages_to(sub.chat_id)]
        assert got == delivery.messages, sub.chat_id
