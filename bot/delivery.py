"""The daily push: claim due digests in the delivery log, build them, send them.

Restart safety rests on the log (`bot_deliveries`, UNIQUE per subscriber and local date):

1. A worker *claims* the row before doing anything (INSERT, or a compare-and-set UPDATE of a
   claim whose lease ran out), so two processes sharing a database never both own a day.
2. The digest is built once and its messages are stored in the row, so a resumed delivery
   sends exactly what the first attempt would have, not a rebuilt digest.
3. After Telegram confirms each message, `messages_sent` is written (and the lease renewed).
   A restarted worker resumes from that index once the lease has expired.

For throughput (the push must have headroom far above Telegram's 30 msgs/s), claims are taken
a batch per transaction, the batch's digests are stored in one more, and confirmed messages
of concurrent deliveries share a group commit; a delivery still waits for its own commit
before sending its next message, so none of the guarantees above is weakened.

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
import os
import socket
import uuid
from collections.abc import Callable
from typing import Protocol

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.clock import Clock
from bot.digests import (
    DigestCache,
    build_reader_digest,
    compose_digest,
    digest_keyboard,
    thread_gone,
    topic_gone_note,
)
from bot.readers import ReaderPrefs, ReaderStore
from bot.replies import Button
from bot.scheduler import DueDelivery, candidate_dates, plan
from bot.sender import Sender, SendOutcome
from bot.subscriptions import (
    Delivery,
    DeliveryKey,
    DeliveryStatus,
    FailureKind,
    ProgressMark,
    Subscriber,
    SubscriptionStore,
)
from bot.texts import Texts
from briefings.service import BriefingService

logger = logging.getLogger(__name__)


def worker_name() -> str:
    """Identifies this process in claims: host, pid and a random part (pids get reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class DeliveryEvents(Protocol):
    """Told about every digest delivered (see `bot.metrics`)."""

    def delivered(self, scheduled_at: dt.datetime, now: dt.datetime) -> None: ...


class TickReport(BaseModel):
    due: int = 0
    claimed: int = 0
    sent: int = 0
    empty: int = 0
    failed: int = 0
    blocked: int = 0
    messages: int = 0


BriefCache = DigestCache


def build_digest(
    service: BriefingService,
    texts: Texts,
    sub: Subscriber,
    now: dt.datetime,
    since: dt.datetime | None,
    cache: BriefCache | None = None,
    *,
    readers: ReaderStore | None = None,
    record: bool = True,
) -> list[str]:
    """The messages of a subscriber's digest: what is new since `since` (the previous digest),
    or the current briefing for a first digest and for topics added after the previous one;
    worded, filtered and remembered for the reader by `bot.digests`."""
    return build_reader_digest(service, texts, readers, sub, now, since, cache, record=record)


def inline_keyboard(rows: list[list[Button]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in rows]
    )


class _GroupCommit:
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
        concurrency: int = 32,
        max_attempts: int = 3,
        claim_batch: int | None = None,
        commit_window: float = 0.002,
    ) -> None:
        self.store = store
        self.service = service
        self.sender = sender
        self.texts = texts
        self.readers = ReaderStore(store.engine)
        # Buttons under each digest's last message, by delivery id; worked out with the
        # digest (in a worker thread), never stored: they follow from the subscriber.
        self._keyboards: dict[int, list[list[Button]]] = {}
        self.clock = clock
        self.grace = grace
        self.lease = lease
        self.worker = worker or worker_name()
        self.concurrency = concurrency
        self.max_attempts = max_attempts
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
            cache = BriefCache()
            slots = asyncio.Semaphore(max(1, self.concurrency))
            batch = self.claim_batch or max(1, self.concurrency // 2)
            commits = _GroupCommit(self.store, self.worker, self.clock, self.commit_window)

            async def one(item: DueDelivery, claim: Delivery, messages: list[str]) -> None:
                try:
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
                    ready = await asyncio.to_thread(self._prepare, chunk, report, built_at, cache)
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

    def _claim(self, chunk: list[DueDelivery]) -> dict[DeliveryKey, Delivery]:
        """Claims for this chunk in one transaction; one by one if the batch fails, so a bad
        row costs only its own delivery."""
        wanted = [item.key for item in chunk]
        try:
            return self._claim_many(wanted)
        except Exception:
            logger.exception(
                "claiming %d deliveries at once failed; claiming one by one", len(chunk)
            )
        claims: dict[DeliveryKey, Delivery] = {}
        for key in wanted:
            try:
                claims.update(self._claim_many([key]))
            except Exception:
                logger.exception("claiming the delivery to subscriber %s failed", key[0])
        return claims

    def _claim_many(self, wanted: list[DeliveryKey]) -> dict[DeliveryKey, Delivery]:
        return self.store.claim_many(
            wanted,
            worker=self.worker,
            now=self.clock.now(),
            lease=self.lease,
            max_attempts=self.max_attempts,
        )

    def _prepare(
        self,
        chunk: list[DueDelivery],
        report: TickReport,
        built_at: dt.datetime,
        cache: BriefCache,
    ) -> list[tuple[DueDelivery, Delivery, list[str]]]:
        """Claim a chunk, build the digests not built yet and store them with their claims;
        returns what is left to send. Finishes empty and already-sent deliveries here.

        The chunk's reader preferences are read in one go and the items its digests show are
        remembered in one transaction after the digests are stored: per-digest round trips
        here once cost the push more than half its rate."""
        claims = self._claim(chunk)
        report.claimed += len(claims)
        prefs = self._preferences([item for item in chunk if item.key in claims])
        built: list[tuple[DueDelivery, Delivery, list[str]]] = []
        resumed: list[tuple[DueDelivery, Delivery, list[str]]] = []
        shown: dict[int, list[str]] = {}
        for item in chunk:
            claim = claims.get(item.key)
            if claim is None:
                continue
            if claim.messages is not None:
                resumed.append((item, claim, claim.messages))
                continue
            try:
                digest = compose_digest(
                    self.service,
                    self.texts,
                    prefs.get(item.subscriber.chat_id, ReaderPrefs()),
                    item.subscriber,
                    built_at,
                    claim.since,
                    cache,
                )
                messages = digest.messages
                shown[claim.id] = digest.shown
            except Exception:
                logger.exception("building the digest for subscriber %s failed", item.subscriber.id)
                self.store.finish(
                    claim.id,
                    self.worker,
                    DeliveryStatus.FAILED,
                    self.clock.now(),
                    "build failed",
                    FailureKind.TRANSIENT,
                )
                report.failed += 1
                continue
            built.append((item, claim, messages))
        built = self._save(built, report, built_at)
        self._remember_shown(built, shown, built_at)
        ready: list[tuple[DueDelivery, Delivery, list[str]]] = []
        for item, claim, messages in [*resumed, *built]:
            if not messages:
                self.store.finish(claim.id, self.worker, DeliveryStatus.EMPTY, self.clock.now())
                report.empty += 1
            elif claim.messages_sent >= len(messages):  # everything went out before a restart
                self.store.finish(claim.id, self.worker, DeliveryStatus.SENT, self.clock.now())
                report.sent += 1
            else:
                ready.append((item, claim, messages))
                self._keyboards[claim.id] = digest_keyboard(
                    self.service,
                    prefs.get(item.subscriber.chat_id, ReaderPrefs()),
                    item.subscriber,
                    claim.since,
                )
        return ready

    def _preferences(self, items: list[DueDelivery]) -> dict[int, ReaderPrefs]:
        """The chats' languages and filters, in two queries for the whole chunk."""
        if not items:
            return {}
        return self.readers.preferences(item.subscriber.chat_id for item in items)

    def _remember_shown(
        self,
        saved: list[tuple[DueDelivery, Delivery, list[str]]],
        shown: dict[int, list[str]],
        now: dt.datetime,
    ) -> None:
        """Remember the items of the stored digests as shown to their chats (the "new" marks
        of /brief), one transaction for the chunk. The marks only shape later briefs, never
        what is delivered, so failing to write them costs no delivery."""
        by_chat: dict[int, list[str]] = {}
        for item, claim, _ in saved:
            by_chat.setdefault(item.subscriber.chat_id, []).extend(shown.get(claim.id, []))
        try:
            self.readers.mark_seen_many(by_chat, now)
        except Exception:
            logger.exception("remembering the items of %d digests as seen failed", len(by_chat))

    def _save(
        self,
        built: list[tuple[DueDelivery, Delivery, list[str]]],
        report: TickReport,
        built_at: dt.datetime,
    ) -> list[tuple[DueDelivery, Delivery, list[str]]]:
        """Store the built digests with their claims, in one transaction when all goes well."""
        try:
            self.store.save_payloads([(c.id, m) for _, c, m in built], self.worker, built_at)
            return built
        except Exception:
            logger.exception("storing %d digests at once failed; storing one by one", len(built))
        saved = []
        for item, claim, messages in built:
            try:
                self.store.save_payload(claim.id, self.worker, messages, built_at)
            except Exception:
                # The claim stays and is retried after the lease.
                logger.exception("delivery to subscriber %s failed", item.subscriber.id)
                report.failed += 1
                continue
            saved.append((item, claim, messages))
        return saved

    async def _send(
        self,
        item: DueDelivery,
        claim: Delivery,
        messages: list[str],
        report: TickReport,
        commits: _GroupCommit,
    ) -> None:
        sub = item.subscriber
        chat_id = sub.chat_id
        for index in range(claim.messages_sent, len(messages)):
            if self._stopping:
                self.store.release(claim.id, self.worker, self.lease, self.clock.now())
                return
            last = index + 1 == len(messages)
            keyboard = self._keyboards.pop(claim.id, None) if last else None
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
