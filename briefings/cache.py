"""One small bounded cache for the core, instead of a hand-rolled LRU in every module.

A long-running bot over a 10,000-article store asks for the same few topics all day; what a
brief needs per article is worth remembering, but never without a bound. The bot reads these
caches from several worker threads at once, so every operation holds a lock (a value is
computed outside it: two threads may compute the same value, never corrupt the order).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")

__all__ = ["BoundedCache"]


class BoundedCache(Generic[_K, _V]):
    """A least-recently-used mapping holding at most `limit` entries."""

    __slots__ = ("_entries", "_lock", "limit")

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("a bounded cache needs room for at least one entry")
        self.limit = limit
        self._entries: OrderedDict[_K, _V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: _K) -> _V | None:
        """The value for `key` (now the most recently used), or None."""
        with self._lock:
            entries = self._entries
            if key not in entries:
                return None
            entries.move_to_end(key)
            return entries[key]

    def put(self, key: _K, value: _V) -> None:
        """Remember `value`, forgetting the least recently used entry when full."""
        with self._lock:
            entries = self._entries
            entries[key] = value
            entries.move_to_end(key)
            if len(entries) > self.limit:
                entries.popitem(last=False)

    def get_or_compute(self, key: _K, compute: Callable[[], _V]) -> _V:
        """The remembered value, or `compute()` remembered."""
        with self._lock:
            entries = self._entries
            if key in entries:
                entries.move_to_end(key)
                return entries[key]
        value = compute()
        self.put(key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
