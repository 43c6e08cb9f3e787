"""Titles and outlets of real scrapes, never wrong (round 21): an outlet credited by its
address keeps the name the page shows; a headline loses the site's name, an agency's credit
or a feed's clock glued to it; a menu, a site's banner, a photo's credit line or a weather
widget is never the headline. Every sentence and name here is invented (the agencies'
addresses are those the vocabulary knows).
"""

from __future__ import annotations

import pytest

from briefings.load.vocabulary import boilerplate
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


def test_a_dateline_credit_written_as_an_address_keeps_the_pages_spelling() -> None:
    assert boilerplate().known_outlet("interfax.ru") is not None
    page = f"{_HEADLINE_RU}\n\nПортовск. 12 марта. INTERFAX.RU - {PAGE_BODY_RU}"
    doc = loaded(page)
    assert doc.meta.outlet == "INTERFAX.RU"
    assert doc.title == _HEADLINE_RU
    assert not any("INTERFAX" in p for p in doc.paragraphs)


def test_a_dateline_credit_by_name_still_gives_the_known_outlet() -> None:
    page = f"{_HEADLINE_RU}\n\nПортовск. 12 марта. Интерфакс - {PAGE_BODY_RU}"
    assert loaded(page).meta.outlet == boilerplate().known_outlet("Интерфакс")


def test_a_republished_copys_source_address_is_the_outlet_as_written() -> None:
    page = f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник и фото - ria.ru"
    assert loaded(page).meta.outlet == "ria.ru"


@pytest.mark.parametrize(
    ("line", "extra"),
    [
        pytest.param(f"{_HEADLINE} | Harbour Weekly Digest", "", id="bar-and-site"),
        pytest.param(f"{_HEADLINE}.(The Harbour Times)", "", id="bracketed-after-stop"),
        pytest.param(
            f"{_HEADLINE} Harbourwire",
            "PORTVILLE (Harbourwire) – ",
            id="wire-glued",
        ),
    ],
)
def test_a_credit_glued_after_the_headline_is_cut(line: str, extra: str) -> None:
    doc = loaded(f"{line}\n\n{extra}{PAGE_BODY}")
    assert doc.title in (_HEADLINE, _HEADLINE + ".")


def test_a_headline_ending_on_a_name_after_a_short_word_stays_whole() -> None:
    line = "Harbour council chair gives a long interview to Harbourwire"
    doc = loaded(f"{line}\n\nPORTVILLE (Harbourwire) – {PAGE_BODY}")
    assert doc.title == line


def test_a_headline_the_page_repeats_without_its_tail_loses_the_tail() -> None:
    page = f"{_HEADLINE} Quayside\n\nQuayside\n\n{_HEADLINE}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


def test_a_cut_off_repeat_of_the_headline_does_not_cut_its_last_words() -> None:
    """A repeat that stops on a short lower-case word ("... between Rivia and the") is the
    headline cut off by the page's layout, not the headline without a glued name."""
    line = "Signing of a ferry agreement between Rivia and the Tarvian Isles"
    page = f"{line}\n\nSigning of a ferry agreement between Rivia and the\n\n{PAGE_BODY}"
    assert loaded(page).title == line


def test_a_feeds_clock_glued_before_the_headline_is_a_stamp() -> None:
    page = f"Политика\n\n09.10 15:35 {_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    assert loaded(page).title == _HEADLINE_RU


@pytest.mark.parametrize(
    "menu",
    [
        pytest.param("Главная Важное Контакты Поддержите проект Реклама", id="ru-service"),
        pytest.param("Newsletter Рассылка Events События Подкасты Видео Harbourtv", id="mixed"),
    ],
)
def test_a_menu_of_service_links_is_never_the_headline(menu: str) -> None:
    page = f"{menu}\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    assert loaded(page).title == _HEADLINE_RU


def test_a_site_banner_with_its_address_is_not_the_headline() -> None:
    page = f"Harbourtv.vn - Cổng thông tin của cảng\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    assert loaded(page).title == _HEADLINE_RU


def test_a_weather_widget_under_the_header_date_is_not_the_headline() -> None:
    page = (
        "Среда, 12 марта 2025\n\nПортовск-Северный Облачно +12°C\n\nВсе новости\n\n"
        f"12 марта 2025, 10:15\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    )
    assert loaded(page).title == _HEADLINE_RU


def test_a_photos_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "Мара Квист. Фото Гавань-Пресс"
    page = (
        f"Все новости\n\n12 марта 2025, 10:15\n\n{_HEADLINE_RU}\n\n{caption}\n\n{caption}\n\n"
        f"{PAGE_BODY_RU}"
    )
    assert loaded(page).title == _HEADLINE_RU
