"""Titles, round 31 (meta 3): a photo's caption closed by a slashed credit is neither the
headline nor a paragraph of the story, and a headline whose last words follow an
abbreviation's stop ("… 12 тыс. тонн") is still a headline, not a sentence. Every sentence
and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Ferry fares to rise as the channel dredging begins"


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Mara Quist/Harbourwire", id="photographer-agency"),
        pytest.param("HARBOURWIRE/Tom Berg", id="agency-photographer"),
        pytest.param("HNA-EPA/OLA BRENN", id="hyphenated-agency"),
        pytest.param("/HNA", id="agency-alone"),
    ],
)
def test_a_caption_closed_by_a_slashed_credit_is_no_headline_and_no_paragraph(
    credit: str,
) -> None:
    caption = f"A dredger works off the north quay in Portville, Lanmark, May 2, 2024. {credit}"
    doc = loaded(f"{caption}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert not any(credit in p for p in doc.paragraphs)


def test_a_long_caption_with_a_slashed_credit_over_the_body_is_not_its_first_paragraph() -> None:
    caption = (
        "A cargo ship waits at anchor off the container terminal in Portville, west of the "
        "old town, Lanmark, on March 3, 2021. Mara Quist/Harbourwire"
    )
    doc = loaded(f"{caption}\n\n{PAGE_BODY}")
    assert doc.title is None
    assert doc.paragraphs[0].startswith("The harbour council approved")


def test_a_sentence_naming_two_outlets_with_a_slash_stays_prose() -> None:
    body = "The plan was first reported by two papers. Harbour Daily / Port Times."
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{body}")
    assert doc.paragraphs[-1] == body


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("В Портовске из-за ремонта причала отселили 4 тыс. человек", id="тыс"),
        pytest.param("Добыча угля в Лесной области выросла до 12 млн. тонн", id="млн"),
    ],
)
def test_a_headline_ending_after_an_abbreviation_is_the_headline(headline: str) -> None:
    doc = loaded(f"{headline}\n{PAGE_BODY_RU}")
    assert doc.title == headline
    assert doc.paragraphs[0].startswith("Совет гавани")


def test_a_lead_closed_by_its_agency_still_ends_a_sentence() -> None:
    lead = "Совет гавани одобрил ремонт причала, рассказали в мэрии. ПортИнфо"
    doc = loaded(f"{lead}\n{PAGE_BODY_RU}")
    assert doc.title is None


@pytest.mark.parametrize(
    ("stamp", "headline"),
    [
        pytest.param("Экономика региона 14 минут назад", "Совет гавани одобрил ремонт", id="ru"),
        pytest.param("Harbour news 5 hours ago", _HEADLINE, id="en"),
        pytest.param("12 de maio de 2019", "Ferry fares rise", id="romance-date"),
    ],
)
def test_a_stamp_over_the_headline_is_no_headline(stamp: str, headline: str) -> None:
    body = PAGE_BODY_RU if stamp.startswith("Эк") else PAGE_BODY
    doc = loaded(f"{stamp}\n\n{headline}\n\n{body}")
    assert doc.title == headline


def test_a_headline_ending_after_a_dotted_abbreviation_is_the_headline_not_the_section() -> None:
    headline = "Channel Dredging Plan Draws Bids From U.S. Contractors"
    doc = loaded(f"Ports and Shipping\n\n{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_a_site_name_after_a_dash_on_the_headline_the_page_repeats_is_cut() -> None:
    headline = "Ferry fares will rise when the channel dredging begins."
    page = f"{headline} - Harbourwire\n\nHome Harbourwire {headline}\n\n{headline}\n\n{PAGE_BODY}"
    assert loaded(page).title == headline


def test_a_headline_closing_on_a_years_abbreviation_over_its_stamp_is_the_headline() -> None:
    headline = "Мэрия Портовска пообещала закончить ремонт южного причала к июню 2025 г."
    doc = loaded(f"{headline}\n\n11:20 14.03.2025\n\n{PAGE_BODY_RU}")
    assert doc.title == headline
