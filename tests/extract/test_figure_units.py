"""Energy units, prices per unit, hedge words, counts with adjectives, and dates that are not
figures."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _figs(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The solar park produced 410 MWh in its first week.",
            [("410 MWh", 410.0, "MWh")],
            id="mwh",
        ),
        pytest.param(
            "Households used 2.4 billion kWh last winter.",
            [("2.4 billion kWh", 2.4e9, "kWh")],
            id="kwh-with-scale",
        ),
        pytest.param(
            "The grid can now take 1.8 GW from wind and 600 megawatts from the sun.",
            [("1.8 GW", 1.8, "GW"), ("600 megawatts", 600.0, "MW")],
            id="gw-mw",
        ),
        pytest.param(
            "Each of the two new units is rated at 1150 MWe, the other at 980MWe.",
            [("1150 MWe", 1150.0, "MW"), ("980MWe", 980.0, "MW")],
            id="mwe-electrical",
        ),
        pytest.param(
            "Each sachet holds 95mg of caffeine and 2 grams of salt.",
            [("95mg", 95.0, "mg"), ("2 grams", 2.0, "g")],
            id="mg-grams",
        ),
        pytest.param(
            "В пакетике 70 мг кофеина и 3 грамма соли.",
            [("70 мг", 70.0, "mg"), ("3 грамма", 3.0, "g")],
            id="mg-grams-ru",
        ),
        pytest.param(
            "The terminal loaded 640,000 barrels in March.",
            [("640,000 barrels", 640000.0, "barrels")],
            id="barrels",
        ),
        pytest.param(
            "Power traded at 61 euros per megawatt hour on Friday.",
            [("61 euros per megawatt hour", 61.0, "EUR per MWh")],
            id="price-per-mwh",
        ),
        pytest.param(
            "Urals crude sold at $64 a barrel, and gas at $310 per 1,000 cubic meters.",
            [
                ("$64 a barrel", 64.0, "USD per barrel"),
                ("$310 per 1,000 cubic meters", 310.0, "USD per 1000 m3"),
            ],
            id="price-per-barrel-and-tcm",
        ),
        pytest.param(
            "Нефть Azeri Light в среду стоила 83 доллара за баррель.",
            [("83 доллара за баррель", 83.0, "USD per barrel")],
            id="ru-price-per-barrel",
        ),
    ],
)
def test_energy_units_and_prices(
    sentence: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """kWh/MWh/GW/MW/barrels are units; a price keeps what it is per in text and unit."""
    assert _figs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("Exports rose to around 9 million tonnes.", "9 million tonnes", id="around"),
        pytest.param("The plant cost roughly $2 billion.", "$2 billion", id="roughly"),
        pytest.param("Approximately 40% of the lines were replaced.", "40%", id="approximately"),
        pytest.param("Перевезено около 7 млн тонн грузов.", "7 млн тонн", id="ru-около"),
    ],
)
def test_hedges_are_not_part_of_the_figure_text(sentence: str, text: str) -> None:
    """'around', 'roughly', 'около' stay out of the text: it is the number and its unit."""
    assert [f.text for f in find_figures(sentence)] == [text]


def test_bounds_stay_in_the_figure_text() -> None:
    """'more than' and 'up to' change what the number means, so they stay."""
    texts = [
        f.text for f in find_figures("More than 30% of wells and up to $4 billion are at stake.")
    ]
    assert texts == ["More than 30%", "up to $4 billion"]


def test_count_with_several_adjectives() -> None:
    """'14 new armoured demining vehicles' is a count of vehicles, text and all."""
    assert _figs("The army received 14 new armoured demining vehicles from Türkiye.") == [
        ("14 new armoured demining vehicles", 14.0, "vehicles")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Фестиваль пройдет с 18 по 25 мая 30 площадках не хватит.", id="ru-range-before-number"
        ),
        pytest.param(
            "Выставка открыта до 30 апреля 12 залов ждут гостей.", id="ru-day-month-then-number"
        ),
        pytest.param("The fair runs until 30 April 2025 in Baku.", id="en-full-date"),
    ],
)
def test_dates_are_not_figures(sentence: str) -> None:
    """A day and month is a date, whatever follows it."""
    assert not any(
        "мая" in f.text or "апреля" in f.text or "April" in f.text for f in find_figures(sentence)
    )
