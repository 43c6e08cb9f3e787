"""What a number written in words counts: the noun right after it, or after a word or two
describing it ("nine heavy bombs", "two cluster bombs", "две новые группы", "четыре учебных
заведения", "три тысячи военных").

Digits are a figure by themselves; a number in words ("two", "три") is one only with the
thing it counts, so the noun decides. English counts a lowercase plural; Russian the first
noun after any plural adjectives, or the adjective itself when nothing follows it (a noun
made of one: "военных", "раненых"). Spans of time, "the two sides" and verbs count nothing.

Names may describe what English counts ("three new Baltic patrol boats", "Five Rafale F4
jets"), and after a lowercase number a capitalised plural is the thing counted
("four Hornets"). A capitalised number before a run of capitalised words is part of a name
("Three Gorges Dam", "Seven Network", "Two Exploded Ordnance Disposal teams") and counts
nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefings.figure_lexicon import figure_lexicon
from briefings.figure_vocab import WORD_VALUES

# A word, or a model's designation with digits in it ("30-MKI"); bare digits end the phrase.
_WORD = re.compile(r"[ \t\u00a0]+([^\W_][\w'’-]*)")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_MAX_WORDS = 3  # Russian: the noun and up to two words describing it
_MAX_WORDS_EN = 4  # English: up to three ("three new Baltic patrol boats")


class Counted(NamedTuple):
    noun: str
    end: int  # offset in the sentence right after the noun


def counted_noun(sentence: str, at: int) -> Counted | None:
    """The thing counted by the number in words that ends at `at`, if it names one."""
    words: list[tuple[str, int]] = []
    pos = at
    while len(words) < _MAX_WORDS_EN and (m := _WORD.match(sentence, pos)) is not None:
        if m.group(1).isdigit():
            break  # "two 500-pound bombs" is read from its digits
        words.append((m.group(1), m.end()))
        pos = m.end()
    if not words:
        return None
    if _CYRILLIC.match(words[0][0]):
        return _russian(words[:_MAX_WORDS])
    number = sentence[max(0, at - 12) : at].split()
    return _english(words, lowercase=bool(number) and number[-1].islower())


def _english(words: list[tuple[str, int]], *, lowercase: bool) -> Counted | None:
    """The plural the number counts; `lowercase` says the number itself was written so."""
    vocab = figure_lexicon().counted_nouns.en
    named: list[
        str
    ] = []  # capitalised words before the noun: a name describing it, or the name itself
    for word, end in words:
        if word.casefold() in vocab.stop_words:
            return None  # no noun phrase ("two of the", "nine were killed")
        plural = (
            len(word) >= 4 and word.endswith("s") and not word.endswith(vocab.not_plural_endings)
        )
        if plural and word.casefold() in vocab.not_counted:
            return None  # "two years", "the two sides"
        if word.islower():
            if not plural:
                continue  # a word describing the noun ("nine heavy bombs")
            if named and not lowercase and all(map(_titled, named)) and not _demonym(named):
                return None  # "Two Exploded Ordnance Disposal teams": a name's number
            return Counted(word, end)
        if plural and lowercase and _titled(word):
            return Counted(word, end)  # "four Hornets", "two Flood Warning Training Centres"
        if word.endswith("s") or not (word[0].isupper() or word[0].isdigit()):
            return None  # "Three Gorges", "Five Eyes": a name, not a count
        named.append(word)
    return None


def _demonym(named: list[str]) -> bool:
    """'Two Indian soldiers', 'Three Thai workers': one word saying where they are from."""
    endings = figure_lexicon().counted_nouns.en.demonym_endings
    return len(named) == 1 and named[0].endswith(endings)


def _titled(word: str) -> bool:
    """'Baltic', 'Hornets': a capital and lowercase letters after it (no model's 'F4')."""
    return word[0].isupper() and word[1:].islower() if len(word) > 1 else word.isupper()


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
