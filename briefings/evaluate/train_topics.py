"""Fit a per-topic word model on labelled folders and judge it leaving each folder out.

    python -m briefings.evaluate.train_topics FOLDER... --loso [--nested]
    python -m briefings.evaluate.train_topics FOLDER... --out model.yaml

Each FOLDER holds `gold.yaml` and `articles/`, as for `briefings eval`. Articles are loaded
through the product exactly as `briefings eval` loads them, so the model learns from the clean
text the runtime sees (title included) and from the topics the lexicon gives at ingest. A folder
whose header says its topics are not labelled (`NOT labelled: topics`) is skipped.

`--loso` prints, per combination of lexicon and model (`topic_learning.Combination`), per-topic
precision / recall / F1 and macro-F1 pooled over the held-out folders, the off-topic articles
given a topic, and macro-F1 per folder. With `--nested`, each held-out folder's thresholds come
from the other folders' own leave-one-out predictions (honest, slower); without it, from the
pooled out-of-fold predictions of all the others (faster, slightly optimistic).
`--lexicon-features` adds what the lexicon said (`lexicon_signals`) to the words.

`--out` writes the model fitted on every folder (words and numbers only, no article text) with
thresholds chosen on its leave-one-out predictions; `read_model` loads it back.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
import yaml

from briefings.errors import GoldFileError, TopicConfigError
from briefings.evaluate.corpus import ingest_labelled
from briefings.evaluate.gold import load_gold
from briefings.evaluate.topic_learning import (
    Combination,
    Flags,
    Matrix,
    choose,
    count,
    decide,
    design,
    fit,
    vocabulary,
)
from briefings.topics import TopicSet

STEM = 6
"""Words are cut to this many letters: a light stem for Russian cases and English endings."""
_WORD = re.compile(r"[^\W\d_]{3,}")
_SCORE_STEPS = (0.0, 1.0, 2.0, 4.0, 8.0)
"""`lexicon_signals` says a topic's lexicon score exceeds each of these."""
_UNLABELLED = re.compile(r"NOT labelled:[^\n]*\btopics\b")


def article_words(title: str, paragraphs: Sequence[str]) -> frozenset[str]:
    """The article's distinct light stems: lowercased letters-only words of three or more."""
    text = " ".join((title, *paragraphs)).casefold()
    return frozenset(word[:STEM] for word in _WORD.findall(text))


def lexicon_signals(topics: Sequence[str], scores: dict[str, float]) -> frozenset[str]:
    """What the lexicon said, as features beside the words (`--lexicon-features`).

    `@lexicon:ID` when the lexicon gave the topic, `@score:ID>N` for each step its score passes,
    so the model can learn how far to trust the lexicon. The `@` keeps them apart from words.
    """
    signals = {f"@lexicon:{topic_id}" for topic_id in topics}
    for topic_id, value in scores.items():
        signals.update(f"@score:{topic_id}>{step:g}" for step in _SCORE_STEPS if value > step)
    return frozenset(signals)


@dataclass(frozen=True)
class Example:
    """One labelled article as the model sees it."""

    group: str
    words: frozenset[str]
    gold: frozenset[str]
    lexicon: frozenset[str]
    signals: frozenset[str] = frozenset()
    content: str = ""
    """The article's content hash: the same article in two folders is one article."""

    def with_signals(self) -> Example:
        """The same article with the lexicon's signals among its features."""
        return replace(self, words=self.words | self.signals)


def load_examples(folder: Path, topics: TopicSet) -> list[Example]:
    """The labelled articles of `folder`, loaded as `briefings eval` loads them."""
    gold_path = folder / "gold.yaml"
    gold = load_gold(gold_path)
    if _UNLABELLED.search(gold_path.read_text(encoding="utf-8")):
        return []
    predicted, _ = ingest_labelled(gold, folder / "articles", topics=topics)
    examples = []
    for labelled in gold.articles:
        article = predicted.get(labelled.file)
        words = article_words(article.title, article.paragraphs) if article else frozenset()
        examples.append(
            Example(
                group=str(folder),
                words=words,
                gold=frozenset(labelled.topics),
                lexicon=frozenset(article.topics if article else ()),
                signals=lexicon_signals(article.topics, article.topic_scores)
                if article
                else frozenset(),
                content=article.content_hash if article else "",
            )
        )
    return examples


@dataclass(frozen=True)
class Arrays:
    """The examples as arrays, one column per topic."""

    groups: list[str]
    gold: Flags
    lexicon: Flags
    off_topic: Flags


def distinct(examples: Sequence[Example]) -> list[Example]:
    """The examples less repeats of an article already seen (in an earlier folder or the same).

    A set that repeats another's articles would put the held-out articles in the training folds.
    """
    seen: set[str] = set()
    kept = []
    for example in examples:
        if example.content and example.content in seen:
            continue
        seen.add(example.content)
        kept.append(example)
    return kept


def arrays(examples: Sequence[Example], topic_ids: Sequence[str]) -> Arrays:
    return Arrays(
        groups=[e.group for e in examples],
        gold=np.array([[t in e.gold for t in topic_ids] for e in examples], dtype=bool),
        lexicon=np.array([[t in e.lexicon for t in topic_ids] for e in examples], dtype=bool),
        off_topic=np.array([not e.gold for e in examples], dtype=bool),
    )


def _fit_predict(
    train: Sequence[Example], test: Sequence[Example], topic_ids: Sequence[str], l2: float
) -> Matrix:
    words = vocabulary([e.words for e in train], [e.group for e in train])
    data = arrays(train, topic_ids)
    model = fit(design([e.words for e in train], words), data.gold.astype(float), l2=l2)
    return model.probabilities(design([e.words for e in test], words))


def out_of_fold(examples: Sequence[Example], topic_ids: Sequence[str], l2: float) -> Matrix:
    """Each example's probabilities from a model fitted without its folder."""
    result = np.zeros((len(examples), len(topic_ids)))
    groups = np.array([e.group for e in examples])
    for group in dict.fromkeys(groups):
        held = groups == group
        train = [e for e, h in zip(examples, held, strict=True) if not h]
        test = [e for e, h in zip(examples, held, strict=True) if h]
        result[held] = _fit_predict(train, test, topic_ids, l2)
    return result


def _inner_out_of_fold(
    examples: Sequence[Example], topic_ids: Sequence[str], l2: float
) -> dict[str, Matrix]:
    """Per held-out folder, the other folders' own leave-one-out probabilities.

    One model fitted without folders A and B predicts B inside fold A and A inside fold B, so
    the nested predictions take one fit per pair of folders, not per ordered pair.
    """
    groups = np.array([e.group for e in examples])
    names = list(dict.fromkeys(e.group for e in examples))
    inner = {name: np.zeros((int((groups != name).sum()), len(topic_ids))) for name in names}
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            train = [e for e in examples if e.group not in (first, second)]
            pair = [e for e in examples if e.group in (first, second)]
            probabilities = _fit_predict(train, pair, topic_ids, l2)
            in_pair = np.array([e.group for e in pair])
            for held, other in ((first, second), (second, first)):
                rest = groups[groups != held]
                inner[held][rest == other] = probabilities[in_pair == other]
    return inner


def loso(
    examples: Sequence[Example], topic_ids: Sequence[str], *, nested: bool, l2: float
) -> dict[Combination, Flags]:
    """Every combination's decisions, each folder decided by a model and thresholds without it."""
    data = arrays(examples, topic_ids)
    outer = out_of_fold(examples, topic_ids, l2)
    groups = np.array(data.groups)
    inner = _inner_out_of_fold(examples, topic_ids, l2) if nested else {}
    decided = {c: np.zeros_like(data.lexicon) for c in Combination}
    for group in dict.fromkeys(data.groups):
        held = groups == group
        probabilities = inner[group] if nested else outer[~held]
        for combination in Combination:
            for k in range(len(topic_ids)):
                thresholds = choose(
                    combination,
                    data.lexicon[~held, k],
                    probabilities[:, k],
                    data.gold[~held, k],
                    data.off_topic[~held],
                )
                decided[combination][held, k] = decide(
                    combination, data.lexicon[held, k], outer[held, k], thresholds
                )
    return decided


def format_loso(
    decided: dict[Combination, Flags], data: Arrays, topic_ids: Sequence[str]
) -> list[str]:
    """Per combination: pooled per-topic P/R/F1, macro-F1, off-topic hits, macro-F1 per folder."""
    lines = []
    groups = np.array(data.groups)
    for combination, predicted in decided.items():
        scores = [count(predicted[:, k], data.gold[:, k]) for k in range(len(topic_ids))]
        macro = float(np.mean([s.f1 for s in scores]))
        hits = int((predicted.any(axis=1) & data.off_topic).sum())
        lines.append(
            f"{combination}: macro-F1 {macro:.3f}, off-topic given a topic {hits} of "
            f"{int(data.off_topic.sum())}"
        )
        for topic_id, s in zip(topic_ids, scores, strict=True):
            lines.append(
                f"  {topic_id}: P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}"
                f" (tp {s.tp} fp {s.fp} fn {s.fn})"
            )
        per_set = []
        for group in dict.fromkeys(data.groups):
            held = groups == group
            f1s = [
                count(predicted[held, k], data.gold[held, k]).f1
                for k in range(len(topic_ids))
                if (predicted[held, k] | data.gold[held, k]).any()
            ]
            per_set.append(f"{Path(group).name} {np.mean(f1s) if f1s else 1.0:.2f}")
        lines.append("  per set: " + ", ".join(per_set))
    return lines


@dataclass(frozen=True)
class TopicWeights:
    """One topic's model: a bias, word weights and the thresholds of each combination."""

    bias: float
    words: dict[str, float]
    high: float
    low: float

    def probability(self, words: frozenset[str]) -> float:
        total = self.bias + sum(self.words.get(word, 0.0) for word in words)
        return float(1.0 / (1.0 + np.exp(-total)))


def train(
    examples: Sequence[Example],
    topic_ids: Sequence[str],
    combination: Combination,
    *,
    l2: float,
) -> dict[str, TopicWeights]:
    """The model fitted on every example, with thresholds from its leave-one-out predictions."""
    data = arrays(examples, topic_ids)
    words = vocabulary([e.words for e in examples], data.groups)
    model = fit(design([e.words for e in examples], words), data.gold.astype(float), l2=l2)
    held_out = out_of_fold(examples, topic_ids, l2)
    result = {}
    for k, topic_id in enumerate(topic_ids):
        thresholds = choose(
            combination, data.lexicon[:, k], held_out[:, k], data.gold[:, k], data.off_topic
        )
        result[topic_id] = TopicWeights(
            bias=round(float(model.bias[k]), 4),
            words={
                w: round(float(v), 4)
                for w, v in zip(words, model.weights[:, k], strict=True)
                if abs(v) >= 1e-4
            },
            high=thresholds.high,
            low=thresholds.low,
        )
    return result


def write_model(model: dict[str, TopicWeights], path: Path, *, folders: int) -> None:
    """Numbers and single words only; the header says when and on how many folders."""
    body = {
        topic_id: {"bias": w.bias, "high": w.high, "low": w.low, "words": w.words}
        for topic_id, w in model.items()
    }
    header = f"# topic model trained {date.today().isoformat()} on {folders} labelled sets\n"
    path.write_text(header + yaml.safe_dump(body, allow_unicode=True, sort_keys=True), "utf-8")


def read_model(path: Path) -> dict[str, TopicWeights]:
    """A model written by `write_model`; anything else is a TopicConfigError naming the file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {
            str(topic_id): TopicWeights(
                bias=float(entry["bias"]),
                words={str(w): float(v) for w, v in entry["words"].items()},
                high=float(entry["high"]),
                low=float(entry["low"]),
            )
            for topic_id, entry in raw.items()
        }
    except (OSError, yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError) as exc:
        raise TopicConfigError(str(path), f"not a topic model: {exc}") from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefings.evaluate.train_topics")
    parser.add_argument("folders", nargs="+", type=Path, help="labelled folders (gold.yaml)")
    parser.add_argument("--loso", action="store_true", help="judge leaving each folder out")
    parser.add_argument("--nested", action="store_true", help="thresholds by nested LOSO")
    parser.add_argument("--out", type=Path, help="write the model fitted on every folder")
    parser.add_argument("--combination", type=Combination, default=Combination.ADDS)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--lexicon-features", action="store_true", help="the lexicon's decisions and scores too"
    )
    args = parser.parse_args(argv)
    topics = TopicSet.load()
    topic_ids = topics.ids
    examples: list[Example] = []
    try:
        for folder in args.folders:
            examples += load_examples(folder, topics)
    except GoldFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    loaded = len(examples)
    examples = distinct(examples)
    if args.lexicon_features:
        examples = [e.with_signals() for e in examples]
    print(f"{loaded - len(examples)} repeated articles left out")
    print(f"{len(examples)} labelled articles from {len({e.group for e in examples})} sets")
    if args.loso:
        decided = loso(examples, topic_ids, nested=args.nested, l2=args.l2)
        print("\n".join(format_loso(decided, arrays(examples, topic_ids), topic_ids)))
    if args.out is not None:
        model = train(examples, topic_ids, args.combination, l2=args.l2)
        write_model(model, args.out, folders=len({e.group for e in examples}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
