"""Which language an article is in, and a cheap test for sentences that may hold a figure."""

from __future__ import annotations

import re

from briefings.extract.lexicon import lexicon

_NUMBER_WORDS = lexicon().both("number_words")
_DIGIT = re.compile(r"\d")
_EN_PROBE = re.compile(r"[A-Za-z]+")
_EN_FUNCTION = lexicon().en.function_words
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
# Letters are counted in the UTF-8 bytes: A-Z and a-z are one byte each, and every character
# of CYR's block U+0400-U+04FF opens with one lead byte 0xD0-0xD3 (no other character has one),
# so deleting all other bytes leaves one byte per letter: far cheaper than a regex over text.
_NOT_LATIN_BYTES = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_CYR_LEAD_BYTES = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)


def may_hold_number(sentence: str) -> bool:
    """Cheap filter before the figure parser: digits, or a number word."""
    if _DIGIT.search(sentence):
        return True
    lower = sentence.lower()
    return any(word in lower for word in _NUMBER_WORDS)


def detect_language(text: str) -> str:
    """ISO 639-1 code; Cyrillic script decides quickly between Russian and Ukrainian."""
    sample = text[:3000]
    encoded = sample.encode("utf-8", "surrogatepass")
    cyr = len(encoded.translate(None, _NOT_CYR_LEAD_BYTES))
    latin = len(encoded.translate(None, _NOT_LATIN_BYTES))
    if cyr > latin:
        return "uk" if len(_UK_LETTERS.findall(sample)) > 0.005 * cyr else "ru"
    if not latin:
        return "en"
    words = _EN_PROBE.findall(sample[:1500])
    if len(words) >= 30 and sum(1 for w in words if w.casefold() in _EN_FUNCTION) > 0.15 * len(
        words
    ):
        return "en"  # unmistakably English: skip the classifier
    # Imported on first need: py3langid brings numpy (about 12 MB) into every process that
    # imports the loader, and most articles never reach this line (Cyrillic, plain English).
    import py3langid

    code, _ = py3langid.classify(sample[:800])
    return str(code)
