"""Round 30 (press services): a body's press service written after its name ("the X Ministry
press service said") speaks as itself, named with its owner, as "пресс-служба X" already
does; a later "the ministry" still points back to the owner. The sentences are invented
(invented people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.extract.body_names import served

_TEXT = (
    "The foreign ministers of Tarvia and Lorn signed a treaty on the river border.\n\n"
    '"The Lornish foreign minister came to Tarvia on an official visit, and the two sides '
    'signed a treaty on the river border," the Tarvian Foreign Ministry press service said.\n\n'
    "The ministers also spoke of trade and transport links, it said.\n\n"
    '"Much attention went to the coming state visit by the Lornish president to Tarvia next '
    'spring," the Foreign Ministry added in a note.'
)


def _speaker(start: str) -> str | None:
    found = [q for q in under_headline(_TEXT).quotes if q.text.startswith(start)]
    assert found
    return found[0].speaker


def test_a_press_service_after_a_bodys_name_speaks_as_itself() -> None:
    assert _speaker("The Lornish foreign minister") == "Tarvian Foreign Ministry press service"


def test_the_ministry_after_its_press_service_is_the_owner() -> None:
    assert _speaker("Much attention went") == "Tarvian Foreign Ministry"


def test_a_service_serves_the_body_it_is_named_after() -> None:
    assert served("Harbour Agency press office") == "Harbour Agency"
    assert served("Harbour Agency") == "Harbour Agency"
