"""The outlet a writer's byline names after the writers (round 18): "By A B, <Outlet>",
"By A B | <Outlet>", "By A B & <Outlet>", "By A B/<Outlet>", and a date glued before the
byline by a bar. The byline is metadata: never a paragraph, the title or a person of the story.
Every name and sentence here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY, analysed, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        pytest.param("By Mara Quist, HNW", "HNW", id="comma-acronym"),
        pytest.param(
            "By Mara Quist and Tom Reyes, Harbour News Service.",
            "Harbour News Service",
            id="two-writers-trade-word",
        ),
        pytest.param(
            "By Mara Quist, Tom Reyes, Lena Ostrova, HNW", "HNW", id="three-writers-comma"
        ),
        pytest.param("By Mara Quist | Harbour Wire", "Harbour Wire", id="bar"),
        pytest.param("By Mara Quist  & HNW", "HNW", id="ampersand"),
        pytest.param("By Mara Quist/Harbourwire", "Harbourwire", id="slash"),
        pytest.param("By Mara Quist, Harbour News March 4, 2024", "Harbour News", id="date-after"),
    ],
)
def test_a_byline_ending_on_the_outlet_gives_the_outlet(byline: str, outlet: str) -> None:
    page = f"{_HEADLINE}\n\n{byline}\n\n{PAGE_BODY}"
    doc = loaded(page)
    assert doc.meta.outlet == outlet
    assert doc.title == _HEADLINE
    assert not any("Quist" in p for p in doc.paragraphs)
    assert not any("Quist" in p.name for p in analysed(page).people)


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("By Dr. Mara Quist, Senior Fellow, Security Programme", id="affiliation"),
        pytest.param("By Mara Quist, MD", id="rank-acronym"),
        pytest.param("By Mara Quist, USA", id="country"),
        pytest.param("By Mara Quist and Tom Reyes", id="two-writers"),
        pytest.param("By Mara Quist, Tom Reyes", id="writers-by-comma"),
    ],
)
def test_a_byline_naming_no_outlet_gives_none(byline: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{byline}\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None
    assert not any("Quist" in p for p in doc.paragraphs)


def test_a_date_glued_before_the_byline_dates_the_page() -> None:
    doc = loaded(f"{_HEADLINE}\n\nMay 16, 2004|By Mara Quist, Harbour News Service.\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Harbour News Service"
    assert doc.text_date == dt.date(2004, 5, 16)
    assert doc.title == _HEADLINE
    assert not any("Quist" in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Copyright © 2024, Norvale Courier", id="copyright-sign-year-comma"),
        pytest.param("Copyright © Norvale Courier", id="copyright-sign"),
    ],
)
def test_a_word_of_the_copyright_formula_is_no_outlet(line: str) -> None:
    """Round 19: "Copyright © 2024, X" names X; "Copyright" itself is never the outlet."""
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{line}")
    assert doc.meta.outlet == "Norvale Courier"
