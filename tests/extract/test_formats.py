"""HTML pages, Markdown with front matter, JSON/YAML records and sidecar metadata."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import yaml

from briefings.extract import analyse
from briefings.load import is_sidecar, load_source, read_sidecar
from briefings.models import Article, DateOrigin, SourceFormat


def _page(article: Article, *, date_meta: bool = True) -> bytes:
    """A realistic news page around the article: head meta, menu, share widgets, footer."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    date = (
        '<meta property="article:published_time" content="2025-04-26T16:31:00+04:00">'
        if date_meta
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(article.title)} | Caliber.az</title>
<meta property="og:title" content="{html.escape(article.title)}">
<meta property="og:site_name" content="Caliber.az">
<meta property="og:url" content="https://caliber.az/en/post/kallas-baku">
<link rel="canonical" href="https://caliber.az/en/post/kallas-baku">
{date}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/analytics">Analytics</a></li><li><a href="/ru">ru</a></li></ul></nav>
<div class="social"><a href="https://twitter.com/x">twitter</a> <a href="https://t.me/x">telegram</a></div>
</header>
<main><article>
<h1>{html.escape(article.title)}</h1>
<div class="meta"><time datetime="2025-04-26">26 April 2025 16:31</time>
<span>Views: 194</span></div>
{paras}
<div class="share">Liked the story? Share it on social media!
<a href="#">print</a> <a href="#">copy link</a></div>
</article></main>
<aside><h3>Most read</h3>
<ul><li><a href="/a">Another story about something else</a></li></ul></aside>
<footer><p>Any use of materials is allowed only if there is a hyperlink to Caliber.az</p>
<p>Caliber.az © 2025</p></footer>
</body></html>""".encode()


def test_html_page_gives_the_same_paragraphs_and_metadata(caliber: Article) -> None:
    """trafilatura finds the article; paragraphs match the plain-text scrape; meta date wins."""
    doc = load_source(_page(caliber), "kallas.html")[0]
    article = analyse(doc)
    assert article.source_format is SourceFormat.HTML
    assert article.paragraphs == caliber.paragraphs
    assert article.title == caliber.title
    assert article.published == dt.date(2025, 4, 26)
    assert article.date_origin is DateOrigin.METADATA
    assert article.outlet == "Caliber.az"
    assert article.url == "https://caliber.az/en/post/kallas-baku"
    assert {q.speaker for q in article.quotes} == {"Kaja Kallas", "Jeyhun Bayramov"}


def test_html_sniffed_without_extension(caliber: Article) -> None:
    """A page saved as .txt is recognised as HTML by its content."""
    doc = load_source(_page(caliber), "saved-page.txt")[0]
    assert doc.source_format is SourceFormat.HTML
    assert doc.paragraphs == caliber.paragraphs


def test_markdown_front_matter() -> None:
    """Front matter supplies metadata; Markdown headings, links and emphasis are unwrapped."""
    text = (
        b"---\ntitle: Gas to Europe\noutlet: Report.az\nurl: https://report.az/x\n"
        b"published: 2025-02-01\nlanguage: en\n---\n"
        b"# Gas to Europe\n\nAzerbaijan will export **12.9 bcm** of gas to "
        b"[Europe](https://e.eu) this year.\n\n"
        b"Share\n\nThe minister said more deliveries are planned, "
        b"and 10 countries already buy it.\n"
    )
    doc = load_source(text, "gas.md")[0]
    article = analyse(doc)
    assert doc.source_format is SourceFormat.MARKDOWN
    assert article.title == "Gas to Europe"
    assert article.paragraphs == [
        "Azerbaijan will export 12.9 bcm of gas to Europe this year.",
        "The minister said more deliveries are planned, and 10 countries already buy it.",
    ]
    assert (article.outlet, article.published, article.date_origin) == (
        "Report.az",
        dt.date(2025, 2, 1),
        DateOrigin.METADATA,
    )
    assert article.url == "https://report.az/x"


def test_text_with_front_matter_is_cleaned_like_a_scrape() -> None:
    """A .txt with front matter keeps the metadata and still loses its site furniture."""
    text = (
        b"---\noutlet: APA\ndate: 2025-03-03\n---\ntwitter\nViews: 5\n"
        b"The talks in Baku ended with a joint statement on transit.\n"
    )
    doc = load_source(text, "apa.txt")[0]
    assert doc.paragraphs == ["The talks in Baku ended with a joint statement on transit."]
    assert doc.meta.published == dt.date(2025, 3, 3)
    assert doc.meta.outlet == "APA"


def test_json_list_of_records() -> None:
    """A JSON list gives one document per record, named file#index, with its fields as meta."""
    records = [
        {
            "title": "Gas deal",
            "text": "Azerbaijan signed a gas deal.\n\nExports will grow by 15%.",
            "outlet": "Trend",
            "url": "https://trend.az/1",
            "published": "2025-04-01T10:00:00Z",
        },
        {
            "title": "Peace talks",
            "paragraphs": ["Baku and Yerevan met in Abu Dhabi.", "Talks went on."],
        },
    ]
    docs = load_source(json.dumps(records).encode(), "feed.json")
    assert [d.source_name for d in docs] == ["feed.json#0", "feed.json#1"]
    assert docs[0].paragraphs == ["Azerbaijan signed a gas deal.", "Exports will grow by 15%."]
    assert docs[0].meta.published == dt.date(2025, 4, 1)
    assert str(docs[0].meta.url) == "https://trend.az/1"
    assert docs[1].paragraphs == ["Baku and Yerevan met in Abu Dhabi.", "Talks went on."]
    first, second = (analyse(d) for d in docs)
    assert first.id != second.id
    assert first.figures[0].unit == "%"


def test_yaml_single_record_with_body_alias() -> None:
    """A YAML mapping is one record; 'body' is accepted for the text."""
    data = yaml.safe_dump(
        {"title": "Demining", "body": "ANAMA cleared 1,200 hectares in Aghdam.", "language": "en"}
    ).encode()
    (doc,) = load_source(data, "one.yaml")
    assert doc.source_format is SourceFormat.YAML
    assert doc.source_name == "one.yaml"
    assert analyse(doc).figures[0].text == "1,200 hectares"


def test_sidecar_read_and_recognised(tmp_path: Path) -> None:
    """<stem>.meta.yaml beside a file is its metadata; the sidecar itself is not a source."""
    source = tmp_path / "000_story.txt"
    source.write_text("A story. It is short.", "utf-8")
    side = tmp_path / "000_story.meta.yaml"
    side.write_text("outlet: AZERTAC\ndate: 2024-03-18\nurl: https://azertag.az/x\n", "utf-8")
    meta = read_sidecar(source)
    assert meta is not None
    assert (meta.outlet, meta.published) == ("AZERTAC", dt.date(2024, 3, 18))
    assert is_sidecar(side) and not is_sidecar(source)
    assert read_sidecar(tmp_path / "missing.txt") is None


def test_identity_and_content_hash(caliber_path: Path, caliber: Article) -> None:
    """Same bytes under another name: same content hash, different id; an edit changes the hash."""
    data = caliber_path.read_bytes()
    renamed = analyse(load_source(data, "copy.txt")[0])
    assert renamed.content_hash == caliber.content_hash
    assert renamed.id != caliber.id
    edited = analyse(load_source(data.replace(b"Views: 194", b"Views: 195") + b"", "x.txt")[0])
    assert edited.content_hash == caliber.content_hash  # furniture is not content
    changed = analyse(load_source(data.replace(b"90-95%", b"90-96%"), caliber_path.name)[0])
    assert changed.id == caliber.id and changed.content_hash != caliber.content_hash


def test_russian_cp1251_html_with_dateline_only(russian: Article) -> None:
    """A cp1251 Russian page with no date metadata takes its date from the visible dateline."""
    paras = russian.paragraphs
    page = (
        '<html><head><meta charset="windows-1251"><title>Газ для Европы</title></head><body>'
        "<nav>Главная | Новости | Поделиться</nav><article><h1>Газ для Европы</h1>"
        "<p class='date'>12 февраля 2025, 18:45</p>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        + "</article><footer>© 2025 Все права защищены</footer></body></html>"
    )
    article = analyse(load_source(page.encode("cp1251"), "ru.html")[0])
    assert article.paragraphs == paras
    assert (article.published, article.date_origin) == (dt.date(2025, 2, 12), DateOrigin.TEXT)
    assert article.language == "ru"
    assert {p.name for p in article.people} == {"Ilham Aliyev", "Jeyhun Bayramov"}
