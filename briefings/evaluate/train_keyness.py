"""Fitting the key-sentence model (`digest.keyness`) on labelled folders, judged set by set.

The training table is what the digest itself sees: every sentence a brief on a topic could
show (`profile.candidate_facts`, the package's own sentence split and facts) of every labelled
article, for each of its gold topics; a sentence is a key when it carries one of the article's
key sentences for the topic by the benchmark's rule (KEY_WORD_SHARE of its words). The
weights are a logistic regression with an L2 penalty (the bias is not penalised), fitted by
Newton's method. A fit is judged leaving each labelled folder out in turn (fit on the others,
score the one left out), as a rule tuned on one set of articles rarely moves the next:

- the proxy: the share of (article, topic) pairs whose most likely sentence is a key;
- the briefs (`--briefs`): each held-out folder's briefs built with the weights fitted on the
  other folders, keys carried pooled over the folders (`benchmark.evaluate_briefs`).

numpy is a development dependency: the digest reads the fitted numbers, never numpy.

    python -m briefings.evaluate.train_keyness FOLDER... [--l2 1] [--loso] [--briefs]
                                                          [--write PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
import tempfile
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefings.config import CoreSettings
from briefings.digest import keyness
from briefings.digest.benchmark import key_carried, words
from briefings.digest.keyness import KeyWeights, SentenceFacts, features, key_probability
from briefings.digest.profile import candidate_facts
from briefings.digest.spans import is_furniture
from briefings.errors import SourceRejected
from briefings.evaluate.gold import load_gold
from briefings.models import Article
from briefings.topics import TopicSet

NEWTON_STEPS = 50
DEFAULT_L2 = 1.0
#: Weights are shipped rounded: the data supports no finer.
DECIMALS = 2


@dataclass(frozen=True, slots=True)
class Row:
    """One sentence a brief on `topic` could show, and whether it carries a labelled key."""

    group: str  # the labelled folder it comes from (left out together)
    file: str
    topic: str
    paragraph: int
    index: int
    facts: SentenceFacts
    key: bool
    text: str = ""


def labelled_articles(
    folder: Path, topics: TopicSet | None = None
) -> Iterator[tuple[str, Article, dict[str, list[str]]]]:
    """(file, article as the package extracts it, its labelled keys per topic) of a folder.

    A folder holds `gold.yaml` and `articles/`. Every labelled article counts, on the topics
    the package files it under: a topic it is filed under wrongly, or one without keys, offers
    only sentences that are not keys, as in a brief. A folder labelling no keys is left out.
    """
    from briefings.service import BriefingService
    from briefings.store import Store

    gold = load_gold(folder / "gold.yaml")
    if not any(any(a.key_sentences.values()) for a in gold.articles):
        return
    corpus = folder / "articles"
    with tempfile.TemporaryDirectory(prefix="briefings-keyness-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'train.db'}"
        settings = CoreSettings().model_copy(
            update={"data_dir": Path(scratch), "database_url": url}
        )
        service = BriefingService(settings, store=Store(url), topics=topics)
        try:
            found: dict[str, Article] = {}
            for name in dict.fromkeys(a.file.split("#", 1)[0] for a in gold.articles):
                try:
                    results = service.ingest_path(corpus / name)
                except SourceRejected:
                    continue
                for result in results:
                    _, hash_mark, number = result.source_name.rpartition("#")
                    found[f"{name}#{number}" if hash_mark else name] = result.article
                if len(results) == 1:
                    found[name] = results[0].article
            for labelled in gold.articles:
                article = found.get(labelled.file)
                if article is not None:
                    yield labelled.file, article, dict(labelled.key_sentences)
        finally:
            service.close()


def table(folder: Path, topics: TopicSet | None = None) -> list[Row]:
    """The training rows of one labelled folder (see the module docstring)."""
    chosen = topics if topics is not None else TopicSet.load(CoreSettings().topics_file)
    rows: list[Row] = []
    for file, article, keys in labelled_articles(folder, chosen):
        sentences = chosen.article_sentences(article)
        for topic_id in article.topics:
            if topic_id not in chosen.ids:
                continue
            wanted = keys.get(topic_id, [])
            for p, i, facts in candidate_facts(article, chosen.get(topic_id), chosen, sentences):
                sentence = sentences[p][i]
                if is_furniture(sentence):
                    continue
                line = [set(words(sentence))]
                carries = any(key_carried(key, line) for key in wanted)
                rows.append(Row(folder.name, file, topic_id, p, i, facts, carries, sentence))
    return rows


# -- fitting ---------------------------------------------------------------------------------


def fit(
    rows: Sequence[Row],
    l2: float = DEFAULT_L2,
    *,
    without: Collection[str] = (),
    toward: KeyWeights | None = None,
    only: Collection[str] = (),
) -> KeyWeights:
    """Logistic regression of `key` on the model's features, L2-penalised (bias excepted).

    Weights named in `without` stay 0 (a feature left out). The penalty pulls the weights
    towards `toward` (default: zero), so a large `l2` keeps them near weights known to work.
    With `only`, just those weights are fitted; the others keep `toward`'s values.
    """
    import numpy as np

    names = [f.name for f in dataclasses.fields(KeyWeights)]
    start = np.array(dataclasses.astuple(toward) if toward else [0.0] * len(names))
    every = np.array([features(r.facts) for r in rows], dtype=float)
    used = [k for k, name in enumerate(names) if name not in without]
    held = [k for k in used if only and names[k] not in only]
    used = [k for k in used if k not in held]
    offset = every[:, held] @ start[held]
    x = every[:, used]
    y = np.array([r.key for r in rows], dtype=float)
    centre = start[used] if toward else np.zeros(len(used))
    penalty = np.array([0.0 if names[k] == "bias" else l2 for k in used])
    w = centre.copy()
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        gradient = x.T @ (p - y) + penalty * (w - centre)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    values = [0.0] * len(names)
    for k in held:
        values[k] = float(start[k])
    for k, v in zip(used, w, strict=True):
        values[k] = round(float(v), DECIMALS)
    return KeyWeights(*values)


def log_loss(rows: Sequence[Row], weights: KeyWeights) -> float:
    """Mean negative log-likelihood of the labels under the weights."""
    total = 0.0
    for row in rows:
        p = min(max(key_probability(row.facts, weights), 1e-12), 1 - 1e-12)
        total -= math.log(p if row.key else 1 - p)
    return total / len(rows) if rows else 0.0


def top_hits(rows: Sequence[Row], weights: KeyWeights) -> tuple[int, int]:
    """(pairs whose most likely sentence is a key, (article, topic) pairs with a key)."""
    best: dict[tuple[str, str], tuple[float, int, int, bool]] = {}
    keyed: set[tuple[str, str]] = set()
    for row in rows:
        pair = (row.file, row.topic)
        if row.key:
            keyed.add(pair)
        entry = (-key_probability(row.facts, weights), row.paragraph, row.index, row.key)
        if pair not in best or entry < best[pair]:
            best[pair] = entry
    return sum(best[pair][3] for pair in keyed), len(keyed)


def groups(rows: Sequence[Row]) -> list[str]:
    return list(dict.fromkeys(row.group for row in rows))


def loso(rows: Sequence[Row], l2: float = DEFAULT_L2, **options: Any) -> dict[str, KeyWeights]:
    """Per labelled folder, the weights fitted on all the other folders (`fit`'s options)."""
    return {g: fit([r for r in rows if r.group != g], l2, **options) for g in groups(rows)}


# -- weights as data -------------------------------------------------------------------------


def write_weights(weights: KeyWeights, path: Path) -> None:
    """Write the weights in the shape `load_weights` reads."""
    text = yaml.safe_dump({"weights": dataclasses.asdict(weights)}, sort_keys=False)
    path.write_text(text, "utf-8")


def load_weights(path: Path) -> KeyWeights:
    """Weights as `write_weights` writes them (`weights:` with every field named)."""
    raw = yaml.safe_load(path.read_text("utf-8"))
    given = raw.get("weights") if isinstance(raw, dict) else None
    names = [f.name for f in dataclasses.fields(KeyWeights)]
    if not isinstance(given, dict) or set(given) != set(names):
        missing = sorted(set(names) - set(given or {}))
        raise ValueError(f"{path}: `weights` must name exactly {names}; missing {missing}")
    return KeyWeights(**{name: float(given[name]) for name in names})


# -- the command -----------------------------------------------------------------------------


def _brief_keys(folder: Path, weights: KeyWeights) -> tuple[int, int]:
    """(keys carried, keys) by the folder's briefs built with `weights`."""
    from briefings.digest.benchmark import evaluate_briefs

    shipped = keyness.WEIGHTS
    keyness.WEIGHTS = weights  # profiles are computed at ingest, into a scratch store
    try:
        report = evaluate_briefs(folder / "gold.yaml", folder / "articles")
    finally:
        keyness.WEIGHTS = shipped
    pooled = report.pooled_score("ours")
    return round(pooled.found), pooled.total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "folders", nargs="+", type=Path, help="labelled folders (gold.yaml + articles/)"
    )
    parser.add_argument("--l2", type=float, default=DEFAULT_L2)
    parser.add_argument("--loso", action="store_true", help="judge leaving each folder out")
    parser.add_argument("--briefs", action="store_true", help="with --loso: on the briefs too")
    parser.add_argument("--shipped", action="store_true", help="judge the shipped weights instead")
    parser.add_argument("--without", action="append", default=[], help="leave a feature out")
    parser.add_argument(
        "--toward-shipped", action="store_true", help="pull the weights towards the shipped ones"
    )
    parser.add_argument("--only", action="append", default=[], help="fit only these weights")
    parser.add_argument("--write", type=Path, help="write the weights fitted on every folder")
    args = parser.parse_args(argv)
    rows = [row for folder in args.folders for row in table(folder)]
    by_name = {folder.name: folder for folder in args.folders}
    print(f"{len(rows)} sentences, {sum(r.key for r in rows)} carry a key")
    options: dict[str, Any] = {"without": args.without, "only": args.only}
    if args.toward_shipped:
        options["toward"] = keyness.WEIGHTS
    if args.loso:
        fitted = loso(rows, args.l2, **options)
        hits = pairs = found = total = 0
        for group, weights in fitted.items():
            chosen = keyness.WEIGHTS if args.shipped else weights
            held = [r for r in rows if r.group == group]
            h, n = top_hits(held, chosen)
            hits, pairs = hits + h, pairs + n
            line = f"{group:12} top-1 {h:4}/{n:<4} loss {log_loss(held, chosen):.4f}"
            if args.briefs:
                f, t = _brief_keys(by_name[group], chosen)
                found, total = found + f, total + t
                line += f"  briefs {f:4}/{t}"
            print(line, flush=True)
        summary = f"pooled       top-1 {hits:4}/{pairs:<4}"
        if args.briefs:
            summary += f"  briefs {found}/{total}"
        print(summary)
    weights = fit(rows, args.l2, **options)
    print(weights)
    if args.write:
        write_weights(weights, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
