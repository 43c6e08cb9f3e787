"""Figures, round 26 (second wave): a line's voltage ("a 500 kV line", "ЛЭП 400 кВ"), a
Russian collective numeral counting people ("трое солдат"), a riyal amount glued to its
letters ("SR6bn"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _figures(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The new 330 kV line will join the two grids by 2028.", ("330 kV", 330.0, "kV")),
        ("Сетевая компания строит ЛЭП 220 кВ до границы.", ("220 кВ", 220.0, "kV")),
        ("Четверо горняков получили ранения при взрыве.", ("Четверо горняков", 4.0, None)),
        ("На мине подорвались двое пограничников.", ("двое пограничников", 2.0, None)),
        ("The port fund now holds SR4bn for the new berths.", ("SR4bn", 4e9, "SAR")),
    ],
)
def test_new_figure_forms(sentence: str, figure: tuple[str, float, str | None]) -> None:
    found = _figures(sentence)
    text, value, unit = figure
    assert any(t == text and v == value and (unit is None or u == unit) for t, v, u in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Мощность станции 400 кВт.",  # power, not voltage
        "Трое из них вернулись домой.",  # no noun counted
        "Road R40 is closed after the storm.",
        "The SR model sold well.",
    ],
)
def test_no_figure_of_the_new_forms(sentence: str) -> None:
    assert not any(u == "kV" for _, _, u in _figures(sentence))
    assert not any(t.casefold().startswith("трое") for t, _, _ in _figures(sentence))
    assert not any(u == "SAR" for _, _, u in _figures(sentence))
