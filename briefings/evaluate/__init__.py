"""Measure extraction against a labelled corpus: topics, figures, quotes and people.

The corpus is ingested into a scratch SQLite store through the same service the CLI
and the bot use, so the scores are those of the product, not of a test harness.

Modules: `gold` (the label schema and loading it), `matching` (figures, quotes, people),
`metadata` (title, outlet, date, language), `scoring` (the counts), `report` (the result
models), `corpus` (ingesting a corpus and scoring it), `formatting` (the report as text).
`train_topics` and `topic_learning` (a word-level topic model fitted on labelled folders and
judged leaving each one out) need numpy, a development dependency, and are not imported here.
"""

from __future__ import annotations

# Re-exported: callers catch it where they import the evaluator.
from briefings.errors import GoldFileError
from briefings.evaluate.corpus import evaluate
from briefings.evaluate.formatting import format_details, format_report, meta_summary
from briefings.evaluate.gold import GoldArticle, GoldQuote, GoldSet, load_gold
from briefings.evaluate.matching import (
    NAME_SIMILARITY,
    QUOTE_SIMILARITY,
    figure_found,
    name_matches,
    normalise,
    person_found,
    quote_found,
    wrong_speakers,
)
from briefings.evaluate.metadata import META_FIELDS, meta_outcome, meta_right
from briefings.evaluate.report import (
    ArticleOutcome,
    EvalReport,
    MetaOutcome,
    MetaScore,
    RecallScore,
    TopicScore,
)
from briefings.evaluate.scoring import score

__all__ = [
    "META_FIELDS",
    "NAME_SIMILARITY",
    "QUOTE_SIMILARITY",
    "ArticleOutcome",
    "EvalReport",
    "GoldArticle",
    "GoldFileError",
    "GoldQuote",
    "GoldSet",
    "MetaOutcome",
    "MetaScore",
    "RecallScore",
    "TopicScore",
    "evaluate",
    "figure_found",
    "format_details",
    "format_report",
    "load_gold",
    "meta_outcome",
    "meta_right",
    "meta_summary",
    "name_matches",
    "normalise",
    "person_found",
    "quote_found",
    "score",
    "wrong_speakers",
]
