"""The ingest pipeline: source bytes → documents → analysed, classified articles.

Nothing here touches the store, so a file is fully understood (or rejected) before
anything stored can change.
"""

from __future__ import annotations

import hashlib
import logging
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from briefings.digest.profile import profile_article
from briefings.errors import BriefingError, SourceRejected
from briefings.extract import analyse
from briefings.extract.ner import NameFinder
from briefings.identity import article_id
from briefings.load import DEFAULT_MAX_RECORDS, is_sidecar, load_source, read_sidecar
from briefings.models import Article, SourceMeta
from briefings.store import IngestStatus
from briefings.topics import TopicSet

__all__ = [
    "IngestResult",
    "IngestStatus",
    "file_digest",
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
    # The stored version an update replaced, so adapters can say what was overwritten.
    replaced_title: str | None = None
    replaced_source: str | None = None

    @property
    def note(self) -> str:
        """What an update replaced, as a short clause for a result line ('' otherwise)."""
        if self.status is not IngestStatus.UPDATED or self.replaced_title is None:
            return ""
        return f"replaces the earlier version “{self.replaced_title}” (id {self.article.id})"


def prepare_articles(
    data: bytes,
    name: str,
    *,
    topics: TopicSet,
    meta: SourceMeta | None = None,
    max_bytes: int = 5 * 1024 * 1024,
    max_records: int = DEFAULT_MAX_RECORDS,
    names: NameFinder | None = None,
) -> list[Article]:
    """Every article in one source file, analysed and classified; raises SourceRejected.

    A file is accepted whole or not at all: one bad record in a list rejects the file.
    `names` adds a statistical finder of people in Russian text (`RUSSIAN_NER`).
    """
    try:
        documents = load_source(data, name, meta=meta, max_bytes=max_bytes, max_records=max_records)
        if not documents:
            raise SourceRejected(name, "no article found in it")
        articles = [
            profile_article(topics.classify(analyse(d, names=names)), topics) for d in documents
        ]
    except BriefingError:
        raise
    except RecursionError as exc:
        raise SourceRejected(name, "the file is nested too deeply to be an article") from exc
    except Exception as exc:
        # A bug, not bad input: keep the trace for us, give the admin a plain reason.
        logger.exception("unexpected error while ingesting %s", name)
        raise SourceRejected(name, f"could not be analysed ({type(exc).__name__})") from exc
    # Identity is the URL or the text, never the bare file name (two folders' article.txt).
    return [a.model_copy(update={"id": article_id(a.url, a.paragraphs)}) for a in articles]


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` + 1 bytes of a regular file, its size checked with `stat` first.

    The extra byte tells a file that grew past the limit after the `stat` from one that
    fits; nothing larger than the limit is ever held in memory.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise SourceRejected(path.name, "not a regular file")
    if info.st_size > max_bytes:
        raise SourceRejected(path.name, _too_large(info.st_size, max_bytes))
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceRejected(path.name, _too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"


def read_source(path: Path, *, max_bytes: int) -> tuple[bytes, SourceMeta | None]:
    """A source file's bytes and its sidecar metadata; raises SourceRejected.

    The size is checked before reading, so a huge file is refused without loading it.
    Every OS error (a name too long, a vanished file) becomes a one-line refusal of this
    file alone, so a folder ingest goes on with the next one.
    """
    try:
        data = _read_limited(path, max_bytes)
    except FileNotFoundError:
        raise SourceRejected(path.name, "no such file") from None
    except PermissionError:
        raise SourceRejected(path.name, "permission denied") from None
    except IsADirectoryError:
        raise SourceRejected(path.name, "is a folder, not a file") from None
    except OSError as exc:
        raise SourceRejected(path.name, f"cannot be read ({exc.strerror or exc})") from None
    return data, read_sidecar(path)


def file_digest(path: Path, *, extra: bytes = b"", chunk: int = 1 << 16) -> str:
    """SHA-256 of a file read in chunks (plus `extra`, e.g. its sidecar), in constant memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    digest.update(b"\0" + extra)
    return digest.hexdigest()


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
