"""Stamp dates (round 31): a page's date alone on its line, set with odd punctuation ("18,
Jan. 2019", "24.Jan .2023 21:00", "29-09-2017, 16:17"), dates the page; a numeric day and
month both twelve or less ("03-04-2017") could be either, and dates nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.dates import dateline
from briefings.load.page import clean_text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("18, Jan. 2019", dt.date(2019, 1, 18)),
        ("24.Jan .2023 21:00", dt.date(2023, 1, 24)),
        ("29-09-2017, 16:17", dt.date(2017, 9, 29)),
        ("03-04-2017", None),
        ("12-2024", None),
    ],
)
def test_a_stamp_with_odd_punctuation_is_read(line: str, date: dt.date | None) -> None:
    assert dateline(line) == date


def test_such_a_stamp_under_the_headline_dates_the_page() -> None:
    page = (
        "Harbour council backs the new ferry timetable\n\n"
        "7, Mar. 2021\n\n"
        "The harbour council approved the winter ferry timetable on Tuesday after a long "
        "debate about the cost of the extra crossings.\n\n"
        "Captains of the five ports said the plan would end years of delays.\n"
    )
    assert clean_text(page).date == dt.date(2021, 3, 7)
