"""HTML pages: trafilatura finds the article and the page's metadata; the same cleaning as
plain text then removes what it kept of the page furniture and stamps."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefings.errors import SourceRejected
from briefings.load.document import LoadContext, RawDocument, from_page
from briefings.load.lines import key
from briefings.load.metadata import scraped_meta
from briefings.load.page import clean_text

# Only the page's own date markup: a date found in the article body is not its publication.
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def looks_like_html(text: str) -> bool:
    lower = text.lstrip()[:2048].casefold()
    return lower.startswith(("<!doctype html", "<html", "<?xml")) or (
        lower.startswith("<") and ("<body" in lower or "<article" in lower or "<p>" in lower)
    )


def _date(raw: object) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def load_html(text: str, ctx: LoadContext) -> list[RawDocument]:
    # Imported on the first page: trafilatura, lxml and the language classifier they bring
    # (numpy) hold about 20 MB in every process that imports the loader, most of which
    # (a bot pushing digests, a plain-text or JSON ingest) never reads HTML.
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise SourceRejected(ctx.name, "no article text found in the HTML page")
    cleaned = clean_text(body)
    if not cleaned.paragraphs:
        raise SourceRejected(ctx.name, "no article text found in the HTML page")
    title = getattr(doc, "title", None) or cleaned.title
    sitename = getattr(doc, "sitename", None)
    if title and sitename:
        title = re.sub(rf"\s*[|–—-]\s*{re.escape(sitename)}\s*$", "", title, flags=re.I)
    if title:
        title_key = key(title)
        cleaned.paragraphs = [p for p in cleaned.paragraphs if key(p) != title_key]
    published = _date(getattr(doc, "date", None))
    base = scraped_meta(
        title=title,
        outlet=sitename or cleaned.outlet,
        url=getattr(doc, "url", None),
        published=published,
        language=getattr(doc, "language", None),
        author=getattr(doc, "author", None),
    )
    text_date = None if published else cleaned.date
    return [from_page(cleaned, ctx.name, ctx.fmt, base, ctx.meta, title=title, text_date=text_date)]
