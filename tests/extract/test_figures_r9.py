"""Figures in constructions the round-9 unseen sets showed on several outlets: counts of nouns
whose plural has no "-s" ("children", "women", "men") or of an adjective standing for people
("dead", "wounded"), and amounts in a local currency whose letters are glued to the number
("R3.4 billion", "Dh12.5m").

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
            "The relief group said at least 140 children were hurt by old shells this spring.",
            ("at least 140 children", 140.0, None, "children"),
            id="digits-children",
        ),
        pytest.param(
            "Field teams counted more than 9,000 children and 4,500 women among the displaced.",
            ("more than 9,000 children", 9000.0, None, "children"),
            id="grouped-children",
        ),
        pytest.param(
            "Field teams counted more than 9,000 children and 4,500 women among the displaced.",
            ("4,500 women", 4500.0, None, "women"),
            id="grouped-women",
        ),
        pytest.param(
            "A blast near the old depot injured three children on Tuesday evening.",
            ("three children", 3.0, None, "children"),
            id="words-children",
        ),
        pytest.param(
            "Police said five men were detained after the raid on the warehouse.",
            ("five men", 5.0, None, "men"),
            id="words-men",
        ),
        pytest.param(
            "The river burst its banks, leaving 45 dead across the northern districts.",
            ("45 dead", 45.0, None, "dead"),
            id="digits-dead",
        ),
        pytest.param(
            "“120 Dead and 80,000 Displaced,” read the front page of one weekly after the storm.",
            ("120 Dead", 120.0, None, "dead"),
            id="headline-dead",
        ),
        pytest.param(
            "The clinic treated 18 wounded after the shelling of the market.",
            ("18 wounded", 18.0, None, "wounded"),
            id="digits-wounded",
        ),
        pytest.param(
            "The donors pledged $3 million (Dh11m) to clear the coastal minefields.",
            ("Dh11m", 11e6, None, "AED"),
            id="dirham-glued-m",
        ),
        pytest.param(
            "The fund is worth about R3.4 billion, the treasury said on Monday.",
            ("R3.4 billion", 3.4e9, None, "ZAR"),
            id="rand-glued-billion",
        ),
    ],
)
def test_counts_and_local_money(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A glued letter is money only with a scale: roads, versions and models are not.
        "Traffic on the R40 was slowed by the convoy of trucks.",
        "The R2 release of the mapping tool came out in the spring.",
        # "the two women" points back; a name with a capitalised noun counts nothing.
        "The two women then signed the protocol in the hall.",
        # A year before the subject of the clause is no count of it.
        "In 2022 women made up a third of the deminers trained in the province.",
        "Since 2019 children have been taught to spot unexploded shells.",
        # A count of dead needs digits or a counted noun after a word: "one dead end".
        "Negotiators called the proposal a dead end for the talks.",
    ],
)
def test_no_false_figure(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.unit in ("ZAR", "AED", "women", "dead")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A clock time with a dot and am/pm, or a four-digit one in "hours", is no amount.
        "The commander phoned his counterpart at 4.20 pm earlier this week, an aide said.",
        "Both staffs will speak again on Friday at 0900 hours, the ministry said.",
        "The truce took effect from 2200 hrs local time on Sunday.",
        # A number after "№" is a label: "reactor № 2 of the plant".
        "Топливо доставили на энергоблок № 2 новой станции на юге страны.",
    ],
)
def test_times_and_labels_are_no_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_word_ending_in_s_after_the_number_is_not_always_what_it_counts() -> None:
    # "this" closes the phrase after "2.5 km"; it is no plural noun the number counts.
    found = [f.unit for f in find_figures("The convoy stopped 7 metres short of this checkpoint.")]
    assert "this" not in found
    assert [f.unit for f in find_figures("They met at 11.15 then this group left.")] == []


def test_twenty_four_hour_durations_still_count() -> None:
    assert [f.text for f in find_figures("The shelling lasted 36 hours, the monitors said.")] == [
        "36 hours"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The phrase after digits runs past words that only look plural to the noun counted.
        ("Volunteers held 640 awareness classes in the camps.", "640 awareness"),
        ("The teams destroyed 312 various munitions last month.", "312 various"),
        ("Officials counted 215 Azerbaijanis among the victims.", "215 Azerbaijanis"),
    ],
)
def test_counts_with_words_ending_in_s(sentence: str, expected: str) -> None:
    assert any(f.text.startswith(expected) for f in find_figures(sentence))
