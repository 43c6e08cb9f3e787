"""Round 26: wire datelines without a dash, two-word places before a colon, and stamps that
stood in for an unknown outlet's name (invented sentences)."""

from __future__ import annotations

import pytest

from briefings.digest.source_titles import source_title
from briefings.digest.spans import informative_span, is_furniture, verbatim_parts

FACT = "Velmora, Corvale and Dunmore on Thursday signed a pact to trade electricity across borders."


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("Corvale, Oct 3 (WIRE) ", id="place-date-wire"),
        pytest.param("Port Velmora, Dec 26 (AGENCY) ", id="two-word-place-date-agency"),
        pytest.param("Dunmore, March 4, 2025 (Coast Wire) ", id="full-date-wire"),
        pytest.param("CORVALE CITY, Nov 24: ", id="capital-city-date-colon"),
        pytest.param("CORVALE —", id="capital-city-glued-dash"),
        pytest.param("Port Velmora: ", id="two-word-place-colon"),
    ],
)
def test_a_wire_dateline_is_cut(dateline: str) -> None:
    shown = informative_span(dateline + FACT)
    assert shown == "…" + FACT
    assert all(part in dateline + FACT for part in verbatim_parts(shown))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(FACT, id="a-list-of-places-is-the-subject"),
        pytest.param(
            "Corvale, Velmora and Dunmore (the three river states) agreed to trade power.",
            id="places-and-a-bracket-without-a-date",
        ),
        pytest.param(
            "NATO (North Atlantic Treaty Organization) allies met in Corvale on Monday.",
            id="acronym-and-its-expansion",
        ),
    ],
)
def test_no_dateline_is_no_cut(sentence: str) -> None:
    assert informative_span(sentence) == sentence


def test_a_speaker_before_a_colon_stays() -> None:
    said = "Ana Lindqvist: We will sign the electricity pact with our neighbours next week."
    assert informative_span(said, frozenset({"lindqvis"})) == said


@pytest.mark.parametrize(
    ("title", "name"),
    [
        pytest.param("Last updated: 14 February 2017", "", id="last-updated"),
        pytest.param("Last updated on 3 March 2018", "", id="last-updated-on"),
        pytest.param("Friday, May 16, 2025 | 09:15 AM GMT", "", id="weekday-date-time"),
        pytest.param(
            "CORVALE: Prime Minister Ana Lind said the pact would be signed",
            "Prime Minister Ana Lind said the pact would be signed",
            id="capital-city-colon",
        ),
        pytest.param(
            "CORVALE CITY, Nov 24: Before the closing session the envoys met",
            "Before the closing session the envoys met",
            id="capital-city-date-colon",
        ),
        pytest.param(
            "Port Velmora: The commissioning of the third unit of the 900 MW river plant marks a "
            "new milestone in regional hydropower cooperation.",
            "The commissioning of the third unit of the 900 MW river plant marks a new milestone "
            "in regional hydropower cooperation.",
            id="body-sentence-standing-in-for-a-headline",
        ),
        pytest.param(
            "Velmora: Heatwave increases dependence on coal",
            "Velmora: Heatwave increases dependence on coal",
            id="a-headline-label-stays",
        ),
        pytest.param("NATO: allies meet in Corvale", "NATO: allies meet in Corvale", id="acronym"),
    ],
)
def test_a_source_is_never_named_by_a_stamp_or_a_dateline(title: str, name: str) -> None:
    assert source_title(title) == name


def test_stamps_alone_are_furniture_and_a_sentence_after_one_is_not() -> None:
    assert is_furniture("Last updated on 3 March 2018")
    assert is_furniture("Monday, March 3, 2025 | 09:15 AM GMT")
    assert not is_furniture("Updated rules on cross-border trade take effect in Corvale today.")


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("Porto de Velmora – ", id="place-with-a-particle"),
        pytest.param("CORVALE, 3 March 2014 – ", id="date-with-its-year"),
        pytest.param("Корвале, 13 мая /Агентство/ -- ", id="lowercase-month"),
        pytest.param("CORVALE CITY May 17 ", id="capital-city-and-date-without-dash"),
    ],
)
def test_round_31_datelines_are_cut(dateline: str) -> None:
    """Round 31: datelines the brief still showed on three develop sets."""
    shown = informative_span(dateline + FACT)
    assert shown == "…" + FACT


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministry of Defence officials said the pact was signed in Corvale on Monday.",
        "Velmora, 12 members of the council – Dunmore among them – voted for the line.",
        "Bank of Velmora – Dunmore talks on the loan resumed in Corvale.",
    ],
)
def test_a_sentence_that_only_looks_like_a_dateline_is_kept(sentence: str) -> None:
    assert informative_span(sentence) == sentence
