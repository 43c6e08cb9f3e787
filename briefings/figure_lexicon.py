"""The tunable vocabulary of figures (`data/figures.yaml`) as one typed, frozen structure.

Units, the words a number in words may count and the cues of a counting frame are data, so
that tuning them is an edit of the YAML file; the file is parsed once per process and a
malformed one fails loudly with pydantic's message, since the shipped file is part of the code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UnitEntry(_Frozen):
    pattern: str  # a regular expression, matched case-insensitively after the number
    unit: str  # the canonical unit it stands for


class EnglishCounted(_Frozen):
    not_counted: frozenset[str]
    not_plural_endings: tuple[str, ...]
    stop_words: frozenset[str]
    counted_without_s: frozenset[str]
    year_leads: frozenset[str]
    s_words: frozenset[str]
    demonym_endings: tuple[str, ...]


class RussianCounted(_Frozen):
    not_counted: frozenset[str]
    adjective_endings: tuple[str, ...]
    substantive_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    stop_words: frozenset[str]


class CountedNouns(_Frozen):
    en: EnglishCounted
    ru: RussianCounted


class CountingFrames(_Frozen):
    anaphoric: tuple[str, ...]
    comparative: tuple[str, ...]
    partitive: tuple[str, ...]
    conjunctions: tuple[str, ...]
    label_words: frozenset[str]
    age_words: frozenset[str]
    calendar_words: frozenset[str]
    linking_endings: tuple[str, ...]


class GluedCurrency(_Frozen):
    prefix: str  # letters written right before the digits, case as written
    unit: str  # the ISO code the amount is in


class HyphenedUnit(_Frozen):
    stem: str  # the Russian adjective's stem after the hyphen, "километров" of "километровый"
    unit: str | None = None  # what the number measures; None for a bare scale
    scale: float = 1.0  # what the stem multiplies the number by ("миллионн": a million)


class FigureLexicon(_Frozen):
    units: tuple[UnitEntry, ...]
    counted_nouns: CountedNouns
    counting_frames: CountingFrames
    glued_currencies: tuple[GluedCurrency, ...]
    # Nouns whose length is the news ("a 30-day ceasefire", "the 44-day war"): a span of time
    # hyphened before one is a figure, though "a 10-year deal" is not.
    timed_nouns: tuple[str, ...] = ()
    # Russian adjectives a number is hyphened to ("40-километровый ров", "240-миллионного").
    hyphened_units: tuple[HyphenedUnit, ...] = ()


@lru_cache(maxsize=1)
def figure_lexicon() -> FigureLexicon:
    """The shipped figure vocabulary, parsed and validated once per process."""
    text = resources.files("briefings").joinpath("data/figures.yaml").read_text("utf-8")
    return FigureLexicon.model_validate(yaml.safe_load(text))
