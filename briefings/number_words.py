"""What a number written in words counts: the noun right after it, or after a word or two
describing it ("nine heavy bombs", "two cluster bombs", "две новые группы", "четыре учебных
заведения", "три тысячи военных").

Digits are a figure by themselves; a number in words ("two", "три") is one only with the
thing it counts, so the noun decides. English counts a lowercase plural; Russian the first
noun after any plural adjectives, or the adjective itself when nothing follows it (a noun
made of one: "военных", "раненых"). Spans of time, "the two sides" and verbs count nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefings.figure_lexicon import figure_lexicon
from briefings.figure_vocab import WORD_VALUES

_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_MAX_WORDS = 3  # the noun and up to two words describing it


class Counted(NamedTuple):
    noun: str
    end: int  # offset in the sentence right after the noun


def counted_noun(sentence: str, at: int) -> Counted | None:
    """The thing counted by the number in words that ends at `at`, if it names one."""
    words: list[tuple[str, int]] = []
    pos = at
    while len(words) < _MAX_WORDS and (m := _WORD.match(sentence, pos)) is not None:
        words.append((m.group(1), m.end()))
        pos = m.end()
    if not words:
        return None
    if _CYRILLIC.match(words[0][0]):
        return _russian(words)
    return _english(words)


def _english(words: list[tuple[str, int]]) -> Counted | None:
    vocab = figure_lexicon().counted_nouns.en
    for word, end in words:
        if not word.islower() or word in vocab.stop_words:
            return None  # a name ("Two Exploded Ordnance Disposal teams") or no noun phrase
        if len(word) >= 4 and word.endswith("s") and not word.endswith(vocab.not_plural_endings):
            return None if word in vocab.not_counted else Counted(word, end)
    return None


def _russian(words: list[tuple[str, int]]) -> Counted | None:
    vocab = figure_lexicon().counted_nouns.ru
    for i, (word, end) in enumerate(words):
        if (
            not word.islower()
            or not _CYRILLIC.match(word)
            or word in vocab.stop_words
            or word in WORD_VALUES
            or word.endswith(vocab.verb_endings)
        ):
            return None
        following = words[i + 1][0] if i + 1 < len(words) else None
        if (
            word.endswith(vocab.adjective_endings)
            and following is not None
            and following.islower()
            and _CYRILLIC.match(following)
            and following not in vocab.stop_words
        ):
            continue  # "новые" in "две новые группы": the noun comes next
        if word in vocab.not_counted or len(word) < 3:
            return None
        if word.endswith(vocab.adjective_endings) and not word.endswith(vocab.substantive_endings):
            return None  # "два наиболее": no noun followed
        return Counted(word, end)
    return None
