"""Articles for topic tests, built without the extraction stage."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from briefings.models import Article, SourceFormat

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def make_article(**overrides: Any) -> Article:
    """A valid article; override any field. The content hash follows the paragraphs."""
    fields: dict[str, Any] = {
        "id": "a1",
        "title": "Untitled",
        "outlet": "Test Wire",
        "published": dt.date(2025, 4, 20),
        "source_name": "a1.txt",
        "source_format": SourceFormat.TEXT,
        "paragraphs": ["Nothing happened today."],
    }
    fields.update(overrides)
    fields.setdefault(
        "content_hash", hashlib.sha256("\n".join(fields["paragraphs"]).encode()).hexdigest()
    )
    return Article.model_validate(fields)


def text_article(path: Path, **overrides: Any) -> Article:
    """An article from a plain-text file: first line the title, real paragraphs kept.

    Short lines (menus, share buttons, counters) are dropped by a crude length rule that is
    enough for these files; the real cleaning is the extraction stage's job.
    """
    blocks = [b.strip() for b in path.read_text("utf-8").split("\n\n")]
    paragraphs = [b for b in blocks if len(b.split()) >= 8]
    title = next(b for b in blocks if b)
    return make_article(
        id=path.stem, title=title, source_name=path.name, paragraphs=paragraphs, **overrides
    )


def sample(prefix: str) -> Article:
    """One of the bundled sample sources ('000' AZERTAC, '001' Caliber.az)."""
    return text_article(next(SAMPLES.glob(f"{prefix}_*.txt")))
