"""Titles, outlets and dates read off scraped pages: never a fragment, a toggle or a clock.

Every page here is invented; each reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.extract import analyse
from briefings.models import Article, TitleOrigin
from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import loaded as _load


def test_headline_glued_to_itself_is_one_headline() -> None:
    """'Channel Dredging ApprovedChannel Dredging Approved' is the headline once, and a
    headline given twice does not make it the site's name."""
    headline = "Harbour Channel Dredging Approved"
    doc = _load(f"{headline}\n\n{headline}{headline}\n\n{BODY}")
    assert doc.title == headline
    assert doc.meta.outlet is None
    assert headline not in "\n".join(doc.paragraphs)


def test_theme_toggle_is_not_the_outlet() -> None:
    """'Dark / Light / Dark / Light' at the top of a page is a switch, not the site's name."""
    doc = _load(f"Dark\nLight\nDark\nLight\nHarbour council backs channel dredging\n\n{BODY}")
    assert doc.meta.outlet is None
    assert doc.title == "Harbour council backs channel dredging"


def test_site_clock_above_the_headline_is_not_the_date() -> None:
    """Today's date and clock in the site header, then the article's own stamp over its
    headline: the stamp dates the article."""
    doc = _load(
        "Pacific Harbour Agency\n3 May 2024\nNow 21:13\n"
        "18:34, 17 February 2009 | Regional politics\n\n"
        "Mayor Dorn: the new channel will serve the whole coast\n\n" + BODY
    )
    assert doc.text_date == dt.date(2009, 2, 17)
    assert doc.title == "Mayor Dorn: the new channel will serve the whole coast"


def test_site_date_alone_still_dates_the_page() -> None:
    """A page whose only date is in its header keeps that date."""
    doc = _load("3 May 2024\n\nMayor Dorn: the new channel will serve the whole coast\n\n" + BODY)
    assert doc.text_date == dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("18:34, 17 Февраля 2009 | Новости политики края", dt.date(2009, 2, 17)),
        ("Спорт 01/05/2025 — 17:57", dt.date(2025, 5, 1)),
        ("Harbour 14/03/2025 - 09:05", dt.date(2025, 3, 14)),
    ],
)
def test_time_date_and_section_stamp_is_no_title(stamp: str, date: dt.date) -> None:
    """A stamp with a time, a date and a section name dates the page and is never a title."""
    doc = _load(f"{stamp}\n\n{BODY}")
    assert doc.title != stamp
    assert doc.text_date == date
    assert stamp not in "\n".join(doc.paragraphs)


def _article(text: str) -> Article:
    return analyse(_load(text))


def test_page_without_headline_is_titled_by_its_first_sentence_and_says_so() -> None:
    """No headline: the first sentence is the title, and `title_origin` tells it apart."""
    article = _article(BODY)
    assert article.title.startswith("The harbour council approved a plan")
    assert article.title_origin is TitleOrigin.FIRST_SENTENCE
    headed = _article("Harbour council backs channel dredging\n\n" + BODY)
    assert headed.title_origin is TitleOrigin.HEADLINE


def test_quote_opening_the_page_is_no_title() -> None:
    """A page opening on a quotation that runs over two sentences: the first sentence is a
    piece of the quote ('“Dredging costs doubled.'), so the next paragraph's is the title."""
    article = _article(
        "“Dredging costs doubled. We had to cut two crews,” said Mara Quell, the harbour "
        "master.\n\nThe Harbour Guild has cleared the northern channel since 2019.\n\n" + BODY
    )
    assert article.title == "The Harbour Guild has cleared the northern channel since 2019"
    assert article.title_origin is TitleOrigin.FIRST_SENTENCE


def test_widget_label_is_no_title_and_sentence_headline_over_stamp_is() -> None:
    """'on air preview' over a site's widgets is no headline; the question over the page's
    stamp is, though it reads like a sentence."""
    article = _article(
        "on air preview\nLive\nweather icon+6\nSPORT\n\n"
        "Chess at the carpet museum. Who won the Harbour Cup?\n\n"
        "Harbour 01/05/2025 — 17:57\n\n" + BODY
    )
    assert article.title == "Chess at the carpet museum. Who won the Harbour Cup?"
    assert article.title_origin is TitleOrigin.HEADLINE
    assert article.published == dt.date(2025, 5, 1)


def test_headline_then_its_variant_over_the_date_gives_the_first() -> None:
    """A page that gives its headline twice (the headline, then a second wording of it)
    above the date line: the first is the headline."""
    doc = _load(
        "Harbour Channel Future Secure Despite Budget Gap\n\n"
        "Council Vows to Fund Dredging Amid Ferry Dispute\n\n"
        "17/09/2024\n\n" + BODY
    )
    assert doc.title == "Harbour Channel Future Secure Despite Budget Gap"
    assert doc.text_date == dt.date(2024, 9, 17)


def test_caption_over_the_headline_is_not_taken_for_it() -> None:
    """A long photo caption above the headline and its date stays out of the title."""
    doc = _load(
        "Dredgers working along the northern channel of the harbour near the old quay. "
        "Channel works - May 2024. Photo: Harbour Council Press Service\n"
        "Harbour council backs channel dredging\n\n26/08/2024 - 13:01\n" + BODY
    )
    assert doc.title == "Harbour council backs channel dredging"


def test_scrape_stamp_and_page_date_line_by_the_headline_keep_the_date_line() -> None:
    """A scraper's stamp on the first line and the page's own date line under the headline:
    the page's date line dates the article, as before."""
    doc = _load(
        " date 2025-10-05 https://harbour-news.example/channel\n"
        "Harbour council backs channel dredging\n03.10.2025 14:58\n" + BODY
    )
    assert doc.text_date == dt.date(2025, 10, 3)


@pytest.mark.parametrize(
    "opening",
    [
        "„Dredging costs doubled“, said Mara Quell, the harbour master, on Monday.",
        "«Dredging costs doubled», said Mara Quell, the harbour master, on Monday.",
        "“Dredging costs doubled,” said Mara Quell, the harbour master, on Monday.",
    ],
)
def test_whole_quotation_opening_the_page_may_be_the_title(opening: str) -> None:
    """A first sentence holding a whole quotation, in any quotation marks, is no fragment."""
    article = _article(opening + "\n\n" + BODY)
    assert article.title == opening.removesuffix(".")  # a title has no full stop
