"""How much of the news a brief carries: key-sentence coverage against simple baselines.

For a labelled folder whose gold names, per article and topic, the key sentences a reader
should be told (`key_sentences: {topic: [exact substrings]}`), each topic's brief is built
from a scratch store and compared, at the brief's own rendered length, with:

- lead-k: first sentences round-robin over the topic's articles, newest first;
- LexRank (sumy): the most central sentences of the topic's articles;
- random sentences of the topic's articles (several seeds: mean and spread).

The baselines themselves are in `baselines`.

A key counts as carried when at least KEY_WORD_SHARE of its words are in one line of the
output: a trimmed line still counts, a key spread over two lines does not.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import random
import re
import statistics
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from briefings.config import CoreSettings
from briefings.digest.baselines import lead_k, lexrank, random_sentences
from briefings.errors import SourceRejected
from briefings.models import Article
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.topics import TopicSet

KEY_WORD_SHARE = 0.7
RANDOM_SEEDS = tuple(range(1, 11))
BOOTSTRAP_ROUNDS = 1000
MIN_KEYS_PER_TOPIC = 5  # topics with fewer keys are reported, not judged
BASELINES = ("lead-k", "LexRank")
METHODS = ("ours", "lead-k", "LexRank", "random")

_WORD = re.compile(r"\w+")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MethodScore(_Frozen):
    """Keys one method carried on one topic (for random: the mean over seeds, and spread)."""

    method: str
    found: float
    total: int
    spread: float = 0.0  # standard deviation over seeds (random only)

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 0.0


class KeyResult(_Frozen):
    """One labelled key: where it comes from and which methods carried it."""

    key: str
    file: str = ""
    carried: dict[str, bool]


class TopicCoverage(_Frozen):
    topic: str
    articles: int
    chars: int  # the brief's rendered length, which every method gets
    scores: list[MethodScore]
    keys: list[KeyResult] = []
    brief: list[str] = []  # the brief's lines, as measured

    def score(self, method: str) -> MethodScore:
        return next(s for s in self.scores if s.method == method)


class CoverageReport(_Frozen):
    topics: list[TopicCoverage]
    pooled: list[MethodScore]
    intervals: dict[str, tuple[float, float]]  # method -> bootstrap p10-p90 of pooled share

    def pooled_score(self, method: str) -> MethodScore:
        return next(s for s in self.pooled if s.method == method)

    @property
    def ratio(self) -> float:
        """Our pooled share over the best baseline's (lead-k or LexRank)."""
        best = max(self.pooled_score(m).share for m in BASELINES)
        ours = self.pooled_score("ours").share
        return ours / best if best else float("inf")


# -- matching --------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def key_carried(key: str, lines: Sequence[set[str]]) -> bool:
    """At least KEY_WORD_SHARE of the key's words appear in one line."""
    wanted = set(words(key))
    if not wanted:
        return False
    need = KEY_WORD_SHARE * len(wanted)
    return any(len(wanted & line) >= need for line in lines)


def carried(keys: Sequence[str], lines: Sequence[str]) -> list[bool]:
    line_words = [set(words(line)) for line in lines if line.strip()]
    return [key_carried(key, line_words) for key in keys]


def cut_to_length(sentences: Sequence[str], chars: int) -> list[str]:
    """Sentences, one a line, until `chars` characters; the last one cut to fit exactly."""
    lines: list[str] = []
    used = 0
    for sentence in sentences:
        room = chars - used
        if room <= 0:
            break
        text = " ".join(sentence.split())
        lines.append(text[:room])
        used += len(text[:room]) + 1
    return lines


# -- the benchmark ---------------------------------------------------------------------------


def _brief_time(articles: Sequence[Article]) -> dt.datetime:
    """Noon after the newest article's date: a fixed `now`, so runs compare."""
    dates = [a.published for a in articles if a.published is not None]
    day = max(dates) if dates else dt.date(2026, 1, 1)
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(12), tzinfo=dt.UTC)


def measure(
    gold_keys: dict[str, list[str]],
    articles_for: Callable[[str], list[Article]],
    brief_text: Callable[[str], str],
    topics: TopicSet,
    *,
    with_lexrank: bool = True,
    key_files: dict[str, str] | None = None,
) -> CoverageReport:
    """Coverage per topic of every method, at the length of the topic's brief.

    `key_files` names the labelled file each key comes from, for the details listing.
    """
    rows: list[TopicCoverage] = []
    hits: dict[str, list[float]] = {m: [] for m in METHODS}
    for topic_id in sorted(gold_keys):
        keys = gold_keys[topic_id]
        articles = articles_for(topic_id)
        text = brief_text(topic_id)
        chars = len(text)
        methods: dict[str, list[str]] = {"ours": text.splitlines(), "lead-k": [], "LexRank": []}
        if articles:
            methods["lead-k"] = cut_to_length(lead_k(articles, topics), chars)
            if with_lexrank:
                methods["LexRank"] = cut_to_length(lexrank(articles, topics), chars)
        scores = []
        marks: dict[str, list[bool]] = {}
        for method, lines in methods.items():
            found = carried(keys, lines)
            marks[method] = found
            hits[method].extend(float(f) for f in found)
            scores.append(MethodScore(method=method, found=sum(found), total=len(keys)))
        runs = [
            carried(keys, cut_to_length(random_sentences(articles, topics, seed), chars))
            for seed in RANDOM_SEEDS
        ]
        per_seed = [sum(run) for run in runs]
        hits["random"].extend(statistics.fmean(run[k] for run in runs) for k in range(len(keys)))
        scores.append(
            MethodScore(
                method="random",
                found=statistics.fmean(per_seed),
                total=len(keys),
                spread=statistics.pstdev(per_seed),
            )
        )
        results = [
            KeyResult(
                key=key,
                file=(key_files or {}).get(key, ""),
                carried={m: marks[m][k] for m in marks},
            )
            for k, key in enumerate(keys)
        ]
        rows.append(
            TopicCoverage(
                topic=topic_id,
                articles=len(articles),
                chars=chars,
                scores=scores,
                keys=results,
                brief=methods["ours"],
            )
        )
    pooled = [
        MethodScore(
            method=method,
            found=sum(r.score(method).found for r in rows),
            total=sum(r.score(method).total for r in rows),
            spread=math.sqrt(sum(r.score(method).spread ** 2 for r in rows)),
        )
        for method in METHODS
    ]
    return CoverageReport(topics=rows, pooled=pooled, intervals=_intervals(hits))


def _intervals(hits: dict[str, list[float]]) -> dict[str, tuple[float, float]]:
    """Bootstrap p10-p90 of each method's pooled share, resampling the keys (fixed seed)."""
    rng = random.Random(0)
    size = len(hits["ours"])
    if not size:
        return {}
    picks = [[rng.randrange(size) for _ in range(size)] for _ in range(BOOTSTRAP_ROUNDS)]
    found: dict[str, tuple[float, float]] = {}
    for method, marks in hits.items():
        shares = sorted(sum(marks[i] for i in pick) / size for pick in picks)
        found[method] = (shares[BOOTSTRAP_ROUNDS // 10], shares[BOOTSTRAP_ROUNDS * 9 // 10])
    return found


def evaluate_briefs(
    gold_path: Path,
    corpus_dir: Path,
    *,
    settings: CoreSettings | None = None,
    topics: TopicSet | None = None,
    max_chars: int = 1200,
) -> CoverageReport:
    """Ingest the labelled folder into a scratch store and measure every topic's brief."""
    from briefings.errors import GoldFileError
    from briefings.evaluate import load_gold
    from briefings.service import BRIEF_CANDIDATES, BriefingService
    from briefings.store import Store

    gold = load_gold(gold_path)
    if not corpus_dir.is_dir():
        raise GoldFileError(corpus_dir, "not a folder")
    keys: dict[str, list[str]] = {}
    key_files: dict[str, str] = {}
    for labelled in gold.articles:
        for topic_id, found in labelled.key_sentences.items():
            keys.setdefault(topic_id, []).extend(found)
            key_files.update((key, labelled.file) for key in found)
    base = settings or CoreSettings()
    with tempfile.TemporaryDirectory(prefix="briefings-briefs-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'briefs.db'}"
        scratch_settings = base.model_copy(update={"data_dir": Path(scratch), "database_url": url})
        service = BriefingService(scratch_settings, store=Store(url), topics=topics)
        try:
            for file_name in dict.fromkeys(a.file.split("#", 1)[0] for a in gold.articles):
                try:
                    service.ingest_path(corpus_dir / file_name)
                except SourceRejected:
                    continue  # its keys stay uncovered for every method
            every = service.recent(limit=10_000)
            now = _brief_time(every)
            known = {t.id for t in service.topics}

            def articles_for(topic_id: str) -> list[Article]:
                if topic_id not in known:
                    return []
                return service.store.for_topic(topic_id, limit=BRIEF_CANDIDATES)

            def brief_text(topic_id: str) -> str:
                if topic_id not in known:
                    return ""
                briefing = service.brief_topic(
                    service.topics.get(topic_id), now, max_chars=max_chars
                )
                return visible_text(render_briefing(briefing, OutputFormat.HTML)).strip()

            # sumy is a development dependency: without it the LexRank column stays empty.
            with_lexrank = importlib.util.find_spec("sumy") is not None
            return measure(
                keys,
                articles_for,
                brief_text,
                service.topics,
                with_lexrank=with_lexrank,
                key_files=key_files,
            )
        finally:
            service.close()


def format_coverage(report: CoverageReport) -> str:
    """A table: per topic, keys carried by each method at the brief's length."""
    head = f"{'topic':<14}{'keys':>5}{'chars':>7}  " + "".join(f"{m:>16}" for m in METHODS)
    lines = ["Key sentences carried at the brief's own length", head]

    def cell(score: MethodScore) -> str:
        if score.method == "random":
            return f"{score.share:.2f}±{score.spread / score.total if score.total else 0:.2f}"
        return f"{score.found:g}/{score.total} {score.share:.2f}"

    for row in report.topics:
        total = row.scores[0].total
        cells = "".join(f"{cell(row.score(m)):>16}" for m in METHODS)
        lines.append(f"{row.topic:<14}{total:>5}{row.chars:>7}  {cells}")
    total = report.pooled[0].total
    cells = "".join(f"{cell(report.pooled_score(m)):>16}" for m in METHODS)
    lines.append(f"{'pooled':<14}{total:>5}{'':>7}  {cells}")
    spans = "".join(f"{_interval(report, m):>16}" for m in METHODS)
    lines.append(f"{'p10-p90':<26}  {spans}")
    lines.append(f"ours / best of lead-k and LexRank (pooled): {report.ratio:.2f}×")
    return "\n".join(lines)


def format_coverage_details(report: CoverageReport) -> str:
    """Per topic: the brief as measured, then every key ours missed and who carried it."""
    lines: list[str] = []
    for row in report.topics:
        missed = [k for k in row.keys if not k.carried.get("ours", False)]
        lines.append(f"== {row.topic}: {len(row.keys) - len(missed)}/{len(row.keys)} carried")
        lines.extend(f"   | {line}" for line in row.brief)
        for result in missed:
            others = [m for m in BASELINES if result.carried.get(m)]
            by = f" (carried by {', '.join(others)})" if others else ""
            lines.append(f"   missed{by}: {result.file}: {result.key}")
    return "\n".join(lines)


def _interval(report: CoverageReport, method: str) -> str:
    low, high = report.intervals.get(method, (0.0, 0.0))
    return f"{low:.2f}-{high:.2f}"
