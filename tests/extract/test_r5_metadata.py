"""Outlet and date of a real scrape (round 5): agency credits in the forms wires sign with,
the outlet in the script the page writes it, and a page's own "Published" line over the site's
clock in its header.

Every sentence here is invented; each page reproduces a construction seen on real news pages.
The agencies named are real outlets (a name is a fact); what they "report" is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import loaded as _load

HEADLINE = "Harbour council backs northern channel dredging"


def test_russian_page_keeps_the_agency_in_cyrillic() -> None:
    """ "/ТАСС/." on a Russian page is ТАСС, as the page writes it; /TASS/ stays TASS."""
    ru = _load(f"{HEADLINE}\n\nМОСКВА, 5 ноября. /ТАСС/. {RU_BODY}")
    en = _load(f"{HEADLINE}\n\nYEREVAN, April 13. /TASS/. {BODY}")
    assert (ru.meta.outlet, en.meta.outlet) == ("ТАСС", "TASS")


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        pytest.param("Ulaanbaatar/MONTSAME/. ", "MONTSAME", id="city-slash-agency"),
        pytest.param("Москва, 3 июля /Синьхуа/ -- ", "Синьхуа", id="city-day-slash-agency"),
        pytest.param("27 ноября, Минск /Корр. БЕЛТА/. ", "БЕЛТА", id="day-city-correspondent"),
    ],
)
def test_agency_between_slashes_after_a_dateline_is_the_outlet(dateline: str, outlet: str) -> None:
    """A dateline in ordinary case (or opening on the day) with the agency between slashes."""
    body = RU_BODY if any("а" <= ch <= "я" for ch in dateline) else BODY
    doc = _load(f"{HEADLINE}\n\n{dateline}{body}")
    assert doc.meta.outlet == outlet


def test_unknown_name_between_slashes_is_not_taken() -> None:
    """Only an agency the vocabulary knows: "/Harbour Desk/" may be a source the story cites."""
    doc = _load(f"{HEADLINE}\n\nPortview/Harbour Desk/. {BODY}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        pytest.param(
            "The harbour council met a delegation of ferry operators on Tuesday, Trend reports "
            "on July 23.",
            "Trend",
            id="reports-on-date",
        ),
        pytest.param(
            "A package of harbour agreements was signed in the capital on Tuesday, BelTA has "
            "learned.",
            "BelTA",
            id="has-learned",
        ),
        pytest.param(
            "“The dredging will start in spring and end in two years,” the council said. PTI",
            "PTI",
            id="bare-sign-off",
        ),
    ],
)
def test_agency_credit_closing_a_lead_paragraph(lead: str, outlet: str) -> None:
    doc = _load(f"{HEADLINE}\n\n{lead}\n\n{BODY}")
    assert doc.meta.outlet == outlet


def test_agency_that_reported_is_a_source_not_the_outlet() -> None:
    """ "…, Reuters reported." on another site's page cites the wire: the page is not Reuters."""
    lead = "The harbour's throughput rose by a fifth in March, Reuters reported."
    doc = _load(f"{HEADLINE}\n\n{lead}\n\n{BODY}")
    assert doc.meta.outlet is None


def test_bare_capitals_closing_a_paragraph_must_be_a_known_agency() -> None:
    """ "… the council said. NB" is no credit: only a known agency signs off that way."""
    lead = "The council approved the plan on Friday, its chair said. NB"
    doc = _load(f"{HEADLINE}\n\n{lead}\n\n{BODY}")
    assert doc.meta.outlet is None


def test_agency_credit_line_of_its_own() -> None:
    """A line holding only the agency's name over the "Published" line credits the page."""
    doc = _load(f"{HEADLINE}\n\nANI\nPublished : Aug 14, 2019, 6:05 pm IST\n\n{BODY}")
    assert doc.meta.outlet == "ANI"


def test_published_line_beats_the_sites_clock_in_the_header() -> None:
    """The site's "Last Update" clock over the page (a later day) is no title and no date; the
    page's own "Published : Aug 14, 2019, 6:05 pm IST" dates it."""
    page = (
        "Tuesday, March 4, 2025 | Last Update : 09:10 AM IST\n\n"
        f"{HEADLINE}\n\n"
        "Published : Aug 14, 2019, 6:05 pm IST\n"
        "Updated : Aug 14, 2019, 6:05 pm IST\n\n"
        f"{BODY}"
    )
    doc = _load(page)
    assert doc.title == HEADLINE
    assert doc.text_date == dt.date(2019, 8, 14)


def test_pages_numeric_published_line_beats_the_scrapers_stamp() -> None:
    """A scraper's " date 2021-12-20" stamp is when the page was seen; the page's own
    "Source:Wire-Site Published: 2018/4/9 10:12:45" line is when it was published."""
    page = (
        f" date 2021-12-20 {HEADLINE}\n\n"
        "Source:Harbour Wire-Coast Ledger Published: 2018/4/9 10:12:45\n\n"
        f"{BODY}"
    )
    doc = _load(page)
    assert doc.text_date == dt.date(2018, 4, 9)
    assert doc.title == HEADLINE


def test_scrapers_stamp_dates_a_page_that_states_nothing() -> None:
    """With no date of the page's own, the scraper's stamp still dates it."""
    doc = _load(f" date 2021-12-20 {HEADLINE}\n\n{BODY}")
    assert doc.text_date == dt.date(2021, 12, 20)


def test_iso_date_time_and_site_line_under_the_headline() -> None:
    """ "2024-05-14 09:41:00丨Harbour.Example" under a headline is a stamp, not a paragraph:
    the headline above it (ending in a credit "-- вице-премьер А. Петров") is the title."""
    headline = "Оборот гавани вырос до 61 проц. -- вице-премьер А. Петров"
    doc = _load(f"{headline}\n2024-05-14 09:41:00丨Harbour.Example\n\n{RU_BODY}")
    assert doc.title == headline
    assert doc.text_date == dt.date(2024, 5, 14)
    assert not any("Harbour.Example" in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        pytest.param("PORTVILLE (Reuters) – ", "Reuters", id="reuters"),
        pytest.param("PORTVILLE (AA) - ", "Anadolu", id="known-abbreviation"),
    ],
)
def test_wire_dateline_names_a_page_that_names_no_other(dateline: str, outlet: str) -> None:
    """'CITY (AGENCY) – <sentence>' on a page that names no outlet of its own: the page is
    the agency's copy, and the agency is its outlet (a known one under its usual name)."""
    doc = _load(f"{HEADLINE}\n\n{dateline}{BODY}")
    assert doc.meta.outlet == outlet


def test_wire_dateline_with_a_city_in_ordinary_case() -> None:
    """ "Portville (VNA) – <sentence>": the city in ordinary case, the agency in capitals."""
    doc = _load(f"{HEADLINE}\n\nPortville (VNA) – {BODY}")
    assert doc.meta.outlet == "VNA"
    assert doc.paragraphs[0].startswith("The harbour council approved")
