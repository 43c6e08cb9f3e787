"""Round 24: a Russian name labelled in the case the text declines it still matches."""

from __future__ import annotations

import pytest

from briefings.evaluate.matching import name_matches


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
