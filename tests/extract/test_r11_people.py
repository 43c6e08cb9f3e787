"""People (round 11): names that lost a word or kept a title, and heads of state the news
names by one word.

- a four-letter first name that only ends like an office word ("Noor", "-or") is a name;
- right after an office, a four-word name keeps a first name the gazetteer does not know;
- Afghan and Pakistani religious titles ("Mullah", "Mawlawi") and a school's "Principal"
  are no part of the name;
- ", a senior member of the X," set off after a name marks a person;
- heads of state known by one word ("Lula", "Xi", "Sisi") are the gazetteer's person.

Every sentence and every private person here is invented; the heads of state are real office
holders, only named.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The visiting team included Noor Zaman Hotaki, who runs the customs office.",
            ["Noor Zaman Hotaki"],
            id="short-first-name-shaped-like-an-office",
        ),
        pytest.param(
            "Ruritanian President Adaíl Manuel Teles Varela opened the fair on Monday.",
            ["Adaíl Manuel Teles Varela"],
            id="unknown-first-name-after-the-office",
        ),
        pytest.param(
            "Sources expect that Mullah Karim Zadran, the deputy minister, will go to Doha.",
            ["Karim Zadran"],
            id="religious-title-before-the-name",
        ),
        pytest.param(
            "Principal Odile Marchetti said the pupils had planted the trees themselves.",
            ["Odile Marchetti"],
            id="school-principal-before-the-name",
        ),
        pytest.param(
            "The panel heard Idris Qaderi, a senior member of the council, on Tuesday.",
            ["Idris Qaderi"],
            id="member-set-off-after-the-name",
        ),
    ],
)
def test_the_whole_name_and_no_title(text: str, names: list[str]) -> None:
    """The name is found whole, with no title glued to it and no word of it lost."""
    assert _people(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Ministers from both sides met in the capital. Later, Lula told the press the "
            "meeting had gone well.",
            "Luiz Inácio Lula da Silva",
            id="lula",
        ),
        pytest.param(
            "The envoys arrived on Friday. Xi said the two sides shared many interests.",
            "Xi Jinping",
            id="xi",
        ),
        pytest.param(
            "Стороны обсудили поставки зерна. Сиси поблагодарил гостей за визит.",
            "Abdel Fattah el-Sisi",
            id="sisi-in-russian",
        ),
    ],
)
def test_a_head_of_state_named_by_one_word(text: str, name: str) -> None:
    """The one word the news uses for a head of state resolves to the gazetteer's person."""
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Guests included the president of the farmers union, Carla Bonetti, and others.",
            ["Carla Bonetti"],
            id="office-of-a-body-then-a-comma-and-the-name",
        ),
        pytest.param(
            "The party will boycott the vote until the release of former presidential "
            "candidate Mauro Katende.",
            ["Mauro Katende"],
            id="candidate-before-the-name",
        ),
        pytest.param(
            "The spokesperson for the rebel group, Kyaw Min Tun, told reporters the truce held.",
            ["Kyaw Min Tun"],
            id="a-title-word-closing-a-burmese-name",
        ),
        pytest.param(
            "Under the old government, the former leader's lawmaker son Emilio Varrano "
            "blamed the outbreak on the party.",
            ["Emilio Varrano"],
            id="kin-before-the-name",
        ),
        pytest.param(
            "Kwon Ha Rin, sister of the northern leader, called the drills reckless.",
            ["Kwon Ha Rin"],
            id="kin-set-off-after-the-name",
        ),
        pytest.param(
            "Exercise director Air Commodore Pete Robbins said the drills had gone well.",
            ["Pete Robbins"],
            id="air-commodore-is-a-rank",
        ),
        pytest.param(
            "Robert Brenner, Federal Minister for Harbour Affairs and Coastal Protection, said "
            "the plant would be built.",
            ["Robert Brenner"],
            id="words-of-a-ministry-are-no-name",
        ),
    ],
)
def test_more_marks_of_a_person(text: str, names: list[str]) -> None:
    """An office with its complement before a comma, a candidacy or a rank marks the name that
    follows; words of a body's name make no person."""
    assert _people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Глава компании Игорь Сечкин прилетел в порт. Министр поблагодарил его: «Игорь "
            "Петрович, спасибо за работу».",
            ["Игорь Сечкин"],
            id="first-name-and-fathers-name-is-the-named-person",
        ),
        pytest.param(
            "Евгений Дорохов выступил на форуме. «Мы готовы», — сказал г-н Дорохов. Г-н "
            "Дорохов рассказал о планах.",
            ["Евгений Дорохов"],
            id="g-n-is-a-form-of-address",
        ),
        pytest.param(
            "Переговоры с министром Аркадием Вельковичем прошли в Минске. Аркадий Петров тоже "
            "был там.",
            ["Аркадий Велькович", "Аркадий Петров"],
            id="a-surname-shaped-like-a-fathers-name-stays",
        ),
    ],
)
def test_russian_forms_of_address(text: str, names: list[str]) -> None:
    """'Имя Отчество' is the article's person with that first name; 'Г-н' is no name word."""
    assert _people(text) == names
