"""What every workload shares: the bench's token, the rate ceiling, a fixed "now" for briefs, and
how a store and a service are opened over a generated corpus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bench.corpus import GeneratedArticle, Shape
from briefings.config import CoreSettings
from briefings.models import SourceMeta
from briefings.service import BriefingService
from briefings.store import Store
from briefings.topics import TopicSet

Log = Callable[[str], None]
TOKEN = "424242:BENCHtokenNOTsecret"
#: Telegram's broadcast ceiling the production limiter is configured to.
CEILING = 30.0
#: A fixed "now" for in-process briefs, after every generated article (all of 2025).
BRIEF_NOW = dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def meta_for(article: GeneratedArticle) -> SourceMeta | None:
    """Plain-text scrapes carry their metadata beside them, as an admin's sidecar would."""
    if article.shape is Shape.TEXT:
        return SourceMeta(outlet=article.outlet, published=article.published)
    return None


def open_service(workdir: Path, url: str, topics: TopicSet | None = None) -> BriefingService:
    settings = CoreSettings(_env_file=None, data_dir=workdir, database_url=url)
    return BriefingService(settings, store=Store(url), topics=topics)
