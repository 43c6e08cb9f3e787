"""A per-topic linear model over an article's words, and the rules that combine it with the lexicon.

Training only (numpy is a development dependency): fitted weights are plain numbers, so a model
that earned its place could be applied at run time as a dict lookup and a sum. Everything here
works on arrays built by `train_topics` from labelled folders; nothing reads files.

The combinations compared leaving each set out (`Combination`): the lexicon alone, the model
alone, the model only adding topics, the model only vetoing the lexicon's, and both. Thresholds
are chosen on predictions for articles the model was not fitted on, never on fitted ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]

MIN_ARTICLES = 5
"""A word is a feature only if this many articles hold it ..."""
MIN_SETS = 3
"""... from this many labelled sets: names and one story's words drop out."""
MAX_WORDS = 3000
TARGET_PRECISION = 0.9
_NEVER = 2.0  # a probability threshold no article reaches
_ALWAYS = -1.0  # one every article passes
_GRID = tuple(round(0.02 * step, 2) for step in range(1, 50))


class Combination(StrEnum):
    """How the model's probability and the lexicon's decision make the article's topics."""

    LEXICON = "lexicon"
    MODEL = "model"
    ADDS = "lexicon-or-model"
    VETOES = "lexicon-unless-model-low"
    BOTH = "both"


@dataclass(frozen=True)
class Thresholds:
    """`high`: the model alone gives the topic; `low`: below it the model takes it away."""

    high: float = _NEVER
    low: float = _ALWAYS


def vocabulary(
    documents: Sequence[frozenset[str]],
    groups: Sequence[str],
    *,
    min_articles: int = MIN_ARTICLES,
    min_sets: int = MIN_SETS,
    limit: int = MAX_WORDS,
) -> list[str]:
    """Words common enough across sets to mean the same in the next one, most frequent first."""
    count: dict[str, int] = {}
    where: dict[str, set[str]] = {}
    for words, group in zip(documents, groups, strict=True):
        for word in words:
            count[word] = count.get(word, 0) + 1
            where.setdefault(word, set()).add(group)
    kept = [w for w, n in count.items() if n >= min_articles and len(where[w]) >= min_sets]
    kept.sort(key=lambda w: (-count[w], w))
    return kept[:limit]


@dataclass(frozen=True)
class Binary:
    """A 0/1 article-by-word matrix kept as the positions of its ones (about 3% are ones)."""

    rows: int
    width: int
    row_of: npt.NDArray[np.intp]
    column_of: npt.NDArray[np.intp]

    @cached_property
    def _by_column(self) -> npt.NDArray[np.intp]:
        return np.argsort(self.column_of, kind="stable")

    def times(self, weights: Matrix) -> Matrix:
        """self @ weights, for weights of shape (width, topics)."""
        return _segment_sums(weights[self.column_of], self.row_of, self.rows)

    def transposed_times(self, values: Matrix) -> Matrix:
        """self.T @ values, for values of shape (rows, topics)."""
        order = self._by_column
        return _segment_sums(values[self.row_of[order]], self.column_of[order], self.width)


def _segment_sums(values: Matrix, keys: npt.NDArray[np.intp], size: int) -> Matrix:
    """Sums of `values` rows per key (keys ascending), zero for keys that never occur."""
    result = np.zeros((size, values.shape[1]))
    if len(keys):
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        result[keys[starts]] = np.add.reduceat(values, starts, axis=0)
    return result


def design(documents: Sequence[frozenset[str]], words: Sequence[str]) -> Binary:
    """One row per article: a one where the article holds the word."""
    column = {word: j for j, word in enumerate(words)}
    rows: list[int] = []
    columns: list[int] = []
    for row, document in enumerate(documents):
        for word in document:
            j = column.get(word)
            if j is not None:
                rows.append(row)
                columns.append(j)
    return Binary(
        len(documents), len(words), np.array(rows, dtype=np.intp), np.array(columns, dtype=np.intp)
    )


@dataclass(frozen=True)
class LinearModel:
    """Per-topic logistic regression: `weights` is features x topics."""

    weights: Matrix
    bias: npt.NDArray[np.float64]

    def probabilities(self, features: Binary) -> Matrix:
        return _sigmoid(features.times(self.weights) + self.bias)


def fit(
    features: Binary, labels: Matrix, *, l2: float = 1.0, steps: int = 300, rate: float = 0.05
) -> LinearModel:
    """L2-penalised logistic regression per topic (column of `labels`), fitted with Adam.

    Adam on the full batch: deterministic, and a few hundred steps on a thousand articles take a
    fraction of a second, which leaving each set out (and again inside each fold) needs.
    """
    rows, width = features.rows, features.width
    weights = np.zeros((width, labels.shape[1]))
    bias = np.zeros(labels.shape[1])
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias)]
    moments.append(np.zeros_like(bias))
    for step in range(1, steps + 1):
        error = _sigmoid(features.times(weights) + bias) - labels
        grad_w = (features.transposed_times(error) + l2 * weights) / rows
        grad_b = error.mean(axis=0)
        for grad, first, second, value in (
            (grad_w, 0, 1, weights),
            (grad_b, 2, 3, bias),
        ):
            moments[first] = 0.9 * moments[first] + 0.1 * grad
            moments[second] = 0.999 * moments[second] + 0.001 * grad * grad
            mean = moments[first] / (1 - 0.9**step)
            spread = moments[second] / (1 - 0.999**step)
            value -= rate * mean / (np.sqrt(spread) + 1e-8)
    return LinearModel(weights, bias)


def _sigmoid(values: Matrix) -> Matrix:
    result: Matrix = 1.0 / (1.0 + np.exp(-np.clip(values, -40.0, 40.0)))
    return result


def decide(
    combination: Combination, lexicon: Flags, probability: Matrix, thresholds: Thresholds
) -> Flags:
    """The topic decision of `combination` for one topic's column of articles."""
    high = probability >= thresholds.high
    kept = lexicon & ~(probability < thresholds.low)
    if combination is Combination.LEXICON:
        return lexicon.copy()
    if combination is Combination.MODEL:
        return high
    if combination is Combination.ADDS:
        return lexicon | high
    if combination is Combination.VETOES:
        return kept
    return kept | high


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def count(predicted: Flags, gold: Flags) -> Score:
    return Score(
        tp=int((predicted & gold).sum()),
        fp=int((predicted & ~gold).sum()),
        fn=int((~predicted & gold).sum()),
    )


def _candidates(combination: Combination) -> list[Thresholds]:
    highs = [Thresholds(high=t) for t in _GRID]
    lows = [Thresholds(low=t) for t in _GRID if t <= 0.5]
    if combination is Combination.MODEL:
        return highs
    if combination is Combination.ADDS:
        return [Thresholds(), *highs]
    if combination is Combination.VETOES:
        return [Thresholds(), *lows]
    if combination is Combination.BOTH:
        return [
            Thresholds(high=h.high, low=lo.low)
            for h in [Thresholds(), *highs]
            if h.high >= 0.3
            for lo in [Thresholds(), *lows]
        ]
    return [Thresholds()]


def choose(
    combination: Combination,
    lexicon: Flags,
    probability: Matrix,
    gold: Flags,
    off_topic: Flags,
) -> Thresholds:
    """The thresholds with the best F1 whose precision holds and that tag no off-topic article.

    `probability` must come from models that did not see these articles. Precision must reach
    TARGET_PRECISION, or the lexicon's own where that is lower; an off-topic article the
    lexicon leaves alone must stay alone. Ties keep the more cautious (earlier) candidate.
    """
    floor = min(TARGET_PRECISION, count(lexicon, gold).precision) - 1e-9
    best: tuple[float, Thresholds] | None = None
    for thresholds in _candidates(combination):
        predicted = decide(combination, lexicon, probability, thresholds)
        if (predicted & off_topic & ~lexicon).any():
            continue
        score = count(predicted, gold)
        if score.precision < floor:
            continue
        if best is None or score.f1 > best[0] + 1e-9:
            best = (score.f1, thresholds)
    if best is None:
        return Thresholds(high=_NEVER) if combination is Combination.MODEL else Thresholds()
    return best[1]


__all__ = [
    "MAX_WORDS",
    "MIN_ARTICLES",
    "MIN_SETS",
    "TARGET_PRECISION",
    "Binary",
    "Combination",
    "LinearModel",
    "Score",
    "Thresholds",
    "choose",
    "count",
    "decide",
    "design",
    "fit",
    "vocabulary",
]
