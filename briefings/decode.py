"""Bytes of a source file → text, or a clear refusal.

Scrapes in this region arrive as UTF-8 (with or without BOM), UTF-16 from Windows tools, and
legacy Cyrillic code pages. Detection runs from cheapest and surest to a statistical guess:
BOM → NUL pattern (BOM-less UTF-16) → strict UTF-8 → Cyrillic code pages judged by letter
statistics → charset-normalizer. Binary files are refused before any decoding is tried.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from briefings.errors import SourceRejected

# Magic numbers of formats admins are likely to drop by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"BM", "BMP image"),
)
_RIFF = b"RIFF"  # WAV, AVI, WebP share this container
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# The most frequent Russian letters; right decodings of Russian text are full of them.
_COMMON_RU = frozenset("оеаинтсрвлкмдпуяы")
_SNIFF = 4096


def _human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def check_size(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse empty and oversized files before any work is spent on them."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise SourceRejected(name, "the file is empty")
    if len(data) > max_bytes:
        raise SourceRejected(
            name,
            f"the file is too large ({_human_size(len(data))}; the limit is "
            f"{_human_size(max_bytes)})",
        )


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # "MZ"/"BM"/"ID3" are also how some text starts; demand binary bytes too.
            if len(magic) <= 3 and b"\x00" not in data[:_SNIFF]:
                continue
            return kind
    if data.startswith(_RIFF) and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "media file"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order if NULs sit on one side of most code units (Latin or Cyrillic)."""
    head = data[:_SNIFF]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    # Cyrillic in UTF-16 has 0x04 as the high byte instead of a NUL.
    even_cyr = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 4)
    odd_cyr = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 4)
    if (odd_nul + odd_cyr) > 0.6 * pairs and even_nul < 0.05 * pairs:
        return "utf-16-le"
    if (even_nul + even_cyr) > 0.6 * pairs and odd_nul < 0.05 * pairs:
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


def _control_ratio(text: str) -> float:
    sample = text[: _SNIFF * 4]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _cyrillic_score(text: str) -> float:
    """How Russian-looking a decoding is: Cyrillic letters in whole words, mostly common ones."""
    words = _LETTER_RUN.findall(text[: _SNIFF * 4])
    letters = sum(len(w) for w in words)
    if not letters:
        return 0.0
    cyr_words = [w for w in words if _CYRILLIC_WORD.fullmatch(w)]
    cyr = "".join(cyr_words)
    if len(cyr) < 0.3 * letters:
        return 0.0
    mixed = sum(len(w) for w in words if _CYRILLIC.search(w) and not _CYRILLIC_WORD.fullmatch(w))
    lower = cyr.lower()
    common = sum(1 for ch in lower if ch in _COMMON_RU) / len(cyr)
    lowercase = sum(1 for ch in cyr if ch.islower()) / len(cyr)
    return common * lowercase * (1 - mixed / letters)


def _decode_cyrillic(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for encoding in ("cp1251", "koi8-r"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if score > 0.35 and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else None


def _plausible(text: str) -> bool:
    """Statistical decoders always return something; real text is mostly letters and punctuation."""
    sample = [ch for ch in text[: _SNIFF * 4] if not ch.isspace()]
    if not sample:
        return False
    good = sum(1 for ch in sample if unicodedata.category(ch)[0] in "LNP")
    return good / len(sample) >= 0.9


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad copy, a truncated character): keep it as UTF-8,
    the broken bytes shown as U+FFFD, rather than reading every character in a wrong code page."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127) - broken
    if non_ascii >= 10 and broken <= max(3, non_ascii // 100):
        return text
    return None


def _finish(text: str, name: str) -> str:
    if _control_ratio(text) > 0.01:
        raise SourceRejected(name, "the file looks binary (control characters in the text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str, *, max_bytes: int = 5 * 1024 * 1024) -> str:
    """Decode a source file's bytes, refusing empty, oversized, binary and undecodable files."""
    check_size(data, name, max_bytes)
    kind = _binary_kind(data)
    if kind:
        raise SourceRejected(name, f"the file is a {kind}, not an article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(encoding).lstrip("\ufeff"), name)
            except UnicodeDecodeError as exc:
                raise SourceRejected(
                    name, f"the text is not valid {encoding} despite its byte-order mark"
                ) from exc
    if b"\x00" in data[: _SNIFF * 4]:
        encoding16 = _utf16_without_bom(data)
        if encoding16 is None:
            raise SourceRejected(name, "the file looks binary (it contains NUL bytes)")
        try:
            return _finish(data.decode(encoding16), name)
        except UnicodeDecodeError as exc:
            raise SourceRejected(name, "the file looks binary (it contains NUL bytes)") from exc
    try:
        return _finish(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return _finish(damaged, name)
    cyrillic = _decode_cyrillic(data)
    if cyrillic is not None:
        return _finish(cyrillic, name)
    match = from_bytes(data[: 64 * 1024]).best()
    if match is None or match.chaos > 0.2 or not _plausible(str(match)):
        raise SourceRejected(
            name, "the text could not be decoded (not UTF-8, UTF-16 or a known Cyrillic encoding)"
        )
    try:
        return _finish(data.decode(match.encoding), name)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceRejected(name, f"the text could not be decoded as {match.encoding}") from exc
