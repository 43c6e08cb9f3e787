"""Figures in the forms loan, trade and refinery news write them (round 5): currency words and
codes on either side of the amount, the IMF's SDR, barrels per day as the trade abbreviates it,
and Russian amounts written in words.

Every sentence here is invented; each reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import math

import pytest

from briefings.figures import find_figures
from tests.extract.extracted import under_headline


def _found(sentence: str) -> dict[str, tuple[float, str | None]]:
    return {f.text: (f.value, f.unit) for f in find_figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param(
            "The board released 412 million U.S. Dollars to the harbour fund.",
            "412 million U.S. Dollars",
            412e6,
            "USD",
            id="us-dollars-with-dots",
        ),
        pytest.param(
            "The grant of CNY450 million covers the new ferry terminal.",
            "CNY450 million",
            450e6,
            "CNY",
            id="iso-code-glued",
        ),
        pytest.param(
            "A credit line worth 38 billion yuan was opened for the port.",
            "38 billion yuan",
            38e9,
            "CNY",
            id="yuan-after",
        ),
        pytest.param(
            "The fund allowed a drawing of SDR 615 million under the programme.",
            "SDR 615 million",
            615e6,
            "XDR",
            id="sdr-before",
        ),
        pytest.param(
            "The harbour may withdraw 214.5 million SDR (special drawing rights) this year.",
            "214.5 million SDR",
            214.5e6,
            "XDR",
            id="sdr-after",
        ),
    ],
)
def test_currency_words_and_codes(sentence: str, text: str, value: float, unit: str) -> None:
    assert _found(sentence).get(text) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("The refinery ran at 4.3 million b/d in March.", "4.3 million b/d", id="b/d"),
        pytest.param("Crude runs rose by 215,000 bpd last week.", "215,000 bpd", id="bpd"),
        pytest.param("The new unit adds 61,000 BBL/d of capacity.", "61,000 BBL/d", id="bbl/d"),
    ],
)
def test_barrels_per_day_abbreviated(sentence: str, text: str) -> None:
    found = {f.text: f.unit for f in find_figures(sentence)}
    assert found.get(text, "").endswith("barrels"), found


def test_russian_oblique_number_word_before_a_scale_is_one_figure() -> None:
    """ "порядка четырех триллионов рублей" is four trillion roubles, not "четыре" and a stray
    letter; a sentence with no digit at all still carries it."""
    article = under_headline(
        "По оценке совета, гавань займет за три года около четырех триллионов рублей."
    )
    assert [(f.value, f.unit) for f in article.figures] == [(4e12, "RUB")]


def test_oblique_number_word_alone_is_still_no_figure() -> None:
    """ "двух стран" and "четырех сторон" count nothing a brief needs: no scale, no figure."""
    assert find_figures("Министры четырех сторон встретились в гавани.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The terminal will supply the fuel within 25 years.", id="years"),
        pytest.param("The ferry line can double its capacity within 40-55 months.", id="range"),
        pytest.param("Переговоры о терминале шли 14 месяцев.", id="ru-months"),
        pytest.param("Терминал строили 15 лет.", id="ru-years"),
    ],
)
def test_durations_in_digits_are_no_figures(sentence: str) -> None:
    """A long span of time counted in digits (a term, an anniversary) is a duration, which
    labels leave out as they do durations in words ("two weeks"); hours and days stay."""
    assert find_figures(sentence) == []


def test_a_count_beside_a_duration_is_still_a_figure() -> None:
    found = [f.text for f in find_figures("Deminers cleared 30,000 mines in the first 10 months.")]
    assert found == ["30,000 mines"]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("Port trade may reach $48 bln this year.", "$48 bln", 48e9, "USD", id="bln"),
        pytest.param(
            "The terminal ships 21 bln cubic meters a year.",
            "21 bln cubic meters",
            21.0,
            "bcm",
            id="bln-cubic-meters",
        ),
        pytest.param("Its debt stood at $1.4 trln.", "$1.4 trln", 1.4e12, "USD", id="trln"),
    ],
)
def test_wire_abbreviated_scales(sentence: str, text: str, value: float, unit: str) -> None:
    """Wire copy's "bln" and "trln" scale the amount as "billion" and "trillion" do."""
    assert _found(sentence).get(text) == (value, unit)


def test_russian_agency_per_cent_abbreviation() -> None:
    """ "проц." in agency and statistics copy is a per cent."""
    found = _found("Доля терминала выросла на 37,4 проц. за год.")
    assert found.get("37,4 проц.") == (37.4, "%")


def test_russian_compound_amount_is_one_figure() -> None:
    """ "41 млрд 212,5 млн долларов": billions and millions written apart are one amount."""
    found = _found("Оборот гавани составил 41 млрд 212,5 млн долларов.")
    assert found == {"41 млрд 212,5 млн долларов": (41_212_500_000.0, "USD")}


def test_two_amounts_side_by_side_stay_two() -> None:
    """Two amounts of the same scale, or with a word between, are two figures."""
    found = _found("Порт получил 12 млн рублей, а терминал 8 млн рублей.")
    assert set(found) == {"12 млн рублей", "8 млн рублей"}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Trade between the two countries grew fast.", id="the-two"),
        pytest.param("Trade between two countries is growing.", id="between-two"),
        pytest.param("The four member states set up a joint venture.", id="the-four"),
    ],
)
def test_the_two_countries_is_who_not_how_many(sentence: str) -> None:
    """ "the two countries", "between two countries": a number in words that points back at
    the parties counts nothing."""
    assert find_figures(sentence) == []


def test_a_count_in_words_is_still_a_figure() -> None:
    assert [f.text for f in find_figures("Nine countries sent ships to the drill.")] == [
        "Nine countries"
    ]


def test_a_digit_run_too_long_for_a_number_is_no_figure() -> None:
    """A garbled page's 400-digit run would be an infinite value, which no store can keep."""
    sentence = "The counter on the page read " + "9" * 400 + " tonnes before it froze."
    assert all(math.isfinite(f.value) for f in find_figures(sentence))
    assert find_figures("Exports rose to 400 tonnes.")[0].value == 400
