"""The brief benchmark: key sentences carried at equal length, against lead-k, LexRank, random."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from pathlib import Path

import pytest

from briefings import cli
from briefings.digest.baselines import lead_k, lexrank
from briefings.digest.benchmark import (
    KEY_WORD_SHARE,
    carried,
    cut_to_length,
    evaluate_briefs,
    format_coverage,
    format_coverage_details,
    measure,
)
from briefings.topics import TopicSet

from .factories import make_article

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Azerbaijan exported 12.9 bcm of gas to Europe in 2024.", True, id="whole"),
        pytest.param("…exported 12.9 bcm of gas to Europe in 2024…", True, id="trimmed"),
        pytest.param("Azerbaijan exported gas.", False, id="too-few-words"),
    ],
)
def test_a_key_counts_when_most_of_its_words_are_in_one_line(line: str, found: bool) -> None:
    """At least 70% of a key's words on one line carry it; fewer do not."""
    key = "Azerbaijan exported 12.9 bcm of gas to Europe in 2024"
    assert KEY_WORD_SHARE == 0.7
    assert carried([key], [line]) == [found]


def test_a_key_split_over_two_lines_is_not_carried() -> None:
    """Half the words on each of two lines is no line carrying the key."""
    key = "one two three four five six seven eight nine ten"
    assert carried([key], ["one two three four five", "six seven eight nine ten"]) == [False]


def test_baselines_are_cut_to_exactly_the_given_length() -> None:
    """Sentences one a line until the length is used, the last one cut to fit."""
    lines = cut_to_length(["a" * 30, "b" * 30, "c" * 30], 70)
    assert [len(line) for line in lines] == [30, 30, 8]
    assert sum(len(line) + 1 for line in lines) - 1 == 70


def test_lead_k_takes_first_sentences_round_robin_newest_first(topics: TopicSet) -> None:
    """The newest article's first sentence, then the older one's, then second sentences."""
    old = make_article(
        id="old",
        published=dt.date(2025, 1, 1),
        paragraphs=["Old first sentence here. Old second sentence here."],
    )
    new = make_article(
        id="new",
        published=dt.date(2025, 3, 1),
        paragraphs=["New first sentence here. New second sentence here."],
    )
    assert lead_k([old, new], topics) == [
        "New first sentence here.",
        "Old first sentence here.",
        "New second sentence here.",
        "Old second sentence here.",
    ]


def test_lexrank_ranks_every_sentence_once_deterministically(topics: TopicSet) -> None:
    """LexRank's order is a permutation of the articles' sentences, the same on every run."""
    article = make_article(
        paragraphs=[
            "The chess final in Baku went to a tiebreak.",
            "Gas exports to Europe rose through the pipeline.",
            "Gas exports through the pipeline to Europe grew again.",
            "Exports of gas to Europe through the new pipeline are rising.",
        ]
    )
    ranked = lexrank([article], topics)
    assert sorted(ranked) == sorted(s for p in article.paragraphs for s in topics.split(p))
    assert lexrank([article], topics) == ranked


def test_measure_scores_every_method_at_the_brief_length(topics: TopicSet) -> None:
    """A brief carrying the key beats a lead baseline that starts with filler, per topic."""
    article = make_article(
        paragraphs=[
            "Readers asked us many questions this week about the weather in the region.",
            "Azerbaijan exported 12.9 bcm of gas to Europe in 2024, the ministry said.",
        ]
    )
    brief = "Energy · briefing\n• Azerbaijan exported 12.9 bcm of gas to Europe in 2024…"
    report = measure(
        {"energy": ["Azerbaijan exported 12.9 bcm of gas to Europe in 2024"]},
        lambda _topic: [article],
        lambda _topic: brief,
        topics,
        with_lexrank=False,
    )
    row = report.topics[0]
    assert row.chars == len(brief)
    assert row.score("ours").found == 1
    assert row.score("lead-k").found == 0
    assert 0 <= row.score("random").found <= 1
    assert report.ratio == float("inf")
    assert "energy" in format_coverage(report)


def test_details_list_the_brief_and_every_key_it_missed(topics: TopicSet) -> None:
    """The details name each missed key with its file and the baselines that carried it."""
    article = make_article(
        paragraphs=[
            "Azerbaijan exported 12.9 bcm of gas to Europe in 2024, the ministry said.",
            "A new compressor station opened near the Georgian border in March.",
        ]
    )
    brief = "Energy · briefing\n• A new compressor station opened near the Georgian border…"
    keys = ["Azerbaijan exported 12.9 bcm of gas to Europe in 2024", "A new compressor station"]
    report = measure(
        {"energy": keys},
        lambda _topic: [article],
        lambda _topic: brief,
        topics,
        with_lexrank=False,
        key_files={keys[0]: "a.txt", keys[1]: "a.txt"},
    )
    details = format_coverage_details(report)
    assert "== energy: 1/2 carried" in details
    assert "| • A new compressor station opened near the Georgian border…" in details
    missed = [line for line in details.splitlines() if "missed" in line]
    assert missed == [f"   missed (carried by lead-k): a.txt: {keys[0]}"]


#: Issue 9 asks for 1.5x; today's figure is 1.59x (README, Brief quality; 1.47x before the
#: compact header and attribution and the figure candidates). This guard keeps what was reached
#: from slipping back (one key is 0.06x here); raise it as briefs improve.
CORPUS_RATIO_FLOOR = 1.53


def test_team_corpus_brief_coverage_beats_the_baselines() -> None:
    """On the team's labelled corpus our briefs carry clearly more keys than lead-k or LexRank."""
    report = evaluate_briefs(CORPUS / "gold.yaml", CORPUS / "articles")
    assert report.pooled_score("ours").total >= 50
    assert report.ratio >= CORPUS_RATIO_FLOOR, format_coverage(report)


def test_eval_briefs_flag_prints_the_coverage_table(tmp_path: Path) -> None:
    """`briefings eval GOLD DIR --briefs` adds the coverage table to the extraction report."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Azerbaijan exported 12.9 billion cubic meters of natural gas to Europe in 2024, "
        "a record for the Southern Gas Corridor.\n\nGas exports through the pipeline to "
        "Italy and Greece grew again this year, the energy ministry said.\n",
        "utf-8",
    )
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        textwrap.dedent(
            """\
            articles:
              - file: a.txt
                topics: [energy]
                key_sentences:
                  energy: ["Azerbaijan exported 12.9 billion cubic meters of natural gas"]
            """
        ),
        "utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    db = f"sqlite:///{tmp_path / 'b.db'}"
    args = ["--database-url", db, "eval", str(gold), str(folder), "--briefs"]
    code = cli.run(cli.build_parser().parse_args(args), out=out, err=err)
    assert code == 0, err.getvalue()
    text = out.getvalue()
    assert "Key sentences carried" in text and "lead-k" in text and "LexRank" in text
    table = text.split("Key sentences carried", 1)[1]
    energy = next(line for line in table.splitlines() if line.startswith("energy"))
    assert energy.split()[3] == "1/1", energy
