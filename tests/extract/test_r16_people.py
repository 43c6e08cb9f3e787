"""People (round 16): names that real pages write in ways the scan missed or misread.

- "Гани" is no case form of "Гана" (the genitive is "Ганы"): an Arabic name ending so stays
  a name ("Абдул Гани");
- two dotted initials before a surname ("П.Р. Сомов"), also behind a quoted body after the
  office, while "U.S. Navy" stays a body;
- "Staff" is a body's word ("Chief of Staff X Y", "the General Staff"), never a surname;
- the head of a body named by its common noun ("глава министерства X"), a crown prince
  ("наследного принца Катара X"), a state corporation that is no person;
- a Mongolian name opening on the father's name in the genitive ("Дашдоржийн Болд");
- who was told something ("… told Brightwire"), a word before "news agency", and a known
  company after an office ("директор … компании Яндекс") are no people;
- a word of nationality used before a noun elsewhere ("Kurdish forces") is no surname that
  makes "Syrian Kurdish" a person.

Every person and sentence here is invented (the offices are real, the names are not).
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed, under_headline


def _people(text: str) -> list[str]:
    return [p.name for p in under_headline(text).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Новые сроки работ назвал в четверг глава министерства Фарух Абдель Гани.",
            "Фарух Абдель Гани",
            id="gani-is-no-case-of-ghana",
        ),
        pytest.param(
            "Соглашение подписал генеральным директором компании «Северный луч» П.Р. Сомов.",
            "П.Р. Сомов",
            id="two-initials-after-quoted-body",
        ),
        pytest.param(
            "Договор со стороны концерна подписан генеральным директором П.Р. Сомовым в среду.",
            "П.Р. Сомов",
            id="two-initials-instrumental",
        ),
        pytest.param(
            "Director A. E. Tarnovsky said the reactor would open in two years.",
            "A. E. Tarnovsky",
            id="two-initials-spaced-latin",
        ),
        pytest.param(
            "Speaking to senators on Monday, Chief of Staff Ruy Baldera admitted the talks had "
            "stalled.",
            "Ruy Baldera",
            id="chief-of-staff",
        ),
        pytest.param(
            "Переговоры прошли во время визита наследного принца Катара Фахада бен Хамида Аль "
            "Мансури в Рим.",
            "Фахад бен Хамид Аль Мансури",
            id="crown-prince-in-genitive",
        ),
        pytest.param(
            "На брифинге в пятницу Дашдоржийн Болдбаатар перечислил потери скота.",
            "Дашдоржийн Болдбаатар",
            id="mongolian-genitive-patronymic",
        ),
        pytest.param(
            "Итоги зимовки подвел на пресс-конференции в Улан-Баторе Гомбоын Түмэнжаргал и "
            "другие члены комиссии.",
            "Гомбоын Түмэнжаргал",
            id="mongolian-patronymic-in-yn",
        ),
    ],
)
def test_found(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        pytest.param(
            "Dialogue with the self-styled Eastern General Staff, headed by Orvin Tallas, opens "
            "next week.",
            "Staff",
            id="general-staff-is-a-body",
        ),
        pytest.param(
            "“The road was mined overnight,” a farmer told Brightwire. “Nobody came.”",
            "Brightwire",
            id="told-names-the-listener",
        ),
        pytest.param(
            "“We saw no convoy,” Omar Haddad told Sahel Voice on Monday.",
            "Sahel Voice",
            id="told-names-the-listener-pair",
        ),
        pytest.param(
            "The minister said so on Friday, according to the official Novira news agency.",
            "Novira",
            id="word-before-news-agency",
        ),
        pytest.param(
            "Об этом рассказал директор по маркетингу компании Яндекс в интервью.",
            "Яндекс",
            id="known-company-after-an-office",
        ),
        pytest.param(
            "Kurdish forces held the town.\n\nSyrian Kurdish leader Omar Haddad said the deal "
            "was close.",
            "Syrian Kurdish",
            id="nationality-pair-seen-as-adjective",
        ),
        pytest.param(
            "Twelve Ukrainian runners led by Halas crossed the border, and the Ukrainian team "
            "ran for weeks, said Petr Halas.",
            "Twelve Ukrainian",
            id="number-and-nationality",
        ),
        pytest.param(
            "The U.S. Navy said the drill would go ahead in the strait.",
            "U.S. Navy",
            id="us-navy-no-initials",
        ),
        pytest.param(
            "Протокол подписан генеральным директором Госкорпорации, а не ее советом.",
            "Госкорпорация",
            id="state-corporation-no-person",
        ),
    ],
)
def test_not_a_person(text: str, not_person: str) -> None:
    assert not any(not_person in name for name in _people(text))


def test_surname_used_with_a_verb_still_counts() -> None:
    people = _people("The talks went well, Morgan said. Later Tessa Morgan left the room.")
    assert people == ["Tessa Morgan"]


def test_surnames_in_ic_used_before_and_still_count() -> None:
    people = _people(
        "The mother of Senko Omeragic who was badly hurt spoke on Monday. His colleague, Edin "
        "Halilic, was killed.\n\nOmeragic and Halilic had stepped on a buried charge near the "
        "river in May."
    )
    assert {"Senko Omeragic", "Edin Halilic"} <= set(people)


def test_ghana_still_a_place_in_genitive() -> None:
    article = under_headline("Посол Ганы в Москве провел встречу с деловыми кругами.")
    assert "Ghana" in article.places


_WINTER = (
    "Steppe Herders Count Their Losses\n\n"
    "Frozen flocks near a herders' camp, last month.\n\n"
    "In the Steppe, a Bitter Winter Is Starving Flocks and a Way of Life\n\n"
    "The cold came early this year. The flocks of the valley died in the snow, officials "
    "said.\n\nMore than a million animals died before the spring."
)
_MEETING = (
    "Deputy Premier Meets Ruritanian President in Strelsau\n\n"
    "The deputy premier met the Ruritanian president on Monday, the ministry said.\n\n"
    "They signed three agreements on ports and grain."
)


@pytest.mark.parametrize("text", [_WINTER, _MEETING], ids=["verb-run", "verb-and-nationality"])
def test_title_case_headline_words_are_no_people(text: str) -> None:
    assert analysed(text).people == []


def test_title_case_line_keeps_a_name_the_body_gives() -> None:
    article = analysed(
        "Ministers Meet on the Border\n\n"
        "Foreign Minister Peter Vardas Holds Talks With Baltic Counterparts in Riga\n\n"
        "The two ministers discussed the border, and Peter Vardas said the talks went well.\n\n"
        "They will meet again in the spring."
    )
    assert "Peter Vardas" in [p.name for p in article.people]


@pytest.mark.parametrize(
    "text",
    [
        "Seed Fund Opens\n\nTom Marlow, the Fund’s Programme Manager in Ruritania said:\n\n"
        "“The fields will be safe by the spring.”",
        "Сроки работ\n\nСроки работ назвал глава министерства Фарух Хайдари, пишет газета Daily "
        "Star Morning Post News. «Работы начнутся весной, а закончатся осенью»\n\nДругих нет.",
    ],
    ids=["sentence-ending-in-colon", "russian-line-with-latin-capitals"],
)
def test_lines_that_are_no_title_case_keep_their_names(text: str) -> None:
    names = [p.name for p in analysed(text).people]
    assert any(n in names for n in ("Tom Marlow", "Фарух Хайдари")), names
