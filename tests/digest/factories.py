"""Articles for digest tests, built without the extraction stage.

Figures and quotes are attached by hand (exact substrings of the sample text), so these tests
do not depend on how extraction finds them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path
from typing import Any

from briefings.models import (
    Article,
    Attribution,
    Briefing,
    BriefingItem,
    DateOrigin,
    Figure,
    Quote,
    SourceFormat,
)
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.sentences import split_sentences
from briefings.topics import TopicSet

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


#: A lead whose page has no headline, so the loader took this sentence as the title.
HEADLESS_LEAD = "Velmora and Ostrand agreed to build a 400-kilometre power line by 2029."


def headless_source(**overrides: object) -> Attribution:
    """The attribution of a page with no outlet, no link and its first sentence as title."""
    fields: dict[str, object] = {
        "article_id": "a1",
        "outlet": None,
        "title": HEADLESS_LEAD,
        "published": dt.date(2025, 4, 26),
        "date_origin": DateOrigin.TEXT,
        "url": None,
    }
    fields.update(overrides)
    return Attribution.model_validate(fields)


def make_article(**overrides: Any) -> Article:
    """A valid article; override any field. The content hash follows the paragraphs."""
    fields: dict[str, Any] = {
        "id": "a1",
        "title": "Azerbaijan raises gas exports to Europe",
        "outlet": "Trend",
        "url": "https://example.com/a1",
        "published": dt.date(2025, 4, 28),
        "date_origin": DateOrigin.METADATA,
        "source_name": "a1.txt",
        "source_format": SourceFormat.TEXT,
        "paragraphs": ["Azerbaijan exported 12.9 bcm of gas to Europe in 2024."],
    }
    fields.update(overrides)
    fields.setdefault(
        "content_hash", hashlib.sha256("\n".join(fields["paragraphs"]).encode()).hexdigest()
    )
    return Article.model_validate(fields)


def figure(text: str, sentence: str, value: float = 1.0, unit: str | None = None) -> Figure:
    """A figure found in `sentence` (which must contain `text`)."""
    assert text in sentence
    return Figure(text=text, value=value, unit=unit, sentence=sentence)


def figures_in(paragraphs: list[str], wanted: dict[str, str | None]) -> list[Figure]:
    """Figures for each wanted text (-> unit), found in the paragraphs' sentences."""
    found: list[Figure] = []
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            found.extend(figure(t, sentence, unit=u) for t, u in wanted.items() if t in sentence)
    return found


def _paragraphs(path: Path) -> list[str]:
    blocks = [b.strip() for b in path.read_text("utf-8").split("\n\n")]
    return [b for b in blocks if len(b.split()) >= 8]


def azertac() -> Article:
    """The AZERTAC interview: answers (lines starting '- ') are Stoltenberg's quotes."""
    paragraphs = _paragraphs(next(SAMPLES.glob("000_*.txt")))
    return make_article(
        id="azertac-stoltenberg",
        title=paragraphs[0],
        outlet="AZERTAC",
        url=None,
        published=dt.date(2024, 3, 18),
        date_origin=DateOrigin.INFERRED,
        source_name="000.txt",
        paragraphs=paragraphs,
        figures=figures_in(
            paragraphs, {"12 billion cubic meters": "bcm", "hundred thousand": "people"}
        ),
        quotes=[
            Quote(text=p.removeprefix("- "), speaker="Jens Stoltenberg", sentence=p)
            for p in paragraphs
            if p.startswith("- ")
        ],
    )


def caliber() -> Article:
    """The Caliber.az analysis of Kallas's visit, with its two quotes."""
    paragraphs = _paragraphs(next(SAMPLES.glob("001_*.txt")))
    kallas = next(p for p in paragraphs if p.startswith("“Armenia"))
    bayramov = next(p for p in paragraphs if p.startswith('"In recent years'))
    return make_article(
        id="caliber-kallas",
        title="Baku – Brussels: A new level of interaction",
        outlet="Caliber.az",
        url="https://caliber.az/en/post/baku-brussels",
        published=dt.date(2025, 4, 26),
        date_origin=DateOrigin.TEXT,
        source_name="001.txt",
        paragraphs=paragraphs,
        figures=figures_in(paragraphs, {"10 European countries": "countries", "90-95%": "%"}),
        quotes=[
            Quote(text=kallas.split("”")[0].lstrip("“"), speaker="Kaja Kallas", sentence=kallas),
            Quote(text=bayramov.split('"')[1], speaker="Jeyhun Bayramov", sentence=bayramov),
        ],
    )


def samples(topics: TopicSet) -> list[Article]:
    """Both samples, classified as ingestion would."""
    return [topics.classify(azertac()), topics.classify(caliber())]


def synthetic(count: int, topics: TopicSet, seed: int = 7) -> list[Article]:
    """`count` classified articles recombined from the samples' paragraphs, dates over a year."""
    rng = random.Random(seed)
    pool = [p for article in (azertac(), caliber()) for p in article.paragraphs]
    outlets = ["AZERTAC", "Caliber.az", "Trend", "APA", "Report.az", "Turan", None]
    articles: list[Article] = []
    for n in range(count):
        paragraphs = rng.sample(pool, k=rng.randint(3, 8))
        published = NOW.date() - dt.timedelta(days=rng.randint(0, 365))
        article = make_article(
            id=f"syn-{n}",
            title=f"Report {n}: {paragraphs[0][:60]}",
            outlet=rng.choice(outlets),
            url=f"https://news.example/{n}" if n % 3 else None,
            published=published if n % 11 else None,
            date_origin=DateOrigin.METADATA if n % 11 else DateOrigin.UNKNOWN,
            source_name=f"syn-{n}.txt",
            paragraphs=paragraphs,
            figures=figures_in(
                paragraphs,
                {"12 billion cubic meters": "bcm", "10 European countries": None, "90-95%": "%"},
            ),
        )
        articles.append(topics.classify(article))
    return articles


#: A dated fact from another outlet, so that a brief built around it shows dates.
DATED_OTHER = "Ostrand opened a gas storage site of 2 bcm near Corvale on Friday."


def brief_beside_dated(sentence: str, source: Attribution) -> Briefing:
    """A brief with one dated item from another outlet, then `sentence` from `source`."""
    dated = headless_source(article_id="a2", outlet="Ostrand Wire", title="Storage opens")
    return Briefing(
        topic_id="energy",
        topic_title="Energy",
        generated_at=NOW,
        items=[
            BriefingItem(sentences=[DATED_OTHER], sources=[dated], score=2.0),
            BriefingItem(sentences=[sentence], sources=[source], score=1.0),
        ],
        newest=dt.date(2025, 4, 26),
        oldest=dt.date(2025, 4, 26),
    )


def shown(briefing: Briefing, fmt: OutputFormat) -> str:
    """What a reader sees of `briefing` rendered in `fmt`."""
    rendered = render_briefing(briefing, fmt)
    return visible_text(rendered) if fmt is OutputFormat.HTML else rendered
