"""People (round 9): an unknown first name that ends like an office word ("-er", "-or")
right after the office it holds, and a person set off by an office described through a
possessive ("X Y, the charity's Yemen director,"); a known first name before a surname
behind a lowercase prefix ("Khalil al-X"), which also brings in the names listed with it.

Every person and sentence here is invented; each reproduces a construction seen on real news
pages of at least two outlets (the offices are real, the names are not).
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Water Resources Minister Taber Kolvani Ressumat opened the new pumping station "
            "near the delta on Monday.",
            "Taber Kolvani Ressumat",
            id="first-name-in-er-after-office",
        ),
        pytest.param(
            "The talks were chaired by Foreign Minister Aldor Venkisha, who flew in overnight.",
            "Aldor Venkisha",
            id="first-name-in-or-after-office",
        ),
        pytest.param(
            "Orvan Maletti, the charity’s Sudan director, stressed that the fields were still "
            "unsafe for returning families.",
            "Orvan Maletti",
            id="possessive-office-after-name",
        ),
        pytest.param(
            "Kerrin Dobbe, the company's chief financial officer, said the pipeline would be "
            "ready by spring.",
            "Kerrin Dobbe",
            id="lowercase-possessive-office-after-name",
        ),
        pytest.param(
            "The delegation brought senior figures, among them Rashed Qamoudi, Khalil "
            "al-Tawfani, Zuhair Barakeh, and others.",
            "Khalil al-Tawfani",
            id="given-name-and-prefixed-surname",
        ),
        pytest.param(
            "The delegation brought senior figures, among them Rashed Qamoudi, Khalil "
            "al-Tawfani, Zuhair Barakeh, and others.",
            "Zuhair Barakeh",
            id="listed-beside-a-prefixed-name",
        ),
        pytest.param(
            "Yasmin al-Qaddour said the fields behind the school had not been cleared.",
            "Yasmin al-Qaddour",
            id="prefixed-surname-before-speech-verb",
        ),
    ],
)
def test_person_found(text: str, name: str) -> None:
    """The whole name is found, first name included."""
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            "Water Resources Minister Taber Kolvani Ressumat opened the new pumping station "
            "near the delta on Monday.",
            "Kolvani Ressumat",
            id="no-cut-name",
        ),
        pytest.param(
            "Harbour Chief Executive Morwen Tallick said the ferry berths would reopen soon.",
            "Executive Morwen Tallick",
            id="word-of-a-two-word-office",
        ),
        pytest.param(
            "Shelling hit the outskirts of Tadmur al-Jadida and the road to the coast.",
            "Tadmur al-Jadida",
            id="place-with-prefixed-part",
        ),
        pytest.param(
            "The Regional Energy Regulator Board met on Tuesday, the agency’s Baku office said.",
            "Energy Regulator Board",
            id="body-is-no-person",
        ),
    ],
)
def test_no_false_person(text: str, wrong: str) -> None:
    """Neither a cut name nor a body's name is taken for a person."""
    assert wrong not in _people(text)


def test_prefixed_name_found_once() -> None:
    """A name the run scan takes is not found a second time as a lone surname."""
    names = _people("President Wadih al-Sarraf received the envoys on Sunday.")
    assert names.count("Wadih al-Sarraf") == 1
