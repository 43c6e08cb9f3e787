"""People (round 23): first names and portfolios the vocabulary lacked, lists that go on to
"and more", an office in capitals set off after a name, and headline subjects each behind his
office.

- common first names ("Ken", "Kurt", "Rodney", "Ihor") and Western first names as the Russian
  press writes them ("Андреа", "Лиам", "Маркус" in the genitive);
- a minister's portfolio ("of Economy", "for Investment and Marketing") is no word of the name
  after it;
- "A B, C D, and more …": a comma list that goes on to "and more" joins its names;
- "X Y, Deputy General Manager of Z", "X Y, Senior Advisor to the President": an office in
  capitals after the name;
- "President of A X and chairman of B Y sign …": a headline whose known subjects each stand
  behind an office.

Every person and sentence here is invented; the offices and the known leaders are real.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed, people_under_headline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The brand backs riders such as Dario Vellani in superbikes, Ken Morrow in "
            "rallycross, and Kurt Haslam in stock cars.",
            ["Ken Morrow", "Kurt Haslam"],
            id="list-with-places-between",
        ),
        pytest.param(
            "The canal deal pleased Rodney Pellow and his crew more than anyone.",
            ["Rodney Pellow"],
            id="english-first-name",
        ),
        pytest.param(
            "Deputy Minister of Economy Ihor Lazarenko said the survey of the fields would end "
            "in autumn.",
            ["Ihor Lazarenko"],
            id="portfolio-before-name",
        ),
        pytest.param(
            "Vice President of the port company for Investment and Marketing Orhan Telliyev "
            "said the quay would open in May.",
            ["Orhan Telliyev"],
            id="two-portfolios-before-name",
        ),
        pytest.param(
            "The harbour fund also backs Tanner Wolcott, Scott Lusk, and more sailors than "
            "we can list.",
            ["Tanner Wolcott", "Scott Lusk"],
            id="list-and-more",
        ),
        pytest.param(
            "The draft was handed to Massim Dorral, Senior Advisor to the Ruritanian President "
            "for Coastal Affairs.",
            ["Massim Dorral"],
            id="capitalised-office-to",
        ),
        pytest.param(
            "On Monday, Wen Lihua, Deputy General Manager of the Harbour Tea Group, stated "
            "that the deal would double exports.",
            ["Wen Lihua"],
            id="capitalised-office-of",
        ),
        pytest.param(
            "В пятерку лидеров вошли Андреа Кими Веттори и Лиам Роули.",
            ["Андреа Кими Веттори", "Лиам Роули"],
            id="western-first-names-in-cyrillic",
        ),
        pytest.param(
            "Наклейки появятся на машинах Маркуса Тальберга уже на этой неделе.",
            ["Маркус Тальберг"],
            id="western-first-name-genitive",
        ),
    ],
)
def test_people_found(text: str, names: list[str]) -> None:
    found = people_under_headline(text)
    for name in names:
        assert name in found, found


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        pytest.param(
            "Президент Турции Реджеп Тайип Эрдоган и председатель КНР Си Цзиньпин откроют мост",
            ["Recep Tayyip Erdoğan", "Xi Jinping"],
            id="ru-offices-before-subjects",
        ),
        pytest.param(
            "President of Russia Vladimir Putin and President Xi Jinping open a river bridge",
            ["Vladimir Putin", "Xi Jinping"],
            id="en-offices-before-subjects",
        ),
    ],
)
def test_headline_subjects_behind_offices(headline: str, names: list[str]) -> None:
    body = "The ceremony will take place in May.\n\nThe bridge links two banks of the river."
    found = [p.name for p in analysed(f"{headline}\n\n{body}").people]
    assert found == names


def test_headline_subject_named_once() -> None:
    """A known subject of the headline is listed once, however many readings find him."""
    body = "The ceremony will take place in May.\n\nThe bridge links two banks of the river."
    found = [p.name for p in analysed(f"Putin opens a river bridge\n\n{body}").people]
    assert found == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Его соперник Кылычдароглу набрал меньше голосов.", "Kemal Kılıçdaroğlu"),
        pytest.param("Науседа опубликовал видео в соцсети.", "Gitanas Nausėda"),
        pytest.param("Чисекеди прилетел в столицу утром.", "Félix Tshisekedi"),
    ],
)
def test_known_leaders_by_surname(text: str, name: str) -> None:
    assert name in people_under_headline(text)


def test_list_and_more_is_no_title() -> None:
    """A capitalised body before "and more" stays a body: only names join the list."""
    found = people_under_headline(
        "The fund backs Scott Lusk, the Harbour Sailing Club, and more crews."
    )
    assert "Harbour Sailing Club" not in found


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        pytest.param(
            "Агент защитника «Ротора» Петра Котова Иван Лыков заявил, что переговоры шли трудно.",
            ["Иван Лыков"],
            ["Петр Котов Иван Лыков"],
            id="genitive-name-then-speaker",
        ),
        pytest.param(
            "Агент полузащитника «Ротора» Мануэла Родригеша Паулу Сантуш рассказал о переговорах.",
            ["Паулу Сантуш"],
            ["Мануэл Родригеш Паулу Сантуш"],
            id="genitive-foreign-name-then-speaker",
        ),
        pytest.param(
            "Сестры Анна Петрова Мария Котова приехали в город.",
            [],
            ["Анна Петрова", "Мария Котова"],
            id="nominative-women-not-split",
        ),
    ],
)
def test_genitive_name_ends_before_speaker(
    text: str, names: list[str], not_names: list[str]
) -> None:
    found = people_under_headline(text)
    for name in names:
        assert name in found, found
    for name in not_names:
        assert name not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Hervé Bardin, the port's pilot, took the wheel at dawn.", "Hervé Bardin"),
        pytest.param(
            "As Toto Wendel – a man who has been there before – observed: “You cannot win.”",
            "Toto Wendel",
        ),
        pytest.param(
            "Глава компании Султан аль-Джабер подписал контракт в пятницу.", "Sultan Ahmed Al Jaber"
        ),
    ],
)
def test_more_first_names_and_leaders(text: str, name: str) -> None:
    assert name in people_under_headline(text)


def test_full_name_of_known_leader_kept() -> None:
    """The gazetteer's short form does not cut the middle name off the full one."""
    found = people_under_headline("Sultan Ahmed Al Jaber opened the summit on Thursday.")
    assert found == ["Sultan Ahmed Al Jaber"]


def test_first_name_ending_like_nationality() -> None:
    """'Khumbulani X': "-ani" marks a nationality only after a country's own ending."""
    found = people_under_headline(
        "One dry morning in 2012, Khumbulani Marovera went out to look for his goats.\n\n"
        "“We are grateful for the work,” said Marovera."
    )
    assert found == ["Khumbulani Marovera"]


def test_nationality_in_ani_still_no_name() -> None:
    found = people_under_headline(
        "Pakistani Harbour Officials said the quay would open, Nadia Khel told reporters."
    )
    assert "Pakistani Harbour Officials" not in found


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        pytest.param(
            "Об этом заявил председатель Комиссии Северного союза Тимур Балоев на открытии "
            "саммита.",
            "Тимур Балоев",
            "Комиссии Северного",
            id="body-ends-on-genitive-adjective",
        ),
        pytest.param(
            "Об этом говорится в заявлении Дмитрия Полянского на заседании.",
            "Дмитрий Полянский",
            None,
            id="genitive-name-kept",
        ),
    ],
)
def test_body_in_genitive_is_no_person(text: str, person: str, body: str | None) -> None:
    found = people_under_headline(text)
    assert person in found
    assert body is None or body not in found
