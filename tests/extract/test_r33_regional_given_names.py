"""Round 33: common first names of Thai, Indonesian, African and Persian news, which open a
name that no role, honorific or speech verb marks (a squad list, a witness, a former coach)."""

from __future__ import annotations

from extracted import people_under_headline


def test_a_squad_list_without_roles() -> None:
    text = (
        "The club extended the deals of Teerasil Kongpan, Chanathip Boonmee and Kawin "
        "Sriwattana until the end of next season."
    )
    people = people_under_headline(text)
    assert {"Teerasil Kongpan", "Chanathip Boonmee", "Kawin Sriwattana"} <= set(people)


def test_names_after_a_place_or_a_preposition() -> None:
    text = (
        "The mayor of Lantawan Kabir Salazar welcomed the troops on Monday.\n\n"
        "Observers were surprised by the inclusion of Pacifique Ndikumana of the UPD party "
        "and Thabo Mokoena in the new council."
    )
    people = people_under_headline(text)
    assert {"Kabir Salazar", "Pacifique Ndikumana", "Thabo Mokoena"} <= set(people)
