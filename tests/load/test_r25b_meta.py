"""Outlets, round 25 (second pass): a header line names the site only when the page names it
again as a site does; a breadcrumb it leads ("X | Environment | Region") makes it a column or
section, a headline that opens on it ("X keep pushing for …") and prose that names it are about it.
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from briefings.load.titles import never_headline
from tests.extract.extracted import PAGE_BODY, analysed, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            f"Harbour Notes\n\n{_HEADLINE}\n\nHarbour Notes | Environment | Northland\n\n"
            f"{PAGE_BODY}",
            id="breadcrumb",
        ),
        pytest.param(
            "Northport United\n\nNorthport United keep pushing for a new stadium deal\n\n"
            "Northport United continues to press the council for a new lease on its ground. "
            "The club says talks will resume next week.\n\n"
            f"{PAGE_BODY}\n\nNorthport United3 days ago",
            id="story-subject",
        ),
    ],
)
def test_header_the_page_names_only_as_a_section_or_subject(page: str) -> None:
    assert loaded(page).meta.outlet is None


def test_header_the_footer_names_again_is_the_outlet() -> None:
    page = f"Harbour Notes\n\n{_HEADLINE}\n\n{PAGE_BODY}\n\nAbout Harbour Notes\n\nContact"
    assert loaded(page).meta.outlet == "Harbour Notes"


def test_blog_feed_footer_names_the_site_and_leaves_the_body() -> None:
    doc = loaded(
        f"{_HEADLINE}\n\n{PAGE_BODY}\n\nThe post {_HEADLINE} appeared first on Harbour Notes."
    )
    assert doc.meta.outlet == "Harbour Notes"
    assert not any("appeared first" in p for p in doc.paragraphs)


def test_a_sentence_on_a_post_office_stays_prose() -> None:
    sentence = (
        "The post office said the parcel appeared first on the list of lost items in the town."
    )
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{sentence}")
    assert doc.meta.outlet is None
    assert sentence in doc.paragraphs


def test_dateline_with_a_full_date_and_the_agency_before_a_colon() -> None:
    article = analysed(f"{_HEADLINE}\n\nPortville, 3 March 2024 (Harbourwire): {PAGE_BODY}")
    assert article.outlet == "Harbourwire"
    assert article.published is not None and article.published.isoformat() == "2024-03-03"
    assert article.paragraphs[0].startswith("The harbour council")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Мэр Портовска Иван Ветров (слева) и посол Руритании. Портовск, 3 марта 2024 года",
            id="caption-place-and-date",
        ),
        pytest.param(
            "The mayor of Portville and the Ruritanian envoy at the quay. Portville, March 3, 2024",
            id="caption-place-and-date-en",
        ),
        pytest.param("3 Март 2024, Местное время: 15:10", id="date-and-clock"),
    ],
)
def test_caption_or_stamp_is_never_a_headline(line: str) -> None:
    assert never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Talks resume in Portville, March 3",
        "Совет гавани одобрил план. Что дальше?",
        "Portville votes on the harbour plan at 15:10",
    ],
)
def test_headlines_stay_headlines(line: str) -> None:
    assert not never_headline(line)


def test_a_date_and_clock_line_is_no_title() -> None:
    page = f"Ссылки для упрощенного доступа\n\n3 Март 2024, Местное время: 15:10\n\n{_HEADLINE}"
    article = analysed(f"{page}\n\n{PAGE_BODY}")
    assert article.title == _HEADLINE
