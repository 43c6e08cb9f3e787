"""Figures in constructions the round-23 sets showed: a share of the economy read with what
it is a share of ("two percent of GDP", "2% от ВВП"), the oil and gas trades' units ("mb/d",
"tcf"), money at a rate in time ("£50,000 per week", "$2 billion a year"; not "a year ago"),
a body's or a document's size before a noun ("a 14-person team", "a 40-page report"),
plurals in "-men", peacekeepers in Russian, livestock by the head, the renminbi as "RMB", and
barrels "в сутки".
A duration as an adjective ("a 10-year deal") stays no figure. Every sentence is invented.
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
            "Harbour states agreed to spend two percent of GDP on their coast guards.",
            ("two percent of GDP", 2.0, "%"),
            id="words-percent-of-gdp",
        ),
        pytest.param(
            "The allies pledged three percent of their GDPs to the fleet by 2031.",
            ("three percent of their GDPs", 3.0, "%"),
            id="percent-of-their-gdps",
        ),
        pytest.param(
            "Союзники обещали тратить 4% от ВВП на флот.",
            ("4% от ВВП", 4.0, "%"),
            id="ru-percent-of-gdp",
        ),
        pytest.param(
            "The cartel will raise output by 0.35 mb/d in June.",
            ("0.35 mb/d", 0.35, "mb/d"),
            id="mb-per-day",
        ),
        pytest.param(
            "Members had cut 1.8 mbd to steady prices.",
            ("1.8 mbd", 1.8, "mb/d"),
            id="mbd",
        ),
        pytest.param(
            "The offshore field may hold 17 tcf of gas.",
            ("17 tcf", 17.0, "tcf"),
            id="tcf",
        ),
        pytest.param(
            "The striker earns £40,000 per week at the harbour club.",
            ("£40,000 per week", 40000.0, "GBP per week"),
            id="money-per-week",
        ),
        pytest.param(
            "The port needs $2 billion a year to stay open.",
            ("$2 billion a year", 2e9, "USD per year"),
            id="money-a-year",
        ),
        pytest.param(
            "A 14-person inspection team reached the dam on Friday.",
            ("14-person", 14.0, "people"),
            id="persons",
        ),
        pytest.param(
            "The board released a 40-page report on the collapse.",
            ("40-page", 40.0, "pages"),
            id="pages",
        ),
        pytest.param(
            "The harbour police said three policemen were hurt in the scuffle.",
            ("three policemen", 3.0, "police"),
            id="policemen",
        ),
        pytest.param(
            "Около 1500 миротворцев покинули долину.",
            ("1500 миротворцев", 1500.0, "peacekeepers"),
            id="ru-peacekeepers-year-like",
        ),
        pytest.param(
            "The drought killed over 30,000 head of livestock in the valley.",
            ("over 30,000 head of livestock", 30000.0, "livestock"),
            id="head-of-livestock",
        ),
        pytest.param(
            "The brand donates RMB 20k to the club's youth fund.",
            ("RMB 20k", 20000.0, "CNY"),
            id="rmb",
        ),
        pytest.param(
            "Добыча составит 7,4 миллиона баррелей в сутки.",
            ("7,4 миллиона баррелей в сутки", 7.4, "million barrels"),
            id="ru-barrels-a-day",
        ),
    ],
)
def test_round23_figures(sentence: str, expected: tuple[str, float, str | None]) -> None:
    assert expected in _rows(sentence)


def test_money_a_year_ago_is_no_rate() -> None:
    assert _rows("Fares rose to $5 a year ago.") == [("$5", 5.0, "USD")]


def test_a_share_of_something_else_keeps_its_own_text() -> None:
    assert _rows("Turnout reached 61% of voters.") == [("61%", 61.0, "%")]


def test_a_duration_before_a_noun_is_still_no_figure() -> None:
    assert find_figures("The pilots signed a 10-year deal with the port.") == []
