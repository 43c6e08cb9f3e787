"""`briefings fetch URL...` and `briefings feeds add|list|remove|poll`: registered by cli.py."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TextIO

from briefings.errors import FetchFailed
from briefings.feeds.models import Feed, PollOutcome
from briefings.feeds.poll import FeedPoller
from briefings.fetch import Fetcher, ingest_url
from briefings.service import BriefingService

EXIT_OK = 0
EXIT_ERROR = 1

COMMANDS = ("fetch", "feeds")

Clock = Callable[[], dt.datetime]


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the fetching and feed commands to the `briefings` parser."""
    fetch = commands.add_parser(
        "fetch", help="fetch web pages and add their articles (stored with their URL)"
    )
    fetch.add_argument("urls", nargs="+", metavar="URL")

    feeds = commands.add_parser("feeds", help="follow RSS, Atom and JSON feeds")
    actions = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="follow a feed (or a page announcing one) and poll it")
    add.add_argument("url", metavar="URL")
    add.add_argument("--outlet", help="outlet name for its articles (default: the feed's title)")
    add.add_argument(
        "--interval", type=float, metavar="MINUTES", help="poll interval (default FEED_INTERVAL)"
    )
    actions.add_parser("list", help="followed feeds: last success, last error, next poll")
    remove = actions.add_parser("remove", help="stop following a feed (its articles stay)")
    remove.add_argument("feed", metavar="ID|URL")
    poll = actions.add_parser("poll", help="poll the feeds that are due, once")
    poll.add_argument("--all", action="store_true", help="poll every enabled feed, due or not")


def run(
    args: argparse.Namespace, service: BriefingService, out: TextIO, err: TextIO, clock: Clock
) -> int:
    """Run one of this module's commands."""
    if args.command == "fetch":
        return asyncio.run(_fetch(service, args.urls, out, err))
    poller = FeedPoller(service, clock=clock)
    match args.feeds_command:
        case "add":
            interval = dt.timedelta(minutes=args.interval) if args.interval else None
            return asyncio.run(_add(poller, args.url, args.outlet, interval, out))
        case "list":
            return _list(poller, out)
        case "remove":
            feed = poller.registry.find(args.feed)
            if feed is None:
                print(f"no feed {args.feed!r}; see: briefings feeds list", file=out)
                return EXIT_ERROR
            poller.registry.remove(feed.id)
            print(f"removed feed {feed.id}: {feed.url} (its articles stay)", file=out)
            return EXIT_OK
        case _:
            outcomes = asyncio.run(poller.poll_due(everything=args.all))
            for outcome in outcomes:
                _print_outcome(outcome, out)
            if not outcomes:
                print("no feed is due", file=out)
            return EXIT_ERROR if any(o.error for o in outcomes) else EXIT_OK


async def _fetch(service: BriefingService, urls: Sequence[str], out: TextIO, err: TextIO) -> int:
    counts: dict[str, int] = {}
    async with Fetcher(service.settings) as fetcher:
        for url in urls:
            try:
                results = await ingest_url(service, fetcher, url)
            except FetchFailed as exc:
                counts["rejected"] = counts.get("rejected", 0) + 1
                print(f"{'rejected':<10} {exc.url}: {exc.reason}", file=out)
                continue
            for result in results:
                counts[result.status] = counts.get(result.status, 0) + 1
                print(f"{result.status:<10} {url}: {result.article.title}", file=out)
    order = ("added", "updated", "unchanged", "rejected")
    summary = ", ".join(f"{counts.get(key, 0)} {key}" for key in order)
    print(f"{len(urls)} URLs: {summary}", file=err)
    return EXIT_ERROR if counts.get("rejected") else EXIT_OK


async def _add(
    poller: FeedPoller,
    url: str,
    outlet: str | None,
    interval: dt.timedelta | None,
    out: TextIO,
) -> int:
    async with Fetcher(poller.settings) as fetcher:
        try:
            outcome = await poller.add(fetcher, url, outlet=outlet, interval=interval)
        except FetchFailed as exc:
            print(f"{'rejected':<10} {exc.url}: {exc.reason}", file=out)
            return EXIT_ERROR
    _print_outcome(outcome, out)
    return EXIT_OK


def _print_outcome(outcome: PollOutcome, out: TextIO) -> None:
    feed = outcome.feed
    if outcome.error:
        state = "disabled after repeated failures" if outcome.disabled else "will retry"
        print(f"{'failed':<10} feed {feed.id} {feed.url}: {outcome.error} ({state})", file=out)
        return
    if outcome.not_modified:
        print(f"{'unchanged':<10} feed {feed.id} {feed.url}: not modified", file=out)
        return
    for entry in outcome.entries:
        why = f" ({entry.reason})" if entry.reason else ""
        print(f"{entry.status:<10} {entry.url or '-'}: {entry.title or '-'}{why}", file=out)
    print(
        f"{'polled':<10} feed {feed.id} {feed.name}: {len(outcome.entries)} new entries, "
        f"{outcome.added} added",
        file=out,
    )


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _list(poller: FeedPoller, out: TextIO) -> int:
    feeds: list[Feed] = list(poller.registry.all())
    if not feeds:
        print("no feeds followed yet; add one with: briefings feeds add URL", file=out)
        return EXIT_OK
    for feed in feeds:
        state = "disabled" if feed.disabled else "active"
        print(
            f"{feed.id:>3}  {state:<8} {feed.kind:<7} {feed.name}  {feed.url}\n"
            f"     entries ingested {feed.entries_ingested} · last success "
            f"{_when(feed.last_success_at)} · next poll {_when(feed.next_poll_at)}"
            + (
                f" · last error {_when(feed.last_error_at)}: {feed.last_error}"
                if feed.last_error
                else ""
            ),
            file=out,
        )
    return EXIT_OK
