"""Outlets of real scrapes, round 30: a site's address signing its date; agency datelines
with a country's initials, without a comma or with full stops for dashes; a known agency
credited with its word or its correspondent, or relaying its own source; a Russian
'Источник:' line in common words. Every sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.dates import day_months, full_dates
from briefings.load.vocabulary import boilerplate
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE_RU = "Совет гавани одобрил углубление северного канала"
_LEAD_RU = "Совет гавани во вторник утвердил план работ на северном канале, сообщил его глава."


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        pytest.param("ГАВАНЬ (РФ), 4 фев — ВЕСТЬ. ", "ВЕСТЬ", id="country-initials"),
        pytest.param("ПОРТОВСК 9 окт – Вестник Гавани. ", "Вестник Гавани", id="no-comma"),
        pytest.param("Портовск, 17 марта. Гаваньинформ. ", "Гаваньинформ", id="full-stops"),
    ],
)
def test_an_agency_dateline_names_the_outlet_and_leaves_the_lead(
    dateline: str, outlet: str
) -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{dateline}{_LEAD_RU}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == outlet
    assert doc.paragraphs[0] == _LEAD_RU


def test_a_capitals_word_and_a_day_are_no_dateline_without_a_credit() -> None:
    lead = "ООН 8 марта призвала стороны вернуться к переговорам о канале."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet is None
    assert doc.paragraphs[0] == lead


@pytest.mark.parametrize(
    "credit",
    [
        "передает агентство Trend",
        "передает собственный корреспондент агентства Trend",
        "передает Trend со ссылкой на мэрию",
    ],
)
def test_a_known_agency_crediting_itself_at_the_lead_s_end(credit: str) -> None:
    lead = f"Паромы вернутся на северную линию весной, {credit}."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == boilerplate().known_outlet("Trend")


@pytest.mark.parametrize(
    "credit", ["передает агентство Гавань-Пресс", "передает агентство Reuters со ссылкой на мэрию"]
)
def test_an_unknown_or_big_agency_so_credited_is_a_source_cited(credit: str) -> None:
    lead = f"Паромы вернутся на северную линию весной, {credit}."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize("source", ["Соцсети очевидцев", "Переговоры"])
def test_a_source_line_in_common_russian_words_names_no_outlet(source: str) -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник: {source}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize("source", ["«Вестник Гавани»", "ГАВАНЬ-ИНФО", "Harbourwire"])
def test_a_source_line_naming_an_outlet_still_names_it(source: str) -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник: {source}")
    assert doc.meta.outlet is not None


_HEADLINE = "Harbour council backs plan to dredge the northern channel"


@pytest.mark.parametrize(
    ("stamp", "outlet", "date"),
    [
        pytest.param(
            "Harbourwire.org, 9 Feb 2018 - 11:05, Portville,Ruritania",
            "Harbourwire.org",
            dt.date(2018, 2, 9),
            id="comma-time-place",
        ),
        pytest.param(
            "news.harbour.org | 14. 05. 2021 Шрифт: a a a",
            "news.harbour.org",
            dt.date(2021, 5, 14),
            id="bar-spaced-dots",
        ),
    ],
)
def test_the_sites_address_signing_the_date_names_and_dates_the_page(
    stamp: str, outlet: str, date: dt.date
) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{stamp}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.text_date == date
    assert not any(stamp in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        pytest.param("09:40 12 May Portville, Ruritania", None, id="clock-day-month"),
        pytest.param(
            "21/03/2023 Ruritania, Portville, Harbour Falls", dt.date(2023, 3, 21), id="slashed"
        ),
    ],
)
def test_a_date_stamp_listing_places_is_no_headline(stamp: str, date: dt.date | None) -> None:
    doc = loaded(f"{stamp}\n\n{PAGE_BODY}")
    assert doc.title != stamp
    assert not any(stamp in p for p in doc.paragraphs)
    if date is not None:
        assert doc.text_date == date


def test_a_headline_opening_on_a_date_is_still_the_headline() -> None:
    headline = "12 May vote puts Portville harbour plan on hold"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_a_byline_cell_ending_on_a_bar_is_not_the_headline_s_wrapped_end() -> None:
    byline = "Mara Quist and Tomas Lind and Ada Brel |"
    doc = loaded(f"{_HEADLINE}\n{byline}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_a_bar_dangling_after_the_headline_is_dropped() -> None:
    doc = loaded(f"{_HEADLINE} |\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Print Mail Large Medium Small 0", id="toolbar"),
        pytest.param(
            "This website uses cookies to remember your settings. Cookie data stays in your "
            "browser and tells our team which pages of the site readers open most often, so "
            "that we can improve them, measure the traffic of each section and show you "
            "offers that suit you better on your next visit.",
            id="long-cookie-banner",
        ),
        pytest.param("Your support helps us keep reporting", id="donation-appeal"),
    ],
)
def test_site_furniture_over_the_story_is_no_headline(furniture: str) -> None:
    doc = loaded(f"{furniture}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert furniture not in doc.paragraphs


def test_a_site_icons_label_names_the_outlet() -> None:
    doc = loaded(f"Site icon Harbour 24\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Harbour 24"
    assert doc.title == _HEADLINE


def test_a_stamp_giving_the_month_in_the_nominative_dates_the_page() -> None:
    stamp = "09:12, 17 Февраль 2024 | GMT +5"
    doc = loaded(f"{_HEADLINE_RU}\n\n{stamp}\n\n{PAGE_BODY_RU}")
    assert doc.text_date == dt.date(2024, 2, 17)


def test_a_nominative_month_without_a_year_is_no_date() -> None:
    assert full_dates("17 февраль") == []
    assert day_months("к 17 февраль") == []


def test_a_wire_dateline_with_the_day_and_no_city_credits_the_wire() -> None:
    doc = loaded(f"{_HEADLINE}\n\nMar 3 (Harbourwire) – {PAGE_BODY}")
    assert doc.meta.outlet == "Harbourwire"
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_bracketed_agency_after_a_full_date_in_figures_keeps_its_quoted_brand() -> None:
    dateline = "Портовск, 12.03.2016. (АИ «Гавань»). — "
    doc = loaded(f"{_HEADLINE_RU}\n\n{dateline}{_LEAD_RU}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == "АИ «Гавань»"
    assert doc.text_date == dt.date(2016, 3, 12)
    assert doc.paragraphs[0] == _LEAD_RU


@pytest.mark.parametrize(
    ("stamp", "author"),
    [
        pytest.param("By Mara Quist in Portville March 3, 2024", "Mara Quist", id="filed-in"),
        pytest.param(
            "Last Updated on Sunday, 3 March 2024, 10:12 by Tomas Lind", "Tomas Lind", id="updated"
        ),
    ],
)
def test_a_byline_or_update_stamp_with_the_date_dates_the_page(stamp: str, author: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{stamp}\n\n{PAGE_BODY}")
    assert doc.text_date == dt.date(2024, 3, 3)
    assert doc.meta.author == author
    assert stamp not in doc.paragraphs
