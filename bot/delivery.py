"""The daily push: claim due digests in the delivery log, build them, send them.

Restart safety rests on the log (`bot_deliveries`, UNIQUE per subscriber and local date):

1. A worker *claims* the row before doing anything (INSERT, or a compare-and-set UPDATE of a
   claim whose lease ran out), so two processes sharing a database never both own a day.
2. The digest is built once and its messages are stored in the row, so a resumed delivery
   sends exactly what the first attempt would have, not a rebuilt digest.
3. After Telegram confirms each message, `messages_sent` is written (and the lease renewed).
   A restarted worker resumes from that index once the lease has expired.

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

from pydantic import BaseModel

from bot.clock import Clock
from bot.scheduler import DueDelivery, candidate_dates, plan
from bot.sender import Sender, SendOutcome
from bot.subscriptions import DeliveryStatus, Subscriber, SubscriptionStore
from bot.texts import Texts
from briefings.render import render_messages
from briefings.service import BriefingService

logger = logging.getLogger(__name__)


def worker_name() -> str:
    """Identifies this process in claims: host, pid and a random part (pids get reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class TickReport(BaseModel):
    due: int = 0
    claimed: int = 0
    sent: int = 0
    empty: int = 0
    failed: int = 0
    blocked: int = 0
    messages: int = 0


BriefCache = dict[tuple[str, dt.datetime | None], list[str]]


def build_digest(
    service: BriefingService,
    texts: Texts,
    sub: Subscriber,
    now: dt.datetime,
    since: dt.datetime | None,
    cache: BriefCache | None = None,
) -> list[str]:
    """The messages of a subscriber's digest: what is new since `since` (the previous digest),
    or the current briefing for a first digest and for topics added after the previous one."""
    messages: list[str] = []
    known = [t for t in sub.topics if t in set(service.topics.ids)]
    for topic_id in known:
        added = sub.topics_added.get(topic_id)
        topic_since = since if since is not None and added is not None and added <= since else None
        key = (topic_id, topic_since)
        if cache is None or key not in cache:
            briefing = service.brief_topic(service.topics.get(topic_id), now, since=topic_since)
            rendered = [] if briefing.empty else render_messages(briefing)
            if cache is None:
                messages.extend(rendered)
                continue
            cache[key] = rendered
        messages.extend(cache[key])
    if not messages and sub.nothing_new_note and known:
        titles = [service.topics.get(t).title for t in known]
        messages = [texts.render("nothing_new", topics=titles, since=since, timezone=sub.timezone)]
    return messages


class DeliveryRunner:
    """Runs one scheduling pass per `tick()`; the JobQueue calls it every few seconds."""

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
        concurrency: int = 64,
        max_attempts: int = 3,
    ) -> None:
        self.store = store
        self.service = service
        self.sender = sender
        self.texts = texts
        self.clock = clock
        self.grace = grace
        self.lease = lease
        self.worker = worker or worker_name()
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self._running = asyncio.Lock()
        self._stopping = False

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
        if self._running.locked():
            return report
        async with self._running:
            due = self.due()
            report.due = len(due)
            # One build time per tick: readers with the same topics and the same previous digest
            # get the same messages, built once (a morning push is thousands of equal digests),
            # and their next digest starts from the same instant.
            built_at = self.clock.now()
            cache: BriefCache = {}
            gate = asyncio.Semaphore(self.concurrency)

            async def one(item: DueDelivery) -> None:
                async with gate:
                    try:
                        await self._deliver(item, report, built_at, cache)
                    except Exception:
                        # One broken delivery must not stop everyone's; its claim stays and
                        # is retried after the lease.
                        logger.exception("delivery to subscriber %s failed", item.subscriber.id)
                        report.failed += 1

            async with asyncio.TaskGroup() as group:
                for item in due:
                    group.create_task(one(item))
        if report.due:
            logger.info("delivery tick: %s", report.model_dump())
        return report

    def _heartbeat(self, delivery_id: int, sent: int) -> Callable[[], object]:
        """Renews the claim's lease without changing its progress."""

        def beat() -> object:
            return self.store.progress(delivery_id, self.worker, sent, self.clock.now())

        return beat

    async def _deliver(
        self, item: DueDelivery, report: TickReport, built_at: dt.datetime, cache: BriefCache
    ) -> None:
        if self._stopping:
            return
        sub = item.subscriber
        now = self.clock.now()
        claim = self.store.claim(
            sub.id,
            item.local_date,
            worker=self.worker,
            now=now,
            lease=self.lease,
            max_attempts=self.max_attempts,
        )
        if claim is None:
            return
        report.claimed += 1
        messages = claim.messages
        if messages is None:
            since = claim.since
            try:
                messages = build_digest(self.service, self.texts, sub, built_at, since, cache)
            except Exception:
                logger.exception("building the digest for subscriber %s failed", sub.id)
                self.store.finish(
                    claim.id, self.worker, DeliveryStatus.FAILED, now, "transient: build failed"
                )
                report.failed += 1
                return
            self.store.save_payload(claim.id, self.worker, messages, built_at)
        if not messages:
            self.store.finish(claim.id, self.worker, DeliveryStatus.EMPTY, self.clock.now())
            report.empty += 1
            return
        if claim.messages_sent >= len(messages):  # everything went out before a restart
            self.store.finish(claim.id, self.worker, DeliveryStatus.SENT, self.clock.now())
            report.sent += 1
            return
        chat_id = sub.chat_id
        for index in range(claim.messages_sent, len(messages)):
            if self._stopping:
                self.store.release(claim.id, self.worker, self.lease, self.clock.now())
                return
            result = await self.sender.send(
                chat_id,
                messages[index],
                heartbeat=self._heartbeat(claim.id, index),
            )
            chat_id = result.chat_id
            for _ in range(result.failures):
                self.store.note_failure(claim.id)
            if result.outcome is SendOutcome.SENT:
                report.messages += 1
                done = index + 1 == len(messages)
                if not self.store.progress(
                    claim.id, self.worker, index + 1, self.clock.now(), done=done
                ):
                    logger.warning("lost the claim on delivery %s; stopping", claim.id)
                    return
                continue
            if result.outcome is SendOutcome.BLOCKED:
                self.store.mark_blocked(sub.id)
                self.store.finish(
                    claim.id, self.worker, DeliveryStatus.FAILED, self.clock.now(), "blocked"
                )
                report.blocked += 1
                return
            kind = "transient" if result.outcome is SendOutcome.GAVE_UP else "permanent"
            self.store.finish(
                claim.id,
                self.worker,
                DeliveryStatus.FAILED,
                self.clock.now(),
                f"{kind}: {result.error}",
            )
            report.failed += 1
            return
        report.sent += 1  # the last `progress` marked it sent
