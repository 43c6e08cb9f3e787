"""Find cue terms in text by word tokens, fast enough to score every sentence for every topic.

A regex alternation of a few hundred phrases costs about a millisecond per sentence in Python's
`re` (it tries each branch at each position); looking tokens up in dictionaries costs a few
microseconds. Term syntax (documented for admins in data/topics.yaml):

    gas                 the word; a Latin last word also matches its plural (gases)
    переговор*          any word starting with the stem
    peace treaty        consecutive words, separated by spaces or hyphens (peace-treaty)
    *                   any one word:  "resolution of the * conflict"
    газ|газа|газу       alternatives for one word (each may be a stem)
    re:cop\\d\\d        a regular expression that must match one whole (lower-cased) word
    U.S.                a dotted abbreviation: its letters joined by single dots in the text
                        (U.S., U.S.-Saudi); a final dot is optional. Text is tokenised on \\w+,
                        so "U.S." is the tokens "u" and "s", never the pronoun "us".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

_TOKEN = re.compile(r"\w+")
_JOINERS = " \t\n\r\u00a0-\u2010\u2011"  # spaces and hyphens may join the words of a phrase
# ... and an opening quotation mark before a word: a format or a group named in quotes is still
# one phrase with the word before it ("meetings in the «Vienna format»", "в «венском формате»").
_OPENING_QUOTES = '\u00ab\u201c\u201e\u2018"'
_MIN_STEM = 2
# Stems are bucketed by their first letters so a token is compared with few stems: three
# letters when the stem has them ("пос" for поставк*, not also посредничеств*), else two.
_BUCKET = 3


class CueSyntaxError(ValueError):
    """A cue term that cannot be understood."""


def normalise(text: str) -> str:
    """Case-folded, with 'ё' read as 'е' (Russian texts use both)."""
    return text.casefold().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class _Word:
    """What one token of a term accepts."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    wildcard: bool = False
    # joined to the word before by one dot, as the letters of "U.S." are (not by a space)
    dotted: bool = False
    # follows a dotted abbreviation, whose final dot may come before the space ("U.K. envoy")
    after_dot: bool = False

    def accepts(self, token: str) -> bool:
        return (
            self.wildcard
            or token in self.exact
            or any(token.startswith(p) for p in self.prefixes)
            or any(p.fullmatch(token) for p in self.patterns)
        )


def _parse_word(spec: str, last: bool, term: str) -> _Word:
    if spec == "*":
        return _Word(wildcard=True)
    if spec.startswith("re:"):
        try:
            return _Word(patterns=(re.compile(spec[3:]),))
        except re.error as exc:
            raise CueSyntaxError(f"{term!r}: bad regular expression ({exc})") from exc
    exact: set[str] = set()
    prefixes: list[str] = []
    for alternative in spec.split("|"):
        if alternative.endswith("*"):
            stem = normalise(alternative[:-1])
            if len(stem) < _MIN_STEM or not _TOKEN.fullmatch(stem):
                raise CueSyntaxError(f"{term!r}: a stem needs at least {_MIN_STEM} letters")
            prefixes.append(stem)
        else:
            word = normalise(alternative)
            if not _TOKEN.fullmatch(word):
                raise CueSyntaxError(f"{term!r}: {alternative!r} is not a word")
            exact.add(word)
            if last and word.isascii() and word[-1].isalpha():
                exact.update((word + "s", word + "es"))
    return _Word(frozenset(exact), tuple(prefixes))


def _parse_dotted(spec: str, term: str) -> list[_Word]:
    """The letters of a dotted abbreviation ("U.S."), each joined to the one before by a dot;
    no plural ("U.S.s" is no word)."""
    parts = spec.removesuffix(".").split(".")
    if len(parts) < 2 or any(not _TOKEN.fullmatch(part) for part in parts):
        raise CueSyntaxError(f"{term!r}: {spec!r} is not a dotted abbreviation such as 'U.S.'")
    return [_Word(frozenset({normalise(part)}), dotted=k > 0) for k, part in enumerate(parts)]


def parse_term(term: str) -> tuple[_Word, ...]:
    """The words of a term; hyphens inside a term separate words, as in text."""
    if term.startswith("re:"):
        return (_parse_word(term, True, term),)
    if any("|" in chunk and ("-" in chunk or "." in chunk) for chunk in term.split()):
        # "cease-fire|truce" would read as two words, "cease" then "fire|truce"
        raise CueSyntaxError(
            f"{term!r}: a hyphenated or dotted word cannot be one of '|' alternatives"
        )
    specs = [s for s in re.split(r"[\s\-]+", term.strip()) if s]
    if not specs:
        raise CueSyntaxError("empty cue term")
    words: list[_Word] = []
    for i, spec in enumerate(specs):
        if "." in spec:
            words.extend(_parse_dotted(spec, term))
            continue
        word = _parse_word(spec, i == len(specs) - 1, term)
        words.append(replace(word, after_dot=True) if words and words[-1].dotted else word)
    return tuple(words)


class Match(NamedTuple):
    """Term number `term` covers tokens start..end-1 of the text."""

    term: int
    start: int
    end: int


@dataclass(slots=True)
class CueIndex:
    """Many terms, indexed by their first word so each token costs a few dict lookups."""

    terms: Sequence[tuple[_Word, ...]]
    _exact: dict[str, list[int]] = field(default_factory=dict)
    _prefix: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    _scan: list[tuple[re.Pattern[str], int]] = field(default_factory=list)
    # Phrases whose first two words are plain words, keyed by both: "in power" is not tried
    # at every "in".
    _pairs: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, terms: Iterable[str]) -> CueIndex:
        index = cls([parse_term(t) for t in terms])
        for number, words in enumerate(index.terms):
            first = words[0]
            if first.wildcard:
                raise CueSyntaxError("a cue term cannot start with '*'")
            if len(words) > 1 and _plain(first) and _plain(words[1]) and not words[1].dotted:
                for form in first.exact:
                    for second in words[1].exact:
                        index._pairs.setdefault((form, second), []).append(number)
                continue
            for form in first.exact:
                index._exact.setdefault(form, []).append(number)
            for stem in first.prefixes:
                index._prefix.setdefault(stem[:_BUCKET], []).append((stem, number))
            index._scan.extend((pattern, number) for pattern in first.patterns)
        return index

    def find(self, text: str) -> list[Match]:
        """Every occurrence of every term (overlaps included), in token positions.

        Set intersections (in C) pick the few tokens worth a closer look; the Python loop
        then only touches those.
        """
        lowered = normalise(text)
        tokens = _TOKEN.findall(lowered)
        if not tokens:
            return []
        exact_hits = self._exact.keys() & tokens
        short = [token[:_MIN_STEM] for token in tokens]
        long = [token[:_BUCKET] for token in tokens]
        stem_hits = self._prefix.keys() & (set(long) | set(short))
        pair_hits = self._pairs.keys() & set(pairwise(tokens))
        if not (exact_hits or stem_hits or pair_hits or self._scan):
            return []
        # gaps[i] is the text before token i; a phrase may continue across spaces/hyphens only.
        gaps = _TOKEN.split(lowered)
        starts: list[tuple[int, int]] = []
        if exact_hits:
            for i, token in enumerate(tokens):
                if token in exact_hits:
                    starts.extend((i, number) for number in self._exact[token])
        if stem_hits:
            for i, token in enumerate(tokens):
                keys = (long[i],) if long[i] == short[i] else (long[i], short[i])
                for key in keys:
                    if key in stem_hits:
                        starts.extend(
                            (i, number)
                            for stem, number in self._prefix[key]
                            if token.startswith(stem)
                        )
        if pair_hits:
            for i, pair in enumerate(pairwise(tokens)):
                if pair in pair_hits and _joins(gaps[i + 1]):
                    starts.extend((i, number) for number in self._pairs[pair])
        for pattern, number in self._scan:
            starts.extend((i, number) for i, token in enumerate(tokens) if pattern.fullmatch(token))
        found: list[Match] = []
        for i, number in starts:
            words = self.terms[number]
            end = i + len(words)
            if end == i + 1 or (end <= len(tokens) and _continues(words, tokens, gaps, i)):
                found.append(Match(number, i, end))
        return found


def _joins(gap: str) -> bool:
    """Two words with only spaces or hyphens between them, the second perhaps opening a
    quotation, can belong to one phrase."""
    return bool(gap) and not gap.rstrip(_OPENING_QUOTES).strip(_JOINERS)


def _plain(word: _Word) -> bool:
    """A word given only as exact forms (no stem, pattern or wildcard)."""
    return bool(word.exact) and not (word.prefixes or word.patterns or word.wildcard)


def _continues(words: tuple[_Word, ...], tokens: list[str], gaps: list[str], i: int) -> bool:
    """The rest of a phrase matches the tokens after position i, joined as the term says."""
    return all(
        _joined(words[k], gaps[i + k]) and words[k].accepts(tokens[i + k])
        for k in range(1, len(words))
    )


def _joined(word: _Word, gap: str) -> bool:
    """The gap before `word` joins it to the word before: a dot inside an abbreviation, else
    spaces or hyphens (after an abbreviation's final dot: "U.K. envoy")."""
    if word.dotted:
        return gap == "."
    if word.after_dot and gap.startswith("."):
        gap = gap[1:]
    return _joins(gap)


REPEAT_FACTOR = 0.5


def cover(matches: Iterable[tuple[Match, float]]) -> list[tuple[Match, float]]:
    """A leftmost-longest, non-overlapping selection of matches.

    "Southern Gas Corridor" is selected, not also the "gas" inside it.
    """
    ordered = sorted(matches, key=lambda mw: (mw[0].start, mw[0].start - mw[0].end))
    reached = -1
    chosen: list[tuple[Match, float]] = []
    for match, weight in ordered:
        if match.start < reached:
            continue
        reached = match.end
        chosen.append((match, weight))
    return chosen


def best_cover(matches: Iterable[tuple[Match, float]]) -> float:
    """Sum of term weights over `cover(matches)`.

    A term's second occurrence adds half its weight ("security ... European security");
    further ones add nothing.
    """
    seen: dict[int, int] = {}
    total = 0.0
    for match, weight in cover(matches):
        count = seen.get(match.term, 0)
        seen[match.term] = count + 1
        if count == 0:
            total += weight
        elif count == 1:
            total += weight * REPEAT_FACTOR
    return total
