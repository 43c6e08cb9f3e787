"""Errors a user or an admin can act on.

Adapters (the CLI, the bot) turn these into plain words; anything else is a bug
and is logged with context instead of being shown.

    BriefingError
    ├── SourceRejected      a file could not become an article (names the file and why)
    │   └── FetchFailed     a link or feed could not be fetched or read (names the URL)
    ├── UnknownTopic        a topic query matched nothing (carries the known topics)
    ├── ArticleNotFound     an id that is not in the store
    ├── TopicConfigError    the topic file cannot be used (names the file and the problem)
    ├── GoldFileError       a labelled evaluation file or folder cannot be used
    ├── ConfigError         a setting names something this install cannot use (names the
    │                       setting and what to do)
    └── StoreUnavailable    the database cannot be read or written now (read-only, down);
                            nothing was changed, the same request can be repeated later
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base of every error whose message is fit to show a user."""


class SourceRejected(BriefingError):
    """A source file was refused; nothing stored was changed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnknownTopic(BriefingError):
    """No topic matches the query, even forgivingly."""

    def __init__(self, query: str, known: list[str]) -> None:
        super().__init__(f"unknown topic {query!r}; known topics: {', '.join(known)}")
        self.query = query
        self.known = known


class ArticleNotFound(BriefingError):
    """The article id is not in the store."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"no article with id {article_id!r}")
        self.article_id = article_id


class FetchFailed(SourceRejected):
    """A URL could not be fetched or understood; nothing stored was changed.

    `status` is the HTTP status when the server answered, `retry_after` the seconds it asked
    us to wait (429, 503), so a feed poller can back off as asked; `transient` marks failures
    worth trying again later (timeouts, refused connections, 5xx, 429).
    """

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        transient: bool = False,
    ) -> None:
        super().__init__(url, reason)
        self.url = url
        self.status = status
        self.retry_after = retry_after
        self.transient = transient


class TopicConfigError(BriefingError):
    """The topic configuration file cannot be used (the admin can fix the file)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class GoldFileError(BriefingError):
    """The labelled file (or the corpus folder beside it) cannot be used."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(BriefingError):
    """A setting asks for something this install cannot do (an extra that is not installed)."""

    def __init__(self, setting: str, reason: str) -> None:
        super().__init__(f"{setting}: {reason}")
        self.setting = setting
        self.reason = reason


class StoreUnavailable(BriefingError):
    """The database refused a read or write (read-only file, server down); nothing changed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(f"the store is unavailable{': ' + detail if detail else ''}")
        self.detail = detail
