"""Briefing core: sources → articles → per-topic digests.

The public names below are what adapters (the CLI, the Telegram bot) and tests use;
everything else is an implementation detail of its module.
"""

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
