"""Page metadata (round 9): a Russian page's date and time stamp opening its first line,
before a section name or the headline ("12 марта 2025, 09:40 Экономика"), dates the page as
its English twin ("March 12, 2025 9:40 AM <title>") does. Headline and text are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed

RU_HEADLINE = "Совет гавани одобрил углубление северного канала"


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("12 марта 2025, 09:40 Экономика", id="before-a-section"),
        pytest.param("12 марта 2025 09:40 Экономика", id="no-comma"),
    ],
)
def test_ru_date_and_time_stamp_dates_the_page(stamp: str) -> None:
    """The stamp's day is the publication date; the section after it is not the title."""
    article = analysed(f"{stamp}\n\n{RU_HEADLINE}\n\n{RU_BODY}")
    assert article.published == dt.date(2025, 3, 12)
    assert article.title == RU_HEADLINE
