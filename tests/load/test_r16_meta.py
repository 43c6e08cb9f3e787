"""Title, outlet and date of a real scrape (round 16): a site's title suffix that signs the
headline with its name and the date ("<headline> - Harbour Wire, 04.11.2024") is cut and read;
the outlet signing the page's date on a line of its own ("Harbour Wire, PUBLISHED …", "(Harbour
Wire, June 9, 2024)") is the page's; a wire dateline in ordinary case names a site with a
figure or a domain ("Portville (Harbour24) –"), or follows a bracketed country; a place in the
brackets is no agency; a site's name before its menu is no headline. Every name and sentence
here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил углубление северного канала"


@pytest.mark.parametrize(
    ("suffix", "outlet"),
    [
        pytest.param(" - Гавань Новости, 04.11.2024", "Гавань Новости", id="name-date"),
        pytest.param(" - 04.11.2024, ГАВАНЬ", "ГАВАНЬ", id="date-name"),
    ],
)
def test_a_title_suffix_with_the_outlet_and_date_is_cut_and_read(suffix: str, outlet: str) -> None:
    doc = loaded(f"{_HEADLINE_RU}{suffix}\n\n{PAGE_BODY_RU}")
    assert doc.title == _HEADLINE_RU
    assert doc.meta.outlet == outlet
    assert doc.text_date == dt.date(2024, 11, 4)


def test_a_headline_ending_in_a_name_and_a_number_keeps_them() -> None:
    """A dash, a name and a figure that is no date stay in the headline."""
    headline = "Ferry fares rise again - Portville Council, 2025 budget"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_the_outlet_signing_the_published_date_is_the_page_s() -> None:
    doc = loaded(f"{_HEADLINE}\n\nHarbour Ledger, PUBLISHED 12.06.2022\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert doc.meta.outlet == "Harbour Ledger"
    assert doc.text_date == dt.date(2022, 6, 12)


def test_an_updated_stamp_after_the_outlet_reads_a_dashed_date_day_first() -> None:
    stamp = "Harbourwire | Updated: 08-04-2024 11:42 IST | Created: 08-04-2024 10:05 IST"
    doc = loaded(f"{_HEADLINE}\n\n{stamp}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Harbourwire"
    assert doc.text_date == dt.date(2024, 4, 8)
    assert not any("Updated" in p for p in doc.paragraphs)


def test_a_closing_credit_in_brackets_names_the_outlet_and_the_date() -> None:
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n(Harbour Ledger, June 9, 2024)")
    assert doc.meta.outlet == "Harbour Ledger"
    assert doc.text_date == dt.date(2024, 6, 9)
    assert not any("November 5" in p for p in doc.paragraphs)


def test_a_weekday_date_line_names_no_outlet() -> None:
    """A weekday before the date is no outlet's signature."""
    doc = loaded(f"{_HEADLINE}\n\nTuesday, November 4, 2025\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    ("dateline", "wire"),
    [
        pytest.param("Portville (Harbour24) – ", "Harbour24", id="figure"),
        pytest.param("Portville (HarbourTribune.com)—", "HarbourTribune.com", id="domain"),
        pytest.param("PORTVILLE (Ruritania) (Harbourwire) – ", "Harbourwire", id="country"),
    ],
)
def test_a_wire_dateline_names_the_site(dateline: str, wire: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{dateline}{PAGE_BODY}")
    assert doc.meta.outlet == wire
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_dateline_under_a_credited_caption_is_still_read() -> None:
    """Standfirst, then a photo caption closed by its credit, then the dateline."""
    standfirst = "The council approved the dredging plan after a long debate on its cost."
    caption = "Ferries moored at the northern pier in Portville. Oct. 4, 2019. (Harbourwire)"
    doc = loaded(f"{_HEADLINE}\n\n{standfirst}\n\n{caption}\n\nPortville (HNA) – {PAGE_BODY}")
    assert doc.meta.outlet == "HNA"


def test_a_place_in_the_brackets_is_no_agency() -> None:
    """'AGENCY (City) —': the agency files from the city; the city names no outlet."""
    doc = loaded(f"{_HEADLINE}\n\nHNA (Tokyo) — {PAGE_BODY}")
    assert doc.meta.outlet != "Tokyo"


def test_a_site_name_before_its_menu_is_no_headline() -> None:
    menu = "Portville Business News - Harbour Media :: Services|Advertise|Contact|Archive"
    doc = loaded(f"Loading page...\n\n{menu}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_an_agency_in_capitals_in_brackets_opening_the_lead_is_its_credit() -> None:
    doc = loaded(f"{_HEADLINE}\n\n(HNA) {PAGE_BODY}")
    assert doc.meta.outlet == "HNA"
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_name_signing_a_weekday_and_date_is_no_outlet() -> None:
    """The same byline slot holds the agency on one page and the writer on another
    ("Name Surname, Monday 2 Jan 2023"): a weekday date line names no outlet."""
    doc = loaded(f"{_HEADLINE}\n\nMara Quist, Monday 2 Jan 2023\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None
    assert doc.text_date == dt.date(2023, 1, 2)


def test_a_place_signing_a_weekday_and_date_is_no_outlet() -> None:
    doc = loaded(f"{_HEADLINE}\n\nMoscow , Wednesday 5 Dec 2018\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


def test_an_agency_credit_with_its_date_opening_the_lead() -> None:
    doc = loaded(f"{_HEADLINE}\n\n(Harbourwire, March 2 2016, Wednesday) — {PAGE_BODY}")
    assert doc.meta.outlet == "Harbourwire"
    assert doc.text_date == dt.date(2016, 3, 2)
    assert doc.paragraphs[0].startswith("The harbour council")


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("14.03.2011  |  Portville", id="bureau"),
        pytest.param("14.03.2011 - Harbour Ledger Portville", id="dash"),
        pytest.param("14 марта 2011.", id="full-stop"),
    ],
)
def test_a_date_line_with_its_bureau_or_a_full_stop_dates_the_page(stamp: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{stamp}\n\n{PAGE_BODY}")
    assert doc.text_date == dt.date(2011, 3, 14)
    assert not any("14.03" in p or "марта" in p for p in doc.paragraphs)


def test_a_sentence_with_a_date_in_it_is_no_date_line() -> None:
    body = "The ferry will sail again on 14.03.2011 - Portville officials said so."
    doc = loaded(f"{_HEADLINE}\n\n{body}\n\n{PAGE_BODY}")
    assert doc.text_date is None


def test_a_translation_notice_under_the_date_is_no_headline() -> None:
    notice = "This article is also available in: French, Polish"
    doc = loaded(f"{_HEADLINE}\n03.05.2017 - Harbour Ledger Portville\n{notice}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_a_reprint_stamp_names_its_source_in_quotation_marks() -> None:
    stamp = '09:15 14.02.2025 Источник: агентство "Гавань"'
    doc = loaded(f"{_HEADLINE_RU}\n{stamp}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == "Гавань"
    assert doc.text_date == dt.date(2025, 2, 14)
