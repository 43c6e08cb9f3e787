"""A real local web server for fetch and feed tests (aiohttp on 127.0.0.1, in its own thread).

Routes are canned responses registered by the test: pages, feeds, redirects, errors, slow
answers, gzip, ETag/Last-Modified validators and endless streams. Every request is recorded.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # real seconds before answering
    gzip: bool = False
    etag: str | None = None
    last_modified: str | None = None
    endless: bool = False  # stream zeros until the client hangs up


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class Site:
    """Start with `start()`, stop with `stop()`; `url(path)` is the address of a route."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.hits: Counter[str] = Counter()
        self.streamed = 0  # bytes an endless route managed to write
        self.inflight = 0
        self.max_inflight = 0  # most requests being answered at once
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    # --- setting up -------------------------------------------------------------------------

    def add(self, path: str, body: bytes | str = b"", **options: Any) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, status=status, headers={"Location": to})

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> Site:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    # --- serving ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.inflight += 1
        self.max_inflight = max(self.max_inflight, self.inflight)
        try:
            return await self._answer(request)
        finally:
            self.inflight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs
        self.requests.append(Request(path=path, headers=dict(request.headers)))
        self.hits[path] += 1
        route = self.routes.get(path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)
        validators: dict[str, str] = {}
        if route.etag:
            validators["ETag"] = route.etag
        if route.last_modified:
            validators["Last-Modified"] = route.last_modified
        if (route.etag and request.headers.get("If-None-Match") == route.etag) or (
            route.last_modified and request.headers.get("If-Modified-Since") == route.last_modified
        ):
            return web.Response(status=304, headers=validators)
        headers = {"Content-Type": route.content_type, **validators, **route.headers}
        if route.endless:
            return await self._endless(request, headers)
        body = route.body
        if route.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        return web.Response(status=route.status, body=body, headers=headers)

    async def _endless(self, request: web.Request, headers: dict[str, str]) -> web.StreamResponse:
        response = web.StreamResponse(headers=headers)
        await response.prepare(request)
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        try:
            for _ in range(16_384):  # about 1 GB if nobody stops reading
                await response.write(chunk)
                self.streamed += len(chunk)
        except (ConnectionError, RuntimeError):
            pass
        return response


def article_html(title: str, outlet: str = "Harbour Ledger", *, tag: str = "Romania") -> str:
    """An invented news page (headline, byline, paragraphs, site chrome)."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="2025-03-20T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>Azerbaijan and {tag} signed a gas supply deal on Tuesday in Baku, the energy ministry said.
Under the agreement SOCAR will deliver 2 billion cubic meters of natural gas a year through the
Southern Gas Corridor pipeline.</p>
<p>"This deal strengthens energy security in {tag}," Energy Minister Parviz Shahbazov said
after the signing ceremony.</p>
<p>Gas exports to Europe are expected to grow further next year, the ministry added in a
statement published on its website.</p>
</article><footer>Copyright {outlet}</footer></body></html>"""


def article_paragraphs(tag: str) -> str:
    """The body of an invented article as HTML paragraphs (about 70 words)."""
    return (
        f"<p>Azerbaijan and {tag} signed a gas supply deal on Tuesday in Baku, the energy "
        "ministry said. Under the agreement SOCAR will deliver 2 billion cubic meters of natural "
        "gas a year through the Southern Gas Corridor pipeline.</p>"
        f"<p>&quot;This deal strengthens energy security in {tag},&quot; Energy Minister Parviz "
        "Shahbazov said after the signing ceremony.</p>"
        "<p>Gas exports to Europe are expected to grow further next year, the ministry added.</p>"
    )


def rss_feed(items: list[dict[str, str]], title: str = "Harbour Ledger") -> str:
    """RSS 2.0 with `items` of title, link, optional guid, description and full content."""
    parts = []
    for item in items:
        content = item.get("content")
        parts.append(
            "<item>"
            f"<title>{item['title']}</title><link>{item['link']}</link>"
            f"<guid>{item.get('guid', item['link'])}</guid>"
            "<pubDate>Tue, 18 Mar 2025 10:00:00 GMT</pubDate>"
            f"<description>{item.get('description', 'A short teaser.')}</description>"
            + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>http://example.invalid/</link>"
        f"<description>News</description>{''.join(parts)}</channel></rss>"
    )


def atom_feed(items: list[dict[str, str]], title: str = "Caspian Courier") -> str:
    entries = "".join(
        f'<entry><title>{i["title"]}</title><link href="{i["link"]}"/>'
        f"<id>{i.get('guid', i['link'])}</id><updated>2025-03-19T08:00:00Z</updated>"
        f"<summary>{i.get('description', 'A short teaser.')}</summary></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:courier</id><updated>2025-03-19T08:00:00Z</updated>"
        f"{entries}</feed>"
    )


def json_feed(items: list[dict[str, str]], title: str = "Steppe Wire") -> str:
    import json

    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "items": [
                {
                    "id": i.get("guid", i["link"]),
                    "url": i["link"],
                    "title": i["title"],
                    "date_published": "2025-03-20T07:00:00Z",
                    **({"content_html": i["content"]} if "content" in i else {"summary": "Short."}),
                }
                for i in items
            ],
        }
    )
