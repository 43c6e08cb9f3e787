"""Measure extraction against a labelled corpus: topics, figures, quotes and people.

The corpus is ingested into a scratch SQLite store through the same service the CLI
and the bot use, so the scores are those of the product, not of a test harness.

Gold file (YAML)::

    articles:
      - file: 000_interview.txt          # relative to the corpus folder; "list.json#1" for a record
        topics: [energy, partnerships]   # [] means: must get no topic at all
        figures: ["12 billion cubic meters"]
        quotes: [{speaker: Jens Stoltenberg, text: "Azerbaijan is an important and valued partner"}]
        people: [Jens Stoltenberg]
        # optional, scored when present:
        title: "Exact title an editor expects"
        outlet: Trend                    # null: the page does not say; must then stay unknown
        published: 2025-03-12            # null: undated; must then stay undated
        language: en
        key_sentences:                   # per topic, exact substrings a brief should carry
          energy: ["Exports through the pipeline rose to 12 bcm"]

A gold quote's `speaker` may be an organisation (`speaker_kind: organisation`), or null for
direct speech the text does not attribute (which must then get no speaker). A name matches
when it is the same after normalising case and marks, or when both are written forms of one
gazetteer person ("Арарат Мирзоян" is "Ararat Mirzoyan"). An extracted quote whose text
matches a gold quote but whose speaker is set and is not the gold speaker is counted apart as
a wrong speaker: worse than none. Title, outlet, date and language are scored only where the
label states them, each miss sorted by kind (`MetaOutcome`): a field left unknown where the
label states a value (honest when the page does not name itself), a value where the label
says there is none (invented: worse), a different value, or — for titles — a page without a
headline titled by its first sentence.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    computed_field,
    model_validator,
)
from rapidfuzz import fuzz

from briefings.config import CoreSettings
from briefings.errors import GoldFileError, SourceRejected
from briefings.models import Article, Figure, Person, Quote, SpeakerKind, TitleOrigin
from briefings.topics import TopicSet

#: A gold quote matches an extracted one when this similar (partial match, 0-100).
QUOTE_SIMILARITY = 90.0
#: A gold name matches an extracted one when this similar (0-100), e.g. for ’ vs '.
NAME_SIMILARITY = 92.0


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldQuote(_Strict):
    speaker: str | None
    text: str
    speaker_kind: SpeakerKind = SpeakerKind.PERSON


class GoldArticle(_Strict):
    file: str
    topics: list[str] = []
    figures: list[str] = []
    quotes: list[GoldQuote] = []
    people: list[str] = []
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None
    key_sentences: dict[str, list[str]] = {}
    #: Which of title/outlet/published/language the label states (null is a statement too).
    stated: frozenset[str] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _record_stated(cls, data: Any) -> Any:
        if isinstance(data, dict) and "stated" not in data:
            keys = {"title", "outlet", "published", "language"} & set(data)
            data = {**data, "stated": frozenset(keys)}
        return data


class GoldSet(_Strict):
    articles: list[GoldArticle] = Field(min_length=1)


class TopicScore(_Strict):
    topic: str
    tp: int
    fp: int
    fn: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class RecallScore(_Strict):
    found: int
    total: int
    missed: list[str] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


class ArticleOutcome(_Strict):
    """What was predicted for one labelled article, for reading a report by hand."""

    file: str
    title: str | None = Field(description="Title of the article it produced, if any")
    gold_topics: list[str]
    predicted_topics: list[str]
    rejected: str | None = None


class MetaOutcome(StrEnum):
    """How one metadata field compares with its label."""

    RIGHT = "right"
    UNKNOWN = "unknown"  # left None where the label states a value
    INVENTED = "invented"  # a value where the label states there is none
    WRONG = "wrong"  # a value other than the labelled one
    FIRST_SENTENCE = "first sentence"  # a title taken from the text, the page having none


class MetaScore(_Strict):
    """One metadata field (title, outlet, published, language) on the articles that state it."""

    field: str
    right: int
    total: int
    missed: list[str] = []
    unknown: int = 0
    invented: int = 0
    wrong: int = 0
    first_sentence: int = 0


class EvalReport(_Strict):
    articles: int
    topics: list[TopicScore]
    micro: TopicScore
    off_topic_articles: int = Field(description="Articles labelled with no topic")
    off_topic_with_topics: int = Field(description="...of which got a topic anyway")
    figures: RecallScore
    quotes: RecallScore
    people: RecallScore
    outcomes: list[ArticleOutcome]
    wrong_speakers: list[str] = Field(
        default=[], description="Extracted quotes matching a gold quote, credited to another"
    )
    metadata: list[MetaScore] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro_f1(self) -> float:
        scored = [t for t in self.topics if t.tp + t.fp + t.fn]
        return sum(t.f1 for t in scored) / len(scored) if scored else 1.0


# -- matching ----------------------------------------------------------------------------

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " "})
_QUOTE_MARKS = re.compile(r"[\"'“”„«»‘’`]")


def normalise(text: str) -> str:
    """Case, width, dashes, quote marks and spacing do not decide a match."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _QUOTE_MARKS.sub("", text)
    return " ".join(text.casefold().split())


def figure_found(gold: str, figures: Iterable[Figure]) -> bool:
    """The gold string lies within an extracted figure's text, or holds one whole."""
    wanted = normalise(gold)
    for figure in figures:
        got = normalise(figure.text)
        if not got:
            continue
        if wanted in got or (any(c.isdigit() for c in got) and got in wanted):
            return True
    return False


def _canonical(name: str) -> str:
    """The gazetteer's name for a full name or a body ('Арарат Мирзоян' → 'Ararat Mirzoyan',
    'Armenian Foreign Ministry' → 'Ministry of Foreign Affairs of Armenia'), else the name.
    A surname alone stays itself: 'Aliyev' is not proof of 'Ilham Aliyev'."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    key = tuple(norm(t) for t in name.split())
    entry = gazetteer().index.get(key)
    if entry is None or (entry.kind == Kind.PERSON and len(key) < 2):
        return name
    return entry.name


def name_matches(gold: str, name: str | None) -> bool:
    if not name:
        return False
    a, b = normalise(gold), normalise(name)
    if a == b or fuzz.ratio(a, b) >= NAME_SIMILARITY:
        return True
    return normalise(_canonical(gold)) == normalise(_canonical(name))


def _same_text(gold: GoldQuote, quote: Quote) -> bool:
    wanted, got = normalise(gold.text), normalise(quote.text)
    if wanted in got or (len(got) >= 20 and got in wanted):
        return True
    return fuzz.partial_ratio(wanted, got) >= QUOTE_SIMILARITY


def _same_speaker(gold: GoldQuote, quote: Quote) -> bool:
    if gold.speaker is None:
        return quote.speaker is None
    return quote.speaker_kind == gold.speaker_kind and name_matches(gold.speaker, quote.speaker)


def quote_found(gold: GoldQuote, quotes: Iterable[Quote]) -> bool:
    """An extracted quote by the same speaker holds the gold text (or the gold holds it)."""
    return any(_same_speaker(gold, q) and _same_text(gold, q) for q in quotes)


def wrong_speakers(golds: Sequence[GoldQuote], quotes: Iterable[Quote]) -> list[Quote]:
    """Extracted quotes that are a labelled quote, credited to someone who did not say it."""
    wrong: list[Quote] = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        matched = [g for g in golds if _same_text(g, quote)]
        if matched and not any(_same_speaker(g, quote) for g in matched):
            wrong.append(quote)
    return wrong


#: Metadata fields a label may state, in report order.
META_FIELDS = ("title", "outlet", "published", "language")


def meta_right(field: str, gold: GoldArticle, article: Article | None) -> bool:
    """Whether the article carries the stated value (null stated: must stay unknown)."""
    want = getattr(gold, field)
    got = getattr(article, field) if article is not None else None
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, str):
        return normalise(want) == normalise(str(got))
    return bool(want == got)


def meta_outcome(field: str, gold: GoldArticle, article: Article | None) -> MetaOutcome:
    """Right, or which kind of miss: unknown, invented, wrong, or a first-sentence title."""
    if meta_right(field, gold, article):
        return MetaOutcome.RIGHT
    if field == "title" and article and article.title_origin is TitleOrigin.FIRST_SENTENCE:
        return MetaOutcome.FIRST_SENTENCE
    got = getattr(article, field) if article is not None else None
    if got is None:
        return MetaOutcome.UNKNOWN
    return MetaOutcome.INVENTED if getattr(gold, field) is None else MetaOutcome.WRONG


#: How each kind of miss reads in the report, by field ("published: 2 undated when dated").
_MISS_NAMES: dict[str, dict[MetaOutcome, str]] = {
    "published": {
        MetaOutcome.UNKNOWN: "undated when dated",
        MetaOutcome.INVENTED: "dated when undated",
        MetaOutcome.WRONG: "wrong date",
    },
}


def person_found(gold: str, people: Iterable[Person]) -> bool:
    return any(name_matches(gold, person.name) for person in people)


# -- scoring -----------------------------------------------------------------------------


def load_gold(path: Path) -> GoldSet:
    """Parse and validate a gold file; raises GoldFileError naming the problem."""
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except OSError as exc:
        raise GoldFileError(path, f"cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise GoldFileError(path, f"malformed YAML{where}") from None
    try:
        return GoldSet.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        location = ".".join(str(part) for part in error["loc"])
        raise GoldFileError(path, f"{location}: {error['msg']}") from None


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
            quotes.add(
                quote_found(quote, article.quotes if article else ()),
                labelled.file,
                f"{quote.speaker}: {quote.text}",
            )
        for name in labelled.people:
            people.add(person_found(name, article.people if article else ()), labelled.file, name)
        wrong.extend(
            f"{labelled.file}: {q.speaker}: {q.text}"
            for q in wrong_speakers(labelled.quotes, article.quotes if article else ())
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

    def add(self, hit: bool, file: str, label: str) -> None:
        self.total += 1
        if hit:
            self.found += 1
        else:
            self.missed.append(f"{file}: {label}")

    def result(self) -> RecallScore:
        return RecallScore(found=self.found, total=self.total, missed=self.missed)


def evaluate(
    gold_path: Path,
    corpus_dir: Path,
    *,
    settings: CoreSettings | None = None,
    topics: TopicSet | None = None,
) -> EvalReport:
    """Ingest the labelled files of `corpus_dir` into a scratch store and score them."""
    from briefings.service import BriefingService
    from briefings.store import Store

    gold = load_gold(gold_path)
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
    return score(gold, predicted, rejected)


def _source_files(labelled: Sequence[GoldArticle]) -> list[str]:
    return list(dict.fromkeys(article.file.split("#", 1)[0] for article in labelled))


def _gold_key(file_name: str, source_name: str) -> str:
    """Gold names a file by its path relative to the corpus, and a record as `path#index`."""
    _, hash_mark, index = source_name.rpartition("#")
    return f"{file_name}#{index}" if hash_mark else file_name


# -- presentation ------------------------------------------------------------------------


def format_details(report: EvalReport) -> str:
    """What was missed, article by article: where to look when a score drops."""
    lines: list[str] = []
    for outcome in report.outcomes:
        if outcome.gold_topics != outcome.predicted_topics:
            lines.append(
                f"topics  {outcome.file}: labelled {outcome.gold_topics or '[]'},"
                f" predicted {outcome.predicted_topics or '[]'}"
            )
    for label, recall in (
        ("figure", report.figures),
        ("quote", report.quotes),
        ("person", report.people),
    ):
        lines.extend(f"{label:<7} missed {missed}" for missed in recall.missed)
    lines.extend(f"speaker wrong  {wrong}" for wrong in report.wrong_speakers)
    for meta in report.metadata:
        lines.extend(f"{meta.field:<9} wrong {missed}" for missed in meta.missed)
    return "\n".join(lines) if lines else "nothing missed"


def meta_summary(meta: MetaScore) -> str:
    """One field's outcomes in a line: "outlet: 9 right, 18 unknown, 0 invented, 3 wrong"."""
    names = _MISS_NAMES.get(meta.field, {})
    counts = [(MetaOutcome.RIGHT, meta.right)]
    if meta.field == "title":
        counts.append((MetaOutcome.FIRST_SENTENCE, meta.first_sentence))
    else:
        counts += [(MetaOutcome.UNKNOWN, meta.unknown), (MetaOutcome.INVENTED, meta.invented)]
    counts.append((MetaOutcome.WRONG, meta.wrong))
    parts = [f"{n} {names.get(kind, kind.value)}" for kind, n in counts]
    return f"{meta.field}: " + ", ".join(parts)


def format_report(report: EvalReport) -> str:
    """The report as a plain-text table."""
    lines = [f"{'topic':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'f1':>6}"]
    for row in [*report.topics, report.micro]:
        lines.append(
            f"{row.topic:<16} {row.tp:>4} {row.fp:>4} {row.fn:>4} "
            f"{row.precision:>6.2f} {row.recall:>6.2f} {row.f1:>6.2f}"
        )
    lines.append(
        f"{'macro f1':<16} {'':>4} {'':>4} {'':>4} {'':>6} {'':>6} {report.macro_f1:>6.2f}"
    )
    lines.append("")
    lines.append(
        f"off-topic articles given a topic: {report.off_topic_with_topics}"
        f" of {report.off_topic_articles}"
    )
    for label, recall in (
        ("figures", report.figures),
        ("quotes (right speaker)", report.quotes),
        ("people", report.people),
    ):
        lines.append(
            f"{label + ' recall:':<30} {recall.found:>3}/{recall.total:<3} {recall.recall:>6.2f}"
        )
    lines.append(f"{'quotes, wrong speaker:':<30} {len(report.wrong_speakers):>3}")
    for meta in report.metadata:
        lines.append(f"{meta.field + ' right:':<30} {meta.right:>3}/{meta.total:<3}")
    lines.extend(meta_summary(meta) for meta in report.metadata)
    rejected = [o for o in report.outcomes if o.rejected]
    if rejected:
        lines.append("")
        lines.extend(f"rejected {o.file}: {o.rejected}" for o in rejected)
    lines.append(f"\n{report.articles} labelled articles")
    return "\n".join(lines)
