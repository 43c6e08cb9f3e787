"""The core's one bounded cache: least recently used goes first, never over its limit."""

from __future__ import annotations

import pytest

from briefings.cache import BoundedCache


def test_forgets_the_least_recently_used_entry() -> None:
    """Reading an entry keeps it; the one untouched longest is dropped when full."""
    cache: BoundedCache[str, int] = BoundedCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)
    assert "b" not in cache
    assert cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2


def test_get_or_compute_computes_once() -> None:
    """A remembered value is not computed again."""
    cache: BoundedCache[int, int] = BoundedCache(4)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 42

    assert cache.get_or_compute(7, compute) == 42
    assert cache.get_or_compute(7, compute) == 42
    assert len(calls) == 1


def test_refuses_a_cache_without_room() -> None:
    """A limit below one is a programming error, caught at construction."""
    with pytest.raises(ValueError, match="at least one"):
        BoundedCache[str, str](0)
