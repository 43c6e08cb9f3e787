"""People in delegation lists and agency copy (round 5): an initial and a surname, the
Mongolian press's initial glued to the name, a middle initial without its dot, a four-word name
after an office, and the ends of Russian lists where a place's name runs into a person's.

Every person and sentence here is invented; each reproduces a construction seen on real news
pages.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import under_headline


def _people(text: str) -> list[str]:
    return [p.name for p in under_headline(text).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Harbour Affairs Minister K. Vardanyan met the ferry operators in the port on "
            "Thursday.",
            "K. Vardanyan",
            id="initial-space-surname",
        ),
        pytest.param(
            "At the invitation of Minister of Ports of Mongolia B.Tsogtbaatar, the delegation "
            "began its visit today.",
            "B.Tsogtbaatar",
            id="initial-glued-en",
        ),
        pytest.param(
            "На встрече присутствовал председатель портовой комиссии Д.Ганзориг и другие лица.",
            "Д.Ганзориг",
            id="initial-glued-ru",
        ),
    ],
)
def test_initial_and_surname_after_an_office(text: str, name: str) -> None:
    assert name in _people(text)


def test_initial_and_surname_without_an_office_is_not_a_person() -> None:
    """ "U.S. Navy", "B.Sc. Programme", an initial before a place: no office, no person."""
    people = _people(
        "The U.S. Navy sent two ships to the harbour. The N.Baku terminal opened on Friday."
    )
    assert people == []


def test_initial_and_surname_is_the_person_named_in_full() -> None:
    """ "вице-премьер А. Новиков" after "Алексей Новиков" is one person, not two."""
    people = _people(
        "Заместитель председателя правительства Алексей Новиков открыл новый терминал. "
        "Терминал примет первые суда весной, уточнил вице-премьер А. Новиков."
    )
    assert people == ["Алексей Новиков"]


def test_middle_initial_without_its_dot() -> None:
    """ "Joint Secretary in the Ports Ministry, Ravi K Menon, told reporters": a Latin middle
    initial written without a dot stays inside the name."""
    people = _people(
        "“We are still weighing the requests,” Joint Secretary in the Ports Ministry, Ravi K "
        "Menon, told reporters."
    )
    assert people == ["Ravi K Menon"]


def test_four_word_name_after_an_office() -> None:
    people = _people(
        "Talks between Port Authority President Adrián Obiola Esono Mbatu and the council "
        "ended on Friday."
    )
    assert "Adrián Obiola Esono Mbatu" in people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Делегацию представляет министр по развитию Дальнего Севера и Арктики Павел Сорокин.",
            id="place-then-name",
        ),
        pytest.param(
            "Страна торгует с Китаем, Индией и странами Среднего Востока, уточнил министр "
            "Павел Сорокин.",
            id="place-alone",
        ),
    ],
)
def test_russian_place_in_the_genitive_is_no_person(text: str) -> None:
    """ "Дальнего Севера", "Среднего Востока": a capitalised adjective in the genitive opens a
    place's name; the person after it is Павел Сорокин alone."""
    assert _people(text) == ["Павел Сорокин"]


def test_russian_surname_first_with_patronym_stays_whole() -> None:
    """ "Сорокин Павел Игоревич": surname, first name and patronym are one name."""
    people = _people("Список открывает министр транспорта Сорокин Павел Игоревич.")
    assert len(people) == 1 and people[0].startswith("Сорокин")


def test_body_in_the_genitive_after_an_office_is_no_person() -> None:
    """ "председатель Комитета Госдумы", "сотрудников Министерства": bodies, not surnames."""
    people = _people(
        "В делегацию вошел председатель Комитета Госдумы по транспорту Павел Сорокин. "
        "Министр распорядился включить в нее нескольких сотрудников Министерства."
    )
    assert people == ["Павел Сорокин"]


def test_vice_minister_is_an_office() -> None:
    """ "Вице-министр иностранных дел Б.Сэрээтэр": "вице-министр" names the office too."""
    people = _people(
        "На встрече присутствовали Вице-министр иностранных дел Б.Сэрээтэр и другие лица."
    )
    assert people == ["Б.Сэрээтэр"]


def test_adjective_and_office_is_no_person() -> None:
    """ "Foreign Minister X Y and Presidential Adviser Mr. Z W": "Presidential Adviser" is the
    office of the next name in the list, not a person of its own."""
    people = _people(
        "The delegation comprising Harbour Minister Tomas Vella and Presidential Adviser "
        "Mr. Ivo Marek held talks with port officials."
    )
    assert "Presidential Adviser" not in people
    assert {"Tomas Vella", "Ivo Marek"} <= set(people)


def test_a_board_is_a_body() -> None:
    """ "its Executive Board concluded the review": a board is a body, not a person."""
    people = _people(
        "In a statement, the harbour fund said its Executive Board concluded the first "
        "review of the dredging programme."
    )
    assert people == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Appellate Court Justice Marta L. Quennell wrote for the majority of the panel.",
            "Marta L. Quennell",
            id="justice-before-name",
        ),
        pytest.param(
            "District Judge Oren Whitlock set the hearing for the first week of March.",
            "Oren Whitlock",
            id="judge-before-name",
        ),
        pytest.param(
            "Chief Justice Ilse Marrow swore in the new members of the commission.",
            "Ilse Marrow",
            id="chief-justice-before-name",
        ),
    ],
)
def test_a_judges_title_is_not_part_of_the_name(text: str, name: str) -> None:
    """Court titles introduce a person like any office: `Justice X` is X."""
    people = _people(text)
    assert name in people
    assert not any(p.startswith(("Justice", "Judge", "Chief")) for p in people)
