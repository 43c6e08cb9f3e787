"""The topic-model training tool: it learns a separable toy problem, judges leaving each set out,
and the file it writes reads back as written. Every sentence here is invented for the test."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest
import yaml

from briefings.errors import TopicConfigError
from briefings.evaluate.topic_learning import (
    Combination,
    Thresholds,
    choose,
    count,
    decide,
    design,
    fit,
    vocabulary,
)
from briefings.evaluate.train_topics import (
    Example,
    arrays,
    article_words,
    distinct,
    lexicon_signals,
    loso,
    main,
    read_model,
    train,
    write_model,
)

TOPICS = ["energy", "climate"]

# Invented sentences: turbine and pipeline words mark energy, glacier and drought words climate,
# orchard and choir words neither.
ENERGY = [
    "The Valdris turbine plant began pumping gas into the northern pipeline on Monday.",
    "Engineers at Korvan said the pipeline would carry more gas once the turbine hall reopens.",
    "A new turbine order lifts gas output along the coastal pipeline, the operator said.",
    "The pipeline consortium signed for another turbine to raise gas deliveries this winter.",
]
CLIMATE = [
    "The glacier lost a record slice of ice as the drought dried the upper valley.",
    "Farmers blamed the drought on warming while the glacier above the village kept shrinking.",
    "A survey of the glacier found the drought had lowered meltwater for a third summer.",
    "Scientists linked the long drought to the retreat of the glacier above Lake Marrow.",
]
NEITHER = [
    "The orchard festival drew a choir from three villages to sing under the apple trees.",
    "A choir of retired teachers opened the orchard fair with a song about cider.",
    "Visitors to the orchard heard the choir rehearse before the harvest parade.",
    "The orchard owners thanked the choir for a concert that ran past midnight.",
]


def toy_examples() -> list[Example]:
    """Five invented sets, each with every kind of article: enough that a model fitted
    without two of them still sees words from three."""
    examples = []
    for group in ("north", "south", "east", "west", "centre"):
        for texts, gold in ((ENERGY, {"energy"}), (CLIMATE, {"climate"}), (NEITHER, set())):
            for text in texts:
                examples.append(
                    Example(
                        group=group,
                        words=article_words("", [text]),
                        gold=frozenset(gold),
                        lexicon=frozenset(),
                    )
                )
    return examples


def test_article_words_are_light_stems_of_title_and_text() -> None:
    words = article_words("Pipelines Reopen", ["The Pipeline, 12 km long, reopened."])
    assert {"pipeli", "reopen", "the", "long"} <= words
    assert not any(word.isdigit() or len(word) > 6 for word in words)
    assert "km" not in words  # shorter than three letters


def test_vocabulary_keeps_only_words_common_across_sets() -> None:
    examples = toy_examples()
    words = vocabulary([e.words for e in examples], [e.group for e in examples])
    assert "turbin" in words and "glacie" in words
    lonely = vocabulary(
        [e.words for e in examples], ["north"] * len(examples), min_articles=5, min_sets=3
    )
    assert lonely == []  # one set only: nothing transfers


def test_learns_a_separable_toy_problem() -> None:
    examples = toy_examples()
    data = arrays(examples, TOPICS)
    words = vocabulary([e.words for e in examples], data.groups)
    model = fit(design([e.words for e in examples], words), data.gold.astype(float))
    probabilities = model.probabilities(design([e.words for e in examples], words))
    assert ((probabilities >= 0.5) == data.gold).all()
    unseen = article_words("", ["Crews tested the turbine before gas entered the pipeline."])
    later = model.probabilities(design([unseen], words))[0]
    assert later[0] > 0.5 > later[1]


def test_leaving_each_set_out_learns_it_too() -> None:
    examples = toy_examples()
    data = arrays(examples, TOPICS)
    decided = loso(examples, TOPICS, nested=True, l2=1.0)
    assert (decided[Combination.MODEL] == data.gold).all()
    assert (decided[Combination.LEXICON] == data.lexicon).all()
    # The lexicon here finds nothing: letting the model add topics finds them all.
    assert (decided[Combination.ADDS] == data.gold).all()


def test_thresholds_never_give_an_off_topic_article_a_topic() -> None:
    lexicon = np.array([False, False, False, True])
    gold = np.array([True, False, False, True])
    off_topic = np.array([False, True, False, False])
    probability = np.array([0.7, 0.8, 0.1, 0.9])
    chosen = choose(Combination.ADDS, lexicon, probability, gold, off_topic)
    predicted = decide(Combination.ADDS, lexicon, probability, chosen)
    assert not (predicted & off_topic).any()
    assert count(predicted, gold).precision >= count(lexicon, gold).precision


def test_veto_takes_away_only_below_the_low_threshold() -> None:
    lexicon = np.array([True, True, False])
    probability = np.array([0.05, 0.5, 0.99])
    kept = decide(Combination.VETOES, lexicon, probability, Thresholds(low=0.1))
    assert kept.tolist() == [False, True, False]


def test_written_model_reads_back_as_written(tmp_path: Path) -> None:
    model = train(toy_examples(), TOPICS, Combination.ADDS, l2=1.0)
    path = tmp_path / "topic_model.yaml"
    write_model(model, path, folders=5)
    assert path.read_text(encoding="utf-8").startswith("# topic model trained ")
    assert read_model(path) == model
    energy = read_model(path)["energy"]
    assert energy.probability(article_words("", [ENERGY[0]])) > 0.5
    assert energy.probability(article_words("", [NEITHER[0]])) < 0.5


@pytest.mark.parametrize(
    "text", ["energy: [1, 2]\n", "energy:\n  bias: x\n  high: 1\n  low: 0\n  words: {}\n", ": :"]
)
def test_malformed_model_file_is_a_topic_config_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TopicConfigError, match=r"bad\.yaml"):
        read_model(path)


def test_command_line_reads_labelled_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Folders as `briefings eval` takes them; the report and the written file follow."""
    folders = []
    for group in ("north", "south", "east"):
        folder = tmp_path / group
        (folder / "articles").mkdir(parents=True)
        labels = []
        for kind, texts, gold in (("e", ENERGY, ["energy"]), ("n", NEITHER, [])):
            for n, text in enumerate(texts):
                name = f"{kind}{n}.txt"
                # The sets' articles differ: a repeated article would be counted once.
                body = f"{text}\n\n{texts[(n + 1) % len(texts)]} Filed by the {group} desk.\n"
                (folder / "articles" / name).write_text(body, encoding="utf-8")
                labels.append({"file": name, "topics": gold})
        (folder / "gold.yaml").write_text(yaml.safe_dump({"articles": labels}), "utf-8")
        folders.append(str(folder))
    out = tmp_path / "model.yaml"
    assert main([*folders, "--loso", "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "24 labelled articles from 3 sets" in report
    assert "lexicon-or-model: macro-F1" in report
    assert set(read_model(out)) >= {"energy", "climate"}


def test_a_folder_without_topic_labels_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "quotes"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold.yaml").write_text(
        textwrap.dedent(
            """\
            # NOT labelled: topics, figures.
            articles:
            - file: a.txt
            """
        ),
        encoding="utf-8",
    )
    from briefings.evaluate.train_topics import load_examples
    from briefings.topics import TopicSet

    assert load_examples(folder, TopicSet.load()) == []


def test_lexicon_signals_say_which_topics_and_how_strongly() -> None:
    signals = lexicon_signals(["energy"], {"energy": 2.5, "climate": 0.0})
    assert signals == {"@lexicon:energy", "@score:energy>0", "@score:energy>1", "@score:energy>2"}
    example = Example("north", frozenset({"turbin"}), frozenset(), frozenset(), signals)
    assert example.with_signals().words == {"turbin"} | signals


def test_an_article_repeated_in_another_folder_counts_once() -> None:
    """A set that repeats another's articles would leak them into the training folds."""
    first = Example(
        "north", frozenset({"turbin"}), frozenset({"energy"}), frozenset(), content="h1"
    )
    again = Example("south", first.words, first.gold, first.lexicon, content="h1")
    other = Example("south", frozenset({"glacie"}), frozenset(), frozenset(), content="h2")
    assert distinct([first, again, other]) == [first, other]
