"""Figures (round 25): a per cent written "pc" after the number, as British and East African
papers write it ("42pc", "5.2 pc"), metres as Russian copy abbreviates them ("60 м"), and a
body's strength before its noun ("a 2,500-strong workforce").
A lone "м" glued to other letters or digits ("млн", "м3") stays no metre. Every sentence is
invented.
"""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _rows(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The port's share of the region's freight rose to about 37pc last year.",
            ("37pc", 37.0, "%"),
            id="pc-glued",
        ),
        pytest.param(
            "Ferry traffic fell 4.5 pc in the winter months.", ("4.5 pc", 4.5, "%"), id="pc-spaced"
        ),
        pytest.param(
            "Глубина нового причала составит около 14 м.", ("14 м", 14.0, "m"), id="metres-ru"
        ),
        pytest.param(
            "Высота волн у мола достигала 6 м, сообщили в порту.",
            ("6 м", 6.0, "m"),
            id="metres-ru-comma",
        ),
    ],
)
def test_abbreviated_units(sentence: str, expected: tuple[str, float, str]) -> None:
    assert expected in _rows(sentence)


def test_russian_million_is_no_metre() -> None:
    rows = _rows("Порт перевалил 5 млн тонн грузов.")
    assert all(unit != "m" for _, _, unit in rows)


def test_pieces_are_no_per_cent() -> None:
    assert all(unit != "%" for _, _, unit in _rows("The shop sold 40 pcs of the new model."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The yard aims for a 2,500-strong workforce by 2030.",
            ("2,500-strong", 2500.0, "members"),
            id="workforce",
        ),
        pytest.param(
            "A 400-strong crew will run the new terminal.",
            ("400-strong", 400.0, "members"),
            id="crew",
        ),
    ],
)
def test_body_strength_counts_its_members(sentence: str, expected: tuple[str, float, str]) -> None:
    """'a 2,500-strong workforce': the size of a body, like '13,000-member union'."""
    assert expected in _rows(sentence)
