"""Datelines with section labels, title picking past bylines and menus, outlets named only
by the page, and related-news blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.extract import analyse
from briefings.load import load_source
from briefings.models import Article

BODY = (
    "The regional water agency said on Tuesday that the new reservoir near Shamkir will store "
    "enough water for three districts through the summer.\n\n"
    "Engineers finished the dam wall last month, and the first filling is planned for May.\n"
)


def _page(head: str, tail: str = "", body: str = BODY) -> Article:
    return analyse(load_source(f"{head}\n\n{body}\n{tail}".encode(), "page.txt")[0])


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param(
            "Economy  |  07.02.2025 | 09:15", dt.date(2025, 2, 7), id="section-pipe-numeric"
        ),
        pytest.param("Regions | 7 Feb 2025 | 09:15", dt.date(2025, 2, 7), id="section-pipe-month"),
        pytest.param(
            "Общество • 7 февраля 2025, 09:15", dt.date(2025, 2, 7), id="ru-section-bullet"
        ),
    ],
)
def test_dateline_with_section_label(line: str, date: dt.date) -> None:
    """A dateline led by a section name ('Economy | 07.02.2025 | 09:15') dates the page."""
    article = _page(
        f"Water Daily\n\nNew reservoir near Shamkir is ready for its first filling\n\n{line}"
    )
    assert article.published == date
    assert article.title == "New reservoir near Shamkir is ready for its first filling"


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param(
            "By Prof. Aysel Rustamova, Senior Researcher, Water Programme", id="byline-title"
        ),
        pytest.param("By Emin Quliyev and Lale Hasanli", id="byline-two-authors"),
        pytest.param("6 minute read", id="minute-read"),
        pytest.param("Reading time: 6 min", id="reading-time"),
        pytest.param("Время чтения: 4 мин", id="ru-reading-time"),
        pytest.param("Print  |  Save PDF  |  Share", id="pipe-menu"),
    ],
)
def test_title_skips_bylines_read_time_and_menus(furniture: str) -> None:
    """The headline above a dateline wins over bylines, reading times and menus below it."""
    article = _page(
        "Water Daily\nHome  Economy  Regions  Society  Sports  Opinion\n\n"
        "New reservoir near Shamkir is ready for its first filling\n\n"
        f"12 March 2025\n\n{furniture}"
    )
    assert article.title == "New reservoir near Shamkir is ready for its first filling"
    assert furniture not in article.paragraphs


def test_menu_of_section_words_is_not_a_title() -> None:
    """A single-spaced run of section names is navigation, not the headline."""
    article = _page(
        "Home Economy Regions Society Sports Culture\n\n"
        "New reservoir near Shamkir is ready for its first filling\n\n12 March 2025"
    )
    assert article.title == "New reservoir near Shamkir is ready for its first filling"


@pytest.mark.parametrize(
    ("head", "tail", "outlet"),
    [
        pytest.param(
            "",
            "© 2025 Kura Water Review. All rights reserved.",
            "Kura Water Review",
            id="copyright-after",
        ),
        pytest.param(
            "", "Shamkir Today © 2024–2025 | Privacy", "Shamkir Today", id="copyright-before"
        ),
        pytest.param("", "© 2025 Ganja.ws", "Ganja.ws", id="copyright-domain"),
        pytest.param("", "Source: Lankaran Herald", "Lankaran Herald", id="source-line"),
        pytest.param(
            "Caspian Water Forum\nAbout  Research  Events",
            "Subscribe to Caspian Water Forum updates",
            "Caspian Water Forum",
            id="header-confirmed",
        ),
    ],
)
def test_outlet_named_by_the_page(head: str, tail: str, outlet: str) -> None:
    """An outlet missing from the known list is taken from the copyright/source line or header."""
    article = _page(f"{head}\n\nNew reservoir near Shamkir is ready for its first filling", tail)
    assert article.outlet == outlet


def test_unconfirmed_header_is_not_an_outlet() -> None:
    """A lone first line the page never repeats and no copyright confirms is not an outlet."""
    article = _page("Environment\n\nNew reservoir near Shamkir is ready for its first filling")
    assert article.outlet is None


@pytest.mark.parametrize(
    ("marker", "headlines"),
    [
        pytest.param(
            "Related news",
            [
                "Will the new dam change irrigation fees?",
                "Kura river level falls to a ten-year low",
            ],
            id="en",
        ),
        pytest.param(
            "Читайте также:",
            ["Что изменится для фермеров после запуска водохранилища?", "Уровень Куры упал"],
            id="ru",
        ),
    ],
)
def test_related_block_questions_are_dropped(marker: str, headlines: list[str]) -> None:
    """Headlines under 'Related news' go with the block, even ones ending in '?'."""
    tail = "\n".join([marker, *headlines])
    article = _page(
        "New reservoir near Shamkir is ready for its first filling\n\n12 March 2025", tail
    )
    assert not any(h in p for p in article.paragraphs for h in headlines)
    assert article.paragraphs[-1].startswith("Engineers finished the dam wall")


def test_prose_after_related_block_is_kept() -> None:
    """The block ends at the first real sentence; the article's own text is kept."""
    article = _page(
        "New reservoir near Shamkir is ready for its first filling\n\n12 March 2025",
        body=BODY + "\nRelated news\nWill fees rise?\n\n"
        "The agency will publish the irrigation schedule for all three districts next week.\n",
    )
    assert "Will fees rise?" not in article.paragraphs
    assert article.paragraphs[-1].startswith("The agency will publish the irrigation schedule")
