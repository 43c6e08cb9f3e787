"""Folder ingests survive bad files: one line each, the right file blamed, a summary at the end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings import cli

STORY = (
    "The port authority said on Monday that the new grain terminal would handle 3 million "
    "tonnes a year. Its director Selma Varik said the first ships would dock in June.\n"
)
OTHER = (
    "Volunteers planted 40,000 saplings along the river banks over the weekend, the city "
    "council said. Council member Ander Holm called it the largest planting in a decade.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(db: str, *argv: str) -> int:
    return cli.main(["--database-url", db, *argv])


def test_long_file_name_does_not_abort_folder(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file whose name leaves no room for a sidecar name is ingested; the next file too."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / ("a" * 245 + ".txt")).write_text(STORY, "utf-8")
    (folder / "b.txt").write_text(OTHER, "utf-8")
    code = run(db, "ingest", str(folder))
    captured = capsys.readouterr()
    assert code == 0
    assert [line.split()[0] for line in captured.out.splitlines()] == ["added", "added"]
    assert "2 files: 2 added, 0 updated, 0 unchanged, 0 rejected" in captured.err
    assert "Traceback" not in captured.err


def test_broken_sidecar_line_names_the_sidecar(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`rejected …/a.meta.yaml: malformed YAML …`, never `rejected a.txt: malformed YAML`."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, "utf-8")
    (folder / "a.meta.yaml").write_text("outlet: [unclosed\n", "utf-8")
    (folder / "b.txt").write_text(OTHER, "utf-8")
    assert run(db, "ingest", str(folder)) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith("rejected") and "a.meta.yaml: malformed YAML" in first
    assert "a.txt was not ingested" in first
    assert second.startswith("added") and "b.txt" in second


def test_same_name_in_two_folders_and_an_edit(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two different `article.txt` are both added; an edit of one says what it replaces."""
    one = tmp_path / "a" / "article.txt"
    two = tmp_path / "b" / "article.txt"
    for path, text in ((one, STORY), (two, OTHER)):
        path.parent.mkdir()
        path.write_text(text, "utf-8")
    assert run(db, "ingest", str(one), str(two)) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["added"] * 2
    one.write_text(STORY.replace("3 million", "3.5 million"), "utf-8")
    assert run(db, "ingest", str(one)) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("updated") and "replaces the earlier version" in line
    assert run(db, "sources", "--json") == 0
    texts = [json.loads(x)["paragraphs"][0] for x in capsys.readouterr().out.splitlines()]
    assert len(texts) == 2 and any("3.5 million" in t for t in texts)
