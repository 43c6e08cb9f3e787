"""Group commits of the push's progress marks: many deliveries' confirmed messages written in
one transaction, each delivery still waiting for its own mark before its next message."""

from __future__ import annotations

import asyncio

from bot.clock import Clock
from bot.deliverylog import ProgressMark
from bot.subscriptions import SubscriptionStore


class GroupCommit:
    """Writes confirmed-message marks of many deliveries in one transaction, in a worker thread.

    The first mark to find no writer starts one: it waits `window` so the answers arriving
    meanwhile join, then writes batch after batch until no mark waits (marks that arrive while
    one batch is being written go in the next). Every caller still returns only once its own
    mark is committed, so a delivery never sends its next message before the previous one is
    recorded (the exactly-once window stays one message). The write runs off the event loop:
    on SQLite it may wait for the lock a claim batch holds, and other deliveries' sends (and
    other readers' replies) must not wait with it.
    """

    def __init__(self, store: SubscriptionStore, worker: str, clock: Clock, window: float):
        self.store = store
        self.worker = worker
        self.clock = clock
        self.window = window
        self._pending: list[tuple[ProgressMark, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def record(self, mark: ProgressMark) -> bool:
        """True once the mark is committed; False if the claim was lost meanwhile."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append((mark, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write())
        return await future

    async def _write(self) -> None:
        await asyncio.sleep(self.window)
        while self._pending:
            batch, self._pending = self._pending, []
            marks = [mark for mark, _ in batch]
            try:
                lost = await asyncio.to_thread(
                    self.store.progress_many, marks, self.worker, self.clock.now()
                )
            except asyncio.CancelledError:
                for _, waiting in [*batch, *self._pending]:
                    waiting.cancel()
                self._pending = []
                raise
            except BaseException as exc:  # each waiting delivery fails with it (claim kept)
                fatal = not isinstance(exc, Exception)  # the process is going down: all of them
                failed = [*batch, *self._pending] if fatal else batch
                if fatal:
                    self._pending = []
                for _, waiting in failed:
                    if not waiting.done():
                        waiting.set_exception(exc)
                if fatal:
                    return
                continue
            for mark, waiting in batch:
                if not waiting.done():  # its delivery may have been cancelled meanwhile
                    waiting.set_result(mark.delivery_id not in lost)
