"""Titles and outlets of real scrapes, round 26: a wire dateline whose acronym runs into the
first sentence with no dash ("Portville, Nov 3 (HNS) The …"); an agency's acronym signing off
the last paragraph after a dash; a date stamp worded with its own words ("Last updated on
…", a weekday, a clock and its zone) is never the headline; the headline the page's title bar
gives again with the site's name after a bar; a date and clock glued after the headline, or a
colon it was cut on; a big agency after a person ("сообщил X, пишет ТАСС") is a source the page
cites; a numbered reference is no credit; a newspaper's masthead alone in the header; a byline
naming writer, outlet and date; "First published online at X"; a date line whose clock gives
its zone in capitals, or with a place before a bullet. Every sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.dates import dateline
from briefings.load.titles import never_headline, without_stamp
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("Portville, Nov 3 (HNS) The harbour council met on Tuesday.", "HNS"),
        ("Port Ellis, Mar 14 (PRX) Ferry operators said the channel was too shallow.", "PRX"),
        ("Ostend, Sept 2 (QNA) “We will start soon,” the chair said on Tuesday.", "QNA"),
    ],
)
def test_wire_acronym_running_into_the_first_sentence(lead: str, outlet: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{lead} {PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.paragraphs[0].startswith(lead.split(") ", 1)[1][:20])


def test_a_bracket_of_lower_case_words_after_a_date_is_no_agency() -> None:
    doc = loaded(f"{_HEADLINE}\n\nPortville, May 3 (local time) The council met. {PAGE_BODY}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_acronym_signing_off_the_last_paragraph(dash: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\nThe ferry will run twice a day. {dash} HNS")
    assert doc.meta.outlet == "HNS"


@pytest.mark.parametrize(
    "last",
    [
        "The ferry will run twice a day, said the HNS.",  # named in prose, no dash
        "The ferry will run twice a day (HNS)",  # a bracket may credit a picture
    ],
)
def test_no_sign_off_without_a_dash_after_the_last_sentence(last: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{last}")
    assert doc.meta.outlet is None


def test_sign_off_in_the_middle_of_the_story_is_not_read() -> None:
    doc = loaded(f"{_HEADLINE}\n\nThe ferry will run twice a day. - HNS\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    "line",
    [
        "Last updated on 4 March 2021",
        "Published on March 4, 2021 at 10:05",
        "Friday, March 4, 2022 | 09:15 AM GMT",
        "Обновлено 4 марта 2021 в 10:05",
        "04.03.2021 | 10:05 MSK",
    ],
)
def test_a_worded_date_stamp_is_never_a_headline(line: str) -> None:
    assert never_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ferry strike ends on 4 March 2021 after long talks",
        "Council to vote on harbour budget on March 4, 2022",
    ],
)
def test_a_headline_giving_a_date_stays_one(line: str) -> None:
    assert not never_headline(line)


def test_the_title_bar_shows_the_headline_over_a_date_stamp() -> None:
    page = (
        f"{_HEADLINE} | Harbour Daily\n\n{_HEADLINE}\n\nA standfirst on the dredging plan\n\n"
        "Posted on\n\n4 March 2021\n\nLast updated on 4 March 2021\n\n"
        "And the ferries will wait for the work\n\n"
        f"{PAGE_BODY}"
    )
    assert loaded(page).title == _HEADLINE


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (f"{_HEADLINE} 04.03.2021, 18:18", _HEADLINE),
        (f"{_HEADLINE} March 4, 2021 10:05", _HEADLINE),
        (f"{_HEADLINE}:", _HEADLINE),
        ("Ferry fares 2021: 10:05", "Ferry fares 2021: 10:05"),  # too short to cut
        (f"{_HEADLINE} in 2021", f"{_HEADLINE} in 2021"),
    ],
)
def test_a_stamp_or_colon_glued_after_the_headline(title: str, want: str) -> None:
    assert without_stamp(title) == want


def test_a_dated_headline_line_loses_its_stamp() -> None:
    doc = loaded(f"{_HEADLINE} 04.03.2021, 18:18\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_a_big_agency_after_a_person_is_a_source_the_page_cites() -> None:
    lead = (
        "Паромы вернутся на северную линию весной. Об этом сообщил глава совета гавани "
        "Пётр Сомов, пишет ТАСС."
    )
    assert loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}").meta.outlet is None


def test_a_small_site_after_a_person_still_credits_itself() -> None:
    lead = (
        "Паромы вернутся на северную линию весной. Об этом сообщил глава совета гавани "
        "Пётр Сомов, пишет Gavan.kz."
    )
    assert loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}").meta.outlet == "Gavan.kz"


def test_a_numbered_reference_to_an_agency_is_no_credit() -> None:
    page = f"{_HEADLINE}\n\n{PAGE_BODY}\n\n[1] https://www.reuters.com/world/harbour-plan-2024/"
    assert loaded(page).meta.outlet is None


@pytest.mark.parametrize(
    "masthead", ["The Portville Herald", "Harbour Standard", "The Northland Times"]
)
def test_a_newspapers_name_alone_in_the_header_is_its_masthead(masthead: str) -> None:
    page = f"{_HEADLINE}\n\n{masthead}\n\nPORTVILLE — {PAGE_BODY}"
    assert loaded(page).meta.outlet == masthead


@pytest.mark.parametrize(
    "line",
    [
        "Harbour News",  # a section's word, not a newspaper's
        "Times",  # one word: no name
        "The times are hard for the ferry post.",  # prose
    ],
)
def test_no_masthead_from_a_section_or_prose(line: str) -> None:
    assert loaded(f"{_HEADLINE}\n\n{line}\n\n{PAGE_BODY}").meta.outlet is None


def test_a_masthead_deep_in_the_page_is_not_read() -> None:
    filler = "\n\n".join(f"The council met again on day {n} of the talks." for n in range(14))
    page = f"{_HEADLINE}\n\n{filler}\n\nThe Portville Herald\n\n{PAGE_BODY}"
    assert loaded(page).meta.outlet is None


def test_byline_with_writer_outlet_and_date() -> None:
    doc = loaded(f"{_HEADLINE}\n\nby Mara Quist, Harbour Daily, March 4, 2019\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Harbour Daily"
    assert doc.meta.published == dt.date(2019, 3, 4) or doc.text_date == dt.date(2019, 3, 4)
    assert not any("Mara Quist" in p for p in doc.paragraphs)


def test_first_published_online_at_names_the_outlet() -> None:
    doc = loaded(f"{_HEADLINE}\n\nFirst published online at HNW\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "HNW"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 4, 2021 at 11:30 JST", dt.date(2021, 3, 4)),
        ("4 March 2021, 07:59 PKT", dt.date(2021, 3, 4)),
        ("Portville, Ruritania • 4 March, 2021 | 09:51", dt.date(2021, 3, 4)),
    ],
)
def test_date_lines_with_a_zone_or_a_place_before_a_bullet(line: str, date: dt.date) -> None:
    assert dateline(line) == date


@pytest.mark.parametrize(
    "line", ["4 March 2021 UN", "March 4, 2021 at 11:30 and more", "4 March 2021 at the summit"]
)
def test_capitals_after_a_date_without_a_clock_are_no_zone(line: str) -> None:
    assert dateline(line) is None


def test_a_zoned_date_line_dates_the_page() -> None:
    doc = loaded(f"{_HEADLINE}\n\nMarch 4, 2021 at 11:30 JST\n\n{PAGE_BODY}")
    assert (doc.meta.published or doc.text_date) == dt.date(2021, 3, 4)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Reported by:  Harbour News Desk  Edited by:  Mara Quist", "Harbour News"),
        ("By Portville Ledger Desk", "Portville Ledger"),
    ],
)
def test_the_sites_desk_signing_the_story(line: str, outlet: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{line}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert not any("Desk" in p for p in doc.paragraphs)


def test_a_web_desk_names_a_team_not_the_outlet() -> None:
    assert loaded(f"{_HEADLINE}\n\nBy Harbour Web Desk\n\n{PAGE_BODY}").meta.outlet is None


def test_last_updated_dates_a_page_with_no_other_date() -> None:
    doc = loaded(f"{_HEADLINE}\n\nLast updated: 4 March 2021\n\n{PAGE_BODY}")
    assert (doc.meta.published or doc.text_date) == dt.date(2021, 3, 4)


def test_a_byline_between_headline_and_date_keeps_the_headline_over_menu_lines() -> None:
    page = (
        f"Skip to main content\n\n{_HEADLINE}\n\nferries\n\nBy Mara Quist\n\n4 March 2021\n\n"
        "Strategy & Harbour Communications\n\nPublic Affairs & Port Relations\n\n"
        f"{PAGE_BODY}"
    )
    assert loaded(page).title == _HEADLINE


def test_without_a_byline_a_wire_headline_under_the_date_still_wins() -> None:
    page = f"Harbour Daily home page for the coast\n\n4 March 2021\n\n{_HEADLINE}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


def test_a_bulleted_date_line_dates_the_page() -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n• 4 марта, 2021\n\n• 10:05\n\n{PAGE_BODY_RU}")
    assert doc.title == _HEADLINE_RU
    assert (doc.meta.published or doc.text_date) == dt.date(2021, 3, 4)


def test_a_headline_given_twice_in_variants_opens_on_the_first() -> None:
    first = "Harbour council backs plan to dredge northern channel"
    second = "Council says the northern channel will be dredged in spring"
    page = f"{first}\n\n{second}\n\n4 March 2021\n\n{PAGE_BODY}"
    assert loaded(page).title == first


def test_a_lead_crediting_a_site_its_logo_names() -> None:
    lead = "The ferry will run twice a day, the port office said, Harbourwire reports."
    page = f"Harbourwire Logo\n\n{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}"
    assert loaded(page).meta.outlet == "Harbourwire"


def test_a_lead_crediting_a_source_the_page_does_not_show_is_no_outlet() -> None:
    lead = "The ferry will run twice a day, the port office said, Harbourwire reports."
    assert loaded(f"{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}").meta.outlet is None
