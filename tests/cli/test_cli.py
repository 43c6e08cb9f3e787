"""The `briefings` command line: a line per file, plain errors, exit codes scripts can use."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefings import cli
from briefings.models import Article, Briefing

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "tests" / "corpus"
GOLD = CORPUS / "gold.yaml"
ARTICLES = CORPUS / "articles"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(db: str, *argv: str) -> int:
    return cli.main(["--database-url", db, *argv])


def ingest_samples(db: str, capsys: pytest.CaptureFixture[str]) -> list[Article]:
    assert run(db, "ingest", str(SAMPLES)) == 0
    capsys.readouterr()
    assert run(db, "sources", "--json") == 0
    return [Article.model_validate_json(line) for line in capsys.readouterr().out.splitlines()]


def test_ingest_prints_one_line_per_file_and_skips_sidecars(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each sample gives an 'added' line with its title; sidecars and the README are no articles."""
    code = run(db, "ingest", str(SAMPLES))
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(lines) == 2
    assert lines[0].startswith("added")
    assert "000_a2c69d777ac9d09d.txt: Jens Stoltenberg" in lines[0]
    assert "001_3b11e8066a7fa5f2.txt: Baku – Brussels" in lines[1]


def test_ingest_twice_is_unchanged(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Ingesting the same files again reports them unchanged and stores nothing new."""
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert run(db, "ingest", *files) == 0
    capsys.readouterr()
    assert run(db, "ingest", *files) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["unchanged", "unchanged"]


def test_changed_file_is_updated(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file edited in place updates its article under the same id."""
    source = tmp_path / "src" / "note.txt"
    source.parent.mkdir()
    shutil.copy(ARTICLES / "002_trend_tap_expansion.txt", source)
    assert run(db, "ingest", str(source)) == 0
    capsys.readouterr()
    text = source.read_text("utf-8").replace("12.9 billion", "13.1 billion")
    source.write_text(text, "utf-8")
    assert run(db, "ingest", str(source)) == 0
    assert capsys.readouterr().out.startswith("updated")
    assert run(db, "sources", "--json") == 0
    [article] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "13.1 billion" in " ".join(article["paragraphs"])


def test_rejected_file_gives_reason_and_exit_1(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PNG renamed .txt is rejected with a reason naming it; good files beside it still go in."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "image.txt").write_bytes(PNG)
    shutil.copy(ARTICLES / "004_apa_peace_treaty.txt", folder / "treaty.txt")
    code = run(db, "ingest", str(folder), str(tmp_path / "missing.txt"))
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert code == 1
    assert lines[0].startswith("rejected") and "image.txt:" in lines[0]
    assert lines[1].startswith("added") and "treaty.txt:" in lines[1]
    assert lines[2].startswith("rejected") and "missing.txt: no such file" in lines[2]
    assert "Traceback" not in captured.err
    assert "3 files: 1 added, 0 updated, 0 unchanged, 2 rejected" in captured.err


def test_progress_on_long_runs(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long runs report progress on stderr, keeping stdout to one line per file."""
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 1)
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert run(db, "ingest", *files) == 0
    captured = capsys.readouterr()
    assert "1/2 files" in captured.err
    assert "2/2 files" in captured.err
    assert len(captured.out.splitlines()) == 2


def test_sources_json_is_one_article_per_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`sources --json` prints every stored article's full data, one JSON object per line."""
    articles = ingest_samples(db, capsys)
    assert len(articles) == 2
    assert {a.outlet for a in articles} == {"AZERTAC", "Caliber.az"}
    assert all(a.paragraphs and a.ingested_at for a in articles)


def test_sources_table_lists_ids(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The plain table shows each article's id, date and outlet."""
    articles = ingest_samples(db, capsys)
    assert run(db, "sources") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["ID", "PUBLISHED", "OUTLET", "TOPICS", "TITLE"]
    for article in articles:
        assert article.id in out
    assert "2024-03-18" in out and "2025-04-26" in out


def test_sources_on_empty_store_says_what_to_do(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty store is not an error; the user is told how to add sources."""
    assert run(db, "sources") == 0
    assert "briefings ingest" in capsys.readouterr().out


def test_show_and_remove(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`show` prints one article as JSON; `remove` deletes it; both refuse unknown ids plainly."""
    article = ingest_samples(db, capsys)[0]
    assert run(db, "show", article.id) == 0
    assert Article.model_validate_json(capsys.readouterr().out) == article
    assert run(db, "remove", article.id) == 0
    assert capsys.readouterr().out.startswith(f"removed {article.id}:")
    for command in ("show", "remove"):
        assert run(db, command, article.id) == 1
        err = capsys.readouterr().err
        assert f"no article with id {article.id!r}" in err
        assert "Traceback" not in err


def test_topics_lists_configured_topics(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`topics` lists every topic with its id, title and aliases."""
    assert run(db, "topics") == 0
    out = capsys.readouterr().out
    for topic_id in ("energy", "peace-talks", "partnerships"):
        assert topic_id in out
    assert "gas" in out


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        pytest.param("text", "— Caliber.az, 26 Apr 2025", id="text"),
        pytest.param("html", "<b>", id="html"),
        pytest.param("json", '"topic_id": "energy"', id="json"),
    ],
)
def test_brief_formats(db: str, capsys: pytest.CaptureFixture[str], fmt: str, marker: str) -> None:
    """`brief energy` renders the samples' energy brief in each format."""
    ingest_samples(db, capsys)
    assert run(db, "brief", "energy", "--format", fmt) == 0
    out = capsys.readouterr().out
    assert marker in out


def test_brief_json_is_extractive(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Every sentence of the brief is copied from a stored article (nothing invented)."""
    articles = ingest_samples(db, capsys)
    assert run(db, "brief", "gas", "--format", "json") == 0
    briefing = Briefing.model_validate_json(capsys.readouterr().out)
    assert briefing.topic_id == "energy"
    assert briefing.items
    texts = [" ".join(" ".join(a.paragraphs).split()) for a in articles]
    for item in briefing.items:
        for sentence in item.sentences:
            flat = " ".join(sentence.split()).strip("…. ")
            assert any(flat in text for text in texts), sentence


def test_unknown_topic_lists_known_ones(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown topic is a plain message with the topics that exist, and exit code 1."""
    assert run(db, "brief", "basketball") == 1
    err = capsys.readouterr().err
    assert "unknown topic 'basketball'" in err
    assert "energy" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing command or unknown format is a usage error (exit 2), as argparse does it."""
    with pytest.raises(SystemExit) as raised:
        cli.main([])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        cli.main(["brief", "energy", "--format", "pdf"])
    assert raised.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_bad_database_url_is_a_plain_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed database URL is reported in one line, not with a traceback."""
    assert cli.main(["--database-url", "not a url", "sources"]) == 2
    err = capsys.readouterr().err
    assert "invalid database URL" in err
    assert "Traceback" not in err


def test_every_command_has_help() -> None:
    """Every subcommand is listed with a help line in `briefings --help`."""
    lines = cli.build_parser().format_help().splitlines()
    for command in ("ingest", "sources", "show", "topics", "brief", "remove", "eval"):
        entry = next(line for line in lines if line.split()[:1] == [command])
        assert len(entry.split()) > 2, entry


def test_eval_prints_table(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefings eval` scores the labelled corpus and prints the table."""
    assert cli.main(["eval", str(GOLD), str(ARTICLES)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["topic", "tp", "fp", "fn", "prec", "recall", "f1"]
    assert "figures recall:" in out
    assert "quotes (right speaker) recall:" in out
    assert "labelled articles" in out
    assert cli.main(["eval", str(GOLD), str(ARTICLES), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == len(report["outcomes"]) >= 15


def test_eval_missing_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing gold file is a one-line error naming it."""
    assert cli.main(["eval", str(tmp_path / "gold.yaml"), str(CORPUS)]) == 1
    err = capsys.readouterr().err
    assert "gold.yaml: cannot read" in err
    assert "Traceback" not in err


def test_sidecar_given_explicitly_is_skipped(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Naming a sidecar on the command line says it was skipped, and is not an error."""
    assert run(db, "ingest", str(SAMPLES / "000_a2c69d777ac9d09d.meta.yaml")) == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped") and "000_a2c69d777ac9d09d.meta.yaml" in out


def test_console_script_process(db: str, tmp_path: Path) -> None:
    """As a real process: a rejected file gives exit 1 and a one-line reason, no traceback."""
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "briefings.cli", "--database-url", db, "ingest", str(bad)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout.startswith(f"rejected   {bad}: ")
    assert "Traceback" not in done.stderr
