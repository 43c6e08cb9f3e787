"""Title and outlet of a real scrape (round 8): the rest of the US government banner, a
headline too long to look like one, an image's alt text under the date, "From:" bylines and
bylines naming the writers' outlet, the house byline after "By", AP's "CITY, Country (AP) —",
a site's own date-first dateline, a cut-off last sentence full of officials' names, and an
event's date in the lead (not the page's).

Every sentence here is invented; each page reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed
from tests.extract.extracted import loaded as _load

HEADLINE = "Harbour council backs northern channel dredging"


def test_gov_banner_lines_are_not_the_title() -> None:
    """'Official websites use .gov' and 'Secure .gov websites use HTTPS' are the banner of US
    government sites, as is '.gov website belongs to …' when the scrape lost its article."""
    doc = _load(
        "An official website of the United States government\nHere's how you know\n\n"
        "Official websites use .gov\n\n"
        ".gov website belongs to a federal office, as its address shows.\n\n"
        "Secure .gov websites use HTTPS\n\n"
        f"{HEADLINE}\n\n{BODY}"
    )
    assert doc.title == HEADLINE


def test_long_unpunctuated_first_line_is_the_headline() -> None:
    """A first line of twenty-odd words with no full stop, over the body, is a long headline
    (a paragraph always ends in one), not the first sentence to cut."""
    headline = (
        "Harbour council tells ferry operators dredging is the only way to keep the northern "
        "channel open; survey says silt is building up faster than predicted"
    )
    doc = _load(f"{headline}\n\n{BODY}")
    assert doc.title == headline
    assert doc.paragraphs[0].startswith("The harbour council approved")


def test_long_first_line_the_body_repeats_is_no_headline() -> None:
    """A page description that is the lead sentence without its full stop, given in full by
    the body right under it, is not taken for a headline."""
    lead = (
        "The harbour council approved a plan to dredge the northern channel on Tuesday, its "
        "chair said after a meeting that ran late into the evening at the port offices"
    )
    doc = _load(f"{lead}\n\n{lead}.\n\n{BODY}")
    assert doc.title != lead


def test_alt_text_under_the_date_is_not_the_title() -> None:
    """A line under the date made of the headline's own words is an image's alt text."""
    doc = _load(
        "Harbour Ferry Update Brings Night Sailings, Cheaper Season Tickets\n\n"
        "BY Mara Quist\n\nPublished 22 Jul 2020\n\nHarbour Ferry Night Sailings Tickets\n\n"
        f"{BODY}"
    )
    assert doc.title == "Harbour Ferry Update Brings Night Sailings, Cheaper Season Tickets"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        pytest.param("By Mara Quist, Tom Berg and Ana Lind of HarbourWire", "HarbourWire", id="of"),
        pytest.param("By Harbour Ledger Staff", "Harbour Ledger", id="house-byline"),
    ],
)
def test_byline_names_the_outlet(credit: str, outlet: str) -> None:
    """A byline giving the writers' outlet ('… of X') and the house byline after 'By' name
    the page's outlet, and are not article text."""
    doc = _load(f"{HEADLINE}\n\n{credit}\n\n{BODY}")
    assert doc.meta.outlet == outlet
    assert all(credit not in p for p in doc.paragraphs)


def test_from_byline_is_not_the_title() -> None:
    """'From: <Name>' over the headline is the author's credit, not the title."""
    doc = _load(f"From: Ana Maria van Quist\n{HEADLINE}\n\n{BODY}")
    assert doc.title == HEADLINE


def test_ap_dateline_with_a_country_names_the_wire() -> None:
    """'CITY, Country (AP) —' is the AP's dateline: the wire is the outlet when the page names
    no other, and the dateline is not text."""
    doc = _load(f"{HEADLINE}\n\nPORTVALE, Norland (AP) — {BODY}")
    assert doc.meta.outlet == "AP"
    assert doc.paragraphs[0].startswith("The harbour council")


@pytest.mark.parametrize(
    ("dateline", "body", "outlet"),
    [
        pytest.param("August 12, Harbour/quay.example.", BODY, "Harbour/quay.example", id="en"),
        pytest.param("26 июня – Gavan.org.", RU_BODY, "Gavan.org", id="ru"),
    ],
)
def test_date_first_dateline_names_the_site(dateline: str, body: str, outlet: str) -> None:
    """'<day month>, <site>. Text': a site's own dateline names it and is not text."""
    doc = _load(f"{HEADLINE}\n\n{dateline} {body}")
    assert doc.meta.outlet == outlet
    assert not doc.paragraphs[0].startswith(dateline.split()[0])


def test_cut_off_sentence_about_officials_is_kept() -> None:
    """The sentence a scrape was cut off in is kept even when officials' names make half its
    words capitals: its lowercase words show it is prose, not a credit."""
    cut = (
        "A regional source said the mediation began after Northland Prime Minister Odo "
        "Varrick visited Kessel Bay in Po"
    )
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{cut}")
    assert doc.paragraphs[-1] == cut


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("On 14 March 2023 the harbour council met in closed session.", id="on"),
        pytest.param("The dredging trial began on 24 January 2024 in the north.", id="began-on"),
        pytest.param("Совет гавани собрался в городе Порт 27 мая 2016 года.", id="ru-prose"),
    ],
)
def test_event_date_in_the_lead_does_not_date_the_page(lead: str) -> None:
    """A date after words of its sentence is when something happened: a page that states no
    date of its own stays undated."""
    assert analysed(f"{HEADLINE}\n\n{lead} {BODY}").published is None


def test_date_standing_as_a_stamp_in_the_lead_dates_the_page() -> None:
    """A date in a credit at the lead's start ('(Agency, 8 August 2015)') is the page's."""
    article = analysed(f"{HEADLINE}\n\n(Harbour Wire, 8 August 2015) {BODY}")
    assert article.published == dt.date(2015, 8, 8)


@pytest.mark.parametrize(
    "notice",
    [
        pytest.param(
            "(Apart from its headline, this report was not changed by Harbour Ledger staff; "
            "it reached us through a syndicated feed.)",
            id="edited-by-staff",
        ),
        pytest.param(
            "(The Harbour Ledger team may have edited only the headline; the text came "
            "unchanged from a syndicated feed.)",
            id="team-may-have-changed",
        ),
    ],
)
def test_syndication_notice_names_the_site(notice: str) -> None:
    """A syndicated story's notice names the site that ran it, and is not article text."""
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{notice}")
    assert doc.meta.outlet == "Harbour Ledger"
    assert all("syndicated" not in p for p in doc.paragraphs)


def test_section_name_over_the_page_is_not_the_site() -> None:
    """A header line the story repeats only in lower case ('Dredging' over '… dredging …') is a
    section's name, not the site's; a site repeats its name as written."""
    doc = _load(
        "Channel dredging\n\nHarbour council backs northern channel works\n\n"
        "The harbour council backed channel dredging on Tuesday, its chair said. Work on the "
        "channel will start in the spring.\n\nFerry operators welcomed the decision."
    )
    assert doc.meta.outlet is None
