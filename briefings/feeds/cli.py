"""`briefings fetch URL...` and `briefings feeds add|list|remove|poll`: registered by cli.py."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from typing import TextIO

from briefings.errors import FetchFailed
from briefings.fetch import Fetcher, ingest_url
from briefings.service import BriefingService

EXIT_OK = 0
EXIT_ERROR = 1

COMMANDS = ("fetch",)


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the fetching and feed commands to the `briefings` parser."""
    fetch = commands.add_parser(
        "fetch", help="fetch web pages and add their articles (stored with their URL)"
    )
    fetch.add_argument("urls", nargs="+", metavar="URL")


def run(args: argparse.Namespace, service: BriefingService, out: TextIO, err: TextIO) -> int:
    """Run one of this module's commands."""
    return asyncio.run(_fetch(service, args.urls, out, err))


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
