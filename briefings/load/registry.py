"""Which loader reads a source: one table of formats, chosen by suffix, else by content.

A new format is one module in `formats/` and one row in `FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefings.decode import check_size, decode_bytes
from briefings.errors import SourceRejected
from briefings.load.document import LoadContext, RawDocument
from briefings.load.formats.frontmatter import has_front_matter, load_markdown, load_text
from briefings.load.formats.html import load_html, looks_like_html
from briefings.load.formats.records import load_json, load_yaml, looks_like_json
from briefings.models import SourceFormat, SourceMeta

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Records one JSON/YAML file may hold: each becomes an article analysed at ingest.
DEFAULT_MAX_RECORDS = 1000

Loader = Callable[[str, LoadContext], list[RawDocument]]


@dataclass(frozen=True)
class Format:
    """A source format: its file suffixes, an optional content test, and its loader."""

    kind: SourceFormat
    suffixes: tuple[str, ...]
    load: Loader
    sniff: Callable[[str], bool] | None = None


#: Suffixes decide first; otherwise the content tests run in this order; plain text is the rest.
FORMATS: tuple[Format, ...] = (
    Format(SourceFormat.HTML, (".html", ".htm", ".xhtml"), load_html, looks_like_html),
    Format(SourceFormat.JSON, (".json",), load_json, looks_like_json),
    Format(SourceFormat.YAML, (".yaml", ".yml"), load_yaml),
    Format(SourceFormat.MARKDOWN, (".md", ".markdown"), load_markdown),
    Format(SourceFormat.TEXT, (), load_text, has_front_matter),
)
_FALLBACK = FORMATS[-1]


def find_format(text: str, suffix: str) -> Format:
    """The format of a file: by its suffix, else by what its text looks like."""
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    for fmt in FORMATS:
        if fmt.sniff is not None and fmt.sniff(text):
            return fmt
    return _FALLBACK


def load_source(
    data: bytes,
    name: str,
    *,
    meta: SourceMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_records: int = DEFAULT_MAX_RECORDS,
) -> list[RawDocument]:
    """Read one source file into its documents; explicit `meta` wins over what the file says.

    Raises SourceRejected(name, reason) for empty, oversized, binary, undecodable or
    malformed files, records with missing or wrongly typed fields, pages with no article
    and texts with no sentences.
    """
    check_size(data, name, max_bytes)
    text = decode_bytes(data, name, max_bytes=max_bytes)
    if not text.strip():
        raise SourceRejected(name, "the file is empty")
    fmt = find_format(text, Path(name).suffix.casefold())
    context = LoadContext(name=name, fmt=fmt.kind, meta=meta, max_records=max_records)
    return fmt.load(text, context)
