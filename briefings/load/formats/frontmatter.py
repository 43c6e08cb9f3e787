"""Plain text and Markdown, with or without a YAML front matter block between `---` lines."""

from __future__ import annotations

import re
from typing import Any

from briefings.errors import SourceRejected
from briefings.load.document import LoadContext, RawDocument, from_page
from briefings.load.metadata import meta_from
from briefings.load.page import clean_text
from briefings.load.parsing import parse_yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def has_front_matter(text: str) -> bool:
    return _FRONT_MATTER.match(text) is not None


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """The front matter's fields (empty without one) and the body after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    header = parse_yaml(m.group("yaml") or "", name, what="front matter", line_offset=1) or {}
    if not isinstance(header, dict):
        raise SourceRejected(name, "the front matter between '---' lines is not a mapping")
    return header, text[m.end() :]


def _load(text: str, ctx: LoadContext, *, markdown: bool) -> list[RawDocument]:
    header, body = split_front_matter(text, ctx.name)
    base = meta_from(header, ctx.name, "front matter " if header else "")
    cleaned = clean_text(body, markdown=markdown)
    return [
        from_page(
            cleaned, ctx.name, ctx.fmt, base, ctx.meta, title=base.title, text_date=cleaned.date
        )
    ]


def load_text(text: str, ctx: LoadContext) -> list[RawDocument]:
    """A plain-text scrape of a news page (front matter optional)."""
    return _load(text, ctx, markdown=False)


def load_markdown(text: str, ctx: LoadContext) -> list[RawDocument]:
    """Markdown: headings are titles, links and emphasis are read as their text."""
    return _load(text, ctx, markdown=True)
