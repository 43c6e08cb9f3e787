"""Round 30 (people by the body they work in): a two-word name no list knows is a person's
when set off as one of a body's staff ('X Y, one of the senior staff of Z, told …') or said
to come from a part of a named body ('X Y from Z's sales division said:'); their quotes are
theirs. The sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import people_under_headline, quote_speaker

_STAFF = (
    "Work on the river dam goes on.\n\n"
    "Dario Stanek, one of the senior staff of RVK construction, told the Courier the site has "
    'been split into nine zones. Dario said that they work hard every day. "We shall soon '
    'finish the clearing and move on with the main wall," he said.'
)
_UNIT = (
    "The trial tested four groups of students.\n\n"
    "Darek Verhoek from Nordvale Biolabs’ overseas sales division said: “When the extract was "
    "combined with sugar, we found it stopped the usual slump in the afternoon.”"
)


def test_one_of_a_bodys_staff_is_a_person() -> None:
    assert "Dario Stanek" in people_under_headline(_STAFF)
    assert quote_speaker(_STAFF, "We shall soon finish") == "Dario Stanek"


def test_someone_from_a_named_bodys_division_is_a_person() -> None:
    assert "Darek Verhoek" in people_under_headline(_UNIT)
    assert quote_speaker(_UNIT, "When the extract") == "Darek Verhoek"


def test_one_of_the_bodys_members_alone_names_no_body_as_a_person() -> None:
    """'The Harbour Trust, one of the members of the league, said …': a body stays a body."""
    text = (
        "The league met on Monday.\n\n"
        "The Harbour Trust, one of the members of the league, said the talks went well."
    )
    assert "Harbour Trust" not in people_under_headline(text)
