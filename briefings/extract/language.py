"""Which language an article is in, and a cheap test for sentences that may hold a figure."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import lexicon

_NUMBER_WORDS = lexicon().both("number_words")
_DIGIT = re.compile(r"\d")
_EN_PROBE = re.compile(r"[A-Za-z]+")
_EN_FUNCTION = lexicon().en.function_words
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
# Letters are counted by deleting everything else: a list of one string per letter (findall)
# cost two thirds of the language check.
_NOT_CYR = re.compile("[^" + CYR.pattern.removeprefix("[") + "+")  # all but CYR's letters
_NOT_LATIN = re.compile(r"[^A-Za-z]+")


def may_hold_number(sentence: str) -> bool:
    """Cheap filter before the figure parser: digits, or a number word."""
    if _DIGIT.search(sentence):
        return True
    lower = sentence.lower()
    return any(word in lower for word in _NUMBER_WORDS)


def detect_language(text: str) -> str:
    """ISO 639-1 code; Cyrillic script decides quickly between Russian and Ukrainian."""
    sample = text[:3000]
    cyr = len(_NOT_CYR.sub("", sample))
    latin = len(_NOT_LATIN.sub("", sample))
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
