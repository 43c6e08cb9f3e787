"""The scrape cleaner generalises beyond the two seeds: other outlets' layouts and furniture."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.models import Article, DateOrigin

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def report(article_of: Callable[[Path], Article]) -> Article:
    return article_of(DATA / "report_scrape.txt")


@pytest.fixture(scope="module")
def tass(article_of: Callable[[Path], Article]) -> Article:
    return article_of(DATA / "tass_ru.txt")


def test_report_scrape_cleaned(report: Article) -> None:
    """Menu, tags, share buttons, 'Read also', most-read headlines and copyright all go."""
    assert report.title == "Azerbaijan, Bulgaria sign memorandum on green energy corridor"
    assert report.outlet == "Report.az"
    assert (report.published, report.date_origin) == (dt.date(2025, 3, 12), DateOrigin.TEXT)
    assert len(report.paragraphs) == 6
    assert report.paragraphs[0].startswith("Azerbaijan and Bulgaria have signed")
    assert (
        report.paragraphs[-1] == "In 2024, Azerbaijan exported 12.9 bcm of natural gas to Europe."
    )
    text = report.text
    for junk in ("Read also", "Share on", "Most read", "Tags", "©", "Baku. Report", "Prices for"):
        assert junk not in text


def test_report_people_figures_quote(report: Article) -> None:
    """Unknown minister found from his title; GW, € and bcm figures; quote by surname."""
    roles = {p.name: p.role for p in report.people}
    assert roles["Parviz Shahbazov"] == "Azerbaijani Energy Minister"
    assert roles["Zhecho Stankov"] == "Bulgarian Minister of Energy"
    units = {(f.value, f.unit) for f in report.figures}
    assert {(4.0, "GW"), (3.5e9, "EUR"), (12.9, "bcm")} <= units
    assert not any(f.value in (2024, 2025) for f in report.figures)
    assert [q.speaker for q in report.quotes] == ["Parviz Shahbazov"]


def test_tass_russian_scrape(tass: Article) -> None:
    """Agency tagline, wire dateline, 'Читайте также', tags and copyright go; title over date.
    The Russian page credits ТАСС, and the outlet is kept as the page writes it."""
    assert tass.title == "Лавров: Россия поддерживает мирный процесс между Баку и Ереваном"
    assert tass.outlet == "ТАСС"
    assert tass.language == "ru"
    assert tass.published == dt.date(2024, 11, 5)
    assert len(tass.paragraphs) == 5
    for junk in ("Информационное агентство", "/ТАСС/", "Читайте", "Поделиться", "Ctrl+Enter", "©"):
        assert junk not in tass.text


def test_tass_quotes_resolved_by_surname_and_title(tass: Article) -> None:
    """'- сказал Лавров' and '— подчеркнул глава азербайджанского МИД' get full names."""
    assert [q.speaker for q in tass.quotes] == ["Sergey Lavrov", "Jeyhun Bayramov"]
    roles = {p.name: p.role for p in tass.people}
    assert roles["Jeyhun Bayramov"] == "Глава МИД Азербайджана"
    assert (4e9, "USD") in {(f.value, f.unit) for f in tass.figures}


@pytest.fixture(scope="module")
def reuters(article_of: Callable[[Path], Article]) -> Article:
    return article_of(DATA / "reuters_like.txt")


def test_reuters_like_wrapped_scrape(reuters: Article) -> None:
    """Hard-wrapped lines are rejoined into paragraphs; byline, topics and standards go."""
    assert reuters.title == "Azerbaijan and Armenia initial peace treaty text, officials say"
    assert reuters.outlet == "Reuters"
    assert reuters.published == dt.date(2025, 3, 14)
    assert len(reuters.paragraphs) == 4
    # The wire dateline is metadata (outlet, day), not article text.
    assert reuters.paragraphs[0].startswith("Azerbaijan and Armenia")
    assert reuters.paragraphs[0].endswith("a signing later this year.")
    for junk in ("By Nailia", "Reporting by", "Trust Principles", "Read Next", "Sign In"):
        assert junk not in reuters.text
    assert {p.name: p.role for p in reuters.people}["Ararat Mirzoyan"] == (
        "Armenian Foreign Minister"
    )
    assert ("more than 100,000 ethnic Armenians", 100000.0) in {
        (f.text, f.value) for f in reuters.figures
    }
    assert not any(f.value in (1990, 2020, 2023) for f in reuters.figures)


def test_apa_scrape(article_of: Callable[[Path], Article]) -> None:
    """Counter, photo credit, teaser and "Other news" go; "..., APA reports." names the outlet."""
    article = article_of(DATA / "apa_scrape.txt")
    assert article.outlet == "APA"
    assert article.title.startswith("Hikmet Hajiyev: Azerbaijan is ready to sign")
    assert article.published == dt.date(2025, 3, 20)
    assert len(article.paragraphs) == 5
    for junk in ("1245", "Photo:", "Read also", "Armenian FM:", "Follow us", "Other news"):
        assert junk not in article.text
    assert [q.speaker for q in article.quotes] == ["Hikmet Hajiyev"]
    assert {f.text for f in article.figures} >= {"$16 billion", "50%"}


def test_sputnik_russian_scrape(article_of: Callable[[Path], Article]) -> None:
    """A time-first dateline with '(обновлено: …)' is the date; 'глава МИД' is Bayramov."""
    article = article_of(DATA / "sputnik_ru.txt")
    assert article.title == "Байрамов: Баку и Ереван согласовали все статьи мирного договора"
    assert (article.outlet, article.published) == ("Sputnik", dt.date(2025, 3, 12))
    assert len(article.paragraphs) == 5
    assert not any("обновлено" in p or "Подпи" in p for p in article.paragraphs)
    assert [q.speaker for q in article.quotes] == ["Jeyhun Bayramov"]
    assert "12 мар" not in {f.text for f in article.figures}
