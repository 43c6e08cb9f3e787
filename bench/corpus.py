"""A deterministic synthetic corpus: articles and subscribers built from a seed.

Articles recombine the paragraphs of the project's own sources (the two real scrapes in
`samples/` and the labelled articles in `tests/corpus/articles/`), so every topic and the
off-topic ones (football, Grand Prix, jazz) appear in their real proportions, in English and
Russian. Each article comes out in one of three shapes an admin would drop in: a plain-text
scrape with site junk around it, an HTML page, or a JSON record.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from briefings.ingest import find_sources, read_source
from briefings.load import RawDocument, load_source

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = (ROOT / "samples", ROOT / "tests" / "corpus" / "articles")
YEAR_START = dt.date(2025, 1, 1)

OUTLETS = (
    ("AZERTAC", "azertag.az"),
    ("Trend", "en.trend.az"),
    ("Report.az", "report.az"),
    ("APA", "apa.az"),
    ("Caliber.az", "caliber.az"),
    ("CaspianWire", "caspianwire.example"),
    ("News.az", "news.az"),
    ("TASS", "tass.com"),
)

#: Site furniture seen in real scrapes (the seeds carry most of these).
JUNK_LINES = (
    "post-img",
    "twitter",
    "night_theme",
    "Views: {views}",
    "Ссылка скопирована",
    "Follow us on Telegram",
    "Share on Facebook",
    "POLITICS",
    "ECONOMY",
    "Read more",
    "Az Ru En",
    "© {year} All rights reserved",
    "Subscribe to our newsletter",
)

TIMEZONES = (
    "Asia/Baku",
    "Asia/Baku",
    "Asia/Baku",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Asia/Tbilisi",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
    "UTC",
)


class Shape(StrEnum):
    """How a generated article is packaged."""

    TEXT = "text"
    HTML = "html"
    JSON = "json"


@dataclass(frozen=True)
class SeedDoc:
    """One source document the generator recombines."""

    name: str
    title: str
    language: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class GeneratedArticle:
    """One synthetic source file: its bytes, file name and shape."""

    index: int
    name: str
    shape: Shape
    data: bytes
    outlet: str
    published: dt.date
    language: str
    seed_doc: str


@dataclass(frozen=True)
class SubscriberSpec:
    """One synthetic reader."""

    user_id: int
    chat_id: int
    name: str
    timezone: str
    digest_time: dt.time
    topics: tuple[str, ...]


def seed_documents() -> list[SeedDoc]:
    """The project's own articles, loaded and cleaned by the real loader (junk removed)."""
    docs: list[SeedDoc] = []
    for path in find_sources(SOURCE_DIRS):
        data, meta = read_source(path, max_bytes=5 * 1024 * 1024)
        for raw in load_source(data, path.name, meta=meta):
            docs.append(_seed(raw))
    if not docs:
        raise RuntimeError(f"no seed articles found under {SOURCE_DIRS}")
    return docs


def _seed(raw: RawDocument) -> SeedDoc:
    text = " ".join(raw.paragraphs)
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я")
    language = raw.meta.language or ("ru" if cyrillic > len(text) / 4 else "en")
    return SeedDoc(
        name=raw.source_name,
        title=raw.title or raw.paragraphs[0][:80],
        language=language,
        paragraphs=tuple(raw.paragraphs),
    )


class CorpusGenerator:
    """Articles number `i` is the same bytes for the same seed, whatever else is generated."""

    def __init__(self, seed: int = 42, docs: list[SeedDoc] | None = None) -> None:
        self.seed = seed
        self.docs = docs if docs is not None else seed_documents()
        self._by_language: dict[str, list[SeedDoc]] = {}
        for doc in self.docs:
            self._by_language.setdefault(doc.language, []).append(doc)
        self._seen: set[tuple[str, ...]] = set()

    def articles(self, count: int, start: int = 0) -> list[GeneratedArticle]:
        """Articles `start` .. `start + count - 1`; shapes rotate text, HTML, JSON."""
        return [self.article(i) for i in range(start, start + count)]

    def article(self, index: int) -> GeneratedArticle:
        rng = random.Random(self.seed * 1_000_003 + index)
        shape = (Shape.TEXT, Shape.HTML, Shape.JSON)[index % 3]
        paragraphs, doc = self._pick_paragraphs(rng)
        outlet, domain = rng.choice(OUTLETS)
        published = YEAR_START + dt.timedelta(days=rng.randrange(365))
        slug = f"{index:05d}_{domain.split('.')[0]}_{doc.name.split('.')[0][:24]}"
        url = f"https://{domain}/news/{index:05d}"
        title = doc.title
        if shape is Shape.TEXT:
            data = _scrape(rng, title, outlet, published, paragraphs)
            name = f"{slug}.txt"
        elif shape is Shape.HTML:
            data = _html_page(rng, title, outlet, url, published, doc.language, paragraphs)
            name = f"{slug}.html"
        else:
            record = {
                "title": title,
                "outlet": outlet,
                "url": url,
                "published": published.isoformat(),
                "language": doc.language,
                "text": "\n\n".join(paragraphs),
            }
            data = json.dumps(record, ensure_ascii=False, indent=2).encode()
            name = f"{slug}.json"
        return GeneratedArticle(
            index=index,
            name=name,
            shape=shape,
            data=data,
            outlet=outlet,
            published=published,
            language=doc.language,
            seed_doc=doc.name,
        )

    def _pick_paragraphs(self, rng: random.Random) -> tuple[list[str], SeedDoc]:
        """An in-order sample of one document's paragraphs, sometimes with one paragraph of
        another document in the same language; never the same combination twice."""
        for _ in range(100):
            doc = rng.choice(self.docs)
            size = min(len(doc.paragraphs), rng.randint(3, 7))
            chosen = sorted(rng.sample(range(len(doc.paragraphs)), size))
            paragraphs = [doc.paragraphs[i] for i in chosen]
            peers = [d for d in self._by_language[doc.language] if d is not doc]
            if peers and rng.random() < 0.6:
                other = rng.choice(peers)
                paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(other.paragraphs))
            key = tuple(paragraphs)
            if key not in self._seen:
                self._seen.add(key)
                return paragraphs, doc
        raise RuntimeError("could not draw a new paragraph combination in 100 tries")


def _junk(rng: random.Random) -> str:
    line = rng.choice(JUNK_LINES)
    return line.format(views=rng.randint(20, 9000), year=2025)


def _scrape(
    rng: random.Random,
    title: str,
    outlet: str,
    published: dt.date,
    paragraphs: list[str],
) -> bytes:
    """A plain-text copy of a news page: menus and counters above, share buttons below."""
    lines = [title, "", _junk(rng), "", outlet, "", rng.choice(("POLITICS", "ECONOMY")), ""]
    lines += [title, "", published.strftime("%d %B %Y %H:%M"), ""]
    for paragraph in paragraphs:
        lines += [paragraph, "", " ", ""]
    lines += [_junk(rng) for _ in range(rng.randint(2, 5))]
    return "\n".join(lines).encode()


def _html_page(
    rng: random.Random,
    title: str,
    outlet: str,
    url: str,
    published: dt.date,
    language: str,
    paragraphs: list[str],
) -> bytes:
    """A news page with navigation, the article, related links and a footer."""
    e = html.escape
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paragraphs)
    related = "".join(
        f'<li><a href="/news/{rng.randint(1, 99999)}">{e(_junk(rng))}</a></li>' for _ in range(4)
    )
    page = f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{e(title)} | {e(outlet)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(outlet)}">
<meta property="article:published_time" content="{published.isoformat()}T10:00:00+04:00">
<link rel="canonical" href="{e(url)}">
<script>window.dataLayer = window.dataLayer || []; if (a < b && c > d) {{}}</script>
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics/">Politics</a></li>
<li><a href="/economy/">Economy</a></li><li><a href="/energy/">Energy</a></li></ul></nav></header>
<main>
  <article>
    <h1>{e(title)}</h1>
    <div class="meta"><time datetime="{published.isoformat()}">{published:%d %B %Y}</time>
    <span class="views">Views: {rng.randint(20, 9000)}</span></div>
{body}
  </article>
  <aside><h3>Related</h3><ul>{related}</ul></aside>
</main>
<footer><p>© 2025 {e(outlet)}. All rights reserved.</p><p>Follow us on Telegram</p></footer>
</body>
</html>
"""
    return page.encode()


def subscribers(count: int, topic_ids: list[str], seed: int = 42) -> list[SubscriberSpec]:
    """`count` readers with one to three topics each, varied digest times and timezones; about
    one in fifty is a group chat (negative id), as a press office would add the bot to one."""
    rng = random.Random(seed * 7_919 + 1)
    out: list[SubscriberSpec] = []
    for i in range(count):
        user_id = 10_000_000 + i
        chat_id = -(1_000_000_000_000 + i) if rng.random() < 0.02 else user_id
        topics = tuple(sorted(rng.sample(topic_ids, rng.choice((1, 1, 2, 2, 3)))))
        out.append(
            SubscriberSpec(
                user_id=user_id,
                chat_id=chat_id,
                name=f"Reader {i}",
                timezone=rng.choice(TIMEZONES),
                digest_time=dt.time(rng.choice((6, 7, 7, 8, 8, 8, 9, 12, 18)), rng.choice((0, 30))),
                topics=topics,
            )
        )
    return out
