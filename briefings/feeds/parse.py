"""Feed bytes → `ParsedFeed`: RSS 2.0 and Atom through feedparser, JSON Feed by hand.

A feed that is not well-formed XML is refused as malformed rather than read by feedparser's
forgiving fallback, so an admin learns the feed is broken instead of getting half of it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import json
import re
import xml.sax
from html.parser import HTMLParser
from typing import Any

import feedparser
import httpx
from pydantic import HttpUrl, TypeAdapter, ValidationError

from briefings.errors import FetchFailed
from briefings.feeds.models import FeedEntry, FeedKind, ParsedFeed

_TAG = re.compile(r"<[^>]+>")
_FEED_LINK_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"}
)


def entry_key(*candidates: str | None) -> str:
    """A stable key from the first non-empty candidate (guid, then link, then title)."""
    for value in candidates:
        if value and value.strip():
            return hashlib.sha256(value.strip().encode("utf-8")).hexdigest()[:32]
    return ""


_HTTP_URL = TypeAdapter(HttpUrl)


def entry_url(base: str, link: object) -> str | None:
    """An entry's link made absolute and spelled as the store spells URLs; None unless http(s).

    The store keeps `SourceMeta.url` as pydantic writes it, so duplicates are found by the
    same spelling; a `mailto:` or broken link is no link at all.
    """
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        return str(_HTTP_URL.validate_python(str(httpx.URL(base).join(link.strip()))))
    except (ValidationError, httpx.InvalidURL, ValueError):
        return None


def count_words(content: str | None) -> int:
    if not content:
        return 0
    return len(html.unescape(_TAG.sub(" ", content)).split())


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date()
    except (TypeError, ValueError, OverflowError):
        return None


def _iso_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def parse_feed(data: bytes, url: str) -> ParsedFeed:
    """Read a feed; raises FetchFailed(url, why) for a page that is not a feed or is broken."""
    head = data.lstrip()[:1].decode("ascii", errors="ignore")
    if head in ("{", "["):
        return _parse_json_feed(data, url)
    # Entry HTML is only read for its text (and escaped whenever shown), so feedparser's
    # sanitising and link rewriting would be wasted work: about a third of its time.
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    version = str(parsed.get("version") or "")
    if not version:
        raise FetchFailed(url, "not a feed (no RSS, Atom or JSON Feed found)")
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(error, xml.sax.SAXParseException):
        raise FetchFailed(
            url, f"malformed feed (line {error.getLineNumber()}: {error.getMessage()})"
        )
    if isinstance(error, xml.sax.SAXException):
        raise FetchFailed(url, f"malformed feed ({error.getMessage()})")
    kind = FeedKind.ATOM if version.startswith("atom") else FeedKind.RSS
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        content = None
        if item.get("content"):
            content = str(item.content[0].get("value") or "")
        elif item.get("summary"):
            content = str(item.summary)
        key = entry_key(item.get("id"), link, item.get("title"))
        if not key:
            continue
        entries.append(
            FeedEntry(
                key=key,
                url=entry_url(url, link),
                title=item.get("title"),
                published=_date(item.get("published_parsed") or item.get("updated_parsed")),
                content=content,
                words=count_words(content),
            )
        )
    return ParsedFeed(kind=kind, title=parsed.feed.get("title"), entries=entries)


def _parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchFailed(url, f"malformed feed (invalid JSON: {exc})") from None
    if not isinstance(document, dict) or "jsonfeed.org" not in str(document.get("version", "")):
        raise FetchFailed(url, "not a feed (JSON, but not a JSON Feed)")
    items = document.get("items")
    if not isinstance(items, list):
        raise FetchFailed(url, "malformed feed (a JSON Feed without items)")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            raise FetchFailed(url, "malformed feed (an item that is not an object)")
        link = item.get("url") or item.get("external_url")
        content = item.get("content_html") or item.get("content_text") or item.get("summary")
        key = entry_key(str(item.get("id") or ""), link, item.get("title"))
        if not key:
            continue
        entries.append(
            FeedEntry(
                key=key,
                url=entry_url(url, link),
                title=item.get("title") if isinstance(item.get("title"), str) else None,
                published=_iso_date(item.get("date_published") or item.get("date_modified")),
                content=content if isinstance(content, str) else None,
                words=count_words(content if isinstance(content, str) else None),
            )
        )
    title = document.get("title")
    return ParsedFeed(
        kind=FeedKind.JSON, title=title if isinstance(title, str) else None, entries=entries
    )


class _AlternateLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        if "alternate" in a.get("rel", "").lower().split() and (
            a.get("type", "").lower() in _FEED_LINK_TYPES
        ):
            self.found.append(a.get("href", ""))


def discover_feeds(page: bytes, url: str) -> list[str]:
    """Feed URLs a web page announces (`<link rel="alternate" type="application/rss+xml">`)."""
    finder = _AlternateLinks()
    finder.feed(page[:500_000].decode("utf-8", errors="replace"))
    base = httpx.URL(url)
    return list(dict.fromkeys(str(base.join(href)) for href in finder.found if href))
