"""Figures in constructions the round-14 sets showed on several outlets: numbers in words from
"thirteen" to "ninety-nine" (read as "nine" and a stray "teen" before), a count described by
a name or a model ("three new Baltic patrol boats", "Five Rafale F4 jets", "four Hornets"),
a count whose phrase joins two words with "and" ("480 border and customs officers",
"45 вертолетов и самолетов"), acres, square feet and ounces, and digits that belong to a
name ("Harbour Shield 19 tests the crews") counted as nothing.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from briefings.figures import find_figures
from tests.extract.extracted import figure_rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Nineteen sailors were pulled from the water near the harbour wall.",
            ("Nineteen sailors", 19.0, None, "sailors"),
            id="nineteen",
        ),
        pytest.param(
            "Local officers said fourteen farmhouses lost their roofs in the storm.",
            ("fourteen farmhouses", 14.0, None, "farmhouses"),
            id="fourteen",
        ),
        pytest.param(
            '"Eighty percent of the valley is still unsafe to plough," the engineer said.',
            ("Eighty percent", 80.0, None, "%"),
            id="eighty-percent",
        ),
        pytest.param(
            "The brigade keeps one hundred and seventy tanks at the southern depot.",
            ("one hundred and seventy tanks", 170.0, None, "tanks"),
            id="hundred-and-seventy",
        ),
        pytest.param(
            "Sixty-six delegations signed the closing text on Friday night.",
            ("Sixty-six delegations", 66.0, None, "delegations"),
            id="sixty-six",
        ),
    ],
)
def test_numbers_in_words_past_ten(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """A number word is read whole: "nineteen" is not "nine" followed by letters."""
    assert expected in figure_rows(sentence)


def test_ordinal_word_is_still_no_figure() -> None:
    """Reading whole words keeps "sixth" and "seventh" out, as before."""
    assert find_figures("The sixth round and the seventh session ended without a text.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The coast guard will buy three new Baltic patrol boats by the end of the decade.",
            ("three new Baltic patrol boats", 3.0, None, "boats"),
            id="lowercase-number-place-name",
        ),
        pytest.param(
            "Five Rafale F4 jets and a tanker landed at the northern base on Monday.",
            ("Five Rafale F4 jets", 5.0, None, "jets"),
            id="sentence-start-model",
        ),
        pytest.param(
            "The carrier group took along four Hornets for the drill.",
            ("four Hornets", 4.0, None, "hornets"),
            id="capitalised-plural",
        ),
        pytest.param(
            "The council opened two Flood Warning Training Centres in the delta this year.",
            ("two Flood Warning Training Centres", 2.0, None, "centres"),
            id="named-centres",
        ),
        pytest.param(
            "Two Latvian engineers were injured when the crane fell.",
            ("Two Latvian engineers", 2.0, None, "engineers"),
            id="sentence-start-demonym",
        ),
    ],
)
def test_counts_described_by_names(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """A name or a model may describe what a number in words counts."""
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Three Gorges Dam operators opened the spillway.", id="dam-name"),
        pytest.param("Seven Network reports that the vote was close.", id="broadcaster-name"),
        pytest.param("Five Eyes partners met in a closed session.", id="alliance-name"),
        pytest.param("The two Koreas sent envoys to the border village.", id="definite"),
    ],
)
def test_a_number_inside_a_name_counts_nothing(sentence: str) -> None:
    """A capitalised number before capitalised words is part of a name."""
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The checkpoint was staffed by 480 border and customs officers over the holiday.",
            ("480 border and customs officers", 480.0, None, "officers"),
            id="en-two-descriptions",
        ),
        pytest.param(
            "The charity trained 120 Malawian male and female medics last year.",
            ("120 Malawian male and female medics", 120.0, None, "medics"),
            id="en-demonym-and-sexes",
        ),
        pytest.param(
            "В учениях будут задействованы 45 вертолетов и самолетов армейской авиации.",
            ("45 вертолетов и самолетов", 45.0, None, "вертолетов"),
            id="ru-two-nouns",
        ),
    ],
)
def test_counts_joined_with_and(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """Two words joined with "and" in one counted phrase are one count."""
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("Shelling killed 12 and injured 30 people.", ["30 people"], id="en-clause"),
        pytest.param("They sent 5 tanks and armoured vehicles.", ["5 tanks"], id="en-own-count"),
        pytest.param("В порт вошли 40 кораблей и судов.", ["40 кораблей"], id="ru-other-case"),
        pytest.param("Article 5 and related provisions apply.", [], id="label"),
    ],
)
def test_and_still_ends_other_counts(sentence: str, texts: list[str]) -> None:
    """A clause after "and", a count of its own or a noun in another form stays apart."""
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The depot sits on a 300-acre plot north of the port.",
            ("300-acre", 300.0, None, "acre"),
            id="acre-hyphened",
        ),
        pytest.param(
            "The clinic has about 2,400 square feet of floor space.",
            ("2,400 square feet", 2400.0, None, "sq ft"),
            id="square-feet",
        ),
        pytest.param(
            "The old mill offers 1900 square feet on two floors.",
            ("1900 square feet", 1900.0, None, "sq ft"),
            id="square-feet-year-like",
        ),
        pytest.param(
            "The new tea comes in a 16-fluid-ounce bottle only.",
            ("16-fluid-ounce", 16.0, None, "oz"),
            id="fluid-ounce-hyphened",
        ),
        pytest.param(
            "The pit yielded 41,250oz of gold in the half year.",
            ("41,250oz", 41250.0, None, "oz"),
            id="ounces-glued",
        ),
    ],
)
def test_areas_and_ounces(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """Acres, square feet and ounces are units like hectares, square metres and tonnes."""
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Harbour Shield 19 tests the reserve crews this week.", id="exercise-verb"),
        pytest.param("Divers inspected the Amber Line 2 water pipelines.", id="pipeline-name"),
        pytest.param("The charter sets out in Article 4 principles of trade.", id="label"),
    ],
)
def test_digits_in_a_name_count_nothing(sentence: str) -> None:
    """Digits after a two-word name or a label belong to the name, not to the words after."""
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "On Tuesday 40 soldiers left the garrison.",
            ("40 soldiers", 40.0, None, "soldiers"),
            id="weekday",
        ),
        pytest.param(
            "Since January 300 families have returned to the valley.",
            ("300 families", 300.0, None, "families"),
            id="month",
        ),
        pytest.param(
            "Officials say Norway 12 ships and Denmark 9 ships joined the patrol.",
            ("12 ships", 12.0, None, "ships"),
            id="one-name-word",
        ),
    ],
)
def test_counts_after_a_calendar_word_or_one_name(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """A weekday, a month or a single name before digits leaves the count alone."""
    assert expected in figure_rows(sentence)
