"""Fitting the key-sentence model: the training table, the fit, and the weights as data."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from briefings.digest.keyness import KeyWeights, SentenceFacts, key_probability
from briefings.evaluate.train_keyness import (
    Row,
    fit,
    load_weights,
    loso,
    table,
    top_hits,
    write_weights,
)

pytest.importorskip("numpy")

PLAIN = SentenceFacts(
    position=-1, relevance=2.0, relevant=True, figures=0, echo=0.0, topics=1, question=False
)

ARTICLE = """\
Veloran Gas doubles pipeline exports to Europe

The Veloran Gas Company said on Monday that it would double gas exports through its \
pipeline to Europe by 2028.

The expansion adds 10 billion cubic meters of annual gas capacity to the pipeline, the \
company said.

Veloran's chief engineer Marta Dellis said the new gas compressor stations for the \
pipeline would be built by local firms.
"""

GOLD = """\
articles:
  - file: 001_veloran.txt
    topics: [energy]
    key_sentences:
      energy: ["The expansion adds 10 billion cubic meters of annual gas capacity"]
"""


def _row(group: str, key: bool, **facts: object) -> Row:
    return Row(group, f"{group}.txt", "energy", 0, 0, dataclasses.replace(PLAIN, **facts), key)  # type: ignore[arg-type]


def test_the_table_marks_the_sentences_carrying_a_key(tmp_path: Path) -> None:
    """Every sentence the digest could show is a row; the one carrying the key is marked."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "001_veloran.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD, "utf-8")
    rows = table(tmp_path)
    assert len(rows) >= 2
    assert {r.group for r in rows} == {tmp_path.name}
    keyed = [r for r in rows if r.key]
    assert [r.text[:18] for r in keyed] == ["The expansion adds"]
    assert keyed[0].facts.figures > 0


def test_a_separable_toy_problem_is_fitted_the_right_way_round() -> None:
    """Keys are exactly the leads: the fit ranks every lead above every other sentence."""
    rows = [_row(g, True, position=0) for g in "ab" for _ in range(6)]
    rows += [_row(g, False, position=-1, figures=n % 2) for g in "ab" for n in range(18)]
    weights = fit(rows, l2=0.1)
    assert weights.lead > 0
    keys = [key_probability(r.facts, weights) for r in rows if r.key]
    others = [key_probability(r.facts, weights) for r in rows if not r.key]
    assert min(keys) > 0.5 > max(others)
    assert top_hits(rows, weights) == (2, 2)  # each (article, topic) pair's likeliest is a key
    assert set(loso(rows, l2=0.1)) == {"a", "b"}


def test_top_hits_counts_pairs_whose_likeliest_sentence_is_a_key() -> None:
    """Per (article, topic), only its most likely sentence counts."""
    lead = dataclasses.replace(PLAIN, position=0)
    rows = [
        Row("a", "x.txt", "energy", 0, 0, lead, False),
        Row("a", "x.txt", "energy", 1, 0, PLAIN, True),
        Row("a", "y.txt", "energy", 0, 0, lead, True),
        Row("a", "y.txt", "energy", 1, 0, PLAIN, False),
    ]
    weights = KeyWeights()
    assert key_probability(lead, weights) > key_probability(PLAIN, weights)
    assert top_hits(rows, weights) == (1, 2)


def test_written_weights_load_back(tmp_path: Path) -> None:
    """The weights a fit writes are the weights the digest loads."""
    rows = [_row("a", n % 3 == 0, position=n % 4 - 1, figures=n % 2) for n in range(40)]
    weights = fit(rows)
    path = tmp_path / "keyness.yaml"
    write_weights(weights, path)
    assert load_weights(path) == weights


def test_weights_missing_a_field_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "keyness.yaml"
    path.write_text(textwrap.dedent("weights:\n  bias: -3.0\n"), "utf-8")
    with pytest.raises(ValueError, match="lead"):
        load_weights(path)


def test_a_fit_can_keep_known_weights_and_leave_features_out() -> None:
    """`only` fits just the named weights (the rest keep `toward`'s); `without` keeps one at 0."""
    rows = [
        _row("a", n % 2 == 1 and n % 3 != 0, position=n % 4 - 1, figures=n % 2, echo=n % 5 / 4)
        for n in range(60)
    ]
    known = KeyWeights()
    partial = fit(rows, toward=known, only=["bias", "echo"])
    assert {
        f.name
        for f in dataclasses.fields(KeyWeights)
        if getattr(partial, f.name) != getattr(known, f.name)
    } <= {"bias", "echo"}
    assert partial.bias != known.bias
    assert fit(rows, without=["figure"]).figure == 0.0
    assert fit(rows).figure != 0.0


def test_a_folder_labelling_no_keys_gives_no_rows(tmp_path: Path) -> None:
    """Without key labels a folder's sentences are unlabelled, not non-keys: no rows."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "001_veloran.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD.split("    key_sentences:")[0], "utf-8")
    assert table(tmp_path) == []
