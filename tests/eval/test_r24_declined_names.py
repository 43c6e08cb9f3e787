"""Round 24 scorer: a Russian name labelled in a declined case still matches; a body named
without its owner is named in part."""

from __future__ import annotations

import pytest

from briefings.evaluate.matching import name_matches, named_in_part


@pytest.mark.parametrize(
    ("gold", "name"),
    [
        ("Сергеем Глазьевым", "Сергей Глазьев"),
        ("Дмитрия Медведева", "Дмитрий Медведев"),
        ("Пушпы Камала Дахала", "Пушпа Камал Дахал"),
        ("Матеушем Моравецким", "Матеуш Моравецкий"),
        ("Ахмеда аш-Шараа", "Ахмед аш-Шараа"),
    ],
)
def test_a_declined_russian_name_is_the_same_name(gold: str, name: str) -> None:
    assert name_matches(gold, name)


@pytest.mark.parametrize(
    ("gold", "name"),
    [
        ("Сергея Иванова", "Сергей Петров"),  # another surname
        ("Сергея Иванова", "Сергей"),  # fewer words: a first name alone is less than the label
        ("Ивана Рыбакова", "Ирина Рыбакова"),  # another first name, not another case of it
        ("Иванов", "Ивановская"),  # more than a case ending apart
        ("Mark Jones", "Marta Jonesa"),  # Latin names are not declined
    ],
)
def test_other_names_do_not_match(gold: str, name: str) -> None:
    assert not name_matches(gold, name)


def test_a_body_named_without_its_owner_is_named_in_part() -> None:
    """Not right (the reader is not told whose ministry), and not someone else either."""
    assert named_in_part("Ministry of Water of the Lakeland Region", "Ministry of Water")
    assert not name_matches("Ministry of Water of the Lakeland Region", "Ministry of Water")
    assert not named_in_part("Ministry of Water of the Lakeland Region", "Ministry of Health")
