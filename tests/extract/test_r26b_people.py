"""People, round 26 (second wave): a foreign three-word name after a Russian office whose
owner is already named ("министр обороны Норвалии X Y Z", "министр информации страны X Y Z");
an English office whose fields are joined by "and" before a three-word name; known people
written in another form (a fuller or a transliterated one). Every sentence and most names
here are invented; the known people are real office holders named as facts.
"""

from __future__ import annotations

import pytest

from briefings.evaluate.matching import name_matches
from tests.extract.extracted import under_headline


def _people(text: str) -> set[str]:
    return {p.name for p in under_headline(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Министр обороны Норвегии Кемаль Ардан Тулгай заявил, что учения пройдут весной.",
            "Кемаль Ардан Тулгай",
        ),
        (
            "Об этом сообщил журналистам министр транспорта страны Оморо Кибет Тануи.",
            "Оморо Кибет Тануи",
        ),
        (
            "Об этом сообщил глава государства Ардан Келемби Мутару.",
            "Ардан Келемби Мутару",
        ),
    ],
)
def test_three_word_foreign_name_after_a_named_owner(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом сказал министр по делам Севера и Арктики Павел Игнатов.", "Павел Игнатов"),
        ("Об этом сообщил посол Египта Тарвании Мустафа Керимов.", "Мустафа Керимов"),
        ("Глава Центризбиркома Элла Памфилова заявила об этом.", "Элла Памфилова"),
    ],
)
def test_a_place_or_body_before_the_name_still_drops(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The pact was signed by Minister of Science and Technology Dao Minh Khoa on Monday.",
            "Dao Minh Khoa",
        ),
        ("Minister of Trade and Industry Le Quoc Binh said the plan was ready.", "Le Quoc Binh"),
    ],
)
def test_office_fields_joined_by_and_then_a_three_word_name(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any(p.startswith(("Technology", "Industry")) for p in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Премьер Пакистана Мухаммад Шахбаз Шариф подписал соглашение о поставках.",
            "Shehbaz Sharif",
        ),
        ("Наследный принц Мухаммед бен Салман Аль Сауд принял делегацию.", "Mohammed bin Salman"),
        ("После свержения режима Саддама Хусейна страна изменилась.", "Saddam Hussein"),
        ("The troops crossed the border under the regime of Saddam Hussein.", "Saddam Hussein"),
        ("Генеральный секретарь То Лам прибыл в столицу с визитом.", "To Lam"),
    ],
)
def test_known_people_in_their_other_forms(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_fuller_and_a_shorter_form_of_a_known_prince_match() -> None:
    assert name_matches("Мухаммед бен Салман", "Mohammed bin Salman")
    assert name_matches("Мухаммед бен Салман Аль Сауд", "Mohammed bin Salman")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The case of Welsh Sikh blogger Harjit Singh Dhillon was not raised.",
            "Harjit Singh Dhillon",
        ),
        (
            "The drink was first sold in 1980 by self-made billionaire Somsak Ruangrit.",
            "Somsak Ruangrit",
        ),
        ("The night ended as DJ Marcus Bell closed the show.", "Marcus Bell"),
        ("BMX flatlander Tomas Ruiz of Chile put on a show.", "Tomas Ruiz"),
        (
            "Bollywood Megastar Kiran Malhotra sang live. Malhotra said it was a fine night.",
            "Kiran Malhotra",
        ),
    ],
)
def test_a_name_after_what_the_person_does(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any(p != name and p.endswith(name) for p in people)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The guests included Arun Khellan, Udit Narayan, Kunal Varro, R. Balkin and "
            "Ashok Gowar, among others. Khellan said it was fine.",
            {"R. Balkin", "Ashok Gowar"},
        ),
        (
            "Guests included Meera Sandhu, T. Oberoi, and Ravi Kathuria. Sandhu said so.",
            {"T. Oberoi", "Ravi Kathuria"},
        ),
    ],
)
def test_an_initialled_item_of_a_list_and_the_name_after_it(text: str, names: set[str]) -> None:
    assert names <= _people(text)


def test_two_dotted_capitals_in_a_list_stay_no_person() -> None:
    text = "Guests included Meera Sandhu, U.S. Navy officers and Ravi Kathuria. Sandhu said so."
    assert not any("Navy" in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The club did well with the Czech in goal, but Nick Halder’s return adds competition.",
            "Nick Halder",
        ),
        (
            "The line is due in 2027, transmission operator Ioana Vrabie said on Tuesday.",
            "Ioana Vrabie",
        ),
        ("The head of the planning department, Toomas Lepik, suggested two zones.", "Toomas Lepik"),
    ],
)
def test_common_first_names_mark_a_name(text: str, name: str) -> None:
    assert name in _people(text)


_BODY = (
    "Deminers cleared old shells from the forest near the village on Monday, the rescue board "
    "said. They found 40 pieces.\n\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "A pile of old shells (photo is illustrative). Source: Siim Kask /ERR",
        "A pile of old shells found near the road. Photo: Priit Lepp/Postimees",
    ],
)
def test_a_picture_credit_is_no_person(caption: str) -> None:
    assert not any("Kask" in p or "Lepp" in p for p in _people(_BODY + caption))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The visit included a planned meeting with King Harald V, reinforcing ties.",
            "King Harald V",
        ),
        ("Pope Leo XIV said peace was possible.", "Pope Leo XIV"),
        (
            "Clearing began under the late His Majesty King Farouk, an official said.",
            "King Farouk",
        ),
    ],
)
def test_a_monarch_with_his_number_or_style(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any("Majesty" in p for p in people)
