"""People, round 26: a two-word name followed by where the person comes from ("of the
Harbour Trust", "from the Rescue Board") and a speech verb; an undersecretary set off after
the name; a list of names that goes on past an initial's full stop ("…, R. Quist and …").
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import under_headline


def _people(text: str) -> set[str]:
    return {p.name for p in under_headline(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The shells were old, Tarmo Kiddla from the Rescue Board said.", "Tarmo Kiddla"),
        ('"The pier is safe," Oskar Vemm of the Harbour Trust told reporters.', "Oskar Vemm"),
        (
            "Ruud Tallen of the Port Authority for the North said on Monday it would wait.",
            "Ruud Tallen",
        ),
    ],
)
def test_name_from_a_body_then_a_speech_verb(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bank Vellat of Ruritania said the payment was made on time.",
        "Harbour Energy of the North Sea region reported a loss.",
    ],
)
def test_a_firm_of_a_country_or_without_a_speech_verb_is_no_person(text: str) -> None:
    assert _people(text) == set()


def test_an_undersecretary_set_off_after_the_name() -> None:
    text = "Deng Malo Weth, an undersecretary at the Petroleum Ministry, confirmed the repair."
    assert "Deng Malo Weth" in _people(text)


def test_a_list_goes_on_past_an_initial() -> None:
    text = (
        "The guests included Arun Khellan, Udit Narayan, Kunal Varro, R. Balkin and "
        "Ashok Gowar, among others."
    )
    assert {"Arun Khellan", "Udit Narayan", "Kunal Varro"} <= _people(text)
