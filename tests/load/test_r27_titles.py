"""Titles of real scrapes, round 27: header furniture over the headline is never the title — a
link back up the page with the menu glued on, a copy button's notice, a self-promotion
banner's call — and a byline with a middle initial is a byline, not the headline over the
date. Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from briefings.load.page import clean_text
from tests.extract.extracted import PAGE_BODY

_HEADLINE = "Harbour council backs plan to dredge the northern channel"


@pytest.mark.parametrize(
    "furniture",
    [
        "Back to the Top News Newsfeed",
        "Connect with your audience through trusted local reporting.",
    ],
)
def test_header_furniture_over_the_headline_is_no_title(furniture: str) -> None:
    cleaned = clean_text(f"{furniture}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert cleaned.title == _HEADLINE
    assert furniture not in cleaned.paragraphs


def test_a_copy_buttons_notice_over_a_headline_in_capitals_is_no_title() -> None:
    cleaned = clean_text(f"The shortlink copied\n{_HEADLINE.upper()}\n\n{PAGE_BODY}")
    assert cleaned.title is None


def test_a_headline_opening_on_back_to_the_top_stays_the_headline() -> None:
    headline = "Back to the top for Portville after a late winner"
    assert clean_text(f"{headline}\n\n{PAGE_BODY}").title == headline


def test_a_byline_with_a_middle_initial_is_no_headline() -> None:
    page = f"{_HEADLINE}\n\nBy  Mara J. Quist\n\n|  March 4, 2025 - 10:06 pm\n\n{PAGE_BODY}"
    assert clean_text(page).title == _HEADLINE


def test_a_short_question_opening_the_page_is_its_headline() -> None:
    first = "Harbour dredging plan: what changes for the ferries?"
    cleaned = clean_text(f"{first}\n\n{PAGE_BODY}")
    assert cleaned.title == first
    assert first not in cleaned.paragraphs


def test_a_headline_set_on_two_lines_at_its_colon_opens_the_page() -> None:
    first = "The northern channel's future in the new plan:"
    page = f"{first}\n\nA new start for the ferries?\n\n{PAGE_BODY}"
    assert clean_text(page).title == first.rstrip(":")


def test_a_line_on_a_colon_over_a_sentence_is_no_headline() -> None:
    first = "The harbour master told the council on Tuesday the following:"
    page = f'{first}\n\n"We will open the channel in the spring."\n\n{PAGE_BODY}'
    assert clean_text(page).title is None


def test_a_lead_sentence_opening_the_page_is_no_headline() -> None:
    assert clean_text(f"Ferries will run late.\n\n{PAGE_BODY}").title is None
