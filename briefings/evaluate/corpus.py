"""Run a labelled corpus through the product and score it.

The corpus is ingested into a scratch SQLite store through the same service the CLI
and the bot use, so the scores are those of the product, not of a test harness.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from briefings.config import CoreSettings
from briefings.errors import GoldFileError, SourceRejected
from briefings.evaluate.gold import GoldArticle, GoldSet, load_gold
from briefings.evaluate.report import EvalReport
from briefings.evaluate.scoring import score
from briefings.models import Article
from briefings.topics import TopicSet


def evaluate(
    gold_path: Path,
    corpus_dir: Path,
    *,
    settings: CoreSettings | None = None,
    topics: TopicSet | None = None,
) -> EvalReport:
    """Ingest the labelled files of `corpus_dir` into a scratch store and score them."""
    gold = load_gold(gold_path)
    predicted, rejected = ingest_labelled(gold, corpus_dir, settings=settings, topics=topics)
    return score(gold, predicted, rejected)


def ingest_labelled(
    gold: GoldSet,
    corpus_dir: Path,
    *,
    settings: CoreSettings | None = None,
    topics: TopicSet | None = None,
) -> tuple[dict[str, Article], dict[str, str]]:
    """The articles the product makes of the labelled files, by gold `file`, and the refusals."""
    from briefings.service import BriefingService
    from briefings.store import Store

    if not corpus_dir.is_dir():
        raise GoldFileError(corpus_dir, "not a folder")
    base = settings or CoreSettings()
    predicted: dict[str, Article] = {}
    rejected: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="briefings-eval-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'eval.db'}"
        scratch_settings = base.model_copy(update={"data_dir": Path(scratch), "database_url": url})
        service = BriefingService(scratch_settings, store=Store(url), topics=topics)
        try:
            for file_name in _source_files(gold.articles):
                path = corpus_dir / file_name
                try:
                    results = service.ingest_path(path)
                except SourceRejected as exc:
                    rejected[file_name] = exc.reason
                    continue
                for result in results:
                    predicted[_gold_key(file_name, result.source_name)] = result.article
                if len(results) == 1:
                    predicted[file_name] = results[0].article
        finally:
            service.close()
    for labelled in gold.articles:
        base_name = labelled.file.split("#", 1)[0]
        if base_name in rejected:
            rejected.setdefault(labelled.file, rejected[base_name])
    return predicted, rejected


def _source_files(labelled: Sequence[GoldArticle]) -> list[str]:
    return list(dict.fromkeys(article.file.split("#", 1)[0] for article in labelled))


def _gold_key(file_name: str, source_name: str) -> str:
    """Gold names a file by its path relative to the corpus, and a record as `path#index`."""
    _, hash_mark, index = source_name.rpartition("#")
    return f"{file_name}#{index}" if hash_mark else file_name
