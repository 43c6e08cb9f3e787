"""Outlets, dates and titles of real scrapes, round 27: the site's address alone on a line, or after
"Source:", names the page; a Russian page's prompt to follow it on a platform ("Читать «X» в
Telegram", "Подписывайтесь на X: Дзен | VK") names it too. A file's name, a counter's
brand-cased label or a prompt naming no outlet ("наш канал") names none. A date stamp keeps its
trimmings: a year glued to its comma, an ISO clock and zone, a Russian "время публикации" label
with the update after a bar, a section glued to the year, a bar before the date; a credit line
or a picture's credit after the headline's comma is no headline; a source line naming two
sources names no outlet. Every sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.dates import dateline
from briefings.load.page import clean_text
from briefings.load.titles import without_credit
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (f"harbourwire.com\n\n{_HEADLINE}\n\n{PAGE_BODY}", "harbourwire.com"),
        (f"{_HEADLINE}\n\n{PAGE_BODY}\n\nnews.portville.org\n\nComment", "news.portville.org"),
        (f"{_HEADLINE}\n\n{PAGE_BODY}\n\nSource: Harbourwire.com", "Harbourwire.com"),
        (
            f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник: www.vestnik-gavani.by",
            "www.vestnik-gavani.by",
        ),
    ],
)
def test_the_sites_address_names_the_page(page: str, outlet: str) -> None:
    assert loaded(page).meta.outlet == outlet


@pytest.mark.parametrize(
    "line",
    ["harbour-map.jpg", "Top.Counter.Ru"],
)
def test_a_file_name_or_a_counter_label_names_no_outlet(line: str) -> None:
    assert loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{line}").meta.outlet is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Читать «Вестник» в Telegram Дзен ВКонтакте", "Вестник"),
        ("Подписывайтесь на ГВН: Новости | Дзен | VK | Telegram", "ГВН"),
        ("Подписывайтесь на наш канал в Telegram", None),
    ],
)
def test_a_prompt_to_follow_the_site_names_it(line: str, outlet: str | None) -> None:
    assert loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{line}").meta.outlet == outlet


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated on: 4 March,2019 10:15 AM PST  |", dt.date(2019, 3, 4)),
        ("2024-11-05T08:40+0300", dt.date(2024, 11, 5)),
        ("2024-11-05T08:40:12Z", dt.date(2024, 11, 5)),
        (
            "время публикации: 5 ноября 2024 г., 08:40 | последнее обновление: 5 ноября 2024 г.",
            dt.date(2024, 11, 5),
        ),
        ("08:40, 5 ноября 2024Общество", dt.date(2024, 11, 5)),
        ("|  March 4, 2019 - 10:15 pm", dt.date(2019, 3, 4)),
    ],
)
def test_a_date_stamp_with_its_trimmings(line: str, day: dt.date) -> None:
    assert dateline(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "5 ноября 2024 в гавани открылся новый причал",
        "Since 4 March,2019 the ferry has run twice a day",
    ],
)
def test_a_sentence_with_a_date_is_no_stamp(line: str) -> None:
    assert dateline(line) is None


def test_a_long_stamp_with_publication_and_update_dates_the_page() -> None:
    stamp = (
        "время публикации: 5 ноября 2024 г., 08:40 | последнее обновление: 5 ноября 2024 г., 09:02"
    )
    page = clean_text(f"Общество\n\n{_HEADLINE_RU}\n\n{stamp}\n\n{PAGE_BODY_RU}")
    assert page.date == dt.date(2024, 11, 5)


def test_a_credit_line_is_no_headline() -> None:
    page = clean_text(f"Credited from: HNA\n{PAGE_BODY}")
    assert page.title is None
    assert page.outlet is None


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (f"{_HEADLINE}, HNA Photo", _HEADLINE),
        (f"{_HEADLINE_RU}, Фото ГВН", _HEADLINE_RU),
        ("Harbour council announces the 2025 Photo Awards", None),
        ("Photo agencies merge, Harbour says", None),
    ],
)
def test_a_pictures_credit_after_the_headline(title: str, kept: str | None) -> None:
    assert without_credit(title, set()) == (kept or title)


def test_a_source_line_naming_two_sources_names_no_outlet() -> None:
    page = clean_text(f"{_HEADLINE}\n\n{PAGE_BODY}\n\nSource: Harbour Energy and Portnews.com")
    assert page.outlet is None
