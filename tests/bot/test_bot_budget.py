"""The send budget: processes split one ceiling over the database, on a fake clock."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.budget import ProcessRegistry, SendBudget, share_of
from bot.clock import FakeClock
from bot.ratelimit import TelegramRateLimiter
from bot.subscriptions import SubscriptionStore

CEILING = 30
HEARTBEAT = 1.0
LEASE = 6.0


class Fleet:
    """Budgets of several simulated processes over one store, stepped by hand."""

    def __init__(self, store: SubscriptionStore, clock: FakeClock) -> None:
        self.registry = ProcessRegistry(store.engine)
        self.clock = clock
        self.budgets: dict[str, SendBudget] = {}

    def join(self, name: str, registry: Any = None) -> SendBudget:
        budget = SendBudget(
            registry=registry or self.registry,
            worker=name,
            ceiling=CEILING,
            clock=self.clock,
            heartbeat=HEARTBEAT,
            lease=LEASE,
            apply=lambda share, live: None,
        )
        self.budgets[name] = budget
        return budget

    async def beat(self, *names: str) -> None:
        for name in names or tuple(self.budgets):
            await self.budgets[name].step()

    def shares(self) -> dict[str, int]:
        return {name: b.share for name, b in self.budgets.items()}


@pytest.mark.parametrize("ceiling", [30, 31, 1000])
@pytest.mark.parametrize("n", [1, 2, 3, 7])
def test_shares_add_up_to_the_ceiling(ceiling: int, n: int) -> None:
    """Equal shares (differing by at most one) whose sum is exactly the ceiling."""
    live = [f"w{i}" for i in range(n)]
    shares = [share_of(ceiling, live, w) for w in live]
    assert sum(shares) == ceiling
    assert max(shares) - min(shares) <= 1
    assert share_of(ceiling, live, "not-registered") == 0


async def test_processes_split_and_rebalance(store: SubscriptionStore, clock: FakeClock) -> None:
    """Three processes take a third each; a joiner sends nothing until the others shrank; a
    dead one's share is taken back once its lease has run out, never before."""
    fleet = Fleet(store, clock)
    for name in ("a", "b", "c"):
        fleet.join(name)
    await fleet.beat()
    assert set(fleet.shares().values()) == {0}  # nobody has been seen by the others yet
    clock.advance(HEARTBEAT + 2)
    await fleet.beat()
    assert fleet.shares() == {"a": 10, "b": 10, "c": 10}

    fleet.join("d")
    await fleet.beat("d")
    assert fleet.shares()["d"] == 0
    for _ in range(4):  # until d's join delay has passed, step by step, in any order
        clock.advance(HEARTBEAT)
        await fleet.beat("a", "b", "c", "d")
        assert sum(fleet.shares().values()) <= CEILING
    assert sorted(fleet.shares().values()) == [7, 7, 8, 8]

    del fleet.budgets["c"]  # killed: no goodbye, no more heartbeats
    clock.advance(LEASE - 1)
    await fleet.beat()
    assert sum(fleet.shares().values()) <= CEILING - 7  # c may still be sending
    clock.advance(2)
    await fleet.beat()
    assert sorted(fleet.shares().values()) == [10, 10, 10]


async def test_clean_stop_hands_the_share_back(store: SubscriptionStore, clock: FakeClock) -> None:
    """A process that stops deregisters: the others get its share at their next beat."""
    fleet = Fleet(store, clock)
    a, b = fleet.join("a"), fleet.join("b")
    await fleet.beat()
    clock.advance(HEARTBEAT + 2)
    await fleet.beat()
    assert (a.share, b.share) == (15, 15)
    await b.stop()
    del fleet.budgets["b"]
    await fleet.beat()
    assert a.share == CEILING


class _FlakyRegistry:
    def __init__(self, inner: ProcessRegistry) -> None:
        self.inner = inner
        self.down = False

    def beat(self, *args: Any) -> Any:
        if self.down:
            raise OSError("database unreachable")
        return self.inner.beat(*args)

    def leave(self, worker: str) -> None:
        self.inner.leave(worker)


async def test_cut_off_process_stops_sending_before_it_counts_as_dead(
    store: SubscriptionStore, clock: FakeClock
) -> None:
    """Without heartbeats for half a lease a process fences itself (share 0), before the
    others may take its share (after a full lease)."""
    fleet = Fleet(store, clock)
    flaky = _FlakyRegistry(fleet.registry)
    a = fleet.join("a")
    b = fleet.join("b", registry=flaky)
    await fleet.beat()
    clock.advance(HEARTBEAT + 2)
    await fleet.beat()
    assert (a.share, b.share) == (15, 15)
    flaky.down = True
    clock.advance(LEASE / 2 - 0.5)
    await fleet.beat()
    assert (a.share, b.share) == (15, 15)
    clock.advance(1)
    await fleet.beat()
    assert (a.share, b.share) == (15, 0)
    clock.advance(LEASE / 2)
    await fleet.beat()
    assert a.share == CEILING


async def test_limiter_holds_sends_at_share_zero() -> None:
    """At share 0 a limited send waits; raising the share lets it through at once."""
    limiter = TelegramRateLimiter(global_per_second=30)
    limiter.set_global(0)
    got = asyncio.create_task(limiter.acquire(42))
    await asyncio.sleep(0.05)
    assert not got.done()
    limiter.set_global(10)
    await asyncio.wait_for(got, 1)
    limiter.release(42)
