"""The rate limiter holds Telegram's limits exactly, measured on a fake clock."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from typing import Any

from telegram.error import RetryAfter

from bot.clock import FakeClock
from bot.ratelimit import Lane, TelegramRateLimiter, in_lane


async def _send(
    limiter: TelegramRateLimiter, clock: FakeClock, log: list[tuple[float, int]], chat: int
) -> None:
    async def callback() -> dict[str, Any]:
        log.append((clock.monotonic(), chat))
        return {}

    await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat}, None)


def _max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


async def test_global_limit_is_30_per_second() -> None:
    """300 messages to 300 private chats: never more than 30 in any 1-second window."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)
    log: list[tuple[float, int]] = []
    await asyncio.gather(*(_send(limiter, clock, log, 1000 + i) for i in range(300)))
    times = [t for t, _ in log]
    assert len(log) == 300
    assert _max_in_window(times, 1.0) == 30
    assert max(times) - min(times) < 10.0  # and it does not go slower than it must


async def test_private_chat_one_per_second() -> None:
    """Five messages to one chat are at least a second apart."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)
    log: list[tuple[float, int]] = []
    await asyncio.gather(*(_send(limiter, clock, log, 7) for _ in range(5)))
    times = sorted(t for t, _ in log)
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))


async def test_group_twenty_per_minute() -> None:
    """Group chats (negative ids) get at most 20 messages in any 60 seconds."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)
    log: list[tuple[float, int]] = []
    await asyncio.gather(*(_send(limiter, clock, log, -100) for _ in range(45)))
    times = [t for t, _ in log]
    assert _max_in_window(times, 60.0) == 20
    assert Counter(c for _, c in log) == {-100: 45}


async def test_unlimited_endpoints_pass_through() -> None:
    """getUpdates and answerCallbackQuery are not paced."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)

    async def callback() -> bool:
        return True

    for _ in range(100):
        await limiter.process_request(callback, (), {}, "answerCallbackQuery", {}, None)
    assert clock.slept == []


async def test_retry_after_pauses_and_resends() -> None:
    """A RetryAfter waits the time asked and resends the same request."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)
    attempts: list[float] = []

    async def callback() -> dict[str, Any]:
        attempts.append(clock.monotonic())
        if len(attempts) < 3:
            raise RetryAfter(5)
        return {"ok": True}

    result = await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": 5}, None)
    assert result == {"ok": True}
    assert len(attempts) == 3
    assert attempts[1] - attempts[0] >= 5.0 and attempts[2] - attempts[1] >= 5.0
    assert limiter.retries == 2


async def _bulk(
    limiter: TelegramRateLimiter, clock: FakeClock, log: list[tuple[float, int]], chat: int
) -> None:
    with in_lane(Lane.BULK):
        await _send(limiter, clock, log, chat)


async def test_a_reply_takes_the_next_slot_ahead_of_queued_push_sends() -> None:
    """With 90 push sends queued behind a full window, a reply goes out in the next free slot
    (not after the queue), and the 30/s window still holds for all of them together."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock)
    log: list[tuple[float, int]] = []
    push = [asyncio.create_task(_bulk(limiter, clock, log, 1000 + i)) for i in range(90)]
    await asyncio.gather(*push[:30])  # the window is full; the other 60 wait in the queue
    asked_at, queued = clock.monotonic(), len(log)
    await _send(limiter, clock, log, 7)
    await asyncio.gather(*push)
    chats = [c for _, c in log]
    assert chats.index(7) - queued <= 1  # at most the push send already holding the gate
    assert log[chats.index(7)][0] - asked_at <= 1.0 / 30 + 1e-9
    assert len(log) == 91
    assert _max_in_window([t for t, _ in log], 1.0) == 30


async def test_replies_keep_their_own_order_and_push_sends_theirs() -> None:
    """Within a lane, waiters are served in arrival order; each reply goes out behind at most
    the push send holding the gate when it asked."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock, global_per_second=2)
    log: list[tuple[float, int]] = []
    asked: dict[int, int] = {}

    async def reply(chat: int) -> None:
        asked[chat] = len(log)
        await _send(limiter, clock, log, chat)

    push = [asyncio.create_task(_bulk(limiter, clock, log, 100 + i)) for i in range(12)]
    await asyncio.gather(*push[:2])
    replies = [asyncio.create_task(reply(200 + i)) for i in range(3)]
    await asyncio.gather(*push, *replies)
    chats = [c for _, c in log]
    assert [c for c in chats if c >= 200] == [200, 201, 202]
    assert [c for c in chats if c < 200] == list(range(100, 112))
    for chat, before in asked.items():
        assert sum(1 for c in chats[before : chats.index(chat)] if c < 200) <= 1


async def test_a_cancelled_waiter_does_not_block_the_gate() -> None:
    """A send cancelled while it waits in either lane leaves the others to go through."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock, global_per_second=1)
    log: list[tuple[float, int]] = []
    first = asyncio.create_task(_bulk(limiter, clock, log, 1))
    waiting = [
        asyncio.create_task(_bulk(limiter, clock, log, 2)),
        asyncio.create_task(_send(limiter, clock, log, 3)),
    ]
    last = asyncio.create_task(_bulk(limiter, clock, log, 4))
    await asyncio.sleep(0)
    for task in waiting:
        task.cancel()
    await asyncio.gather(first, last)
    assert [c for _, c in log] == [1, 4]


async def test_chats_whose_limits_lapsed_are_forgotten() -> None:
    """A push to many chats leaves no per-chat entry behind once their limits have lapsed,
    and a chat still inside its interval keeps its pace."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock, global_per_second=10_000)
    log: list[tuple[float, int]] = []
    await asyncio.gather(*(_send(limiter, clock, log, 5000 + i) for i in range(5000)))
    await asyncio.gather(*(_send(limiter, clock, log, -200) for _ in range(3)))
    await clock.sleep(61.0)
    await _send(limiter, clock, log, 1)
    await _send(limiter, clock, log, 1)
    assert len(log) == 5000 + 5
    assert limiter.tracked_chats() <= 1  # only chat 1, whose second message just went
    ones = [t for t, chat in log if chat == 1]
    assert ones[1] - ones[0] >= 1.0


async def test_the_push_lane_serves_the_longest_chain_first() -> None:
    """Queued push sends go by how many messages their digest has still to send, then in
    arrival order; a reply still goes ahead of them all, and the window still holds."""
    clock = FakeClock()
    limiter = TelegramRateLimiter(clock=clock, global_per_second=1)
    log: list[tuple[float, int]] = []

    async def ranked(chat: int, rank: int) -> None:
        with in_lane(Lane.BULK, rank=rank):
            await _send(limiter, clock, log, chat)

    await ranked(1, 1)  # the window is full: everyone below waits
    waiting = [
        asyncio.create_task(ranked(2, 1)),  # holds the gate, sleeping for the window
        asyncio.create_task(ranked(3, 1)),
        asyncio.create_task(ranked(4, 3)),
        asyncio.create_task(ranked(5, 2)),
        asyncio.create_task(ranked(6, 3)),
        asyncio.create_task(_send(limiter, clock, log, 7)),  # a reply
    ]
    await asyncio.gather(*waiting)
    assert [c for _, c in log] == [1, 2, 7, 4, 6, 5, 3]
    assert _max_in_window([t for t, _ in log], 1.0) == 1
