"""Figures with units and ranges, and quotes with full-name speakers."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures
from briefings.models import Article
from tests.extract.extracted import figure_rows


def _figs(article: Article) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in article.figures]


def test_azertac_gas_export_is_two_bcm_figures(azertac: Article) -> None:
    """'from roughly 12 billion cubic meters to 20' gives 12 bcm and 20 bcm."""
    figs = _figs(azertac)
    assert ("12 billion cubic meters", 12.0, None, "bcm") in figs
    assert ("20", 20.0, None, "bcm") in figs
    assert ("more than hundred thousand people", 100000.0, None, "people") in figs
    assert len(figs) == len(set(figs))  # restated in two answers, listed once


def test_caliber_figures(caliber: Article) -> None:
    """'10 European countries' and the '90-95%' range; 2022 is a year, not a figure."""
    figs = _figs(caliber)
    assert ("10 European countries", 10.0, None, "countries") in figs
    assert ("90-95%", 90.0, 95.0, "%") in figs


def test_years_dates_ordinals_are_not_figures(azertac: Article, caliber: Article) -> None:
    """No year (2021, 2022), date, '30th anniversary' or 'COP-29' becomes a figure."""
    values = {f.value for a in (azertac, caliber) for f in a.figures}
    assert not values & {2021.0, 2022.0, 2025.0, 30.0, 29.0, 18.0, 25.0, 26.0}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The loan is $1.5 billion.", ("$1.5 billion", 1.5e9, None, "USD"), id="usd"),
        pytest.param("It costs €300 million.", ("€300 million", 3e8, None, "EUR"), id="eur"),
        pytest.param(
            "Экспорт составил 12 млрд кубометров.",
            ("12 млрд кубометров", 12, None, "bcm"),
            id="ru-bcm",
        ),
        pytest.param(
            "Кредит на 2 млрд долларов.", ("2 млрд долларов", 2e9, None, "USD"), id="ru-usd"
        ),
        pytest.param("Рост составил 15,5%.", ("15,5%", 15.5, None, "%"), id="ru-decimal"),
        pytest.param("Output reached 25.2 bcm.", ("25.2 bcm", 25.2, None, "bcm"), id="bcm"),
        pytest.param("Prices rose 10–15 percent.", ("10–15 percent", 10, 15, "%"), id="range-dash"),
        pytest.param("A 3.5 GW wind farm.", ("3.5 GW", 3.5, None, "GW"), id="gw"),
        pytest.param(
            "Some 1,200 soldiers served.",
            ("1,200 soldiers", 1200, None, "soldiers"),
            id="thousands",
        ),
        pytest.param("It costs $ 50 million.", ("$ 50 million", 5e7, None, "USD"), id="usd-space"),
        pytest.param(
            "Prices rose between 5 and 7 percent.",
            ("between 5 and 7 percent", 5, 7, "%"),
            id="between",
        ),
        pytest.param(
            "Поставки вырастут от 10 до 15 млрд кубометров.",
            ("от 10 до 15 млрд кубометров", 10, 15, "bcm"),
            id="ru-range",
        ),
        pytest.param(
            "Output: 600,000 barrels per day.",
            ("600,000 barrels per day", 6e5, None, "barrels"),
            id="bpd",
        ),
    ],
)
def test_figure_forms(sentence: str, expected: tuple[str, float, float | None, str]) -> None:
    """Money, volumes, shares, ranges and counts are parsed with normalised units."""
    assert figure_rows(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("In 2022, Azerbaijan proposed a fund.", id="year"),
        pytest.param("It was signed on 26 April 2025 at 16:31.", id="date-time"),
        pytest.param("The 30th anniversary of COP-29 and COP29.", id="ordinal-event"),
        pytest.param("It was 26.04.2025 when one of the people left.", id="numeric-date"),
    ],
)
def test_not_figures(sentence: str) -> None:
    """Years, dates, times, ordinals and event numbers are not figures."""
    assert find_figures(sentence) == []


def test_caliber_quotes_have_full_name_speakers(caliber: Article) -> None:
    """Kallas's typographic quote and Bayramov's straight quote get full names, not titles."""
    by_start = {q.text[:30]: q.speaker for q in caliber.quotes}
    assert by_start["Armenia and Azerbaijan now hav"] == "Kaja Kallas"
    assert by_start["In recent years, there has bee"] == "Jeyhun Bayramov"
    assert all(q.speaker and " " in q.speaker for q in caliber.quotes)


def test_azertac_interview_answers_are_stoltenbergs(azertac: Article) -> None:
    """Every answer of the interview (verbatim, dash removed) is quoted as Jens Stoltenberg's."""
    assert azertac.quotes
    assert {q.speaker for q in azertac.quotes} == {"Jens Stoltenberg"}
    joined = " ".join(q.text for q in azertac.quotes)
    assert "from roughly 12 billion cubic meters to 20" in joined
    assert "Then, we also welcomed the important role" in joined
    assert not any(q.text.startswith("- ") for q in azertac.quotes)
    assert all(q.text in azertac.text for q in azertac.quotes)
    assert not any(q.text[-1] == "?" for q in azertac.quotes)


def test_russian_figures_and_quote(russian: Article) -> None:
    """Russian units (млрд кубометров, %, долларов, стран) and «…», — заявил quotes."""
    figs = _figs(russian)
    assert ("12,9 млрд кубометров", 12.9, None, "bcm") in figs
    assert ("10 европейских стран", 10.0, None, "countries") in figs
    assert ("90-95%", 90.0, 95.0, "%") in figs
    assert ("2 млрд долларов", 2e9, None, "USD") in figs
    assert not any(f.value == 2027 for f in russian.figures)
    assert [q.speaker for q in russian.quotes] == ["Ilham Aliyev"]
    assert russian.quotes[0].text.startswith("Мы готовы")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Продано 2 000 билетов.", ("2 000 билетов", 2000, None, "билетов"), id="ru-space"
        ),
        pytest.param(
            "Приехали более 200 музыкантов.",
            ("более 200 музыкантов", 200, None, "музыкантов"),
            id="ru-noun",
        ),
        pytest.param("It has 300 schools.", ("300 schools", 300, None, "schools"), id="en-noun"),
        pytest.param(
            "Over 100,000 ethnic Armenians left.",
            ("Over 100,000 ethnic Armenians", 1e5, None, "people"),
            id="demonym",
        ),
        pytest.param(
            "Talks ran for more than 30 hours.",
            ("more than 30 hours", 30, None, "hours"),
            id="hours",
        ),
    ],
)
def test_counted_nouns(sentence: str, expected: tuple[str, float, float | None, str]) -> None:
    """Any noun counted by digits is a figure with that noun as unit (nationalities: people)."""
    assert figure_rows(sentence) == [expected]


def test_from_bare_number_to_figure_is_two_figures() -> None:
    """'from 12 to 20 bcm': the first number takes the unit of the second."""
    figs = [(f.text, f.value, f.unit) for f in find_figures("Exports rose from 12 to 20 bcm.")]
    assert figs == [("12", 12.0, "bcm"), ("20 bcm", 20.0, "bcm")]


def test_scores_and_compound_adjectives_are_not_figures() -> None:
    """A 3-1 score, '10-year deal' and bare years stay out of the figures."""
    assert find_figures("Sabah won 3-1 and signed a 10-year deal in 2024.") == []
