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
