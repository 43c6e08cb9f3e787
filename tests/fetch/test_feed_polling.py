"""Polling from the database on an injected clock: intervals, leases shared by several
processes, restarts, conditional GET, backoff with Retry-After, disabling, robots.txt."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator

import pytest
from websites import Site, article_html, rss_feed

from briefings.config import CoreSettings
from briefings.feeds import EntryStatus, FeedPoller
from briefings.fetch import Fetcher
from briefings.service import BriefingService

START = dt.datetime(2025, 3, 24, 6, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(core_settings: CoreSettings) -> Iterator[BriefingService]:
    svc = BriefingService(core_settings)
    yield svc
    svc.close()


def _feed(site: Site, names: list[str], **options: object) -> str:
    items = []
    for name in names:
        link = site.add(f"/news/{name}", article_html(f"{name.title()} talks", tag=name))
        items.append({"title": f"{name.title()} talks", "link": link})
    return site.add("/rss.xml", rss_feed(items), content_type="application/rss+xml", **options)


async def _add(poller: FeedPoller, url: str) -> None:
    async with Fetcher(poller.settings) as fetcher:
        await poller.add(fetcher, url)


async def test_each_feed_polled_once_per_interval_across_processes_and_restarts(
    site: Site, service: BriefingService, clock: Clock
) -> None:
    """Two pollers on one database poll a due feed once; a restarted one keeps the schedule."""
    url = _feed(site, ["romania"])
    first = FeedPoller(service, worker="a", clock=clock)
    await _add(first, url)
    assert site.hits["/rss.xml"] == 1

    second = FeedPoller(service, worker="b", clock=clock)
    assert await first.poll_due() == [] and await second.poll_due() == []  # not due yet
    clock.advance(minutes=29)
    assert await second.poll_due() == []

    clock.advance(minutes=1)
    site.add("/rss.xml", rss_feed([]), content_type="application/rss+xml")
    a, b = await asyncio.gather(first.poll_due(), second.poll_due())
    assert len(a) + len(b) == 1
    assert site.hits["/rss.xml"] == 2

    restarted = FeedPoller(service, worker="a2", clock=clock)
    assert await restarted.poll_due() == []
    clock.advance(minutes=30)
    assert len(await restarted.poll_due()) == 1


async def test_lease_of_a_dead_process_is_taken_over(
    site: Site, service: BriefingService, clock: Clock
) -> None:
    """A poll claimed by a process that died is taken over once its lease runs out."""
    url = _feed(site, ["bulgaria"])
    live = FeedPoller(service, worker="live", clock=clock)
    await _add(live, url)
    clock.advance(minutes=30)
    [feed] = live.registry.due(clock())
    assert live.registry.claim(feed.id, "dead", clock(), dt.timedelta(minutes=5), force=False)
    assert await live.poll_due() == []
    clock.advance(minutes=5, seconds=1)
    [outcome] = await live.poll_due()
    assert outcome.error is None


async def test_conditional_get_uses_last_modified(
    site: Site, service: BriefingService, clock: Clock
) -> None:
    """With only Last-Modified, the next poll asks If-Modified-Since and takes the 304."""
    stamp = "Mon, 24 Mar 2025 05:00:00 GMT"
    poller = FeedPoller(service, clock=clock)
    await _add(poller, _feed(site, ["serbia"], last_modified=stamp))
    clock.advance(minutes=30)
    [outcome] = await poller.poll_due()
    assert outcome.not_modified and outcome.entries == []
    assert site.requests[-1].headers["If-Modified-Since"] == stamp


async def test_backoff_retry_after_and_disable(
    site: Site, service: BriefingService, clock: Clock, core_settings: CoreSettings
) -> None:
    """Errors back off exponentially (Retry-After when longer); N failures disable the feed."""
    poller = FeedPoller(service, clock=clock)
    await _add(poller, _feed(site, ["hungary"]))
    stored = service.store.count()
    site.add("/rss.xml", "down", status=503, content_type="text/plain")
    waits = []
    for failure in range(1, core_settings.feed_max_failures + 1):
        clock.now = poller.registry.all()[0].next_poll_at or clock.now
        if failure == 3:
            site.add(
                "/rss.xml",
                "busy",
                status=429,
                content_type="text/plain",
                headers={"Retry-After": "86400"},
            )
        if failure == 4:
            site.add("/rss.xml", "down", status=503, content_type="text/plain")
        [outcome] = await poller.poll_due()
        assert outcome.error is not None and "answered" in outcome.error
        if outcome.next_poll_at is not None:
            waits.append(outcome.next_poll_at - clock.now)
    assert waits[:2] == [dt.timedelta(minutes=30), dt.timedelta(minutes=60)]
    assert waits[2] == dt.timedelta(days=1)  # asked for by Retry-After, longer than 2 h
    assert waits[3] == dt.timedelta(hours=4)
    assert outcome.disabled and outcome.feed.disabled
    assert outcome.feed.failures == core_settings.feed_max_failures
    assert service.store.count() == stored
    clock.advance(days=30)
    assert await poller.poll_due() == []


async def test_robots_txt_is_honoured_for_feed_pages(
    site: Site, service: BriefingService, clock: Clock
) -> None:
    """A feed entry whose page robots.txt forbids is recorded as rejected and not fetched."""
    site.add("/robots.txt", "User-agent: *\nDisallow: /news/closed\n", content_type="text/plain")
    closed_link = site.add("/news/closed", article_html("Closed talks"))
    items = [{"title": "Closed", "link": closed_link}]
    for tag in ("Romania", "Serbia", "Georgia", "Latvia"):
        link = site.add(f"/news/open-{tag}", article_html(f"Open talks in {tag}", tag=tag))
        items.append({"title": f"Open talks in {tag}", "link": link})
    site.add("/rss.xml", rss_feed(items), content_type="application/rss+xml")
    poller = FeedPoller(service, clock=clock)
    async with Fetcher(poller.settings) as fetcher:
        outcome = await poller.add(fetcher, site.url("/rss.xml"))
    statuses = {e.url: e.status for e in outcome.entries}
    assert statuses.pop(closed_link) is EntryStatus.REJECTED
    assert set(statuses.values()) == {EntryStatus.ADDED} and len(statuses) == 4
    assert site.hits["/news/closed"] == 0
    assert site.hits["/robots.txt"] == 1  # asked once, though entries are taken concurrently


async def test_one_request_per_host_at_a_time(site: Site, core_settings: CoreSettings) -> None:
    """Concurrent fetches to one host are answered one after another."""
    for n in range(4):
        site.add(f"/slow{n}", article_html("Slow"), delay=0.1)
    async with Fetcher(core_settings) as fetcher:
        await asyncio.gather(*(fetcher.fetch(site.url(f"/slow{n}")) for n in range(4)))
    assert site.max_inflight == 1


async def test_entry_links_resolved_and_odd_ones_refused(
    site: Site, service: BriefingService, clock: Clock
) -> None:
    """A relative link is made absolute; a mailto link is no link, so a teaser is refused."""
    site.add("/news/relative", article_html("Relative talks"))
    items = [
        {"title": "Relative talks", "link": "/news/relative"},
        {"title": "Write to us", "link": "mailto:desk@example.invalid"},
    ]
    site.add("/rss.xml", rss_feed(items), content_type="application/rss+xml")
    poller = FeedPoller(service, clock=clock)
    async with Fetcher(poller.settings) as fetcher:
        outcome = await poller.add(fetcher, site.url("/rss.xml"))
    by_title = {e.title: e for e in outcome.entries}
    assert by_title["Relative talks"].url == site.url("/news/relative")
    assert by_title["Relative talks"].status is EntryStatus.ADDED
    assert by_title["Write to us"].status is EntryStatus.REJECTED
    assert by_title["Write to us"].url is None
    assert service.store.count() == 1


async def test_feed_parsing_runs_off_the_event_loop(
    site: Site, service: BriefingService, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """feedparser (about a millisecond an entry) never runs on the bot's event loop thread."""
    import threading

    import briefings.feeds.poll as poll

    threads: list[threading.Thread] = []
    real = poll.parse_feed

    def spy(data: bytes, url: str) -> object:
        threads.append(threading.current_thread())
        return real(data, url)

    monkeypatch.setattr(poll, "parse_feed", spy)
    poller = FeedPoller(service, clock=clock)
    await _add(poller, _feed(site, ["georgia"], etag='"e1"'))
    clock.advance(minutes=30)
    site.add("/rss.xml", rss_feed([]), content_type="application/rss+xml")
    await poller.poll_due()
    assert len(threads) == 2 and threading.main_thread() not in threads
