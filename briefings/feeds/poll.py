"""Polling feeds: claim, conditional GET, new entries in, back off on errors.

An entry whose URL is already stored (from any feed, or sent as a link) is a duplicate and
is not fetched. An entry whose feed gives the whole article (at least
`feed_full_content_words` words) is ingested from the feed; otherwise its page is fetched,
with robots.txt honoured. Entries are recorded once taken, so none is ingested twice; an
entry that failed for a passing reason (timeout, 5xx) is left to the next poll.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from briefings.errors import FetchFailed, SourceRejected
from briefings.feeds.models import EntryOutcome, EntryStatus, Feed, FeedEntry, FeedKind, PollOutcome
from briefings.feeds.parse import discover_feeds, parse_feed
from briefings.feeds.registry import FeedRegistry
from briefings.fetch import Fetched, Fetcher, FetchKind, RobotsRules, ingest_fetched
from briefings.ingest import IngestResult
from briefings.models import SourceMeta
from briefings.service import BriefingService

logger = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_worker() -> str:
    """A name for this process in poll leases (host, pid and a random suffix)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def entry_document(entry: FeedEntry) -> bytes:
    """A feed entry's full content as a small HTML page the core's loader reads."""
    title = html.escape(entry.title or "")
    content = entry.content or ""
    if "<" not in content:  # plain text: one paragraph per blank-line block
        content = "".join(f"<p>{html.escape(p)}</p>" for p in content.split("\n\n") if p.strip())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{content}</article></body></html>"
    ).encode()


class FeedPoller:
    """Adds feeds and polls the due ones; one per process (its `worker` name owns its leases)."""

    def __init__(
        self,
        service: BriefingService,
        *,
        registry: FeedRegistry | None = None,
        worker: str | None = None,
        clock: Clock = _utcnow,
    ) -> None:
        self.service = service
        self.settings = service.settings
        self.registry = registry or FeedRegistry(service.store.engine)
        self.worker = worker or default_worker()
        self.clock = clock
        # One ingest at a time: analysis is CPU-bound and SQLite has one writer anyway.
        self._ingest_lock = asyncio.Lock()

    def interval(self, feed: Feed) -> dt.timedelta:
        return feed.interval or self.settings.feed_interval

    # --- adding --------------------------------------------------------------------------

    async def add(
        self,
        fetcher: Fetcher,
        url: str,
        *,
        outlet: str | None = None,
        interval: dt.timedelta | None = None,
    ) -> PollOutcome:
        """Follow a feed (a web page announcing one works too) and take its entries now.

        Raises FetchFailed naming the URL when it cannot be fetched or is not a feed.
        """
        fetched = await fetcher.fetch(url, FetchKind.FEED)
        try:
            parsed = await asyncio.to_thread(parse_feed, fetched.body, url)
        except FetchFailed:
            announced = await asyncio.to_thread(discover_feeds, fetched.body, fetched.final_url)
            if fetched.content_type not in ("text/html", "application/xhtml+xml") or not announced:
                raise
            url = announced[0]
            fetched = await fetcher.fetch(url, FetchKind.FEED)
            parsed = await asyncio.to_thread(parse_feed, fetched.body, url)
        feed, _new = await asyncio.to_thread(
            self.registry.add,
            url,
            parsed.kind,
            self.clock(),
            title=parsed.title,
            outlet=outlet,
            interval=interval,
        )
        if not await asyncio.to_thread(
            self.registry.claim,
            feed.id,
            self.worker,
            self.clock(),
            self.settings.feed_lease,
            force=True,
        ):
            return PollOutcome(feed=feed, next_poll_at=feed.next_poll_at)
        robots = RobotsRules(fetcher) if self.settings.fetch_robots else None
        return await self._guarded(feed, fetcher, robots, (fetched, parsed))

    # --- polling -------------------------------------------------------------------------

    async def poll_due(self, *, everything: bool = False) -> list[PollOutcome]:
        """Poll every due feed this process can claim (`everything`: every enabled feed)."""
        now = self.clock()
        if everything:
            feeds = [
                f
                for f in await asyncio.to_thread(self.registry.all)
                if not f.disabled and f.kind is not FeedKind.CHANNEL
            ]
        else:
            feeds = await asyncio.to_thread(self.registry.due, now)
        if not feeds:
            return []
        async with Fetcher(self.settings) as fetcher:
            robots = RobotsRules(fetcher) if self.settings.fetch_robots else None
            polled = await asyncio.gather(
                *(self._claim_and_poll(feed, fetcher, robots, force=everything) for feed in feeds)
            )
        return [outcome for outcome in polled if outcome is not None]

    async def _claim_and_poll(
        self, feed: Feed, fetcher: Fetcher, robots: RobotsRules | None, *, force: bool
    ) -> PollOutcome | None:
        won = await asyncio.to_thread(
            self.registry.claim,
            feed.id,
            self.worker,
            self.clock(),
            self.settings.feed_lease,
            force=force,
        )
        if not won:
            return None
        return await self._guarded(feed, fetcher, robots, None)

    async def _guarded(
        self,
        feed: Feed,
        fetcher: Fetcher,
        robots: RobotsRules | None,
        prefetched: tuple[Fetched, Any] | None,
    ) -> PollOutcome:
        try:
            return await self._poll(feed, fetcher, robots, prefetched)
        except BaseException:
            # Cancelled (a clean stop) or a bug: hand the claim back so the feed is not stuck.
            await asyncio.shield(asyncio.to_thread(self.registry.release, feed.id, self.worker))
            raise

    async def _poll(
        self,
        feed: Feed,
        fetcher: Fetcher,
        robots: RobotsRules | None,
        prefetched: tuple[Fetched, Any] | None,
    ) -> PollOutcome:
        try:
            if prefetched is not None:
                fetched, parsed = prefetched
            else:
                fetched = await fetcher.fetch(
                    feed.url, FetchKind.FEED, etag=feed.etag, last_modified=feed.last_modified
                )
                # feedparser takes ~1 ms an entry: off the event loop, like every blocking call.
                parsed = None
                if not fetched.not_modified:
                    parsed = await asyncio.to_thread(parse_feed, fetched.body, feed.url)
        except FetchFailed as exc:
            return await self._failed(feed, exc)
        entries: list[EntryOutcome] = []
        if parsed is not None:
            entries = await self._take(feed, parsed.entries, parsed.title, fetcher, robots)
        done = self.clock()
        next_at = done + self.interval(feed)
        values: dict[str, Any] = {
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
            "last_success_at": done,
            "last_error": None,
            "failures": 0,
            "next_poll_at": next_at,
        }
        if parsed is not None and parsed.title and not feed.title:
            values["title"] = parsed.title
        await asyncio.to_thread(self.registry.finish, feed.id, self.worker, **values)
        fresh = await asyncio.to_thread(self.registry.get, feed.id)
        logger.info("feed %s: %d new entries", feed.url, len(entries))
        return PollOutcome(
            feed=fresh or feed,
            not_modified=fetched.not_modified,
            entries=entries,
            next_poll_at=next_at,
        )

    async def _failed(self, feed: Feed, exc: FetchFailed) -> PollOutcome:
        now = self.clock()
        failures = feed.failures + 1
        wait = min(self.settings.feed_max_backoff, self.interval(feed) * 2 ** (failures - 1))
        if exc.retry_after:
            wait = max(wait, dt.timedelta(seconds=exc.retry_after))
        disabled = failures >= self.settings.feed_max_failures
        next_at = None if disabled else now + wait
        await asyncio.to_thread(
            self.registry.finish,
            feed.id,
            self.worker,
            failures=failures,
            last_error=exc.reason,
            last_error_at=now,
            disabled=disabled,
            next_poll_at=next_at,
        )
        logger.warning("feed %s failed (%d in a row): %s", feed.url, failures, exc.reason)
        fresh = await asyncio.to_thread(self.registry.get, feed.id)
        return PollOutcome(
            feed=fresh or feed, error=exc.reason, disabled=disabled, next_poll_at=next_at
        )

    # --- entries -------------------------------------------------------------------------

    async def _take(
        self,
        feed: Feed,
        entries: list[FeedEntry],
        feed_title: str | None,
        fetcher: Fetcher,
        robots: RobotsRules | None,
    ) -> list[EntryOutcome]:
        seen = await asyncio.to_thread(self.registry.seen, feed.id, [e.key for e in entries])
        new = list({e.key: e for e in entries if e.key not in seen}.values())
        new = new[: self.settings.feed_max_entries]
        outlet = feed.outlet or feed.title or feed_title
        known = await asyncio.to_thread(
            self.registry.known_urls, [e.url for e in new if e.url is not None]
        )
        outcomes = await asyncio.gather(
            *(self._entry(feed, entry, outlet, fetcher, robots, known) for entry in new)
        )
        taken = [o for o in outcomes if o is not None]
        await asyncio.to_thread(self.registry.record, feed.id, taken, self.clock())
        return taken

    async def _entry(
        self,
        feed: Feed,
        entry: FeedEntry,
        outlet: str | None,
        fetcher: Fetcher,
        robots: RobotsRules | None,
        known: dict[str, str],
    ) -> EntryOutcome | None:
        """Ingest one entry; None when it failed for a passing reason (tried next poll)."""
        base: dict[str, Any] = {"key": entry.key, "url": entry.url, "title": entry.title}
        if entry.url and entry.url in known:
            return EntryOutcome(status=EntryStatus.DUPLICATE, article_id=known[entry.url], **base)
        full = entry.content and entry.words >= self.settings.feed_full_content_words
        if not full and not entry.url:
            reason = "no web link, and too little text in the feed to be the article"
            return EntryOutcome(status=EntryStatus.REJECTED, reason=reason, **base)
        try:
            if full or not entry.url:
                results = await self._ingest_content(feed, entry, outlet)
                fetched = False
            else:
                results = await self._ingest_page(entry.url, entry, outlet, fetcher, robots)
                fetched = True
        except FetchFailed as exc:
            if exc.transient:
                logger.info("entry %s: %s; trying again next poll", entry.url, exc.reason)
                return None
            return EntryOutcome(status=EntryStatus.REJECTED, reason=exc.reason, **base)
        except SourceRejected as exc:
            return EntryOutcome(status=EntryStatus.REJECTED, reason=exc.reason, **base)
        first = results[0]
        return EntryOutcome(
            status=EntryStatus(first.status.value),
            article_id=first.article.id,
            fetched=fetched,
            **{**base, "title": first.article.title},
        )

    async def _ingest_content(
        self, feed: Feed, entry: FeedEntry, outlet: str | None
    ) -> list[IngestResult]:
        host = httpx.URL(feed.url).host or "feed"
        meta = SourceMeta.model_validate(
            {
                "url": entry.url,
                "outlet": outlet,
                "published": entry.published,
                "title": entry.title,
            }
        )
        data = entry_document(entry)
        async with self._ingest_lock:
            return await asyncio.to_thread(
                self.service.ingest_bytes, data, f"{host}-{entry.key[:12]}.html", meta=meta
            )

    async def _ingest_page(
        self,
        url: str,
        entry: FeedEntry,
        outlet: str | None,
        fetcher: Fetcher,
        robots: RobotsRules | None,
    ) -> list[IngestResult]:
        if robots is not None and not await robots.allowed(url):
            raise FetchFailed(url, "robots.txt of the site does not allow fetching this page")
        fetched = await fetcher.fetch(url, FetchKind.PAGE)
        async with self._ingest_lock:
            return await asyncio.to_thread(
                ingest_fetched, self.service, fetched, outlet=outlet, published=entry.published
            )
