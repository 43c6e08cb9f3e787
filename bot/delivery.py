"""The daily push: claim due digests in the delivery log, build them, send them.

Restart safety rests on the log (`bot_deliveries`, UNIQUE per subscriber and local date):

1. A worker *claims* the row before doing anything (INSERT, or a compare-and-set UPDATE of a
   claim whose lease ran out), so two processes sharing a database never both own a day.
2. The digest is built once and its messages are stored in the row, so a resumed delivery
   sends exactly what the first attempt would have, not a rebuilt digest.
3. After Telegram confirms each message, `messages_sent` is written (and the lease renewed).
   A restarted worker resumes from that index once the lease has expired.

For throughput (the push must have headroom far above Telegram's 30 msgs/s), claims are taken
a batch per transaction and the batch's digests are stored in one more (`bot.batches`), and
confirmed messages of concurrent deliveries share a group commit (`bot.groupcommit`); a
delivery still waits for its own commit before sending its next message, so none of the
guarantees above is weakened.

The one window left: if the process dies after Telegram accepted a message but before its
`messages_sent` is committed (a few milliseconds), that single message is sent again on resume
(at-least-once for that message; every other message is exactly-once). Recording before
sending would instead risk losing it; a duplicate is the lesser harm for a news digest.
A digest missed while no worker ran is sent once when one returns, if still within the grace.
On a clean stop (SIGINT/SIGTERM) `stop()` lets the message in flight finish and hands the
claims back, so a restart resumes at once rather than after the lease.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import os
import socket
import uuid
from collections.abc import Callable
from typing import Protocol

from bot.batches import BatchPreparer, TickReport
from bot.clock import Clock
from bot.deliverylog import Delivery, ProgressMark
from bot.digests import DigestCache, thread_gone, topic_gone_note
from bot.groupcommit import GroupCommit
from bot.ptb import inline_keyboard
from bot.ratelimit import Lane, in_lane
from bot.readers import ReaderStore
from bot.scheduler import DueDelivery, candidate_dates, plan
from bot.sender import Sender, SendOutcome
from bot.subscriptions import Subscriber, SubscriptionStore
from bot.tables import DeliveryStatus, FailureKind
from bot.texts import Texts
from briefings.service import BriefingService

logger = logging.getLogger(__name__)


#: Digests in flight at least (and in tests): enough to keep the pipeline's round trips busy.
MIN_CONCURRENCY = 32
#: And at most, whatever the ceiling: each one holds a claim and its messages.
MAX_CONCURRENCY = 1024


def push_concurrency(per_second: float, chat_interval: float) -> int:
    """Digests in flight that keep a limiter of `per_second` busy, `chat_interval` apart.

    A digest in flight sends at most one message per chat interval (plus its answer's latency
    and its progress commit, a tenth here), so `per_second` needs more than that many times
    the interval digests with a message ready; and slots are refilled half a batch at a time
    (`DeliveryRunner.claim_batch`), so the count in flight dips to half before each refill.
    With 32 at 30 msgs/s, the push's last seconds ran out of digests to send (their chains of
    messages a second apart started too late) while the limiter had room.
    """
    needed = 2 * math.ceil(per_second * chat_interval * 1.1)
    return max(MIN_CONCURRENCY, min(MAX_CONCURRENCY, needed))


def worker_name() -> str:
    """Identifies this process in claims: host, pid and a random part (pids get reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class DeliveryEvents(Protocol):
    """Told about every digest delivered (see `bot.metrics`)."""

    def delivered(self, scheduled_at: dt.datetime, now: dt.datetime) -> None: ...


class DeliveryRunner:
    """Runs one scheduling pass per `tick()`; the JobQueue calls it every few seconds.

    A tick claims due deliveries in batches (one transaction per batch), builds and stores
    their digests in one more, then sends with up to `concurrency` digests in flight, recording
    confirmed messages through group commits.
    """

    def __init__(
        self,
        *,
        store: SubscriptionStore,
        service: BriefingService,
        sender: Sender,
        texts: Texts,
        clock: Clock,
        grace: dt.timedelta,
        lease: dt.timedelta,
        worker: str | None = None,
        concurrency: int = MIN_CONCURRENCY,
        max_attempts: int = 3,
        claim_batch: int | None = None,
        commit_window: float = 0.002,
    ) -> None:
        self.store = store
        self.service = service
        self.sender = sender
        self.texts = texts
        self.readers = ReaderStore(store.engine)
        self.clock = clock
        self.grace = grace
        self.lease = lease
        self.worker = worker or worker_name()
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.batches = BatchPreparer(
            store=store,
            service=service,
            texts=texts,
            readers=self.readers,
            clock=clock,
            worker=self.worker,
            lease=lease,
            max_attempts=max_attempts,
        )
        self.claim_batch = claim_batch  # None: half the concurrency, so claiming overlaps sends
        self.commit_window = commit_window
        self._running = asyncio.Lock()
        self._stopping = False
        self.events: DeliveryEvents | None = None
        #: Monotonic time of the last tick (even one that found the previous still running):
        #: the health check's proof that the delivery loop is alive.
        self.ticked_at: float | None = None

    def stop(self) -> None:
        """Wind down: no new claims; each delivery stops after its message in flight and
        hands its claim back, so the next process resumes at once instead of after the lease."""
        self._stopping = True

    def due(self) -> list[DueDelivery]:
        now = self.clock.now()
        subs = self.store.schedulable()
        rows = self.store.deliveries_for(candidate_dates(now))
        return plan(subs, rows, now, self.grace)

    async def tick(self) -> TickReport:
        """Send every digest due now; a tick still running makes the next one a no-op."""
        report = TickReport()
        self.ticked_at = self.clock.monotonic()
        if self._running.locked():
            return report
        async with self._running:
            # Planning and building digests read the database and rank sentences: in a worker
            # thread, so readers' commands keep being answered meanwhile.
            due = await asyncio.to_thread(self.due)
            report.due = len(due)
            # One build time per tick: readers with the same topics and the same previous digest
            # get the same messages, built once (a morning push is thousands of equal digests),
            # and their next digest starts from the same instant.
            built_at = self.clock.now()
            cache = DigestCache()
            slots = asyncio.Semaphore(max(1, self.concurrency))
            batch = self.claim_batch or max(1, self.concurrency // 2)
            commits = GroupCommit(self.store, self.worker, self.clock, self.commit_window)

            async def one(item: DueDelivery, claim: Delivery, messages: list[str]) -> None:
                try:
                    # Behind any reader's reply in the rate limiter's queue (bot.ratelimit).
                    with in_lane(Lane.BULK):
                        await self._send(item, claim, messages, report, commits)
                except Exception:
                    # One broken delivery must not stop everyone's; its claim stays and
                    # is retried after the lease.
                    logger.exception("delivery to subscriber %s failed", item.subscriber.id)
                    report.failed += 1
                finally:
                    slots.release()

            async with asyncio.TaskGroup() as group:
                for start in range(0, len(due), batch):
                    if self._stopping:
                        break
                    chunk = due[start : start + batch]
                    for _ in chunk:
                        await slots.acquire()
                    ready = await asyncio.to_thread(
                        self.batches.prepare, chunk, report, built_at, cache
                    )
                    for _ in range(len(chunk) - len(ready)):
                        slots.release()
                    for item, claim, messages in ready:
                        group.create_task(one(item, claim, messages))
        if report.due:
            logger.info("delivery tick: %s", report.model_dump())
        return report

    async def _topic_gone(self, sub: Subscriber, chat_id: int) -> None:
        """The forum topic a group's digest went to was deleted: pause the subscription and
        tell the group (in its general topic) how to start it again."""
        self.store.update(sub.id, thread_id=None, paused=True)
        note = topic_gone_note(self.texts, self.readers, sub)
        await self.sender.send(chat_id, note)

    def _heartbeat(self, delivery_id: int, sent: int) -> Callable[[], object]:
        """Renews the claim's lease without changing its progress."""

        def beat() -> object:
            return self.store.progress(delivery_id, self.worker, sent, self.clock.now())

        return beat

    async def _send(
        self,
        item: DueDelivery,
        claim: Delivery,
        messages: list[str],
        report: TickReport,
        commits: GroupCommit,
    ) -> None:
        sub = item.subscriber
        chat_id = sub.chat_id
        for index in range(claim.messages_sent, len(messages)):
            if self._stopping:
                self.store.release(claim.id, self.worker, self.lease, self.clock.now())
                return
            last = index + 1 == len(messages)
            keyboard = self.batches.keyboards.pop(claim.id, None) if last else None
            # The longest chain left goes first in the push's lane (see bot.ratelimit).
            with in_lane(Lane.BULK, rank=len(messages) - index):
                result = await self.sender.send(
                    chat_id,
                    messages[index],
                    inline_keyboard(keyboard) if keyboard else None,
                    heartbeat=self._heartbeat(claim.id, index),
                    message_thread_id=sub.thread_id,
                )
            chat_id = result.chat_id
            for _ in range(result.failures):
                self.store.note_failure(claim.id)
            if result.outcome is SendOutcome.SENT:
                report.messages += 1
                done = index + 1 == len(messages)
                mark = ProgressMark(delivery_id=claim.id, messages_sent=index + 1, done=done)
                if not await commits.record(mark):
                    logger.warning("lost the claim on delivery %s; stopping", claim.id)
                    return
                continue
            if result.outcome is SendOutcome.BLOCKED:
                self.store.mark_blocked(sub.id)
                self.store.finish(
                    claim.id,
                    self.worker,
                    DeliveryStatus.FAILED,
                    self.clock.now(),
                    result.error,
                    FailureKind.BLOCKED,
                )
                report.blocked += 1
                return
            if sub.thread_id is not None and thread_gone(result.error):
                await self._topic_gone(sub, chat_id)
            transient = result.outcome is SendOutcome.GAVE_UP
            self.store.finish(
                claim.id,
                self.worker,
                DeliveryStatus.FAILED,
                self.clock.now(),
                result.error,
                FailureKind.TRANSIENT if transient else FailureKind.PERMANENT,
            )
            report.failed += 1
            return
        report.sent += 1  # the last mark marked it sent
        if self.events is not None:
            self.events.delivered(item.scheduled_at, self.clock.now())
