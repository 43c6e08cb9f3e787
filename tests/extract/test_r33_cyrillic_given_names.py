"""Round 33: Western first names as the Russian press spells them, which the list knew only
in Latin letters; with them a name without a role is a person, in any case ("с Колби X")."""

from __future__ import annotations

from extracted import under_headline


def _people(text: str) -> list[str]:
    return [p.name for p in under_headline(text).people]


def test_racing_field_without_roles() -> None:
    text = (
        "На третьем этапе сезона Ланс Тарвик поднялся на подиум впервые за два года.\n\n"
        "Четвёртым к финишу пришёл Эстебан Моррель, пятым стал Вальттери Коскинен."
    )
    people = _people(text)
    assert {"Ланс Тарвик", "Эстебан Моррель", "Вальттери Коскинен"} <= set(people)


def test_fight_card_in_an_oblique_case() -> None:
    text = (
        "Организаторы турнира пригласили Конора Берквиста и Колби Ледвуда на главный бой "
        "осеннего вечера в Дубае."
    )
    people = _people(text)
    assert {"Конор Берквист", "Колби Ледвуд"} <= set(people)
