"""The service facade: files in, articles stored once, briefs out; bad files change nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.config import CoreSettings
from briefings.errors import SourceRejected, UnknownTopic
from briefings.ingest import IngestStatus
from briefings.service import BriefingService
from briefings.store import Store

from .factories import FakeClock

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
STOLTENBERG = SAMPLES / "000_a2c69d777ac9d09d.txt"
KALLAS = SAMPLES / "001_3b11e8066a7fa5f2.txt"
NOW = dt.datetime(2025, 5, 2, 8, 0, tzinfo=dt.UTC)

RECORD = {
    "title": "TAP capacity grows",
    "outlet": "Trend",
    "published": "2025-01-17",
    "text": "Azerbaijan exported 12.9 billion cubic meters of gas to Europe via TAP in 2024. "
    "The Southern Gas Corridor now supplies ten European countries.",
}


@pytest.fixture
def service(database_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[BriefingService]:
    settings = CoreSettings(data_dir=tmp_path, database_url=database_url, max_source_bytes=64_000)
    service = BriefingService(settings, store=Store(database_url, clock=clock))
    yield service
    service.close()


def test_samples_end_to_end(service: BriefingService) -> None:
    """Both samples are stored with their sidecar metadata and give an energy brief."""
    results = [r for path in (STOLTENBERG, KALLAS) for r in service.ingest_path(path)]
    assert [r.status for r in results] == [IngestStatus.ADDED, IngestStatus.ADDED]
    stoltenberg, kallas = (r.article for r in results)
    assert (stoltenberg.outlet, stoltenberg.published) == ("AZERTAC", dt.date(2024, 3, 18))
    assert (kallas.outlet, kallas.published) == ("Caliber.az", dt.date(2025, 4, 26))
    assert "energy" in stoltenberg.topics and "energy" in kallas.topics
    assert service.store.count() == 2
    briefing = service.brief("gas", NOW)
    assert briefing.topic_id == "energy"
    assert briefing.items
    cited = {source.article_id for item in briefing.items for source in item.sources}
    assert cited <= {stoltenberg.id, kallas.id}


def test_same_content_again_is_unchanged(service: BriefingService, tmp_path: Path) -> None:
    """The same text and metadata under a new file name is one article, reported unchanged."""
    copy = tmp_path / "copy_of_kallas.txt"
    shutil.copy(KALLAS, copy)
    shutil.copy(KALLAS.with_suffix(".meta.yaml"), tmp_path / "copy_of_kallas.meta.yaml")
    [first] = service.ingest_path(KALLAS)
    [second] = service.ingest_path(copy)
    assert second.status is IngestStatus.UNCHANGED
    assert second.article.id == first.article.id
    assert service.store.count() == 1


def test_list_with_one_bad_record_changes_nothing(service: BriefingService) -> None:
    """A JSON list with one invalid record is rejected whole and the store is left as it was."""
    [kept] = service.ingest_path(STOLTENBERG)
    before = service.store.get(kept.article.id)
    bad = [RECORD, {"title": "No text field", "outlet": "Trend"}]
    with pytest.raises(SourceRejected) as raised:
        service.ingest_bytes(json.dumps(bad).encode(), "batch.json")
    assert raised.value.source == "batch.json"
    assert "text" in raised.value.reason
    assert service.store.count() == 1
    assert service.store.get(kept.article.id) == before


def test_list_records_each_become_articles(service: BriefingService) -> None:
    """Every record of a valid list is stored, under the list file's name and its index."""
    other = dict(RECORD, title="Second", text="NATO and Azerbaijan agreed a partnership framework.")
    results = service.ingest_bytes(json.dumps([RECORD, other]).encode(), "batch.json")
    assert [r.status for r in results] == [IngestStatus.ADDED, IngestStatus.ADDED]
    assert [r.source_name for r in results] == ["batch.json#0", "batch.json#1"]
    assert service.store.count() == 2


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG", id="png"),
        pytest.param(b'{"title": "x", ', "JSON", id="malformed-json"),
    ],
)
def test_bad_bytes_rejected_store_unchanged(
    service: BriefingService, data: bytes, reason: str
) -> None:
    """Bad input raises SourceRejected naming the file, and nothing is stored."""
    name = "bad.json" if reason == "JSON" else "bad.txt"
    with pytest.raises(SourceRejected, match=reason) as raised:
        service.ingest_bytes(data, name)
    assert raised.value.source == name
    assert service.store.count() == 0


def test_oversized_file_refused_before_reading(service: BriefingService, tmp_path: Path) -> None:
    """A file over the configured size limit is refused by its size, naming the limit."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"Azerbaijan exports gas. " * 5000)
    with pytest.raises(SourceRejected, match="over the limit of 64,000 bytes"):
        service.ingest_path(big)
    assert service.store.count() == 0


def test_sidecar_is_not_a_source(service: BriefingService) -> None:
    """Pointing ingest at a sidecar file ingests nothing."""
    assert service.ingest_path(SAMPLES / "000_a2c69d777ac9d09d.meta.yaml") == []
    assert service.store.count() == 0


def test_brief_since_only_new(service: BriefingService, clock: FakeClock) -> None:
    """A brief since a moment only draws on articles ingested after it."""
    service.ingest_path(STOLTENBERG)
    cutoff = clock.advance(hours=1)
    clock.advance(minutes=1)
    [kallas] = service.ingest_path(KALLAS)
    briefing = service.brief("energy", NOW, since=cutoff)
    assert briefing.items
    cited = {source.article_id for item in briefing.items for source in item.sources}
    assert cited == {kallas.article.id}
    assert service.brief("energy", NOW, since=clock.advance(hours=1)).empty


def test_brief_many_and_unknown_topics(service: BriefingService) -> None:
    """`brief_many` keeps the order asked for; unknown topics raise UnknownTopic."""
    service.ingest_path(KALLAS)
    briefings = service.brief_many(["partnerships", "energy"], NOW)
    assert [b.topic_id for b in briefings] == ["partnerships", "energy"]
    with pytest.raises(UnknownTopic):
        service.brief("basketball", NOW)
    with pytest.raises(UnknownTopic):
        service.brief_many(["no-such-topic"], NOW)


def test_internal_failure_rejects_only_that_file(
    service: BriefingService, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug while analysing one file becomes a plain rejection, logged with its trace."""
    import briefings.ingest

    def broken(_doc: object) -> None:
        raise ZeroDivisionError("boom")

    with monkeypatch.context() as patch:
        patch.setattr(briefings.ingest, "analyse", broken)
        with pytest.raises(SourceRejected, match="could not be analysed") as raised:
            service.ingest_path(KALLAS)
    assert raised.value.source == KALLAS.name
    assert "boom" not in raised.value.reason
    assert any(record.exc_info for record in caplog.records)
    assert service.store.count() == 0
    assert [r.status for r in service.ingest_path(KALLAS)] == [IngestStatus.ADDED]


def test_remembered_brief_follows_new_articles_and_the_clock(service: BriefingService) -> None:
    """A repeated brief is served from memory, but a new article or a new day rebuilds it."""
    service.ingest_path(KALLAS)
    first = service.brief("energy", NOW)
    later = NOW + dt.timedelta(hours=2)
    again = service.brief("energy", later)
    assert again.items == first.items
    assert again.generated_at == later
    service.ingest_bytes(json.dumps(RECORD).encode(), "tap.json")
    updated = service.brief("energy", later)
    cited = {source.outlet for item in updated.items for source in item.sources}
    cited |= {kf.source.outlet for kf in updated.key_figures}
    assert "Trend" in cited
    next_day = service.brief("energy", NOW + dt.timedelta(days=1))
    assert next_day.generated_at.date() == (NOW + dt.timedelta(days=1)).date()
    assert next_day.items == updated.items
