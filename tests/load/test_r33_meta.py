"""Metadata of real scrapes, round 33: a caption closing on its picture's copyright names no
outlet; a section's name over the story is not the site's; crumbs glued to the headline and
a date stamp glued before or after it leave the title (the stamp dating the page). Every
sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.extract import analyse
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param(
            "Two tugs push the dredger into the outer basin (left) ©QuayworksHoldings", id="caption"
        ),
        pytest.param("Северный канал / © Гавань Пресс", id="slash"),
        pytest.param("Причал у маяка ждёт ремонта © ФК Маяк", id="ru-caption"),
    ],
)
def test_a_caption_closing_on_its_copyright_names_no_outlet(caption: str) -> None:
    body = PAGE_BODY_RU if "Северный" in caption or "Причал" in caption else PAGE_BODY
    headline = _HEADLINE_RU if body is PAGE_BODY_RU else _HEADLINE
    doc = loaded(f"{headline}\n\n{caption}\n\n{body}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("© 2024 Portville Gazette", id="year"),
        pytest.param("Portville Gazette © All rights reserved", id="rights"),
        pytest.param("Copyright © Portville Gazette", id="copyright-word"),
    ],
)
def test_a_sites_own_copyright_line_still_names_it(line: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{line}")
    assert doc.meta.outlet == "Portville Gazette"


def test_a_section_name_over_the_story_repeated_in_more_in_is_no_outlet() -> None:
    page = f"Shipping\n\n{_HEADLINE}\n\n{PAGE_BODY}\n\nMore In Shipping\n\nMost Read in Shipping"
    assert loaded(page).meta.outlet is None


def test_crumbs_glued_to_the_headline_give_way_to_its_own_line() -> None:
    page = f"HomePorts{_HEADLINE}\n\n{_HEADLINE}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


def test_russian_crumbs_glued_to_the_headline_give_way_to_its_own_line() -> None:
    page = f"ГлавнаяГавань{_HEADLINE_RU}\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    assert loaded(page).title == _HEADLINE_RU


def test_a_stamp_with_weekday_and_seconds_glued_after_the_headline_leaves_it() -> None:
    page = f"{_HEADLINE} Monday, March 4, 2024 9:15:07 AM\n\n{PAGE_BODY}"
    article = analyse(loaded(page))
    assert article.title == _HEADLINE
    assert article.published == dt.date(2024, 3, 4)


def test_a_numeric_date_glued_before_the_headline_leaves_it_and_dates_the_page() -> None:
    page = f"14.06.2019 {_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    article = analyse(loaded(page))
    assert article.title == _HEADLINE_RU
    assert article.published == dt.date(2019, 6, 14)


def test_a_headline_opening_on_a_year_keeps_it() -> None:
    headline = "2024 harbour budget doubles dredging funds"
    assert loaded(f"{headline}\n\n{PAGE_BODY}").title == headline


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        pytest.param("Читать на сайте GAVAN.RU", "GAVAN.RU", id="ru-address"),
        pytest.param("Read on the website Harbour Herald", "Harbour Herald", id="en-name"),
        pytest.param(
            "Read on the website Harbour Herald© Photo: press office of the port",
            "Harbour Herald",
            id="photo-credit-glued",
        ),
    ],
)
def test_a_link_back_to_the_site_a_copy_came_from_names_it(line: str, outlet: str) -> None:
    body = PAGE_BODY_RU if line.startswith("Читать") else PAGE_BODY
    headline = _HEADLINE_RU if body is PAGE_BODY_RU else _HEADLINE
    doc = loaded(f"{headline}\n\n{line}\n\n{body}")
    assert doc.meta.outlet == outlet


def test_the_sites_newsroom_signing_the_story_names_it() -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\nРедакция сайта ГАВАНЬ-ИНФО\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == "ГАВАНЬ-ИНФО"


@pytest.mark.parametrize(
    ("byline", "body", "headline"),
    [
        pytest.param("By Mara Quist – HARBOUR WEEKLY", PAGE_BODY, _HEADLINE, id="by-dash-outlet"),
        pytest.param(
            "Анна Лисина, Пётр Журов, Ян Бородин", PAGE_BODY_RU, _HEADLINE_RU, id="ru-author-list"
        ),
    ],
)
def test_a_byline_over_the_story_is_never_its_headline(
    byline: str, body: str, headline: str
) -> None:
    assert loaded(f"{byline}\n\n{body}").title != byline
    assert loaded(f"{headline}\n\n{byline}\n\n{body}").title == headline


def test_two_title_case_phrases_with_a_comma_stay_a_headline() -> None:
    headline = "Harbour Board, City Hall Agree"
    assert loaded(f"{headline}\n\n{PAGE_BODY}").title == headline


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Listings powered by Portville Herald", id="powered"),
        pytest.param("Published by Harbour Review®", id="published"),
        pytest.param("3 min readLast updated: June 9, 2025", id="reading-time-stamp"),
    ],
)
def test_a_credit_or_stamp_line_over_the_headline_is_not_the_title(furniture: str) -> None:
    page = f"{furniture}\n\n{_HEADLINE}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


def test_the_sites_credit_and_a_stamp_under_the_headline_leave_it_the_title() -> None:
    credit, stamp = "Published by Harbour Review®", "3 min readLast updated: June 9, 2025"
    page = f"{_HEADLINE}\n\n{credit}\n\n{stamp}\n\n{credit}\n\n{stamp}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


def test_a_long_unmarked_standfirst_over_the_story_is_not_its_headline() -> None:
    standfirst = (
        "A dispute that has kept hundreds of fishing boats idle in the northern harbour for most "
        "of the winter could be settled within weeks, officials at the port authority said Friday"
    )
    assert loaded(f"{standfirst}\n\n{PAGE_BODY}").title != standfirst


def test_a_long_headline_of_two_dozen_words_is_still_the_title() -> None:
    headline = (
        "Harbour council backs plan to dredge the northern channel after ferry operators, "
        "fishermen and island residents warn of years of delays"
    )
    assert loaded(f"{headline}\n\n{PAGE_BODY}").title == headline
