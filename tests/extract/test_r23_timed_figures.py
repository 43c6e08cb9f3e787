"""Figures (round 23, wave 3): how long a truce or a war lasts is a figure ("a 30-day
ceasefire", "the 44-day war"), while a span hyphened before any other noun stays out ("a
10-year deal", kept out by an older test). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extract.extracted import figure_rows


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        pytest.param(
            "The two militias agreed a 45-day ceasefire on Sunday.",
            [("45-day ceasefire", 45.0, None, "days")],
            id="day-ceasefire",
        ),
        pytest.param(
            "Veterans of the 19-day war met in the capital.",
            [("19-day war", 19.0, None, "days")],
            id="day-war",
        ),
        pytest.param(
            "A 3-month-long truce let 70 trucks through.",
            [("3-month-long truce", 3.0, None, "months"), ("70 trucks", 70.0, None, "trucks")],
            id="month-long-truce-then-count",
        ),
        pytest.param(
            "The port signed a 15-year lease with the operator.",
            [],
            id="lease-stays-out",
        ),
    ],
)
def test_timed_figures(
    sentence: str, rows: list[tuple[str, float, float | None, str | None]]
) -> None:
    assert figure_rows(sentence) == rows
