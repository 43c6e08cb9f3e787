"""What loading a source yields: the article's own paragraphs and what is known about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from briefings.errors import SourceRejected
from briefings.load.lines import Cleaned
from briefings.load.metadata import fill, merge
from briefings.load.stamps import in_page_script, outlet_from_url
from briefings.models import SourceFormat, SourceMeta


@dataclass(frozen=True)
class LoadContext:
    """What every loader is given besides the text: the file's name and the caller's limits."""

    name: str
    fmt: SourceFormat
    meta: SourceMeta | None = None
    max_records: int = 1000


class RawDocument(BaseModel):
    """One document found in a source file, before analysis."""

    model_config = ConfigDict(frozen=True)

    source_name: str
    source_format: SourceFormat
    title: str | None
    paragraphs: list[str]
    meta: SourceMeta
    # A date the page itself shows as its dateline ("26 April 2025 16:31"): stated in the
    # text, so analysis records it as such rather than as metadata.
    text_date: dt.date | None = None
    # The day and month of a wire dateline without a year ("YEREVAN, November 10. /TASS/."):
    # when the article was written, so a full date elsewhere in the text that is another day
    # (a deadline, an anniversary) is not its publication date.
    dateline_day: tuple[int, int] | None = None
    # Lines inside the story that are no prose (a picture's caption, a table of signatories):
    # not the article's text, but the people they name with an office are the story's.
    asides: list[str] = []


def require_sentences(paragraphs: list[str], name: str, where: str = "") -> None:
    """Refuse a document with no article text left once the page furniture is gone."""
    if not paragraphs:
        raise SourceRejected(name, f"{where}no sentences found in the text")


def from_page(
    cleaned: Cleaned,
    name: str,
    fmt: SourceFormat,
    base: SourceMeta,
    override: SourceMeta | None,
    *,
    title: str | None = None,
    text_date: dt.date | None = None,
) -> RawDocument:
    """A document from a cleaned page: what the page's stamps said fills what `base` lacks,
    and `override` (an admin's sidecar) wins over both."""
    require_sentences(cleaned.paragraphs, name)
    facts = cleaned.facts
    stated = fill(base, outlet=cleaned.outlet, author=facts.author, url=facts.url)
    meta = outlet_from_url(merge(stated, override))
    if base.outlet is None and (override is None or override.outlet is None):
        # An outlet the page's front matter or an admin's sidecar states stays as written.
        meta = in_page_script(meta, cleaned.paragraphs)
    return RawDocument(
        source_name=name,
        source_format=fmt,
        title=title or cleaned.title,
        paragraphs=cleaned.paragraphs,
        meta=meta,
        text_date=text_date,
        dateline_day=facts.day_month,
        asides=cleaned.asides,
    )
