"""Figures, round 27: amounts glued to a local currency's letters (naira "N4 trillion",
ringgit "RM12,500"), with a scale or digits grouped in thousands, and "trn" as a scale
("N415trn", "$2trn"); a letter and a short number stays no figure ("N95 masks", "RM5"). A
number hyphened to a Russian adjective of a unit or a scale ("40-километровый ров",
"90-миллионного населения").
Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _figures(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The ministry cut the subsidy bill to N1.9 trillion this year.", ("N1.9 trillion", "NGN")),
        ("Traders put the market at N415trn last year.", ("N415trn", "NGN")),
        ("Imports of fuel reached $2trn over the decade.", ("$2trn", "USD")),
        ("Police seized copper cable worth RM12,500 from the depot.", ("RM12,500", "MYR")),
    ],
)
def test_glued_local_currency(sentence: str, figure: tuple[str, str | None]) -> None:
    assert figure in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Nurses asked for N95 masks at the depot.", "The ferry fare rose to RM5 on Monday."],
)
def test_a_letter_and_a_short_number_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Власти начали рыть 40-километровый ров вдоль границы.", ("40-километровый", "km")),
        ("Вдоль дороги поставят 3-метровый забор.", ("3-метровый", "m")),
        ("Река кормит страну 90-миллионного населения.", ("90-миллионного", None)),
    ],
)
def test_a_number_hyphened_to_a_russian_unit_adjective(
    sentence: str, figure: tuple[str, str | None]
) -> None:
    assert figure in _figures(sentence)


def test_a_hyphened_adjective_read_already_stays_one_figure() -> None:
    assert _figures("На мосту запретили проезд 10-тонных грузовиков.") == [("10-тонных", "t")]


def test_a_hyphened_adjective_of_no_unit_is_no_figure() -> None:
    assert _figures("В 5-этажном доме выбило стекла.") == []
