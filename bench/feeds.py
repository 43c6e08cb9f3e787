"""`python -m bench.feeds [--entries N]`: ingest from a local feed, and what fetching costs.

A local web server in its own process (so its work is not counted against ours) serves a
feed of N teaser entries linking to N article pages, and the same N entries with their full
text in the feed. Measured, each into a fresh SQLite store:

- files: the same N pages ingested from files (`ingest_bytes` with their URL), the baseline;
- fetch only: the N pages fetched through the safe fetcher, nothing ingested;
- feed, pages fetched: `/addfeed` on the teaser feed (feed + N page fetches + N ingests);
- feed, full content: `/addfeed` on the full-content feed (no page fetch);
- re-poll: unchanged feed (304), and a changed feed with one new entry among N seen.

The articles are invented (countries, figures and ministries recombined), never real text.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from briefings.config import CoreSettings
from briefings.feeds import FeedPoller
from briefings.fetch import Fetcher, FetchKind
from briefings.models import SourceMeta
from briefings.service import BriefingService

_COUNTRIES = (
    "Romania", "Bulgaria", "Hungary", "Serbia", "Georgia", "Moldova", "Albania", "Latvia",
    "Slovakia", "Croatia", "Greece", "Austria", "Italy", "Kazakhstan", "Uzbekistan", "Turkey",
)  # fmt: skip
_SECTORS = ("gas supply", "electricity export", "green hydrogen", "pipeline transit", "solar")
_OFFICIALS = ("Energy Minister Parviz Shahbazov", "Economy Minister Mikayil Jabbarov")


def page(i: int) -> tuple[str, str]:
    """Title and HTML body paragraphs of invented article `i`."""
    country = _COUNTRIES[i % len(_COUNTRIES)]
    sector = _SECTORS[(i // len(_COUNTRIES)) % len(_SECTORS)]
    official = _OFFICIALS[i % 2]
    amount = 1 + i % 9
    title = f"{country} and Azerbaijan agree on {sector} (no. {i})"
    paragraphs = [
        f"Azerbaijan and {country} signed a {sector} agreement in Baku on Tuesday, the ministry "
        f"said. Under deal number {i}, SOCAR will provide {amount} billion cubic meters a year "
        "from 2027, with an option to extend the volumes later.",
        f'"This agreement strengthens the partnership with {country}," {official} said after '
        "the signing ceremony, adding that the route would rely on existing infrastructure.",
        f"The two governments expect trade between them to grow by {amount * 4} percent next "
        "year, according to a statement published after the talks.",
        f"Officials from {country} said the first deliveries could begin within {amount + 2} "
        "months, once the technical protocols are approved by both sides.",
    ]
    return title, "".join(f"<p>{p}</p>" for p in paragraphs)


def page_html(i: int) -> str:
    title, body = page(i)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='og:site_name' content='Bench Ledger'></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Bench Ledger</footer></body></html>"
    )


def feed_xml(base: str, n: int, *, full: bool, extra: int = 0) -> str:
    items = []
    for i in range(n + extra):
        title, body = page(i)
        content = f"<content:encoded><![CDATA[{body}]]></content:encoded>" if full else ""
        items.append(
            f"<item><title>{title}</title><link>{base}/news/{i}</link><guid>{base}/g/{i}</guid>"
            "<pubDate>Tue, 18 Mar 2025 10:00:00 GMT</pubDate>"
            f"<description>Teaser {i}.</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench Ledger</title><link>{base}/</link><description>Bench</description>"
        f"{''.join(items)}</channel></rss>"
    )


def _serve(n: int, ready: Any) -> None:  # pragma: no cover - runs in the child process
    from aiohttp import web

    async def main() -> None:
        state = {"extra": 0}
        app = web.Application()
        base = {"url": ""}

        async def news(request: web.Request) -> web.Response:
            return web.Response(
                text=page_html(int(request.match_info["i"])), content_type="text/html"
            )

        async def feed(request: web.Request) -> web.Response:
            full = request.match_info["kind"] == "full"
            etag = f'"{request.match_info["kind"]}-{state["extra"]}"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            body = feed_xml(base["url"], n, full=full, extra=state["extra"])
            return web.Response(
                text=body, content_type="application/rss+xml", headers={"ETag": etag}
            )

        async def grow(_request: web.Request) -> web.Response:
            state["extra"] += 1
            return web.Response(text="ok")

        app.router.add_get("/news/{i}", news)
        app.router.add_get("/feed-{kind}.xml", feed)
        app.router.add_get("/grow", grow)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        base["url"] = f"http://127.0.0.1:{port}"
        ready.put(base["url"])
        await asyncio.Event().wait()

    asyncio.run(main())


def _settings(folder: Path, name: str, n: int) -> CoreSettings:
    return CoreSettings(
        _env_file=None,
        database_url=f"sqlite:///{folder / name}.db",
        fetch_allow_hosts=frozenset({"127.0.0.1"}),
        feed_max_entries=n + 10,
        feed_full_content_words=40,
    )


class _Clocks:
    """Wall time and this process's CPU time (all threads) over a block.

    On a shared machine the wall time swings with other people's load; CPU time counts only
    our own work (the server runs in another process), so ratios of CPU time are the steadier
    figure of what fetching costs us.
    """

    def __enter__(self) -> _Clocks:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def _timed(
    figures: dict[str, float], name: str, run: Callable[[], Coroutine[Any, Any, Any]]
) -> Any:
    with _Clocks() as clocks:
        result = asyncio.run(run())
    figures[f"{name}_s"], figures[f"{name}_cpu_s"] = clocks.wall, clocks.cpu
    return result


def measure(n: int, folder: Path) -> dict[str, float]:
    """Every figure of the module docstring, in seconds or per second."""
    context = multiprocessing.get_context("spawn")
    ready = context.Queue()
    server = context.Process(target=_serve, args=(n, ready), daemon=True)
    server.start()
    try:
        base = str(ready.get(timeout=60))
        return _measure(n, folder, base)
    finally:
        server.terminate()
        server.join(10)


def _measure(n: int, folder: Path, base: str) -> dict[str, float]:
    figures: dict[str, float] = {}
    pages = folder / "pages"
    pages.mkdir()
    for i in range(n):
        (pages / f"{i}.html").write_text(page_html(i), encoding="utf-8")

    # Warm up imports and lexicons first, so the baseline is not charged for them.
    warm = BriefingService(_settings(folder, "warm", n))
    warm.ingest_bytes(page_html(n + 1).encode(), "warm.html")
    warm.close()

    service = BriefingService(_settings(folder, "files", n))
    with _Clocks() as clocks:
        for i in range(n):
            data = (pages / f"{i}.html").read_bytes()
            meta = SourceMeta.model_validate({"url": f"{base}/news/{i}"})
            service.ingest_bytes(data, f"{i}.html", meta=meta)
    figures["files_s"], figures["files_cpu_s"] = clocks.wall, clocks.cpu
    service.close()

    async def fetch_only() -> None:
        async with Fetcher(_settings(folder, "fetch", n)) as fetcher:
            for i in range(n):
                await fetcher.fetch(f"{base}/news/{i}", FetchKind.PAGE)

    _timed(figures, "fetch_only", fetch_only)

    for kind in ("full", "teaser"):  # the teaser run grows the feed last
        service = BriefingService(_settings(folder, kind, n))
        poller = FeedPoller(service)

        async def follow(url: str = f"{base}/feed-{kind}.xml", p: FeedPoller = poller) -> Any:
            async with Fetcher(p.settings) as fetcher:
                return await p.add(fetcher, url)

        outcome = _timed(figures, f"feed_{kind}", follow)
        figures[f"feed_{kind}_added"] = outcome.added
        if kind == "teaser":
            repoll = functools.partial(poller.poll_due, everything=True)
            _timed(figures, "repoll_304", repoll)
            asyncio.run(_get(f"{base}/grow", p=poller))
            grown = _timed(figures, "repoll_one_new", repoll)
            figures["repoll_one_new_added"] = grown[0].added
        service.close()
    return figures


async def _get(url: str, *, p: FeedPoller) -> None:
    async with Fetcher(p.settings) as fetcher:
        # The answer does not matter, only that the feed grew.
        with contextlib.suppress(Exception):
            await fetcher.fetch(url, FetchKind.ROBOTS)


def report(n: int, f: dict[str, float]) -> str:
    """The figures as a small text table: wall time, and our own CPU time beside it."""

    def row(label: str, key: str, unit: str, note: str = "") -> str:
        wall, cpu = f[f"{key}_s"], f[f"{key}_cpu_s"]
        return (
            f"  {label:<30} {n / wall:7.1f} {unit:<10} wall {wall:6.2f} s"
            f"   cpu {n / cpu:7.1f} {unit:<10} ({cpu:6.2f} s){note}"
        )

    head = f"Feed ingest: {n} entries, local server in its own process, {os.cpu_count()} CPUs"
    ratio_wall = f["feed_teaser_s"] / f["files_s"]
    ratio_cpu = f["feed_teaser_cpu_s"] / f["files_cpu_s"]
    extra = (f["feed_teaser_cpu_s"] - f["files_cpu_s"]) / n * 1000
    lines = [
        head,
        row("files → store (baseline)", "files", "entries/s"),
        row("fetch pages only", "fetch_only", "pages/s"),
        row("feed, pages fetched → store", "feed_teaser", "entries/s"),
        row("feed, full content → store", "feed_full", "entries/s"),
        f"  {'fetch overhead (feed ÷ files)':<30} wall {ratio_wall:.2f} ×, cpu {ratio_cpu:.2f} ×"
        f" ({extra:+.1f} ms cpu per entry)",
        f"  {'re-poll, unchanged (304)':<30} wall {f['repoll_304_s'] * 1000:.1f} ms,"
        f" cpu {f['repoll_304_cpu_s'] * 1000:.1f} ms",
        f"  {f're-poll, 1 new among {n}':<30} wall {f['repoll_one_new_s'] * 1000:.1f} ms,"
        f" cpu {f['repoll_one_new_cpu_s'] * 1000:.1f} ms",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.feeds", description=__doc__)
    parser.add_argument("--entries", type=int, default=500, help="feed entries (default 500)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(args.entries, Path(tmp))
    print(json.dumps(figures, indent=2) if args.json else report(args.entries, figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
