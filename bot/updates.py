"""How updates are run: concurrently across chats, in order within a chat, bursts coalesced.

PTB's `concurrent_updates(True)` would run one chat's updates out of order (a /settings change
could overtake the /subscribe before it); processing one at a time lets one reader's burst
delay everyone (20 `/brief` each waiting for that chat's 1 msg/s). So: one lock per chat, FIFO
(asyncio locks wake waiters in order), and at most `workers` updates handled at once.

A burst of identical commands from one chat (a reader tapping /brief repeatedly while the
first is still being answered) is answered once: a command equal to one still pending in the
same chat, within `coalesce_seconds`, is dropped.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.clock import Clock
from bot.logsafe import current_chat

logger = logging.getLogger(__name__)

# PTB's own semaphore is taken before `do_process_update`, so updates queued behind a chat's
# lock hold one of its slots while they wait: keep it far above `workers`.
_OUTER_SLOTS = 4096


def chat_key(update: object) -> int | None:
    """The chat whose order this update must keep (None: no ordering needed)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


def command_key(update: object) -> tuple[int, str] | None:
    """(chat, normalised command text) for a new command message; None for anything else."""
    if not isinstance(update, Update) or update.message is None:
        return None
    text = update.message.text
    if not text or not text.startswith("/") or update.effective_chat is None:
        return None
    return update.effective_chat.id, " ".join(text.lower().split())


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Concurrent across chats, sequential within one; identical pending commands coalesced."""

    def __init__(self, *, workers: int, coalesce_seconds: float, clock: Clock) -> None:
        super().__init__(max_concurrent_updates=_OUTER_SLOTS)
        self.workers = max(1, workers)
        self.coalesce_seconds = coalesce_seconds
        self.clock = clock
        self.coalesced = 0
        self._slots = asyncio.Semaphore(self.workers)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}
        self._pending: dict[tuple[int, str], float] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def _is_duplicate(self, key: tuple[int, str] | None) -> bool:
        if key is None or self.coalesce_seconds <= 0:
            return False
        since = self._pending.get(key)
        return since is not None and self.clock.monotonic() - since <= self.coalesce_seconds

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = command_key(update)
        if self._is_duplicate(key):
            self.coalesced += 1
            if inspect.iscoroutine(coroutine):
                coroutine.close()  # never started: nothing to clean up but the warning
            logger.info("coalesced a repeated command in chat %s", key[0] if key else "?")
            return
        owns_key = key is not None and key not in self._pending
        if key is not None and owns_key:
            self._pending[key] = self.clock.monotonic()
        chat = chat_key(update)
        current_chat.set(chat)  # this update's task has its own context: logs carry the chat
        try:
            if chat is None:
                async with self._slots:
                    await coroutine
                return
            lock, users = self._chats.get(chat, (asyncio.Lock(), 0))
            self._chats[chat] = (lock, users + 1)
            try:
                async with lock, self._slots:
                    await coroutine
            finally:
                lock, users = self._chats[chat]
                if users <= 1:
                    del self._chats[chat]
                else:
                    self._chats[chat] = (lock, users - 1)
        finally:
            if key is not None and owns_key:
                self._pending.pop(key, None)
