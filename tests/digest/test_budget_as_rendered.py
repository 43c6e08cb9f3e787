"""The budget charges a brief's parts as rendered (Telegram HTML, visible text): the header by
the dates it can show, and each item by its bullet, line breaks and "— Outlet, date" line,
with room for the bot's new-mark. Overcharging left the last story out of briefs that had
room for it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.digest.budget import Dating, header_chars, item_chars
from briefings.models import Attribution, Briefing, BriefingItem
from briefings.render import OutputFormat, render_briefing, visible_text
from tests.digest.factories import headless_source as source

NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)
SENTENCES = ["Tarvia will ship 3 bcm of gas to Lunaport.", "…The line opens in 2027."]
NEW_MARK_CHARS = 3  # "🆕 " before a fresh item in the bot


def rendered(items: int, newest: dt.date | None, oldest: dt.date | None) -> str:
    found: Attribution = source(title="Grid deal signed in Lunaport", published=newest)
    briefing = Briefing(
        topic_id="energy",
        topic_title="Energy",
        generated_at=NOW,
        items=[BriefingItem(sentences=SENTENCES, sources=[found], score=1.0)] * items,
        newest=newest,
        oldest=oldest,
    )
    return visible_text(render_briefing(briefing, OutputFormat.HTML)).strip()


@pytest.mark.parametrize(
    ("oldest", "newest"),
    [
        pytest.param(dt.date(2025, 4, 26), dt.date(2025, 4, 26), id="one-day"),
        pytest.param(dt.date(2025, 3, 18), dt.date(2025, 4, 26), id="one-year"),
        pytest.param(dt.date(2024, 12, 18), dt.date(2025, 4, 26), id="two-years"),
        pytest.param(None, None, id="undated"),
    ],
)
def test_the_header_is_charged_at_least_as_rendered_and_not_much_more(
    oldest: dt.date | None, newest: dt.date | None
) -> None:
    """The items are chosen after the budget, so the header is charged for the longest any
    choice among the dates could give (two-digit days, the oldest's age): at most a few
    characters over, never under."""
    dates = [d for d in (oldest, newest) if d is not None]
    charged = header_chars(dates, NOW.date()) + len("Energy")
    shown = len(rendered(1, newest, oldest).split("\n• ")[0]) + 1  # the blank line's break
    assert shown <= charged <= shown + 3


def test_a_subset_of_the_dates_never_renders_a_longer_header() -> None:
    """A brief showing only the older facts says an older age: still within the charge."""
    dates = [dt.date(2025, 1, 5), dt.date(2025, 4, 26)]
    charged = header_chars(dates, NOW.date()) + len("Energy")
    for day in dates:
        assert len(rendered(1, day, day).split("\n• ")[0]) + 1 <= charged


def test_an_item_is_charged_as_rendered_with_room_for_the_new_mark() -> None:
    day = dt.date(2025, 4, 26)
    one_more = len(rendered(3, day, day)) - len(rendered(2, day, day))
    found = source(title="Grid deal signed in Lunaport", published=day)
    charged = item_chars(SENTENCES, [found], Dating(year=2025))
    assert charged == one_more + NEW_MARK_CHARS
