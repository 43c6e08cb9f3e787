"""Score predicted articles against their labels: the counts behind an `EvalReport`."""

from __future__ import annotations

from briefings.evaluate.gold import GoldSet
from briefings.evaluate.matching import (
    figure_found,
    partial_speakers,
    person_found,
    quote_found,
    quote_miss,
    wrong_speakers,
)
from briefings.evaluate.metadata import META_FIELDS, meta_outcome
from briefings.evaluate.report import (
    ArticleOutcome,
    EvalReport,
    MetaOutcome,
    MetaScore,
    RecallScore,
    TopicScore,
)
from briefings.models import Article


def score(
    gold: GoldSet, predicted: dict[str, Article], rejected: dict[str, str] | None = None
) -> EvalReport:
    """Score predictions (by gold `file`) against the labels; missing ones predict nothing."""
    rejected = rejected or {}
    counts: dict[str, list[int]] = {}  # topic -> [tp, fp, fn]
    figures = _RecallCounter()
    quotes = _RecallCounter()
    people = _RecallCounter()
    wrong: list[str] = []
    partial: list[str] = []
    meta = {name: _RecallCounter() for name in META_FIELDS}
    kinds: dict[str, dict[MetaOutcome, int]] = {name: {} for name in META_FIELDS}
    outcomes: list[ArticleOutcome] = []
    off_topic = off_topic_hit = 0
    for labelled in gold.articles:
        article = predicted.get(labelled.file)
        got_topics = set(article.topics) if article else set()
        want_topics = set(labelled.topics)
        for topic in got_topics | want_topics:
            row = counts.setdefault(topic, [0, 0, 0])
            if topic in got_topics and topic in want_topics:
                row[0] += 1
            elif topic in got_topics:
                row[1] += 1
            else:
                row[2] += 1
        if not want_topics:
            off_topic += 1
            off_topic_hit += bool(got_topics)
        outcomes.append(
            ArticleOutcome(
                file=labelled.file,
                title=article.title if article else None,
                gold_topics=sorted(want_topics),
                predicted_topics=sorted(got_topics),
                rejected=rejected.get(labelled.file),
            )
        )
        for text in labelled.figures:
            figures.add(figure_found(text, article.figures if article else ()), labelled.file, text)
        for quote in labelled.quotes:
            found = quote_found(quote, article.quotes if article else ())
            why = "" if found else quote_miss(quote, article.quotes if article else ())
            quotes.add(found, labelled.file, f"{quote.speaker}: {quote.text}", why)
        for name in labelled.people:
            people.add(person_found(name, article.people if article else ()), labelled.file, name)
        extracted = article.quotes if article else ()
        wrong.extend(
            f"{labelled.file}: {q.speaker}: {q.text}"
            for q in wrong_speakers(labelled.quotes, extracted)
        )
        partial.extend(
            f"{labelled.file}: {q.speaker}: {q.text}"
            for q in partial_speakers(labelled.quotes, extracted)
        )
        for name in META_FIELDS:
            if name in labelled.stated:
                got = getattr(article, name) if article else None
                outcome = meta_outcome(name, labelled, article)
                kinds[name][outcome] = kinds[name].get(outcome, 0) + 1
                meta[name].add(
                    outcome is MetaOutcome.RIGHT,
                    labelled.file,
                    f"labelled {getattr(labelled, name)!s}, got {got!s}",
                )
    topics = [
        TopicScore(topic=topic, tp=tp, fp=fp, fn=fn)
        for topic, (tp, fp, fn) in sorted(counts.items())
    ]
    micro = TopicScore(
        topic="all",
        tp=sum(t.tp for t in topics),
        fp=sum(t.fp for t in topics),
        fn=sum(t.fn for t in topics),
    )
    return EvalReport(
        articles=len(gold.articles),
        topics=topics,
        micro=micro,
        off_topic_articles=off_topic,
        off_topic_with_topics=off_topic_hit,
        figures=figures.result(),
        quotes=quotes.result(),
        people=people.result(),
        outcomes=outcomes,
        wrong_speakers=wrong,
        partial_speakers=partial,
        metadata=[
            MetaScore(
                field=name,
                right=c.found,
                total=c.total,
                missed=c.missed,
                unknown=kinds[name].get(MetaOutcome.UNKNOWN, 0),
                invented=kinds[name].get(MetaOutcome.INVENTED, 0),
                wrong=kinds[name].get(MetaOutcome.WRONG, 0),
                first_sentence=kinds[name].get(MetaOutcome.FIRST_SENTENCE, 0),
            )
            for name, c in meta.items()
            if c.total
        ],
    )


class _RecallCounter:
    def __init__(self) -> None:
        self.found = 0
        self.total = 0
        self.missed: list[str] = []

    def add(self, hit: bool, file: str, label: str, why: str = "") -> None:
        """Count one label; a miss may say why ("[text] a.txt: …" for a quote never found)."""
        self.total += 1
        if hit:
            self.found += 1
        else:
            self.missed.append(f"[{why}] {file}: {label}" if why else f"{file}: {label}")

    def result(self) -> RecallScore:
        return RecallScore(found=self.found, total=self.total, missed=self.missed)
