"""People (round 17): name forms and cues real pages use that the scan missed.

- "Ould" ("son of") joins a Mauritanian name, capitalised inside it;
- "Minister of <field> X da Y Z": the office's field before a particle name is no name word;
- an apposition that ends on an office ("X Y, Ruritania's former Water Commissioner, said");
- Russian "X Y из <body in the genitive>" and "во главе с X Y" (the instrumental);
- a person of the gazetteer the headline names while the body says only "the presidents".

Every person and sentence here is invented (the offices are real, the names are not), but
for the known heads of state, who are only named.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed, people_under_headline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Export plans were outlined on Monday by the fisheries minister Sidi Ebbah Ould "
            "Cheikh Baba. Buyers in Asia are waiting.",
            "Sidi Ebbah Ould Cheikh Baba",
            id="ould-particle",
        ),
        pytest.param(
            "Ruritania’s Minister of Mines Joaquim da Silva Ferraz opened the new terminal on "
            "the coast.",
            "Joaquim da Silva Ferraz",
            id="minister-of-field-then-particle-name",
        ),
        pytest.param(
            "Ravindra Mohan Kulkarni, former Ruritania’s Chief Water Commissioner, warned that "
            "the canal would run dry.",
            "Ravindra Mohan Kulkarni",
            id="apposition-ending-in-office",
        ),
        pytest.param(
            "Ульрих Бергквист из Гамбургского института морских исследований считает, что "
            "лед уйдет раньше.",
            "Ульрих Бергквист",
            id="ru-from-a-body",
        ),
        pytest.param(
            "Делегацию во главе с Ильясом Мубаракшахом встретили в порту утром.",
            "Ильяс Мубаракшах",
            id="ru-headed-by-instrumental",
        ),
    ],
)
def test_found(text: str, name: str) -> None:
    assert name in people_under_headline(text)


def test_known_people_of_the_headline_only() -> None:
    article = analysed(
        "Путин и Жапаров обсудили поставки зерна\n\n"
        "Президенты двух стран провели переговоры в Бишкеке и договорились о поставках зерна."
    )
    names = [p.name for p in article.people]
    assert "Vladimir Putin" in names
    assert "Sadyr Japarov" in names


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        pytest.param(
            "Harbour Works, the port’s main contractor, said the pier would open in May.",
            "Harbour Works",
            id="apposition-without-office",
        ),
        pytest.param(
            "Экспорт рос из года в год, а Северная Корея из-за санкций отстала.",
            "Северная Корея",
            id="ru-from-after-a-place",
        ),
    ],
)
def test_not_people(text: str, not_person: str) -> None:
    assert not_person not in people_under_headline(text)


def test_headline_person_speaks_no_body_quote() -> None:
    # Only the headline names him: a quote in the body with no speaker stays without one.
    article = analysed(
        "Путин и Жапаров обсудили поставки зерна\n\n"
        "Президенты провели переговоры. «Мы увеличим поставки зерна в следующем году», — "
        "говорится в совместном заявлении."
    )
    assert all(q.speaker != "Vladimir Putin" for q in article.quotes)


def test_full_name_of_the_headline_only() -> None:
    article = analysed(
        "Ирина Соколова поздравила коллег из Исландии с праздником\n\n"
        "В поздравительной телеграмме отмечается высокий уровень сотрудничества двух стран."
    )
    assert "Ирина Соколова" in [p.name for p in article.people]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("У Путина ответили на вопрос о поставках зерна", id="oblique-case"),
        pytest.param("Экономика Путин 2.0 Политика Зерно", id="tag-line"),
        pytest.param("Farmers praise Putin's grain deal", id="not-the-subject"),
    ],
)
def test_headline_person_who_is_no_subject(headline: str) -> None:
    article = analysed(
        f"{headline}\n\nThe grain shipments will double next year, the port authority said."
    )
    assert "Vladimir Putin" not in [p.name for p in article.people]
