"""People (round 10): a person named by the office they hold or held, set off by commas
("the country's head of state, X Y,", "X's predecessor, Y Z,"); a foreign first name that
Russian leaves undeclined ("президента Франсуа X") kept as written, and the declensions of
adjective-shaped surnames and of soft or hushing stems undone; names with no role next to
them, marked by a speaker's participle (", speaking on behalf of"), by "led by", or by a role
whose body is quoted between it and the name ("лидер «X» Y Z").

Every person and sentence here is invented (the offices are real, the names are not).
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The neighbouring head of state, Obrin Kessaly Tamou, addressing the rebels in the "
            "stadium, called on them to come home.",
            "Obrin Kessaly Tamou",
            id="head-of-state-set-off-by-commas",
        ),
        pytest.param(
            "The minister’s predecessor, Corvin Adlaye, had used the drills to court the army.",
            "Corvin Adlaye",
            id="predecessor-set-off-by-commas",
        ),
        pytest.param(
            "The country’s richest businessman, Tokunbo Aleshinde, has built the refinery on "
            "land reclaimed from the lagoon.",
            "Tokunbo Aleshinde",
            id="businessman-set-off-by-commas",
        ),
        pytest.param(
            "Fans learned on Monday that the band’s drummer Drevan Karrow would miss the tour.",
            "Drevan Karrow",
            id="occupation-before-the-name",
        ),
    ],
)
def test_a_person_named_by_an_office(text: str, name: str) -> None:
    """The office before a name, with or without a comma, marks it as a person's."""
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Мятежники свергли президента Франсуа Дюбуле и заняли столицу.",
            "Франсуа Дюбуле",
            id="undeclined-name-in-ua",
        ),
        pytest.param(
            "Встреча с министром Гарсиа Мелоном прошла в Лиме.",
            "Гарсиа Мелон",
            id="undeclined-name-in-ia",
        ),
        pytest.param(
            "Договор подписан при участии министра Ардана Севилова.",
            "Ардан Севилов",
            id="declined-name-still-made-nominative",
        ),
        pytest.param(
            "Фестиваль в честь юбилея Андрея Заревского открылся в пятницу.",
            "Андрей Заревский",
            id="adjective-surname-in-the-genitive",
        ),
        pytest.param(
            "Переговоры с министром Аркадием Вельковичем прошли в Минске.",
            "Аркадий Велькович",
            id="surname-in-a-hushing-consonant-in-the-instrumental",
        ),
        pytest.param(
            "Делегация прибыла под руководством лидера Халиля аль-Камри.",
            "Халиль аль-Камри",
            id="soft-sign-first-name-in-the-genitive",
        ),
    ],
)
def test_a_russian_name_after_an_oblique_role(text: str, name: str) -> None:
    """An oblique name becomes nominative as its declension allows: none for "-уа", an
    adjective's for "-ского", none after "-ч", a soft sign after a consonant."""
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tomaso Verrel Akande Nubo, speaking on behalf of the fishermen, said the quota "
            "was unfair.",
            "Tomaso Verrel Akande Nubo",
            id="speaking-on-behalf-and-a-four-word-name",
        ),
        pytest.param(
            "The second round with the rebels, led by Farouq Zennadi, opened in the capital.",
            "Farouq Zennadi",
            id="agent-of-led-by",
        ),
        pytest.param(
            "Лидер «Гаванского фронта» Ремир Кошталь прибыл в столицу во вторник.",
            "Ремир Кошталь",
            id="role-quoted-body-name",
        ),
        pytest.param(
            "По оценкам главного экономиста «Гаванского банка» Дарьи Веловой, ставка не изменится.",
            "Дарья Велова",
            id="oblique-role-quoted-body-name-made-nominative",
        ),
        pytest.param(
            "The country's Minister of Fisheries and Marine Resources Tarek Amun-Dahl agreed "
            "to the quota.",
            "Tarek Amun-Dahl",
            id="mid-sentence-body-before-the-name-stays-out",
        ),
    ],
)
def test_a_person_marked_without_a_role_next_to_the_name(text: str, name: str) -> None:
    """A speaker's participle after the name, the agent of 'led by', or a role whose body
    stands quoted between it and the name mark a person the gazetteer does not know."""
    assert _people(text) == [name]


def test_a_place_led_by_is_no_person() -> None:
    """'led by Saudi Arabia': a known place stays a place."""
    assert _people("The mediation, led by Saudi Arabia and Qatar, resumed on Monday.") == []


def test_a_name_before_and_a_new_body_stays_a_name() -> None:
    """'X Y and Harbourland Army chief Z': 'and' opens a new body named by a place, so the
    first name is no body's ("… Aid and Relief Centre" is)."""
    text = (
        "He spoke to Norway Foreign Minister Tarek Amundsen and Norway Army chief Gen Olav "
        "Brekke on Sunday."
    )
    assert "Tarek Amundsen" in _people(text)
