"""Title, outlet and date of a real scrape (round 3): stamps, crumbs, credits, house bylines,
numeric dates whose order the page must prove, and event listings.

Every page here is invented; each reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import loaded as _load

HEADLINE = "Harbour Council Backs Northern Channel Dredging"
RU_HEADLINE = "Совет гавани одобрил углубление северного канала"


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("Friday, 07 March 2025 08:41 GMT", id="weekday-date-time-gmt"),
        pytest.param("14 March 2025 09:05", id="date-time"),
        pytest.param("March 14, 2025 9:05 AM", id="month-first-am"),
    ],
)
def test_date_and_time_stamp_over_the_headline_is_no_part_of_it(stamp: str) -> None:
    """A scrape stamp line and a page stamp over the headline (joined to it when both lines
    are long): the headline is the title, without the stamp."""
    doc = _load(f" date 2025-11-15 {stamp}\n{HEADLINE}\n\n\n{BODY}")
    assert doc.title == HEADLINE


def test_standfirst_repeated_as_first_paragraph_is_not_the_title() -> None:
    """A headline, a byline with its date, then a standfirst that the page repeats as its
    first paragraph: the headline is the title, the standfirst stays text."""
    deck = (
        "The harbour council on Tuesday approved a plan to dredge the northern channel after "
        "a two-year dispute with ferry operators, according to a council statement"
    )
    byline = "Mara Quist (@maraquist) Published March 14, 2025 | 09:05 PM"
    doc = _load(f" date 2025-03-14 {HEADLINE}\n{byline}\n{deck}\n{deck}.\n{BODY}")
    assert doc.title == HEADLINE
    assert doc.paragraphs[0].startswith("The harbour council on Tuesday approved")


@pytest.mark.parametrize(
    "crumb",
    [
        pytest.param("English edition>>WORLD AND REGION NEWS", id="double-angle"),
        pytest.param("Home › Regions › Coast and harbour news", id="single-guillemet"),
        pytest.param("Русский язык>>В РОССИИ И СНГ", id="russian"),
    ],
)
def test_breadcrumb_is_no_title(crumb: str) -> None:
    """A breadcrumb ('Language>>SECTION') is navigation, never the title."""
    doc = _load(f"{crumb}\n  10:07\n\n{HEADLINE}\n\n{BODY}")
    assert doc.title == HEADLINE


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Фото, видео: © Северное Агентство/Иван Петров; harbour-tv.example", id="ru"),
        pytest.param("Photo and video: © Coastal Wire/Jon Doe", id="en"),
    ],
)
def test_photo_credit_does_not_name_the_outlet(credit: str) -> None:
    """An agency credited for a photo is not the outlet of the page that used the photo."""
    doc = _load(f" date 2025-08-21 {credit}\n\n{BODY}")
    assert doc.meta.outlet is None
    assert "©" not in "\n".join(doc.paragraphs)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        pytest.param("Harbour Ledger Staff", "Harbour Ledger", id="staff"),
        pytest.param("The Coastal Courier Staff", "The Coastal Courier", id="the-staff"),
        pytest.param("Harbour Ledger Staff Writer", "Harbour Ledger", id="staff-writer"),
    ],
)
def test_house_byline_names_the_outlet(line: str, outlet: str) -> None:
    """'<Outlet> Staff' under the headline is the site's own byline: it names the outlet
    and is no part of the text."""
    doc = _load(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert doc.meta.outlet == outlet
    assert line not in "\n".join(doc.paragraphs)


def test_job_title_with_staff_is_no_outlet() -> None:
    """'Chief of Staff' alone on a line names no outlet."""
    doc = _load(f"{HEADLINE}\n\nChief of Staff\n\n{BODY}")
    assert doc.meta.outlet is None


def test_copyright_with_trademark_and_dash_names_the_outlet() -> None:
    """'© Harbour Ledger® — All Rights Reserved.' names the outlet."""
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n© Harbour Ledger® — All Rights Reserved.\n")
    assert doc.meta.outlet == "Harbour Ledger"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Информационное агентство «Северный порт» Новости побережья", id="agency"),
        pytest.param("Сетевое издание «Северный порт»", id="network-edition"),
    ],
)
def test_russian_registration_line_names_the_outlet(line: str) -> None:
    """Russian sites state their registered name ('Сетевое издание «X»') in header or footer."""
    doc = _load(f"{line}\n\n{RU_HEADLINE}\n\n{RU_BODY}")
    assert doc.meta.outlet == "Северный порт"


def test_agency_cited_in_a_sentence_is_no_outlet() -> None:
    """An agency named inside prose is a source the story cites, not the page's name."""
    doc = _load(
        f"{RU_HEADLINE}\n\n{RU_BODY}\n\nОб этом сообщило информационное агентство "
        "«Северный порт» со ссылкой на совет гавани."
    )
    assert doc.meta.outlet is None


def test_time_dash_date_under_the_headline_beats_the_site_clock() -> None:
    """'0:14 Суббота 20 апреля 2024' is the site's clock; '17:24 – 30 мая 2022' under the
    headline is when the article was published."""
    doc = _load(
        "Новости побережья\n0:14 Суббота 20 апреля 2024\n\n"
        f"{RU_HEADLINE}\n\n17:24 – 30 мая 2022\n\n{RU_BODY}"
    )
    assert doc.text_date == dt.date(2022, 5, 30)


def test_ambiguous_slash_date_is_read_as_the_scrape_stamp_reads_it() -> None:
    """'05/04/2023' may be 5 April or 4 May: the page's other date (4 May) decides."""
    doc = _load(f" date 2023-05-04 Happy holidays!\n{HEADLINE}\n\nDesk Staff\n05/04/2023\n\n{BODY}")
    assert doc.text_date == dt.date(2023, 5, 4)


def test_ambiguous_slash_date_without_evidence_stays_unknown() -> None:
    """An English page's '05/04/2023' and nothing else to tell the order: undated."""
    doc = _load(f"{HEADLINE}\n\n05/04/2023\n\n{BODY}")
    assert doc.text_date is None


def test_ambiguous_slash_date_on_a_russian_page_is_day_first() -> None:
    """Russian pages write the day first: '01/05/2025' is 1 May."""
    doc = _load(f"{RU_HEADLINE}\n\n01/05/2025\n\n{RU_BODY}")
    assert doc.text_date == dt.date(2025, 5, 1)


def test_unambiguous_slash_date_is_read() -> None:
    """'26/08/2020' can only be 26 August."""
    doc = _load(f"{HEADLINE}\n\n26/08/2020\n\n{BODY}")
    assert doc.text_date == dt.date(2020, 8, 26)


@pytest.mark.parametrize(
    "cue",
    [
        pytest.param("This event has passed.", id="passed"),
        pytest.param("Add to calendar", id="calendar"),
    ],
)
def test_event_listing_is_not_dated_by_its_event(cue: str) -> None:
    """An events page shows when the event is, not when anything was published."""
    doc = _load(
        f"Lighthouse Choir\n\nLighthouse Choir\n\nSep 17, 2016\n5:30 PM\n\n{cue}\n\n"
        "Saturday, September 17, 2016\n\n"
        "The harbour choir will sing at the old lighthouse to raise funds for the ferry "
        "crews. It will be an evening of songs from the coast.\n\n"
        "Tickets are free for children under twelve, the organisers said."
    )
    assert doc.text_date is None


@pytest.mark.parametrize(
    "separator",
    [pytest.param(" | ", id="bar"), pytest.param(" - ", id="dash"), pytest.param(" — ", id="em")],
)
def test_site_name_after_the_headline_is_cut_when_the_page_names_itself(separator: str) -> None:
    """'<headline> | <site>' (a page title copied with its site name) loses the site name when
    the page names that site elsewhere (its copyright line)."""
    doc = _load(
        f"{HEADLINE}{separator}Harbour Ledger\n\n{BODY}\n\n© 2024 Harbour Ledger. All rights "
        "reserved."
    )
    assert doc.title == HEADLINE
    assert doc.meta.outlet == "Harbour Ledger"


def test_headline_ending_in_a_name_the_page_does_not_claim_is_kept() -> None:
    """Without the page naming itself, '<words> - <Name>' stays whole: it may be the headline."""
    doc = _load(f"Harbour talks resume - Mara Quist\n\n{BODY}")
    assert doc.title == "Harbour talks resume - Mara Quist"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param(
            "By Mara Quist, March 14, 2025 at 9:05 am", dt.date(2025, 3, 14), id="by-date"
        ),
        pytest.param(
            "Posted on March 14, 2025 by Mara Quist", dt.date(2025, 3, 14), id="posted-on"
        ),
        pytest.param("March 14, 2025 · 3 min read", dt.date(2025, 3, 14), id="min-read"),
        pytest.param("Published 14 March 2025, 09:05 GMT", dt.date(2025, 3, 14), id="published"),
    ],
)
def test_byline_and_date_line_right_under_the_headline(line: str, date: dt.date) -> None:
    """A byline or date line with no blank line after the headline is a stamp: it dates the
    page and is not glued to the headline as a wrapped paragraph."""
    doc = _load(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert doc.title == HEADLINE
    assert doc.text_date == date
    assert line not in "\n".join(doc.paragraphs)


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("PORTVILLE (HNA) – ", id="en-dash"),
        pytest.param("NORTH BAY (Harbour Wire) — ", id="em-dash-two-words"),
        pytest.param("ПОРТОВИЛЬ (ГНА) - ", id="russian"),
    ],
)
def test_wire_dateline_with_agency_in_brackets_is_no_text(dateline: str) -> None:
    """'CITY (AGENCY) – <sentence>': the dateline is stamp, and the agency that wrote the
    story is not taken for the outlet of a page that names itself (round 5: a page naming
    no other outlet is the agency's copy, see test_r5_metadata)."""
    doc = _load(f"{HEADLINE}\n\n{dateline}{BODY}\n\n© 2025 Coast Ledger")
    assert doc.paragraphs[0].startswith("The harbour council approved")
    assert doc.meta.outlet == "Coast Ledger"


@pytest.mark.parametrize(
    ("text", "first", "day_month"),
    [
        pytest.param(f"ПОРТОВИЛЬ, 31 авг. {RU_BODY}", "Совет гавани", (8, 31), id="ru-abbrev"),
        pytest.param(f"PORTVILLE, April 13. {BODY}", "The harbour council", (4, 13), id="en"),
    ],
)
def test_wire_dateline_reprinted_without_its_agency(
    text: str, first: str, day_month: tuple[int, int]
) -> None:
    """'CITY, 31 авг. <text>' (a wire dateline whose agency credit the reprint dropped) is a
    stamp: its day and month are kept, the sentence starts after it."""
    doc = _load(f"{HEADLINE}\n\n{text}")
    assert doc.paragraphs[0].startswith(first)
    assert doc.dateline_day == day_month
