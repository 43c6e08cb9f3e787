"""A link becomes a source: fetch the page, then ingest it through the core's service."""

from __future__ import annotations

import asyncio
import datetime as dt
import re

import httpx
from pydantic import ValidationError

from briefings.errors import FetchFailed, SourceRejected
from briefings.fetch.client import Fetched, Fetcher, FetchKind
from briefings.fetch.robots import RobotsRules
from briefings.ingest import IngestResult
from briefings.models import SourceMeta
from briefings.service import BriefingService

_SUFFIX = {"text/plain": ".txt"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def source_name(fetched: Fetched) -> str:
    """A short file-like name for a fetched page ('example.org-news-item.html')."""
    url = httpx.URL(fetched.final_url)
    stem = _UNSAFE.sub("-", f"{url.host}{url.path}").strip("-.")[:80] or "page"
    suffix = _SUFFIX.get(fetched.content_type, ".html")
    return stem.removesuffix(suffix) + suffix


def ingest_fetched(
    service: BriefingService,
    fetched: Fetched,
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
) -> list[IngestResult]:
    """Ingest a fetched page under its final URL; raises FetchFailed naming the URL asked for.

    The URL goes into the metadata, so the store knows the article by it: fetching the same
    link again updates the article instead of adding a second one.
    """
    try:
        meta = SourceMeta.model_validate(
            {"url": fetched.final_url, "outlet": outlet, "published": published}
        )
    except ValidationError:
        raise FetchFailed(fetched.url, "the page's address is not a valid web address") from None
    try:
        return service.ingest_bytes(fetched.body, source_name(fetched), meta=meta)
    except SourceRejected as exc:
        raise FetchFailed(fetched.url, exc.reason) from None


async def ingest_url(
    service: BriefingService,
    fetcher: Fetcher,
    url: str,
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    robots: RobotsRules | None = None,
) -> list[IngestResult]:
    """Fetch `url` and ingest its article; raises FetchFailed. Blocking work runs in a thread."""
    if robots is not None and not await robots.allowed(url):
        raise FetchFailed(url, "robots.txt of the site does not allow fetching this page")
    fetched = await fetcher.fetch(url, FetchKind.PAGE)
    return await asyncio.to_thread(
        ingest_fetched, service, fetched, outlet=outlet, published=published
    )
