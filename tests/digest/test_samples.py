"""The bundled samples, ingested through the real pipeline, give the briefs the issue asks for.

These pin properties (facts present, nothing repeated, nothing invented), not exact output:
extraction and ranking may improve without breaking them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from briefings.config import CoreSettings
from briefings.digest import display_sentence
from briefings.digest.spans import verbatim_parts
from briefings.models import Article, Briefing
from briefings.render import OutputFormat, render_briefing, render_messages, visible_text
from briefings.service import BriefingService

from .factories import NOW, SAMPLES


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BriefingService]:
    folder = tmp_path_factory.mktemp("samples")
    settings = CoreSettings(data_dir=folder, database_url=f"sqlite:///{folder / 'b.db'}")
    service = BriefingService(settings)
    for path in sorted(SAMPLES.glob("*.txt")):
        service.ingest_path(path)
    yield service
    service.close()


@pytest.fixture(scope="module")
def articles(service: BriefingService) -> dict[str, Article]:
    return {a.id: a for a in service.recent(limit=10)}


def shown_text(briefing: Briefing) -> str:
    return visible_text(render_briefing(briefing, OutputFormat.HTML))


def test_samples_are_both_ingested(articles: dict[str, Article]) -> None:
    """The fixture holds the two sample articles (guards the tests below)."""
    assert sorted(a.outlet or "" for a in articles.values()) == ["AZERTAC", "Caliber.az"]


def test_energy_brief_has_the_export_figures_the_corridor_and_the_countries(
    service: BriefingService,
) -> None:
    """Energy: the gas export figures (once, in the quote), Southern Gas Corridor, 10 countries."""
    briefing = service.brief("energy", NOW)
    text = shown_text(briefing)
    assert "Southern Gas Corridor" in text
    assert "10 European countries" in text
    assert text.count("12 billion cubic meters to 20") == 1
    assert len(briefing.items) >= 2


def test_peace_brief_has_the_treaty_quote_and_the_constitution_condition(
    service: BriefingService,
) -> None:
    """Peace talks: Kallas on the agreed treaty text, Bayramov's condition on the Constitution."""
    briefing = service.brief("peace", NOW)
    assert briefing.quote is not None
    assert briefing.quote.quote.speaker == "Kaja Kallas"
    assert "peace treaty" in briefing.quote.quote.text
    assert "Armenia’s Constitution" in shown_text(briefing)


def test_partnerships_brief_has_the_agreement_share_and_the_nato_framework(
    service: BriefingService,
) -> None:
    """Partnerships: the 90-95% agreed EU agreement and the new NATO partnership framework."""
    briefing = service.brief("partnerships", NOW)
    assert "90-95% agreed" in shown_text(briefing)
    assert "new framework for partnership between NATO and Azerbaijan" in shown_text(briefing)


@pytest.mark.parametrize("topic", ["energy", "peace-talks", "partnerships", "security", "climate"])
def test_sample_briefs_are_short_verbatim_and_never_repeat_a_sentence(
    service: BriefingService, articles: dict[str, Article], topic: str
) -> None:
    """Items, quote and key figures are verbatim, attributed, within budget, each shown once."""
    briefing = service.brief(topic, NOW)
    assert briefing.items and briefing.newest is not None
    assert len(shown_text(briefing)) <= 1200 * 1.1
    assert len(render_messages(briefing)) == 1
    shown: list[str] = []
    for item in briefing.items:
        assert item.sources and all(s.outlet for s in item.sources)
        for sentence in item.sentences:
            source = articles[item.sources[0].article_id]
            for part in verbatim_parts(sentence):  # "…" marks a cut
                assert any(part in p for p in source.paragraphs), sentence
            shown.append(sentence)
    figure_sentences = [display_sentence(k.figure.sentence) for k in briefing.key_figures]
    assert len(set(figure_sentences)) == len(figure_sentences), "two key figures, one sentence"
    for key in briefing.key_figures:
        assert key.figure.text in key.figure.sentence
        assert any(key.figure.sentence in p for p in articles[key.source.article_id].paragraphs)
    for sentence in shown:
        assert not any(f in sentence or sentence in f for f in figure_sentences), sentence
    if briefing.quote is not None:
        quoted = briefing.quote.quote.text
        assert any(quoted in q.text for q in articles[briefing.quote.source.article_id].quotes)
        assert not any(quoted in sentence for sentence in shown), quoted


@pytest.mark.parametrize("topic", ["energy", "peace-talks", "partnerships"])
def test_sample_briefs_do_not_depend_on_how_long_ago_the_newest_fact_was(
    service: BriefingService, topic: str
) -> None:
    """Asked a week or two years after the newest article, the same facts are chosen."""
    soon = service.brief(topic, NOW)
    later = service.brief(topic, NOW + dt.timedelta(days=730))
    assert later.items == soon.items
    assert later.key_figures == soon.key_figures
    assert later.quote == soon.quote
