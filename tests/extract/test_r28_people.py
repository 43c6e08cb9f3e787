"""People of real scrapes, round 28: a caption or a table set inside the story (a line of no
prose the body leaves out) names people with their office ("Ruritania's Energy Minister X Y
and Tarvia's Foreign Minister Z W"; "X Y, Director of the Harbour Board"), and those are the
story's people; a name a caption gives without an office (a photographer's, a passer-by's) is
none. A word that is also a place's or a firm's name is a first name right after an office
("General manager Jordan Vale", with the country Jordan) and a surname after an office and a
first name ("envoy Ann Reuters"); the end of a body an office heads ("head of the West Jordan
Bomb Squad") is no first name. An office in the plural, in any case, before a list of its
holders marks its first name ("the foreign ministers of Ruritania and Tarvia, X Y and Z"), and
a bracket after a name there gives the holder's portfolio, not a body's gloss ("ministers X Y
(Energy) and …"). A name that ends on a feature of the map or a race ("Second Thomas Shoal",
"Naha Port", "the Amgen Tour") is no person, nor one that ends on a body's, a firm's or a
meeting's word ("the Implementing Panel", "Acme Foods", "Northgas Plc"). Every sentence,
and every name but a place's, is invented.
"""

from __future__ import annotations

import pytest

from briefings.extract.mentions import scan
from briefings.extract.people import resolve_people
from tests.extract.extracted import analysed

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_BODY = (
    "The harbour council approved a plan to dredge the northern channel on Tuesday, its chair "
    "said. Work on the channel will start in the spring and last two years.\n\n"
    "Ferry operators welcomed the decision, which they said would end years of delays in the "
    "busy season.\n\n"
    "The council will publish the full plan next week, according to a statement."
)


def _people(page: str) -> list[str]:
    return [p.name for p in analysed(page).people]


def test_a_caption_under_the_headline_names_people_with_their_office() -> None:
    caption = (
        "Ruritania’s Energy Minister Orsolya Brandvik and Tarvia’s Foreign Minister Teodor Quill"
    )
    people = _people(f"{_HEADLINE}\n\n{caption}\n\n{_BODY}")
    assert "Orsolya Brandvik" in people
    assert "Teodor Quill" in people


def test_a_caption_inside_the_story_names_a_person_with_an_office_after_the_name() -> None:
    first, rest = _BODY.split("\n\n", 1)
    caption = "Halvard Strenge, Director of the Harbour Board"
    people = _people(f"{_HEADLINE}\n\n{first}\n\n{caption}\n\n{rest}")
    assert "Halvard Strenge" in people


def test_a_name_a_caption_gives_without_an_office_is_no_person() -> None:
    first, rest = _BODY.split("\n\n", 1)
    caption = "Dredgers at work near Portville, pictured by Halvard Strenge"
    assert "Halvard Strenge" not in _people(f"{_HEADLINE}\n\n{first}\n\n{caption}\n\n{rest}")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "General manager Jordan Vale said the sponsor would stay for three seasons.",
            "Jordan Vale",
        ),
        ("The plan was praised by climate envoy Ann Reuters on Monday.", "Ann Reuters"),
    ],
)
def test_a_place_or_a_firm_name_after_an_office_is_part_of_a_name(sentence: str, name: str) -> None:
    people = resolve_people(scan([sentence]), [sentence], set()).people
    assert name in [p.name for p in people]


def test_the_end_of_a_body_an_office_heads_is_no_first_name() -> None:
    sentence = "Mart Kivi, head of the West Jordan Bomb Squad, explained the plan."
    people = resolve_people(scan([sentence]), [sentence], set()).people
    assert [p.name for p in people] == ["Mart Kivi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Also present were the foreign ministers of Ruritania and Tarvia, Oskari Threlm and "
        "Hakan Fidan.",
        "On the Ruritanian side, ministers Oskari Threlm (Mines and Energy) and Hakan Fidan "
        "(Foreign Relations) take part in the talks.",
    ],
)
def test_an_office_in_the_plural_marks_the_first_of_its_holders(sentence: str) -> None:
    people = resolve_people(scan([sentence]), [sentence], set()).people
    assert "Oskari Threlm" in [p.name for p in people]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coast guard boats resupplied the outpost at Second Thomas Shoal on Monday.",
        "The ordnance was found during building work near Naha Port last week.",
        "The team will race the Amgen Tour for the first time next month.",
    ],
)
def test_a_feature_of_the_map_or_a_race_is_no_person(sentence: str) -> None:
    assert resolve_people(scan([sentence]), [sentence], set()).people == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was reviewed by the Implementing Panel on Friday.",
        "A spokesman said Brandt Foods would raise prices in May.",
        "The stake was sold to Northgas Plc for an undisclosed sum.",
    ],
)
def test_a_run_ending_on_a_bodys_word_is_no_person(sentence: str) -> None:
    assert resolve_people(scan([sentence]), [sentence], set()).people == []
