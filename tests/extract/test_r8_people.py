"""People (round 8): names the scan cut or missed on unseen real pages — an office of a body
named by its acronym after the name, "Hon." before a one-word name, an apostrophe inside a
Polynesian name, a two-letter transliterated initial, a Russian office whose place (in the
genitive or after "в") stands between it and an unknown first name, a team captain, a head
of department or a coach (also set off after the name), surnames in "-ин" and "-зода", and a
Cyrillic name after a body's name in Latin letters.

Every person and sentence here is invented; each reproduces a construction seen on real news
pages of at least two outlets (the offices are real, the names are not).
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people
from tests.extract.extracted import under_headline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "“We cannot take another freeze,” Brenna Quillby, president of ABWU Local 12, told "
            "reporters on Friday.",
            "Brenna Quillby",
            id="office-of-an-acronym-body",
        ),
        pytest.param(
            "Climate change is the gravest threat to the islands, Prime Minister Sione "
            "Ma’ilikau told the assembly this week.",
            "Sione Ma’ilikau",
            id="apostrophe-inside-a-name",
        ),
        pytest.param(
            "The head of the cabinet office Ya. Tumurbaatar concluded that the visit had set "
            "a road map for the two countries.",
            "Ya. Tumurbaatar",
            id="two-letter-initial",
        ),
        pytest.param(
            "Премьер-министр Египта Хамди Нассар заявил, что средства пойдут на закупку "
            "топлива для электростанций.",
            "Хамди Нассар",
            id="ru-genitive-place-after-office",
        ),
        pytest.param(
            "Посол Лаоса в Кызыле Сомпхон Вонгсак обсудил с министром проект дороги.",
            "Сомпхон Вонгсак",
            id="ru-place-after-v",
        ),
        pytest.param(
            "На вопросы ответили главный тренер Олег Петренко и капитан команды Ролан Тёмкин.",
            "Ролан Тёмкин",
            id="ru-captain",
        ),
        pytest.param(
            "Об этом заявил генеральный директор Caspian Line Company Limited Аннамырат "
            "Гельдиев на конференции в Ашхабаде.",
            "Аннамырат Гельдиев",
            id="ru-name-after-a-latin-body",
        ),
        pytest.param(
            "Об этом сообщил заведующий правовым отделом областной администрации Сухроб Саидзода.",
            "Сухроб Саидзода",
            id="ru-head-of-department-and-zoda",
        ),
        pytest.param(
            "Анхель Моралес, главный тренер «Звезды»: «Мы довольны игрой в обороне».",
            "Анхель Моралес",
            id="ru-office-after-the-name",
        ),
        pytest.param(
            "“It worked,” said the minister for trade and industry, Orvar Klenik, who chaired "
            "the talks.",
            "Orvar Klenik",
            id="who-clause",
        ),
        pytest.param(
            "Tuyet Lan Ha, of Harbour Trust Viet Nam, said the fields were clear.",
            "Tuyet Lan Ha",
            id="of-a-body",
        ),
    ],
)
def test_person_named_in_the_frame(text: str, name: str) -> None:
    """The frame around an unknown name (an office after it, an honorific, an initial, an
    office with its place before it) marks it as a person, with nothing of the frame in it."""
    assert name in _people(text)


def test_honourable_is_no_person_and_marks_a_one_word_name() -> None:
    """'Hon.' (the Honourable) is a form of address: the one-word name after it is the person,
    'Hon' is nobody."""
    people = _people(
        "The meeting was attended by the Prime Minister, Hon. Fakaolo, at the UN in New York."
    )
    assert people == ["Fakaolo"]


def test_baroness_is_no_part_of_the_name() -> None:
    """A peer's title before a name is dropped from the name, as 'Sir' is."""
    people = _people("Baroness Ianthe Corrow, a campaigner for children in care, spoke first.")
    assert people == ["Ianthe Corrow"]


def test_possessive_and_contraction_stay_outside_a_name() -> None:
    """An apostrophe starting a possessive or a contraction ends the word: 'Ma’ilikau’s' is
    Ma’ilikau, and a sentence opening 'Don’t' holds no name."""
    article = under_headline(
        "Prime Minister Sione Ma’ilikau spoke on Monday. Ma’ilikau’s office said the trip "
        "was over. Don’t Wait, the campaign's slogan, was printed on the banners."
    )
    assert [p.name for p in article.people] == ["Sione Ma’ilikau"]


def test_russian_surname_in_in_without_a_role() -> None:
    """'-ин' ends Russian surnames as '-ов' does: two capitalised words ending so are a
    person even with no office before them."""
    assert _people("Вчера Ролан Тёмкин поздравил команду с победой в кубке.") == ["Ролан Тёмкин"]


def test_name_with_and_without_patronym_is_one_person() -> None:
    """'Глеб Петрович Сурков' and 'Глеб Сурков' in one article are one person."""
    people = _people(
        "На вопросы ответил президент клуба Глеб Сурков.\n\n"
        "Президент клуба Глеб Петрович Сурков поблагодарил болельщиков."
    )
    assert people == ["Глеб Сурков"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Такие данные озвучил директор Департамента водного хозяйства на брифинге.",
            id="department-after-office",
        ),
        pytest.param("Порт закроют на ремонт до осени. Об этом сообщил Bloomberg.", id="agency"),
    ],
)
def test_body_agency_or_country_after_an_office_is_no_person(text: str) -> None:
    """A department after an office and a news agency after a speech verb are never a lone
    surname."""
    assert _people(text) == []


def test_hyphened_rank_is_no_part_of_the_name() -> None:
    """'Brigadier-General' is a rank like 'Brigadier General': not part of the name."""
    assert _people("Army engineers cleared the road, said Brigadier-General Oskar Tamer.") == [
        "Oskar Tamer"
    ]
