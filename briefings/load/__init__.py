"""Source files → raw documents: the article's own paragraphs and what is known about it.

Formats (one loader each, listed in `registry.FORMATS`): plain-text scrapes of news pages
(site furniture still in them), HTML pages, Markdown or text with YAML front matter, and
JSON/YAML records (one or a list). Every way a file can be unusable ends in `SourceRejected`
naming the file and the reason.

    registry.py   format table and `load_source`        formats/   one module per format
    lines.py      line classification (furniture)      page.py    title, body, outlet of a page
    stamps.py     datelines, credits, bylines          metadata.py one normaliser for stated fields
    parsing.py    bounded JSON/YAML                    sidecar.py  `<stem>.meta.yaml`
    body_end.py   where the body ends (a cut-off line)
    crumbs.py     lists and breadcrumbs by the headline
"""

from briefings.load.document import LoadContext, RawDocument
from briefings.load.formats.html import DATE_PARAMS as _DATE_PARAMS
from briefings.load.formats.records import SourceRecord
from briefings.load.lines import Cleaned
from briefings.load.page import clean_text
from briefings.load.registry import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RECORDS,
    FORMATS,
    Format,
    find_format,
    load_source,
)
from briefings.load.sidecar import SIDECAR_SUFFIXES, is_sidecar, read_sidecar, sidecar_path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_RECORDS",
    "FORMATS",
    "SIDECAR_SUFFIXES",
    "_DATE_PARAMS",
    "Cleaned",
    "Format",
    "LoadContext",
    "RawDocument",
    "SourceRecord",
    "clean_text",
    "find_format",
    "is_sidecar",
    "load_source",
    "read_sidecar",
    "sidecar_path",
]
