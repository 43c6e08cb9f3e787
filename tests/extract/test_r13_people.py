"""People (round 13): a generational or regnal number after a full name is part of it
("Lloyd Austin III"-style "Harold Mensah III", a chief's "Nana Kofi Boateng VII"), and a later
mention without it is the same person. Every sentence and every person here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "According to Nana Kofi Boateng VII, executive director of the Volta Energy Forum, "
            "supply is short. Speaking on a radio show, Nana Kofi Boateng said the grid was old.",
            ["Nana Kofi Boateng VII"],
            id="regnal-number-then-without-it",
        ),
        pytest.param(
            "Harold Mensah III, the defence secretary, inspected the port on Tuesday.",
            ["Harold Mensah III"],
            id="generational-number",
        ),
        pytest.param(
            "The coach, Peter Okafor Jr., said the squad was ready.",
            ["Peter Okafor Jr"],
            id="junior",
        ),
        pytest.param(
            "Ruth Kamau said on Monday that X was a poor place for news.",
            ["Ruth Kamau"],
            id="no-number",
        ),
    ],
)
def test_a_number_after_a_full_name_is_part_of_it(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Two Veldorian boys gather firewood near the border fence, Sept. 10, 2019. Aid "
            "groups say Veldorian families cannot return. Veldorian elders asked for help.",
            id="number",
        ),
        pytest.param(
            "Many Veldorians are losing their homes to the floods, aid workers say. "
            "Doctors treat Veldorians at two clinics. Veldorians fled in March.",
            id="quantifier",
        ),
    ],
)
def test_a_number_or_quantifier_opens_a_group_not_a_name(text: str) -> None:
    assert _people(text) == []
