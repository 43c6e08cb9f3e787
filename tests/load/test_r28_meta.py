"""Outlets of real scrapes, round 28: a site's own name glued to the lead by a dash or a slash
("Harbourwire- The council …") names the page, and leaves the lead; a capitals city dateline
("PORTVILLE – The council …") and a compound word ("Portville-Harbour ferry …") do not.
Every sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, analysed, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_LEAD = "The harbour council approved the dredging plan on Tuesday, its chair said."


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Harbourwire- ", "Harbourwire"),
        ("HARBOURWIRE- ", "HARBOURWIRE"),
        ("Portville News/ ", "Portville News"),
        ("PORTVILLE – ", None),
    ],
)
def test_a_site_name_glued_to_the_lead_names_the_page(opening: str, outlet: str | None) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{opening}{_LEAD}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.paragraphs[0] == _LEAD


def test_a_compound_word_opening_the_lead_is_no_outlet() -> None:
    lead = "Portville-Harbour ferry crossings will resume in May, the operator said on Monday."
    doc = loaded(f"{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None
    assert doc.paragraphs[0] == lead


@pytest.mark.parametrize(("line", "outlet"), [("HBC News", "HBC News"), ("World News", None)])
def test_an_acronym_and_news_over_the_story_is_its_masthead(line: str, outlet: str | None) -> None:
    assert loaded(f"{_HEADLINE}\n\n{line}\n\n{PAGE_BODY}").meta.outlet == outlet


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [("PORTVILLE CITY (Harbourwire /25 August) – ", "Harbourwire"), ("Portville (dpa) – ", "dpa")],
)
def test_a_wire_dateline_credits_the_page(dateline: str, outlet: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{dateline}{_LEAD}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.paragraphs[0] == _LEAD


def test_a_russian_wire_dateline_with_the_year_and_two_hyphens() -> None:
    lead = "Совет гавани во вторник одобрил план углубления северного канала."
    dateline = "ГАВАНЬ, 25 июня 2025 (Harbourwire) -- "
    page = f"Совет гавани одобрил план\n\n{dateline}{lead}\n\n{PAGE_BODY_RU}"
    doc = loaded(page)
    assert doc.meta.outlet == "Harbourwire"
    assert doc.paragraphs[0] == lead
    assert analysed(page).published == dt.date(2025, 6, 25)
