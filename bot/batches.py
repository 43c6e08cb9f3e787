"""One claim batch of the push, in a worker thread: claim the deliveries, read their chats'
preferences, build the digests not built yet, store them with their claims, and remember what
they show; `bot.delivery` then sends what is ready.

Each step is one transaction (or one query) for the whole batch, whatever its size: per-digest
round trips here once cost the push more than half its rate, and their write transactions held
SQLite's lock against the progress marks of the messages being sent.
"""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import BaseModel

from bot.claims import DeliveryKey
from bot.clock import Clock
from bot.deliverylog import Delivery
from bot.digests import DigestCache, compose_digest, digest_keyboard
from bot.readers import ReaderPrefs, ReaderStore
from bot.replies import Button
from bot.scheduler import DueDelivery
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus, FailureKind
from bot.texts import Texts
from briefings.service import BriefingService

logger = logging.getLogger(__name__)

#: A delivery ready to send: what was due, its claim, and the messages stored with it.
Ready = tuple[DueDelivery, Delivery, list[str]]


class TickReport(BaseModel):
    due: int = 0
    claimed: int = 0
    sent: int = 0
    empty: int = 0
    failed: int = 0
    blocked: int = 0
    messages: int = 0


class BatchPreparer:
    """Claims, builds and stores one batch of due deliveries (see the module docstring)."""

    def __init__(
        self,
        *,
        store: SubscriptionStore,
        service: BriefingService,
        texts: Texts,
        readers: ReaderStore,
        clock: Clock,
        worker: str,
        lease: dt.timedelta,
        max_attempts: int,
    ) -> None:
        self.store = store
        self.service = service
        self.texts = texts
        self.readers = readers
        self.clock = clock
        self.worker = worker
        self.lease = lease
        self.max_attempts = max_attempts
        # Buttons under each digest's last message, by delivery id; worked out with the
        # digest (in a worker thread), never stored: they follow from the subscriber.
        self.keyboards: dict[int, list[list[Button]]] = {}

    def claim(self, chunk: list[DueDelivery]) -> dict[DeliveryKey, Delivery]:
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

    def prepare(
        self,
        chunk: list[DueDelivery],
        report: TickReport,
        built_at: dt.datetime,
        cache: DigestCache,
    ) -> list[Ready]:
        """Claim a chunk, build the digests not built yet and store them with their claims;
        returns what is left to send. Finishes empty and already-sent deliveries here.

        The chunk's reader preferences are read in one go and the items its digests show are
        remembered in one transaction after the digests are stored: per-digest round trips
        here once cost the push more than half its rate."""
        claims = self.claim(chunk)
        report.claimed += len(claims)
        prefs = self._preferences([item for item in chunk if item.key in claims])
        built: list[Ready] = []
        resumed: list[Ready] = []
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
        ready: list[Ready] = []
        for item, claim, messages in [*resumed, *built]:
            if not messages:
                self.store.finish(claim.id, self.worker, DeliveryStatus.EMPTY, self.clock.now())
                report.empty += 1
            elif claim.messages_sent >= len(messages):  # everything went out before a restart
                self.store.finish(claim.id, self.worker, DeliveryStatus.SENT, self.clock.now())
                report.sent += 1
            else:
                ready.append((item, claim, messages))
                self.keyboards[claim.id] = digest_keyboard(
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
        saved: list[Ready],
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
        built: list[Ready],
        report: TickReport,
        built_at: dt.datetime,
    ) -> list[Ready]:
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
