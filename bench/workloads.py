"""The measured workloads: ingest, /brief (in process, round trip, LexRank peer), the daily
push with and without the rate limiter, and memory.

Every function returns raw measurements; `bench.__main__` turns them into table rows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.corpus import GeneratedArticle, Shape, SubscriberSpec
from bench.fakeserver import BRIEF_CHAT_BASE, import_fakebotapi
from bench.report import percentile
from briefings.config import CoreSettings
from briefings.ingest import prepare_articles
from briefings.load import load_source
from briefings.models import SourceMeta
from briefings.render import render_messages
from briefings.sentences import split_sentences
from briefings.service import BriefingService
from briefings.store import Store
from briefings.topics import Topic, TopicSet

Log = Callable[[str], None]
TOKEN = "424242:BENCHtokenNOTsecret"
#: Telegram's broadcast ceiling the production limiter is configured to.
CEILING = 30.0
#: A fixed "now" for in-process briefs, after every generated article (all of 2025).
BRIEF_NOW = dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC)
BOTKIT_DIR = Path(__file__).resolve().parents[1] / "tests" / "bot"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def meta_for(article: GeneratedArticle) -> SourceMeta | None:
    """Plain-text scrapes carry their metadata beside them, as an admin's sidecar would."""
    if article.shape is Shape.TEXT:
        return SourceMeta(outlet=article.outlet, published=article.published)
    return None


def open_service(workdir: Path, url: str, topics: TopicSet | None = None) -> BriefingService:
    settings = CoreSettings(_env_file=None, data_dir=workdir, database_url=url)
    return BriefingService(settings, store=Store(url), topics=topics)


# --------------------------------------------------------------------------- ingest


@dataclass
class IngestRun:
    """One pass of articles through `BriefingService.ingest_bytes` into a store."""

    shapes: list[Shape] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    wall: float = 0.0
    rejected: int = 0
    added: int = 0

    def rate(self, shape: Shape | None = None) -> float:
        times = [t for s, t in zip(self.shapes, self.seconds, strict=True) if shape in (None, s)]
        return len(times) / sum(times) if times else float("nan")

    def chunk_rates(self, chunk: int, shape: Shape | None = None) -> list[float]:
        """Articles/s of consecutive chunks (the spread, and any drift as the store grows)."""
        rates = []
        for start in range(0, len(self.seconds), chunk):
            part = [
                t
                for s, t in zip(
                    self.shapes[start : start + chunk],
                    self.seconds[start : start + chunk],
                    strict=True,
                )
                if shape in (None, s)
            ]
            if part:
                rates.append(len(part) / sum(part))
        return rates


def ingest_all(
    service: BriefingService, articles: Sequence[GeneratedArticle], log: Log
) -> IngestRun:
    """Ingest every article, timing each; rejected files are counted, not fatal."""
    from briefings.errors import SourceRejected

    run = IngestRun()
    started = time.perf_counter()
    clock = time.perf_counter
    for n, article in enumerate(articles, 1):
        t0 = clock()
        try:
            results = service.ingest_bytes(article.data, article.name, meta=meta_for(article))
            run.added += sum(1 for r in results if r.status == "added")
        except SourceRejected:
            run.rejected += 1
        run.seconds.append(clock() - t0)
        run.shapes.append(article.shape)
        if n % 1000 == 0:
            log(f"  ingested {n:,}/{len(articles):,} ({n / (clock() - started):.0f}/s)")
    run.wall = time.perf_counter() - started
    return run


@dataclass
class SubsetRun:
    """Per-repeat rates on the same few pages of each shape, and trafilatura alone."""

    service_rate: dict[Shape, list[float]] = field(default_factory=dict)
    analyse_rate: dict[Shape, list[float]] = field(default_factory=dict)
    trafilatura_rate: list[float] = field(default_factory=list)
    html_ratio: list[float] = field(default_factory=list)
    load_ratio: list[float] = field(default_factory=list)
    per_shape: int = 0


def trafilatura_alone(pages: Sequence[bytes]) -> float:
    """Seconds for trafilatura to extract these pages, called as the loader calls it."""
    import trafilatura

    from briefings.load.formats.html import DATE_PARAMS

    texts = [page.decode("utf-8") for page in pages]
    t0 = time.perf_counter()
    for text in texts:
        trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    return time.perf_counter() - t0


def ingest_subset(
    articles: Sequence[GeneratedArticle],
    workdir: Path,
    topics: TopicSet,
    *,
    per_shape: int,
    repeats: int,
    log: Log,
) -> SubsetRun:
    """Repeated, interleaved: parse+analyse alone, full ingest into a fresh store, and
    trafilatura alone on the same HTML pages."""
    by_shape = {shape: [a for a in articles if a.shape is shape][:per_shape] for shape in Shape}
    out = SubsetRun(per_shape=min(len(v) for v in by_shape.values()))
    html = by_shape[Shape.HTML]
    # One untimed pass first: caches (regexes, gazetteer, lxml) warm, as in a running bot.
    trafilatura_alone([a.data for a in html])
    for group in by_shape.values():
        for a in group:
            prepare_articles(a.data, a.name, topics=topics, meta=meta_for(a))
    for r in range(repeats):
        traf = trafilatura_alone([a.data for a in html])
        out.trafilatura_rate.append(len(html) / traf)
        t0 = time.perf_counter()
        for a in html:
            load_source(a.data, a.name)
        out.load_ratio.append((time.perf_counter() - t0) / traf)
        for shape, group in by_shape.items():
            t0 = time.perf_counter()
            for a in group:
                prepare_articles(a.data, a.name, topics=topics, meta=meta_for(a))
            out.analyse_rate.setdefault(shape, []).append(len(group) / (time.perf_counter() - t0))
        db = workdir / f"subset_{r}.db"
        db.unlink(missing_ok=True)
        service = open_service(workdir, sqlite_url(db), topics)
        html_seconds = 0.0
        for shape, group in by_shape.items():
            t0 = time.perf_counter()
            for a in group:
                service.ingest_bytes(a.data, a.name, meta=meta_for(a))
            seconds = time.perf_counter() - t0
            if shape is Shape.HTML:
                html_seconds = seconds
            out.service_rate.setdefault(shape, []).append(len(group) / seconds)
        service.close()
        out.html_ratio.append(html_seconds / traf)
        log(f"  subset repeat {r + 1}/{repeats} done")
    return out


# --------------------------------------------------------------------------- /brief


def brief_latencies(
    service: BriefingService, topic: str, count: int, *, remembered: bool = True
) -> tuple[float, list[float], int]:
    """(first call ms, warm call ms..., messages) of brief + render_messages.

    With `remembered=False` every call asks for a slightly different length, so the service's
    memory of finished briefs never answers and each brief is built (as after an ingest or on
    a new day); per-article caches stay warm, as they would in a running bot.
    """
    t0 = time.perf_counter()
    briefing = service.brief(topic, BRIEF_NOW)
    messages = render_messages(briefing)
    cold = (time.perf_counter() - t0) * 1000
    times = []
    for call in range(count):
        max_chars = 1200 if remembered else 1201 + call
        t0 = time.perf_counter()
        messages = render_messages(service.brief(topic, BRIEF_NOW, max_chars=max_chars))
        times.append((time.perf_counter() - t0) * 1000)
    return cold, times, len(messages)


_WORD = re.compile(r"\w+")


class _SumyTokenizer:
    """sumy's own tokenizer needs NLTK's punkt data (no downloads here): split as we do."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return split_sentences(paragraph)


def lexrank_latencies(
    service: BriefingService, topic: Topic, articles: int, count: int
) -> tuple[list[float], int]:
    """Seconds per request for sumy's LexRank over the topic's newest `articles` articles
    (fetched as the brief fetches them), and the number of sentences it ranked."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _SumyTokenizer()
    times = []
    sentences = 0
    for _ in range(count):
        t0 = time.perf_counter()
        found = service.store.for_topic(topic.id, limit=articles)
        document = ObjectDocumentModel(
            [
                Paragraph([Sentence(s, tokenizer) for s in split_sentences(p)])
                for a in found
                for p in a.paragraphs
            ]
        )
        summarizer = LexRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizer(document, 5)
        times.append(time.perf_counter() - t0)
        sentences = len(document.sentences)
    return times, sentences


# --------------------------------------------------------------------------- round trip


async def roundtrip(
    service: BriefingService, workdir: Path, count: int, pace: float = 0.05
) -> tuple[list[float], int, str]:
    """Seconds from a reader's `/brief energy` entering the fake Bot API to the bot's last
    reply being accepted there, through the real PTB Application and its rate limiter.

    Each request comes from a new reader (the per-chat limit of 1 message/s would otherwise
    be what we measure) and starts at least `pace` s after the previous one, keeping the bot
    under the 30 messages/s ceiling its limiter enforces.
    """
    from bot.clock import SystemClock
    from bot.config import BotSettings
    from bot.subscriptions import SubscriptionStore

    fake = import_fakebotapi()
    api = fake.FakeBotAPI(token=TOKEN)
    await api.start()
    bot_db = workdir / "roundtrip_bot.db"
    bot_db.unlink(missing_ok=True)
    settings = BotSettings(
        _env_file=None,
        data_dir=workdir,
        database_url=sqlite_url(bot_db),
        telegram_bot_token=TOKEN,
        telegram_api_url=api.url,
        sources_dir=workdir / "inbox",
    )
    settings.sources_dir.mkdir(exist_ok=True)
    store = SubscriptionStore.from_url(sqlite_url(bot_db))
    store.migrate()
    started, stop, via = await _start_bot(settings, service, store, SystemClock(), api)
    times: list[float] = []
    replies = 0
    try:
        for i in range(count + 1):
            user = 50_000_000 + i
            t0 = time.perf_counter()
            api.message(user, "/brief energy")
            await api.wait_messages(max(replies, 1), chat_id=user, within=30)
            elapsed = time.perf_counter() - t0
            if i == 0:  # warm-up: learn how many messages one reply takes
                await asyncio.sleep(0.5)
                replies = len(api.messages_to(user))
            else:
                times.append(elapsed)
            await asyncio.sleep(max(0.0, pace - elapsed))
    finally:
        await stop(started)
        await api.stop()
        store.engine.dispose()
    return times, replies, via


async def _start_bot(
    settings: Any, service: BriefingService, store: Any, clock: Any, api: Any
) -> tuple[Any, Callable[[Any], Any], str]:
    """Start the Application with tests/bot/botkit.py when it imports, else the same steps."""
    try:
        sys.path.append(str(BOTKIT_DIR))
        botkit = importlib.import_module("botkit")

        running = await botkit.start_app(settings, service, store, clock, api)
        return running, botkit.stop_app, "tests/bot/botkit.py"
    except ImportError:
        pass
    from bot.application import build_application

    app, tg = build_application(
        settings, service=service, store=store, clock=clock, poll_interval_jobs=False
    )
    await app.initialize()
    await tg.register_menus(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)

    async def stop(application: Any) -> None:
        api.draining = True
        api.wake()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()

    return app, stop, "bench glue"


# --------------------------------------------------------------------------- push + memory


def populate_subscribers(url: str, specs: Sequence[SubscriberSpec], now: dt.datetime) -> None:
    """Write subscribers straight into the bot's tables (one transaction, not 10,000): their
    schedule started two days ago, so each one's latest slot has passed."""
    from bot.subscriptions import SubscriptionStore
    from bot.tables import SubscriberRow, TopicRow

    store = SubscriptionStore.from_url(url)
    store.migrate()
    since = now - dt.timedelta(days=2)
    subs = sa.insert(SubscriberRow.__table__)  # type: ignore[arg-type]
    topics = sa.insert(TopicRow.__table__)  # type: ignore[arg-type]
    with store.engine.begin() as conn:
        conn.execute(
            subs,
            [
                {
                    "id": i + 1,
                    "user_id": s.user_id,
                    "chat_id": s.chat_id,
                    "name": s.name,
                    "timezone": s.timezone,
                    "digest_time": s.digest_time.strftime("%H:%M"),
                    "days": "0123456",
                    "paused": False,
                    "blocked": False,
                    "nothing_new_note": False,
                    "schedule_from": since,
                    "created_at": since,
                }
                for i, s in enumerate(specs)
            ],
        )
        conn.execute(
            topics,
            [
                {"subscriber_id": i + 1, "topic_id": t, "added_at": since}
                for i, s in enumerate(specs)
                for t in s.topics
            ],
        )
    store.engine.dispose()


@dataclass
class PushResult:
    """What the bot process reported and what the server received."""

    subscribers: int
    due: int
    deliveries_sent: int
    messages: int  # accepted by the server
    rate: float  # messages/s on the server's clock, first to last accepted
    too_many: int
    rejected_other: int
    duplicates: int
    lost: int
    tick_seconds: float
    plan_seconds: float
    rss_loaded_mb: float
    rss_peak_push_mb: float
    peak_rss_mb: float
    window_max: int  # most messages accepted in any 1-second window
    tick_cpu_seconds: float
    tick_runqueue_wait_seconds: float
    server_cpu_seconds: float
    rss_after_ingest_mb: float
    raw_rate: float  # PTB send_message alone, server clock (nan when not measured)
    raw_messages: int
    process: dict[str, Any]
    #: Other readers' /brief during the push: seconds to the reply's first message.
    brief_seconds: list[float] = field(default_factory=list)
    brief_missing: int = 0
    brief_during_push: int = 0  # of those answered, how many before the push's last message


def push(
    articles_url: str,
    specs: Sequence[SubscriberSpec],
    workdir: Path,
    *,
    unlimited: bool,
    max_seconds: float,
    raw_seconds: float = 0.0,
    briefs: int = 0,
    brief_pace: float = 0.5,
    brief_linger: float = 3.0,
    log: Log,
) -> PushResult:
    """One morning push of `specs` in a bot subprocess against a fake server subprocess."""
    mode = "unlimited" if unlimited else "limited"
    bot_db = workdir / f"push_{mode}.db"
    bot_db.unlink(missing_ok=True)
    populate_subscribers(sqlite_url(bot_db), specs, dt.datetime.now(dt.UTC))
    python = sys.executable
    server_cmd = [python, "-m", "bench.fakeserver", "--token", TOKEN]
    if not unlimited:
        server_cmd.append("--enforce")
    if briefs:
        server_cmd += ["--briefs", str(briefs), "--brief-pace", str(brief_pace)]
    server = subprocess.Popen(server_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        cmd = [
            python,
            "-m",
            "bench.pushproc",
            "--articles-url",
            articles_url,
            "--bot-url",
            sqlite_url(bot_db),
            "--server",
            url,
            "--token",
            TOKEN,
            "--data-dir",
            str(workdir),
            "--max-seconds",
            str(max_seconds),
        ]
        if unlimited:
            cmd.append("--unlimited")
        if raw_seconds:
            cmd += ["--raw-seconds", str(raw_seconds)]
        if briefs:
            cmd += ["--serve-updates", "--linger", str(brief_linger)]
        log(f"  push ({mode}): {len(specs):,} subscribers")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"push process failed:\n{proc.stderr[-4000:]}")
        bot = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        server.stdin.write("stop\n")
        server.stdin.flush()
        line = server.stdout.readline()
        server.wait(timeout=60)
    received = json.loads(line)
    raw_base = 900_000_000  # bench.pushproc.RAW_CHAT_BASE
    raw = sorted(float(at) for chat, _, at in received["sent"] if int(chat) >= raw_base)
    sent = [m for m in received["sent"] if int(m[0]) < BRIEF_CHAT_BASE]
    times = sorted(float(at) for _, _, at in sent)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")
    got = Counter((int(chat), h) for chat, h, _ in sent)
    expected = Counter((int(chat), h) for chat, h in bot["expected"])
    duplicates = sum(c - 1 for c in got.values() if c > 1)
    lost_messages = sum((expected - got).values())
    unfinished = 0 if max_seconds else bot["due"] - bot["deliveries_sent"]
    rejected_other = sum(1 for _, status, _ in received["rejected"] if status != 429)
    return PushResult(
        subscribers=len(specs),
        due=bot["due"],
        deliveries_sent=bot["deliveries_sent"],
        messages=len(sent),
        rate=rate,
        too_many=int(received["too_many"]),
        rejected_other=rejected_other,
        duplicates=duplicates,
        lost=lost_messages + unfinished,
        tick_seconds=float(bot["tick_seconds"]),
        plan_seconds=float(bot["plan_seconds"]),
        rss_loaded_mb=float(bot["rss_loaded_mb"]),
        rss_peak_push_mb=float(bot["rss_peak_push_mb"]),
        peak_rss_mb=float(bot["peak_rss_mb"]),
        window_max=_window_max(times),
        tick_cpu_seconds=float(bot["tick_cpu_seconds"]),
        tick_runqueue_wait_seconds=float(bot["tick_runqueue_wait_seconds"]),
        server_cpu_seconds=float(received["cpu_seconds"]),
        rss_after_ingest_mb=float(bot["rss_after_ingest_mb"]),
        raw_rate=(len(raw) - 1) / (raw[-1] - raw[0]) if len(raw) > 1 else float("nan"),
        raw_messages=len(raw),
        process={k: v for k, v in bot.items() if k != "expected"},
        brief_seconds=[float(t) for t in received.get("briefs", {}).get("seconds", [])],
        brief_missing=int(received.get("briefs", {}).get("missing", 0)),
        brief_during_push=int(received.get("briefs", {}).get("during_push", 0)),
    )


def _window_max(times: Sequence[float], window: float = 1.0) -> int:
    best = 0
    lo = 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def p99(values: Sequence[float]) -> float:
    return percentile(values, 99)
