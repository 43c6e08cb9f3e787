"""Every unusable file is refused with SourceRejected naming the file and saying why."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from briefings.errors import SourceRejected
from briefings.load import load_source, read_sidecar

GOOD = b"Azerbaijan supplies gas to 10 European countries. The talks went well, officials said.\n"


def _png() -> bytes:
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(13)
    return header + zlib.compress(bytes(range(256)) * 8)


def _random_bytes() -> bytes:
    rng = random.Random(7)
    return bytes(rng.choice(range(128, 256)) for _ in range(4000))


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        pytest.param(b"", "empty.txt", "the file is empty", id="empty"),
        pytest.param(b"  \n\r\n\t ", "blank.txt", "the file is empty", id="whitespace"),
        pytest.param(_png(), "photo.txt", "PNG image", id="png-renamed"),
        pytest.param(b"%PDF-1.7\n" + bytes(300), "doc.txt", "PDF document", id="pdf"),
        pytest.param(b"abc\x00\x01\x02\xff" * 100, "blob.txt", "binary", id="nul-bytes"),
        pytest.param(_random_bytes(), "noise.txt", "could not be decoded", id="undecodable"),
        pytest.param(
            b'{"title": "A",\n "text": "B"\n "url": 1}',
            "bad.json",
            "malformed JSON at line 3",
            id="json-syntax",
        ),
        pytest.param(
            b"title: A\ntext: B\n  - nested: [\n",
            "bad.yaml",
            "malformed YAML at line",
            id="yaml-syntax",
        ),
        pytest.param(
            b'{"title": "Only a title"}',
            "rec.json",
            "field 'text': Field required",
            id="missing-field",
        ),
        pytest.param(
            b'[{"title": "T", "text": "' + GOOD.strip() + b'"}, {"title": 5, "text": "x. y."}]',
            "recs.json",
            "record 2 of 2: field 'title': Input should be a valid string",
            id="wrong-type",
        ),
        pytest.param(
            b"- title: T\n  text: Fine text here. It has sentences.\n- title: U\n  paragraphs: 3\n",
            "recs.yaml",
            "record 2 of 2: field 'text'",
            id="yaml-wrong-type",
        ),
        pytest.param(b"[]", "none.json", "no records", id="empty-list"),
        pytest.param(
            b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
            b"<a href='/news'>News</a></nav><footer>(c) 2025</footer></body></html>",
            "page.html",
            "no article text found in the HTML page",
            id="html-no-article",
        ),
        pytest.param(
            b"twitter\nfacebook\nHome\nNews\nPolitics\nViews: 12\nFollow us on Telegram\n",
            "menu.txt",
            "no sentences found",
            id="only-menu",
        ),
        pytest.param(
            b"gas\noil\npeace\nBaku\nNATO\n", "words.txt", "no sentences found", id="word-list"
        ),
        pytest.param(
            b"---\ntitle: A\nurl: a: b\n---\nBody text. More text here.\n",
            "post.md",
            "malformed front matter at line 3",
            id="front-matter",
        ),
    ],
)
def test_bad_input_rejected_with_reason(data: bytes, name: str, reason: str) -> None:
    """The refusal names the file and contains the expected reason."""
    with pytest.raises(SourceRejected) as caught:
        load_source(data, name)
    assert caught.value.source == name
    assert reason in caught.value.reason, caught.value.reason
    assert str(caught.value).startswith(f"{name}: ")


def test_oversized_file_names_size_and_limit() -> None:
    """A file over the limit is refused before decoding, with its size and the limit."""
    with pytest.raises(SourceRejected) as caught:
        load_source(GOOD * 200, "big.txt", max_bytes=10 * 1024)
    assert "too large" in caught.value.reason
    assert "17 KB" in caught.value.reason and "10 KB" in caught.value.reason


def test_malformed_sidecar_is_rejected_by_name(tmp_path: Path) -> None:
    """A sidecar with a bad date is refused naming the sidecar and the field."""
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "a.meta.yaml").write_text("published: not-a-date\n", "utf-8")
    with pytest.raises(SourceRejected) as caught:
        read_sidecar(tmp_path / "a.txt")
    assert caught.value.source == "a.meta.yaml"
    assert "field 'published'" in caught.value.reason
