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


def test_frequent_foreign_first_names_without_a_role_word() -> None:
    # Names from several regions, each after a place or a description, never a role word.
    text = (
        "Взрывом ранило пастуха из деревни Нижние Броды Хамди Селмича и его брата.\n\n"
        "Клуб предложил полтора миллиона за полузащитника сборной Ботсваны Катлего Нтеле.\n\n"
        "Молодой боец Сейдж Вердон перешёл в азиатскую лигу, а Ребекка Холлоуэй осталась."
    )
    people = _people(text)
    assert {"Катлего Нтеле", "Сейдж Вердон", "Ребекка Холлоуэй"} <= set(people)
    assert any(p.startswith("Хамди Селмич") for p in people)


def test_a_first_name_that_is_a_place_stays_out() -> None:
    # "Марсель" is the city; it is not on the list, so a club from it names no person.
    text = "Вчера Марсель Оверни обыграл соседей со счётом 2:0, сообщил клуб."
    assert "Марсель Оверни" not in _people(text)


def test_the_nile_is_no_first_name() -> None:
    # "Нил" is also the river, which the gazetteer knows as a place ("Голубой Нил"); a river
    # followed by a capitalised word must never open a person's name.
    from briefings.extract.gazetteer import gazetteer

    assert "Нил" not in gazetteer().given_names
    assert "Ланс" in gazetteer().given_names
