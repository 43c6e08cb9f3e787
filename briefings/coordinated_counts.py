"""Counts whose noun phrase joins two words with "and" ("480 border and customs officers",
"120 Malawian male and female medics", "45 вертолетов и самолетов").

The parser reads a count from the number to the first plural after it and stops at any "and"
(a clause may end there: "killed 12 and injured 30 people"). Two joined descriptions or two
joined nouns are still one count, and labels (and readers) take the phrase whole, so these
two frames are read here, after the parser has found nothing (English) or a first noun only
(Russian).

Amounts written in two scales ("41 млрд 215,3 млн долларов") are one amount too, joined here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from briefings.figure_lexicon import figure_lexicon
from briefings.figure_vocab import COUNT_NOUNS
from briefings.models import Figure

_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w-]*)")
_AND_RU = re.compile(r"[ \t\u00a0]+и[ \t\u00a0]+([а-яё][а-яё-]+)(?![\w-])")
_BEFORE_AND = 3  # words describing the count before "and" ("Malawian male")
_AFTER_AND = 3  # the words after it, the noun included ("military personnel")


class Joined(NamedTuple):
    unit: str  # what the count counts
    end: int  # offset right after the noun


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(c.casefold() for c in figure_lexicon().counting_frames.conjunctions)


def joined_noun(sentence: str, at: int) -> Joined | None:
    """The noun of "N <words> and <words> <noun>" for digits ending at `at` with nothing
    counted after them: at least one word before "and", a lowercase plural or a counted noun
    closing the phrase, no word a function word, a number or a plural before the noun."""
    vocab = figure_lexicon().counted_nouns.en
    words: list[tuple[str, int]] = []
    pos = at
    while len(words) < _BEFORE_AND + 1 + _AFTER_AND and (m := _WORD.match(sentence, pos)):
        words.append((m.group(1), m.end()))
        pos = m.end()
    joins = [i for i, (w, _) in enumerate(words) if w.casefold() in _joining()]
    if not joins or not 1 <= joins[0] <= _BEFORE_AND:
        return None
    before = words[: joins[0]]
    for i, (word, end) in enumerate(words[joins[0] + 1 :], start=1):
        if i > _AFTER_AND or not word.islower() or word in vocab.stop_words:
            return None
        if word in COUNT_NOUNS or _plural(word):
            after = words[joins[0] + 1 + i] if joins[0] + 1 + i < len(words) else None
            if after is not None and i < _AFTER_AND and _noun(after[0]):
                continue  # "customs" in "border and customs officers" describes them
            if any(w.casefold() in vocab.stop_words or _plural(w) for w, _ in before):
                return None  # "12 and", "5 tanks and": a clause or a count of its own
            return Joined(COUNT_NOUNS.get(word, word), end)
    return None


def _noun(word: str) -> bool:
    """A lowercase counted noun or plural."""
    return word.islower() and (word in COUNT_NOUNS or _plural(word))


def _plural(word: str) -> bool:
    vocab = figure_lexicon().counted_nouns.en
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(vocab.not_plural_endings)
        and word.casefold() not in vocab.not_counted
        and word.casefold() not in vocab.s_words
    )


def joined_ru(sentence: str, end: int) -> int:
    """Where a Russian count ending at `end` ends when "и" joins a second noun in the same
    case ("45 вертолетов и самолетов"): the same two last letters, lowercase, no stop word."""
    first = sentence[max(0, end - 2) : end]
    m = _AND_RU.match(sentence, end)
    if m is None or len(first) < 2 or not first.isalpha():
        return end
    second = m.group(1)
    if second.endswith(first) and second not in figure_lexicon().counted_nouns.ru.stop_words:
        return m.end()
    return end


_COMPOUND_GAP = re.compile(r"[ \u00a0\u202f]+$")


def joined_amounts(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "41 млрд 215,3 млн долларов": a bare amount in a larger scale right before one in a
    smaller scale with the unit is one amount (statistics write them so)."""
    out: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for figure in figures:
        at = sentence.find(figure.text, spans[-1][1] if spans and spans[-1][0] >= 0 else 0)
        spans.append((at, at + len(figure.text)) if at >= 0 else (-1, -1))
    skip = False
    for i, figure in enumerate(figures):
        if skip:
            skip = False
            continue
        following = figures[i + 1] if i + 1 < len(figures) else None
        if (
            following is not None
            and figure.unit is None
            and following.unit is not None
            and figure.value_max is None
            and following.value_max is None
            and spans[i][0] >= 0
            and spans[i + 1][0] > spans[i][1]
            and _COMPOUND_GAP.fullmatch(sentence[spans[i][1] : spans[i + 1][0]])
            and figure.value > following.value >= figure.value / 1000
        ):
            text = sentence[spans[i][0] : spans[i + 1][1]]
            value = figure.value + following.value
            out.append(Figure(text=text, value=value, unit=following.unit, sentence=sentence))
            skip = True
            continue
        out.append(figure)
    return out
