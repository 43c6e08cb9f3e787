"""Round-3 figure constructions seen across published news, in invented sentences: units
glued to the number, thousands written without a unit, numbers in words, temperatures."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _texts(sentence: str) -> list[str]:
    return [f.text for f in find_figures(sentence)]


def _units(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        pytest.param("Teams cleared 42ha of farmland near the river.", "42ha", "ha"),
        pytest.param("The agency has cleared 3,250ha since spring.", "3,250ha", "ha"),
        pytest.param("Crews surveyed 64sq km of forest this year.", "64sq km", "km2"),
        pytest.param("Deminers released 1,204,550sqm of land to farmers.", "1,204,550sqm", "m2"),
        pytest.param("Officials said 12 sq km remain contaminated.", "12 sq km", "km2"),
        pytest.param("The 412-km pipeline crosses three provinces.", "412-km", "km"),
        pytest.param(
            "They signed a deal for a 950-kilometer-long power line.", "950-kilometer", "km"
        ),
        pytest.param("The line has carried 31+ bcm since it opened.", "31+ bcm", "bcm"),
        pytest.param("Leaders welcomed a 4fold rise in freight volumes.", "4fold", "fold"),
        pytest.param("Exports grew fivefold over the decade.", "fivefold", "fold"),
        pytest.param("Warming must stay below 1.5C, the report said.", "1.5C", "°C"),
        pytest.param("Summers in the valley are 1,8 °C warmer than before.", "1,8 °C", "°C"),
    ],
)
def test_unit_glued_or_hyphened_to_the_number(sentence: str, text: str, unit: str) -> None:
    """'42ha', '64sq km', '412-km', '31+ bcm', '4fold', '1.5C' are figures with their units."""
    found = {f.text: f.unit for f in find_figures(sentence)}
    assert found.get(text) == unit, found


def test_grouped_thousands_without_a_unit_are_figures() -> None:
    """'exceeds 4,200 ... bring it to 6,000': a number grouped in thousands is a figure."""
    sentence = "The workforce now exceeds 4,200, and the ministry plans to bring it to 6,000."
    assert _texts(sentence) == ["4,200", "6,000"]


def test_grouped_thousands_keep_years_and_small_numbers_out() -> None:
    """A year or a bare small number still is no figure."""
    assert _texts("In 2019 the team of 14 moved to a new office.") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("About 7,500 personnel will take part in the drills.", "7,500 personnel"),
        pytest.param(
            "Deminers found 12,310 unexploded ordnance last year.", "12,310 unexploded ordnance"
        ),
        pytest.param("The agency hired 240 staff for the new office.", "240 staff"),
    ],
)
def test_mass_nouns_counted(sentence: str, text: str) -> None:
    """'personnel', 'ordnance', 'staff' are counted like plurals."""
    assert text in _texts(sentence)


def test_european_thousands_before_a_count() -> None:
    """'6.300 soldiers': a dot grouping thousands before a counted noun."""
    assert _units("Some 6.300 soldiers from 14 nations joined.")[0] == (6300.0, "soldiers")


def test_decimal_with_three_places_stays_decimal_before_a_unit() -> None:
    """'2.125 million': a dot before a scale word is a decimal point."""
    assert _units("The fund holds 2.125 million dollars.")[0][0] == pytest.approx(2.125e6)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        pytest.param("The floods displaced over half a million.", "over half a million", 5e5),
        pytest.param("Nearly a quarter of a million people fled.", "a quarter of a million", 2.5e5),
        pytest.param(
            "В учениях примут участие свыше шести тысяч военнослужащих.",
            "свыше шести тысяч",
            6000.0,
        ),
        pytest.param("Соревнования собрали около трёх тысяч зрителей.", "трёх тысяч", 3000.0),
        pytest.param("Drones carried out nine strikes on the depot.", "nine strikes", 9.0),
    ],
)
def test_numbers_in_words(sentence: str, text: str, value: float) -> None:
    """Fractions of a scale, Russian oblique numerals and word counts are figures."""
    found = {f.text: f.value for f in find_figures(sentence)}
    assert any(text in got and v == value for got, v in found.items()), found


def test_word_number_before_a_function_word_is_no_count() -> None:
    """'one of the people', 'two of them' stay out."""
    assert _texts("Two of them said one of the projects was late.") == []


def test_russian_oblique_numeral_without_a_scale_is_no_figure() -> None:
    """'двух стран' names the two sides, it counts nothing."""
    assert _texts("Министры двух стран обсудили новый маршрут.") == []


def test_cubic_metres_abbreviated_cu_m() -> None:
    """'55-60 billion cu m' is a range of gas volumes."""
    assert _units("Capacity will reach 55-60 billion cu m by 2030.") == [(55.0, "bcm")]


def test_a_carried_number_is_never_cut_at_its_decimal_comma() -> None:
    """'на 5,8% до 451,1 млрд': the second number is 451,1 billion, not 451 per cent."""
    texts = _texts("Добыча выросла на 5,8% до 451,1 млрд кубометров.")
    assert "451" not in texts
    assert any("451,1 млрд" in t for t in texts)


def test_thousands_written_k_glued_to_the_number() -> None:
    """'£800k' is 800 thousand pounds."""
    assert _units("The deals were worth £800k in total.") == [(800000.0, "GBP")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The venture needs £45m of new money.", [(45e6, "GBP")], id="money-m"),
        pytest.param("Floods hit 2m homes last year.", [(2e6, "homes")], id="count-m"),
        pytest.param(
            "They built a 12m wall along the road.", [(12.0, "m")], id="metres-not-millions"
        ),
    ],
)
def test_m_glued_to_a_number_is_millions_for_money_and_counts(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    """'£45m' is 45 million pounds; 'a 12m wall' is 12 metres, not millions."""
    assert _units(sentence) == expected
