"""Briefing core: sources → articles → per-topic digests.

The public names below are what adapters (the CLI, the Telegram bot) and tests use;
everything else is an implementation detail of its module.

Names are imported on first use (PEP 562), not with the package: `import briefings.models`
then costs pydantic alone, not trafilatura, SQLAlchemy and Jinja, so `briefings topics` and
`python -m bot --help` start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefings.config import CoreSettings
    from briefings.digest import build_briefing
    from briefings.errors import ArticleNotFound, BriefingError, SourceRejected, UnknownTopic
    from briefings.evaluate import EvalReport, evaluate
    from briefings.extract import analyse
    from briefings.ingest import IngestResult, IngestStatus
    from briefings.load import RawDocument, load_source, read_sidecar
    from briefings.models import (
        Article,
        AttributedQuote,
        Attribution,
        Briefing,
        BriefingItem,
        DateOrigin,
        Figure,
        KeyFigure,
        Person,
        Quote,
        SourceFormat,
        SourceMeta,
    )
    from briefings.render import OutputFormat, render_briefing, render_messages, split_messages
    from briefings.service import BriefingService
    from briefings.store import Store
    from briefings.topics import Topic, TopicSet

_EXPORTS = {
    "Article": "briefings.models",
    "ArticleNotFound": "briefings.errors",
    "AttributedQuote": "briefings.models",
    "Attribution": "briefings.models",
    "Briefing": "briefings.models",
    "BriefingError": "briefings.errors",
    "BriefingItem": "briefings.models",
    "BriefingService": "briefings.service",
    "CoreSettings": "briefings.config",
    "DateOrigin": "briefings.models",
    "EvalReport": "briefings.evaluate",
    "Figure": "briefings.models",
    "IngestResult": "briefings.ingest",
    "IngestStatus": "briefings.ingest",
    "KeyFigure": "briefings.models",
    "OutputFormat": "briefings.render",
    "Person": "briefings.models",
    "Quote": "briefings.models",
    "RawDocument": "briefings.load",
    "SourceFormat": "briefings.models",
    "SourceMeta": "briefings.models",
    "SourceRejected": "briefings.errors",
    "Store": "briefings.store",
    "Topic": "briefings.topics",
    "TopicSet": "briefings.topics",
    "UnknownTopic": "briefings.errors",
    "analyse": "briefings.extract",
    "build_briefing": "briefings.digest",
    "evaluate": "briefings.evaluate",
    "load_source": "briefings.load",
    "read_sidecar": "briefings.load",
    "render_briefing": "briefings.render",
    "render_messages": "briefings.render",
    "split_messages": "briefings.render",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefings' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Article",
    "ArticleNotFound",
    "AttributedQuote",
    "Attribution",
    "Briefing",
    "BriefingError",
    "BriefingItem",
    "BriefingService",
    "CoreSettings",
    "DateOrigin",
    "EvalReport",
    "Figure",
    "IngestResult",
    "IngestStatus",
    "KeyFigure",
    "OutputFormat",
    "Person",
    "Quote",
    "RawDocument",
    "SourceFormat",
    "SourceMeta",
    "SourceRejected",
    "Store",
    "Topic",
    "TopicSet",
    "UnknownTopic",
    "analyse",
    "build_briefing",
    "evaluate",
    "load_source",
    "read_sidecar",
    "render_briefing",
    "render_messages",
    "split_messages",
]
