"""An article is what it says (its URL, else its text), not the bare name of its file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.config import CoreSettings
from briefings.identity import SAME_SOURCE_SIMILARITY, similarity
from briefings.ingest import IngestStatus
from briefings.service import BriefingService
from briefings.store import Store

from .factories import FakeClock

PIPELINE = (
    "The Caspian Link consortium said on Tuesday that its new pipeline would carry 8 billion "
    "cubic metres of gas a year to southern Europe from 2027. Engineers finished the last "
    "offshore section in March, the consortium's chief engineer Talia Morven told reporters. "
    "Two more compressor stations are planned along the route."
)
DEMINING = (
    "Mine clearance teams cleared 1,200 hectares of farmland near the border villages this "
    "spring, the national demining agency reported. Agency spokesman Orin Daskal said the "
    "teams found 340 anti-personnel mines. Farmers will be able to sow the fields next year."
)


@pytest.fixture
def service(database_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[BriefingService]:
    settings = CoreSettings(data_dir=tmp_path, database_url=database_url)
    service = BriefingService(settings, store=Store(database_url, clock=clock))
    yield service
    service.close()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_same_file_name_in_two_folders_keeps_both(service: BriefingService, tmp_path: Path) -> None:
    """`a/article.txt` and `b/article.txt` with unrelated texts are two articles, both added."""
    first = _write(tmp_path / "a" / "article.txt", PIPELINE)
    second = _write(tmp_path / "b" / "article.txt", DEMINING)
    [one] = service.ingest_path(first)
    [two] = service.ingest_path(second)
    assert (one.status, two.status) == (IngestStatus.ADDED, IngestStatus.ADDED)
    assert one.article.id != two.article.id
    assert service.store.count() == 2
    assert service.article(one.article.id).paragraphs == one.article.paragraphs


def test_edited_file_with_same_name_updates_and_says_so(
    service: BriefingService, tmp_path: Path, clock: FakeClock
) -> None:
    """An edited version under the same name (mostly the same text) replaces the earlier one,
    keeps its id, and the result names what it replaced."""
    path = _write(tmp_path / "inbox" / "article.txt", PIPELINE)
    [first] = service.ingest_path(path)
    clock.advance(hours=1)
    _write(path, PIPELINE.replace("8 billion", "9 billion"))
    [second] = service.ingest_path(path)
    assert second.status is IngestStatus.UPDATED
    assert second.article.id == first.article.id
    assert second.replaced_title == first.article.title
    assert first.article.title in second.note
    assert service.store.count() == 1
    assert "9 billion" in service.article(first.article.id).text


def test_same_url_updates_whatever_the_text(service: BriefingService) -> None:
    """Two records with one URL are one article even when the text was rewritten."""
    url = "https://caspian-wire.example/news/123"
    one = {"title": "Pipeline", "url": url, "text": PIPELINE}
    two = {"title": "Pipeline (corrected)", "url": url, "text": DEMINING}
    [first] = service.ingest_bytes(json.dumps(one).encode(), "one.json")
    [second] = service.ingest_bytes(json.dumps(two).encode(), "two.json")
    assert second.status is IngestStatus.UPDATED
    assert second.article.id == first.article.id
    assert service.store.count() == 1


def test_similarity_separates_edits_from_other_articles() -> None:
    """A one-word correction stays above the threshold; an unrelated article stays far below."""
    edited = PIPELINE.replace("Tuesday", "Wednesday")
    assert similarity([PIPELINE], [edited]) >= SAME_SOURCE_SIMILARITY
    assert similarity([PIPELINE], [PIPELINE + " " + DEMINING]) >= SAME_SOURCE_SIMILARITY
    assert similarity([PIPELINE], [DEMINING]) < 0.2
