"""Figures in units round 33's sets showed the parser lacked: speeds ("km/h", "mph", metres
per second), Russian power spelt out ("мегаватт", "гигаватт") or with the hour hyphened
("ТВт-ч"), square kilometres in Cyrillic ("км2"), the Russian numbers from eleven to
nineteen, and memoranda of understanding counted as one phrase. Every sentence is invented.
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
            "Gusts of up to 190 km/h tore roofs off in the port town.",
            ("up to 190 km/h", 190.0, "km/h"),
            id="km-per-hour",
        ),
        pytest.param(
            "The storm reached 95 mph before it weakened over the hills.",
            ("95 mph", 95.0, "mph"),
            id="mph",
        ),
        pytest.param(
            "Forecasters warned of winds near 31 metres per second along the coast.",
            ("31 metres per second", 31.0, "m/s"),
            id="metres-per-second",
        ),
        pytest.param(
            "Майнерам отдали 1500 мегаватт свободной мощности.",
            ("1500 мегаватт", 1500.0, "MW"),
            id="ru-megawatt-word",
        ),
        pytest.param(
            "Станция даст около 5,2 ТВт-ч электроэнергии в год.",
            ("5,2 ТВт-ч", 5.2, "TWh"),
            id="ru-twh-hyphen",
        ),
        pytest.param(
            "Огонь прошёл по 640 км2 степи.",
            ("640 км2", 640.0, "km2"),
            id="ru-km2",
        ),
        pytest.param(
            "At the summit the ministers initialled five memoranda of understanding on ports.",
            ("five memoranda of understanding", 5.0, "memoranda"),
            id="memoranda-of-understanding",
        ),
        pytest.param(
            "The delegations exchanged 9 MoUs covering fisheries and rail.",
            ("9 MoUs", 9.0, "memoranda"),
            id="mous",
        ),
        pytest.param(
            "The drought killed some 85,000 head of cattle in the south.",
            ("85,000 head of cattle", 85000.0, "cattle"),
            id="head-of-cattle",
        ),
        pytest.param(
            "При обрушении пострадали четырнадцать человек.",
            ("четырнадцать человек", 14.0, "people"),
            id="ru-teen-count",
        ),
    ],
)
def test_unit_read(sentence: str, expected: tuple[str, float, str | None]) -> None:
    assert expected in _rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Двенадцать лет назад завод закрыли.",  # a span of time, no count
        "Цена выросла до 60 долларов за мегаватт-час.",  # a price per unit, not a power
    ],
)
def test_not_misread(sentence: str) -> None:
    rows = _rows(sentence)
    assert all(unit not in ("MW", "people") for _, _, unit in rows), rows
