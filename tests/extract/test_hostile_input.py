"""Files built to cost memory or time are refused quickly, each with one plain reason."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from briefings.errors import SourceRejected
from briefings.ingest import file_digest, read_source
from briefings.load import load_source, read_sidecar

GOOD = b"The ministry said the new terminal would open in May. Crews are testing the pumps.\n"


def _alias_bomb(references: int) -> bytes:
    record = (
        b"- &story\n  title: Terminal opens\n  text: The ministry said the new terminal would "
        b"open in May. Crews are testing the pumps.\n"
    )
    return record + b"- *story\n" * references


def test_yaml_aliases_are_refused_fast() -> None:
    """An 80 KB YAML list with 20,000 references to one anchored record is refused at once."""
    data = _alias_bomb(20_000)
    assert 70_000 < len(data) < 250_000
    started = time.process_time()
    with pytest.raises(SourceRejected) as caught:
        load_source(data, "bomb.yaml")
    assert time.process_time() - started < 1.0
    assert "alias" in caught.value.reason and "\n" not in caught.value.reason


def test_records_per_file_are_capped() -> None:
    """More records than the configured cap is refused with the count and the cap."""
    records = b"".join(
        b"- title: Story %d\n  text: The ministry said the terminal opened. Crews cheered.\n" % i
        for i in range(30)
    )
    with pytest.raises(SourceRejected) as caught:
        load_source(records, "many.yaml", max_records=20)
    assert "30 records" in caught.value.reason and "20" in caught.value.reason


@pytest.mark.parametrize(
    ("data", "name"),
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, "deep.json", id="json-suffix"),
        pytest.param(b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "deep.txt", id="json-sniffed"),
        pytest.param(b"- " * 5_000 + b"x\n", "deep.yaml", id="yaml"),
    ],
)
def test_deep_nesting_is_one_line_naming_it(data: bytes, name: str) -> None:
    """Deeply nested JSON or YAML gives one line about the nesting, no RecursionError."""
    with pytest.raises(SourceRejected) as caught:
        load_source(data, name)
    assert "nested too deeply" in caught.value.reason
    assert "\n" not in str(caught.value)


def test_huge_sparse_file_is_refused_by_size(tmp_path: Path) -> None:
    """A 1 GiB file is refused from its size alone; memory stays small."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(1 << 30)
    tracemalloc.start()
    try:
        with pytest.raises(SourceRejected) as caught:
            read_source(path, max_bytes=5 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "over the limit" in caught.value.reason
    assert peak < 1024 * 1024


def test_file_growing_after_stat_is_read_only_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows between `stat` and the read costs at most the limit plus one byte."""
    path = tmp_path / "growing.txt"
    with path.open("wb") as handle:
        handle.truncate(64 << 20)
    real_stat = Path.stat

    def small_stat(self: Path, **kwargs: bool) -> object:
        result = real_stat(self, **kwargs)
        if self == path:  # as it was when the copy had only just begun
            return type(result)((*result[:6], 100, *result[7:]))
        return result

    monkeypatch.setattr(Path, "stat", small_stat)
    tracemalloc.start()
    try:
        with pytest.raises(SourceRejected) as caught:
            read_source(path, max_bytes=1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "over the limit" in caught.value.reason
    assert peak < 4 * 1024 * 1024


def test_file_digest_streams(tmp_path: Path) -> None:
    """Hashing a 1 GiB (sparse) file for the drop folder holds one chunk at a time."""
    path = tmp_path / "huge.bin"
    with path.open("wb") as handle:
        handle.truncate(256 << 20)
    tracemalloc.start()
    try:
        digest = file_digest(path, extra=b"sidecar")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(digest) == 64 and digest != file_digest(path)
    assert peak < 1024 * 1024


def test_long_file_name_has_no_sidecar_instead_of_failing(tmp_path: Path) -> None:
    """A name too long for a '.meta.yaml' twin is read without one, not crashed on."""
    path = tmp_path / ("n" * 240 + ".txt")
    path.write_bytes(GOOD)
    data, meta = read_source(path, max_bytes=1024 * 1024)
    assert data == GOOD and meta is None


def test_broken_sidecar_is_blamed_on_the_sidecar(tmp_path: Path) -> None:
    """Malformed YAML in `a.meta.yaml` names `a.meta.yaml`, not `a.txt`."""
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "a.meta.yaml").write_text("outlet: [unclosed\n", "utf-8")
    with pytest.raises(SourceRejected) as caught:
        read_sidecar(tmp_path / "a.txt")
    assert caught.value.source == "a.meta.yaml"
    assert "malformed YAML" in caught.value.reason
