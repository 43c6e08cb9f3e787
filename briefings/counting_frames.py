"""Bare numbers that count what the sentence counts: "412 detainees, of whom 65 remain in
custody, including 21 …", "60 victims in 2011, compared to 19 in 2010", "Of those, 94 were
deminers", "making up 173 of the 2,904 victims", "погибли 3 человека и тяжело ранены 5".

A bare number with no unit is dropped by default: it may be a year, a rank, a code or a page.
The frame around it says it is a count: a cue pointing back to a count ("of whom", "из них"),
an inclusion or comparison after a count in the same sentence, a part of a larger number after
it ("N of the M"), or "and" with the counted noun left out at the end of a clause. The count
takes the unit of the one it refers to when the sentence has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from briefings.dates import MONTHS
from briefings.figure_lexicon import figure_lexicon
from briefings.figure_vocab import MONEY, UNITS
from briefings.models import Figure

_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_CONTEXT = 40  # characters before the number a cue may take
_CLAUSE_END = re.compile(r"\s*(?:[.;,!?)]|$)")
_MEASURES = frozenset({u for _, u in UNITS} | MONEY | {"mcm", "m3"})


class Framed(NamedTuple):
    unit: str | None  # what the count it refers to counts, when the sentence says


class _Cues(NamedTuple):
    anaphoric: tuple[str, ...]  # casefolded, one space between words
    comparative: tuple[str, ...]
    anaphoric_after: re.Pattern[str]
    partitive: re.Pattern[str]
    conjunctions: frozenset[str]
    not_linking: frozenset[str]  # prepositions and the like, ages
    linking_endings: tuple[str, ...]


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)  # "of whom" before "of"
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    frames = figure_lexicon().counting_frames
    return _Cues(
        # A leading space: the cue is a whole word at the end of the text before the number.
        anaphoric=tuple(" " + c.casefold() for c in frames.anaphoric),
        comparative=tuple(" " + c.casefold() for c in frames.comparative),
        anaphoric_after=re.compile(rf"\s+(?:{_alternation(frames.anaphoric)})(?!\w)", re.I),
        partitive=re.compile(
            rf"\s+(?:{_alternation(frames.partitive)})\s+(?:the\s+)?"
            r"(?P<n>\d{1,3}(?:[, \u00a0]\d{3})+|\d+)(?![\d.,]\d)",
            re.I,
        ),
        conjunctions=frozenset(c.casefold() for c in frames.conjunctions),
        not_linking=(
            figure_lexicon().counted_nouns.en.stop_words
            | figure_lexicon().counted_nouns.ru.stop_words
            | frames.age_words
        ),
        linking_endings=frames.linking_endings,
    )


def _is_count(figure: Figure) -> bool:
    return figure.unit is None or (figure.unit not in _MEASURES and " " not in figure.unit)


def _labelled(previous: str) -> bool:
    """'Article 5', 'page 3', 'Cobra Gold 23': a number after a label or a name is no count."""
    word = previous.rstrip(".")
    frames = figure_lexicon().counting_frames
    return bool(word) and (word[0].isupper() or word.casefold() in frames.label_words)


def framed_count(
    sentence: str, start: int, number: str, end: int, before: Sequence[Figure]
) -> Framed | None:
    """Whether the bare `number` (its figure starts at `start`, the digits end at `end`)
    counts in a frame, given the figures found before it in the sentence.

    Called on every bare number, so the text before it is read with string tests, not
    with a regex search tried at each of its characters.
    """
    if not number.isdigit() or int(number) < 2 or _YEAR.fullmatch(number):
        return None  # "including 1 child" says nothing a count needs
    cues = _cues()
    words = sentence[max(0, start - _CONTEXT) : start].replace(",", " ").split()
    tail = " " + " ".join(words).casefold()
    counts = [f for f in before if _is_count(f)]
    last_unit = counts[-1].unit if counts else None
    if tail.endswith(cues.anaphoric) or cues.anaphoric_after.match(sentence, end):
        return Framed(last_unit)
    if counts and tail.endswith(cues.comparative):
        return Framed(last_unit)
    if not words or _labelled(words[-1]):
        return None
    partitive = cues.partitive.match(sentence, end)
    if partitive is not None:
        whole = partitive.group("n")
        if not _YEAR.fullmatch(whole) and int(re.sub(r"\D", "", whole)) > int(number):
            return Framed(None)
    if last_unit is not None and _CLAUSE_END.match(sentence, end):
        # "… 3 человека и тяжело ранены 5.": "and", then at most two linking words.
        for i in reversed(range(max(0, len(words) - 3), len(words))):
            if words[i].casefold() in cues.conjunctions:
                linking = words[i + 1 :]
                if all(_linking(w, cues) for w in linking):
                    return Framed(last_unit)
                break
    return None


def _linking(word: str, cues: _Cues) -> bool:
    """A lowercase verb, participle or adverb ("тяжело ранены"), no noun, preposition or age."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith(cues.linking_endings)
        and word not in cues.not_linking
    )


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def in_a_name(sentence: str, start: int) -> bool:
    """Whether the digits at `start` are part of a name ("Harbour Shield 19 tests the crews",
    "the Iron Gate 7 Exercise drills", "Amber Line 2 water pipelines"): right after two
    title-case words (no function or calendar word, as in "On Tuesday 40 soldiers") or after a
    label ("set out in Article 4 principles"). A count of the words after them it is not."""
    if start < 1 or sentence[start - 1] != " ":
        return False
    words = sentence[max(0, start - 40) : start].split()
    if not words:
        return False
    frames = figure_lexicon().counting_frames
    last = words[-1]
    if last.casefold() in frames.label_words:
        return True
    if len(words) < 2 or not (_TITLE_WORD.fullmatch(words[-2]) and _TITLE_WORD.fullmatch(last)):
        return False
    stops = figure_lexicon().counted_nouns.en.stop_words | frames.calendar_words
    return not any(w.casefold() in stops or w.casefold() in MONTHS for w in words[-2:])


_LAST_WORD = re.compile(r"(\w+)\s+$")


def after_year_lead(sentence: str, start: int) -> bool:
    """Whether the word before `start` makes a year-like number there a year ("in 2022
    children made up a third"), even though a counted noun follows it."""
    last = _LAST_WORD.search(sentence, max(0, start - 12), start)
    leads = figure_lexicon().counted_nouns.en.year_leads
    return last is not None and last.group(1).casefold() in leads
