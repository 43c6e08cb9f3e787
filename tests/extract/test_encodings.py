"""The same article in every supported encoding gives the same Article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.decode import decode_bytes
from briefings.models import Article


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-nobom":
        return text.encode("utf-16-le")
    if encoding == "utf-16-be-nobom":
        return text.encode("utf-16-be")
    return text.encode(encoding)


RU_ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-nobom",
    "utf-16-be-nobom",
    "cp1251",
    "koi8-r",
]
EN_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-nobom", "utf-32"]


@pytest.mark.parametrize("encoding", [pytest.param(e, id=e) for e in RU_ENCODINGS])
def test_russian_article_in_every_encoding(
    ru_path: Path, encoding: str, analyse_data: Callable[..., Article]
) -> None:
    """UTF-8 (with/without BOM), UTF-16 (BOM or not), cp1251 and KOI8-R load identically."""
    text = ru_path.read_text("utf-8")
    if encoding == "koi8-r":  # KOI8-R has no guillemets or dashes
        text = text.translate({ord("«"): '"', ord("»"): '"', ord("—"): "-", ord("–"): "-"})
    reference = analyse_data(text.encode("utf-8"), "ru.txt")
    article = analyse_data(_encode(text, encoding), "ru.txt")
    assert article == reference
    assert article.language == "ru"


@pytest.mark.parametrize("encoding", [pytest.param(e, id=e) for e in EN_ENCODINGS])
def test_english_seed_in_unicode_encodings(
    caliber_path: Path, encoding: str, analyse_data: Callable[..., Article]
) -> None:
    """The Caliber seed (typographic quotes, ©, Cyrillic junk) survives Unicode re-encoding."""
    text = caliber_path.read_text("utf-8")
    reference = analyse_data(text.encode("utf-8"), caliber_path.name)
    assert analyse_data(_encode(text, encoding), caliber_path.name) == reference


def test_cp1251_preferred_over_statistical_guess() -> None:
    """Short Cyrillic cp1251 text decodes as Russian, not as some Western code page."""
    text = "Алиев принял делегацию ЕС в Баку."
    assert decode_bytes(text.encode("cp1251"), "short.txt") == text


def test_western_legacy_text_falls_back_to_detection() -> None:
    """A cp1252 French text is not mistaken for Cyrillic."""
    text = "Le président a visité Bakou. Les négociations ont été très productives, a-t-il déclaré."
    assert decode_bytes(text.encode("cp1252"), "fr.txt") == text


def test_utf8_with_a_stray_byte_stays_utf8(ru_path: Path) -> None:
    """One broken byte in a UTF-8 file costs one character, not the whole text's encoding."""
    data = ru_path.read_bytes()
    text = decode_bytes(data[:500] + b"\xff" + data[500:], "broken.txt")
    assert text.startswith("Главная\nНовости")
    assert text.count("\ufffd") == 1
