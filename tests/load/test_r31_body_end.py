"""The body's end (round 31): a sentence the page stops after a comma or mid-word is still
the article's when only furniture follows it ("Leave a Reply", "Share"), as when it is the
page's last line. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from briefings.load.page import clean_text

_PAGE = (
    "Harbour council backs the new ferry timetable\n\n"
    "The harbour council approved the winter ferry timetable on Tuesday after a long debate "
    "about the cost of the extra crossings.\n\n"
    "Captains of the five ports said the plan would end years of delays.\n\n"
)
_CUT = "The council's treasurer Mara Quist, also urged the ports to share the cost of fuel,"


@pytest.mark.parametrize("furniture", ["Leave a Reply", "Share", "Leave a Reply\n\nShare"])
def test_a_cut_sentence_before_closing_furniture_is_kept(furniture: str) -> None:
    cleaned = clean_text(f"{_PAGE}{_CUT}\n\n{furniture}\n")
    assert cleaned.paragraphs[-1] == _CUT


def test_a_sentence_of_capitals_cut_after_a_words_first_letter_is_kept() -> None:
    """ "On May 4, Harbour Master Tomas Berg told the P": half its words are capitals, as a
    credit's are, but a word cut after its first letter right after "the" is prose."""
    cut = "On May 4, Harbour Master Tomas Berg told the P"
    cleaned = clean_text(f"{_PAGE}{cut}\n")
    assert cleaned.paragraphs[-1] == cut


def test_a_credit_cut_in_a_name_stays_out() -> None:
    cleaned = clean_text(f"{_PAGE}Written by Mara Quist and Tom B\n")
    assert cleaned.paragraphs[-1].endswith("years of delays.")
