"""Fetching one URL safely: the only way the core reaches the network.

Every request goes through `Fetcher.fetch`: http and https only, addresses checked after
DNS resolution on every hop (see `addresses`), at most `fetch_max_redirects` redirects
followed by hand (so each hop is checked and a loop is named), connect/read/total
timeouts, the body read as a stream and cut off at `max_source_bytes` (decompressed, so a
gzip bomb stops there too), content types checked per purpose, one request per host at a
time and `fetch_concurrency` overall. Every failure is a `FetchFailed` naming the URL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from enum import StrEnum
from functools import cache

import httpcore
import httpx
from pydantic import BaseModel, ConfigDict

from briefings.config import CoreSettings
from briefings.errors import FetchFailed
from briefings.fetch.addresses import AddressRefused, GuardedBackend

logger = logging.getLogger(__name__)

MAX_URL_LENGTH = 2048
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchKind(StrEnum):
    """What a fetch is for; it decides which content types are acceptable."""

    PAGE = "page"
    FEED = "feed"
    ROBOTS = "robots"


_HTML = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    }
)
ACCEPTED: dict[FetchKind, frozenset[str]] = {
    FetchKind.PAGE: _HTML | {"text/plain"},
    # Feeds are often served with generic types; the parser decides whether it is a feed.
    FetchKind.FEED: _FEED_TYPES | _HTML | {"text/plain", "application/octet-stream", ""},
    FetchKind.ROBOTS: frozenset({"text/plain", ""}),
}
_ACCEPT_HEADER: dict[FetchKind, str] = {
    FetchKind.PAGE: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    FetchKind.FEED: (
        "application/rss+xml,application/atom+xml,application/feed+json,"
        "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1"
    ),
    FetchKind.ROBOTS: "text/plain",
}


class Fetched(BaseModel):
    """One successful response (or a 304 to a conditional request)."""

    model_config = ConfigDict(frozen=True)

    url: str
    final_url: str
    status: int
    content_type: str = ""
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> httpx.URL:
    """A fetchable URL, or FetchFailed saying plainly why not."""
    text = url.strip()
    if len(text) > MAX_URL_LENGTH:
        raise FetchFailed(text[:80] + "…", f"the address is over {MAX_URL_LENGTH} characters")
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchFailed(text, f"not a valid web address ({exc})") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchFailed(text, "only http and https links are fetched")
    if not parsed.host:
        raise FetchFailed(text, "the address has no host name")
    if parsed.userinfo:
        raise FetchFailed(text, "links with a user name or password are not fetched")
    return parsed


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


@cache
def _ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle takes ~0.1 s; every fetcher (one per poll tick) shares one."""
    return httpx.create_ssl_context()


def _media_type(response: httpx.Response) -> str:
    header: str = response.headers.get("content-type", "")
    return header.split(";", 1)[0].strip().lower()


def _describe(exc: httpx.HTTPError) -> str:
    cause = exc.__cause__
    if isinstance(cause, AddressRefused):
        return f"refused: {cause.host} resolves to {cause.why} address ({cause.address})"
    if isinstance(exc, httpx.ConnectTimeout):
        return "timed out connecting to the server"
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout | httpx.PoolTimeout):
        return "timed out waiting for the server"
    if isinstance(exc, httpx.ConnectError):
        detail = str(exc) or type(exc).__name__
        return f"could not connect ({detail})"
    if isinstance(exc, httpx.DecodingError):
        return "the response is compressed wrongly and cannot be read"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "not a fetchable web address"
    return f"the server's response could not be read ({type(exc).__name__})"


class Fetcher:
    """An HTTP client with the safety and politeness rules above; use one per event loop."""

    def __init__(
        self, settings: CoreSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(settings.fetch_concurrency)
        self._hosts: dict[str, asyncio.Lock] = {}
        self.requests = 0  # requests sent, for tests and the benchmark

    def _make_client(self) -> httpx.AsyncClient:
        transport = self._transport
        if transport is None:
            guarded = httpx.AsyncHTTPTransport(verify=_ssl_context(), retries=0)
            # httpx has no public hook for the network backend; the pool is rebuilt with ours
            # so the address check runs where the socket is opened.
            guarded._pool = httpcore.AsyncConnectionPool(
                ssl_context=_ssl_context(),
                max_connections=self.settings.fetch_concurrency * 2,
                network_backend=GuardedBackend(
                    httpcore.AnyIOBackend(),
                    allow_private=self.settings.fetch_allow_private,
                    allow_hosts=self.settings.fetch_allow_hosts,
                ),
            )
            transport = guarded
        s = self.settings
        return httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(
                connect=s.fetch_connect_timeout,
                read=s.fetch_read_timeout,
                write=s.fetch_read_timeout,
                pool=s.fetch_total_timeout,
            ),
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would bypass the address check
            headers={"User-Agent": s.fetch_user_agent},
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        lock = self._hosts.setdefault(host, asyncio.Lock())
        async with lock, self._slots:
            yield

    async def fetch(
        self,
        url: str,
        kind: FetchKind = FetchKind.PAGE,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET `url` following redirects; raises FetchFailed naming `url` and why."""
        current = check_url(url)
        if self._client is None:
            self._client = self._make_client()
        headers = {"Accept": _ACCEPT_HEADER[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {str(current)}
        total = self.settings.fetch_total_timeout
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        for _hop in range(self.settings.fetch_max_redirects + 1):
            host = current.host.lower()
            async with self._slot(host):
                # One budget for all hops, started once we may send (waiting our turn is free).
                deadline = deadline if deadline is not None else loop.time() + total
                try:
                    async with asyncio.timeout_at(deadline):
                        result = await self._one(self._client, url, current, kind, headers)
                except TimeoutError:
                    raise FetchFailed(
                        url, f"took longer than {total:g} s", transient=True
                    ) from None
                except httpx.HTTPError as exc:
                    logger.info("fetch %s failed: %r", url, exc)
                    refused = isinstance(exc.__cause__, AddressRefused)
                    raise FetchFailed(url, _describe(exc), transient=not refused) from None
            if isinstance(result, Fetched):
                return result
            if str(result) in seen:
                raise FetchFailed(url, "the server redirects in a loop")
            seen.add(str(result))
            current = result
        raise FetchFailed(url, f"more than {self.settings.fetch_max_redirects} redirects")

    async def _one(
        self,
        client: httpx.AsyncClient,
        url: str,
        current: httpx.URL,
        kind: FetchKind,
        headers: dict[str, str],
    ) -> Fetched | httpx.URL:
        """One hop: a finished response, or the URL a redirect points to."""
        self.requests += 1
        request = client.build_request("GET", current, headers=headers)
        response = await client.send(request, stream=True)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchFailed(url, f"the server redirects ({status}) to nowhere")
                try:
                    target = current.join(location)
                except httpx.InvalidURL:
                    raise FetchFailed(url, "the server redirects to an invalid address") from None
                if target.scheme not in ("http", "https"):
                    raise FetchFailed(url, f"the server redirects to a {target.scheme} address")
                return target
            if status == 304 and ("If-None-Match" in headers or "If-Modified-Since" in headers):
                return Fetched(
                    url=url,
                    final_url=str(current),
                    status=304,
                    etag=response.headers.get("etag") or headers.get("If-None-Match"),
                    last_modified=response.headers.get("last-modified")
                    or headers.get("If-Modified-Since"),
                )
            if status >= 400 or status < 200:
                raise FetchFailed(
                    url,
                    f"the server answered {status} {response.reason_phrase}".rstrip(),
                    status=status,
                    retry_after=retry_after_seconds(response.headers.get("retry-after")),
                    transient=status >= 500 or status in (408, 429),
                )
            if status == 204:
                raise FetchFailed(url, "the server sent no content (204)", status=status)
            media = _media_type(response)
            if media not in ACCEPTED[kind]:
                raise FetchFailed(url, self._wrong_type(kind, media))
            body = await self._read_capped(url, response)
            return Fetched(
                url=url,
                final_url=str(current),
                status=status,
                content_type=media,
                body=body,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
        finally:
            await response.aclose()

    @staticmethod
    def _wrong_type(kind: FetchKind, media: str) -> str:
        shown = media or "no content type"
        if kind is FetchKind.PAGE and media in _FEED_TYPES:
            return f"this is a feed ({shown}), not an article page; follow it with /addfeed"
        return f"not an article page or feed ({shown})"

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.settings.max_source_bytes
        over = f"the response is over the limit of {cap:,} bytes"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(url, over)
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchFailed(url, over)
        return bytes(body)
