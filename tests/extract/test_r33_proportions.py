"""Round 33: shares in words ("a third of", "two-fifths of") are figures; a place ("third of
the twelve") and a quarter of a million (an amount) are no share. Every sentence is
invented."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _rows(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.value, 3), f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The failed turbine supplied nearly a fifth of the valley's electricity.",
            ("a fifth", 0.2, "share"),
            id="a-fifth-of",
        ),
        pytest.param(
            "Cooperatives now sell three-quarters of the region's rice.",
            ("three-quarters", 0.75, "share"),
            id="three-quarters-of",
        ),
    ],
)
def test_share_in_words(sentence: str, expected: tuple[str, float, str | None]) -> None:
    assert expected in _rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The runner finished third of the twelve in the heat.",  # a place, no share
        "A quarter of a million people left the coast.",  # read whole as an amount
    ],
)
def test_no_share(sentence: str) -> None:
    assert all(unit not in ("share", "times") for _, _, unit in _rows(sentence))
