"""The ingest pipeline: source bytes → documents → analysed, classified articles.

Nothing here touches the store, so a file is fully understood (or rejected) before
anything stored can change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from briefings.digest.profile import profile_article
from briefings.errors import BriefingError, SourceRejected
from briefings.extract import analyse
from briefings.load import is_sidecar, load_source, read_sidecar
from briefings.models import Article, SourceMeta
from briefings.store import IngestStatus
from briefings.topics import TopicSet

__all__ = [
    "IngestResult",
    "IngestStatus",
    "find_sources",
    "prepare_articles",
    "read_source",
]

logger = logging.getLogger(__name__)


class IngestResult(BaseModel):
    """What became of one document of a source file."""

    model_config = ConfigDict(frozen=True)

    source_name: str
    status: IngestStatus
    article: Article


def prepare_articles(
    data: bytes,
    name: str,
    *,
    topics: TopicSet,
    meta: SourceMeta | None = None,
    max_bytes: int = 5 * 1024 * 1024,
) -> list[Article]:
    """Every article in one source file, analysed and classified; raises SourceRejected.

    A file is accepted whole or not at all: one bad record in a list rejects the file.
    """
    try:
        documents = load_source(data, name, meta=meta, max_bytes=max_bytes)
        if not documents:
            raise SourceRejected(name, "no article found in it")
        return [profile_article(topics.classify(analyse(d)), topics) for d in documents]
    except BriefingError:
        raise
    except Exception as exc:
        # A bug, not bad input: keep the trace for us, give the admin a plain reason.
        logger.exception("unexpected error while ingesting %s", name)
        raise SourceRejected(name, f"could not be analysed ({type(exc).__name__})") from exc


def read_source(path: Path, *, max_bytes: int) -> tuple[bytes, SourceMeta | None]:
    """A source file's bytes and its sidecar metadata; raises SourceRejected.

    The size is checked before reading, so a huge file is refused without loading it.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SourceRejected(path.name, "not a regular file")
        if size > max_bytes:
            raise SourceRejected(
                path.name, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceRejected(path.name, "no such file") from None
    except PermissionError:
        raise SourceRejected(path.name, "permission denied") from None
    except IsADirectoryError:
        raise SourceRejected(path.name, "is a folder, not a file") from None
    except OSError as exc:
        raise SourceRejected(path.name, f"cannot be read ({exc.strerror or exc})") from None
    return data, read_sidecar(path)


def find_sources(paths: Iterable[Path]) -> Iterator[Path]:
    """Source files under `paths` (files as given, folders recursively, sorted).

    Inside folders, sidecar metadata, hidden files and a folder's own documentation
    (README, LICENSE...) are not sources. A path that does not exist is yielded as is, so
    the caller reports it like any bad file.
    """
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if child.is_file() and not is_sidecar(child) and not _is_folder_doc(child):
                yield child


_FOLDER_DOCS = ("readme", "license", "licence", "changelog", "notice")


def _is_folder_doc(path: Path) -> bool:
    return path.stem.casefold() in _FOLDER_DOCS
