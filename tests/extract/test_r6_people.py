"""People (round 6): Portuguese particles inside a surname and the surname given again
without the first name, an office to come ("President-elect"), Russian particles ("да",
"де", "фон дер"), envoys and a counterpart ("коллега") before a name.

Every person and sentence here is invented; each reproduces a construction seen on real news
pages (the offices are real, the names are not).
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
            "The summit chair Joaquim Ferraz do Vale closed the session on Saturday. Later, "
            "Ferraz do Vale said the text was final.",
            "Joaquim Ferraz do Vale",
            id="do",
        ),
        pytest.param(
            "Brazil's envoy Marta Lopes das Neves opened the talks in Lisbon on Monday.",
            "Marta Lopes das Neves",
            id="das",
        ),
        pytest.param(
            "Об этом заявил президент острова Жоакин Ферраз да Мота в ходе сессии.",
            "Жоакин Ферраз да Мота",
            id="ru-da",
        ),
        pytest.param(
            "Спецпосланник ООН Стефан де Марсо прибыл в Женеву во вторник.",
            "Стефан де Марсо",
            id="ru-de-envoy",
        ),
    ],
)
def test_particle_joins_the_surname(text: str, name: str) -> None:
    """A particle between capitalised words is part of the one name, and the surname with its
    particle later is the same person, not a second one."""
    assert _people(text) == [name]


def test_office_to_come_is_not_part_of_the_name() -> None:
    """'President-elect' (like 'Minister-designate') is an office, trimmed off the name."""
    people = _people(
        "Harbourland's President-elect Tomas Verhoven said his government would keep the ties."
    )
    assert people == ["Tomas Verhoven"]


def test_counterpart_before_a_name_introduces_a_person() -> None:
    """'его коллега X' names X, as an office before the name does; so does an envoy's title."""
    people = _people(
        "Ни российский президент, ни его островной коллега Чан Ван Лок не говорили о порте. "
        "Посланник ООН Ирина Кестнер прибыла позже."
    )
    assert people == ["Чан Ван Лок", "Ирина Кестнер"]


def test_body_whose_name_opens_with_centre_is_no_building() -> None:
    """'глава Центризбиркома Анна X': a body's name that merely begins with 'Центр' does not
    make the name after it a building's ('Центр имени X'); the person stays a person."""
    people = _people("Нарушений не было, сообщила на брифинге глава Центризбиркома Анна Лескова.")
    assert people == ["Анна Лескова"]


def test_centre_named_after_a_person_still_names_no_person() -> None:
    """'в Центре Гейдара Алиева': a centre named after someone is still a place's name."""
    people = _people("Гости собрались в Центре Ивана Брянцева на окраине города.")
    assert people == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Minister of Urban Development and Housing Ravin Kotelawala told media that the "
            "cabinet approved the plan.",
            id="portfolio-after-and",
        ),
        pytest.param(
            "Minister of Ports Ravin Kotelawala told media that the cabinet approved the plan.",
            id="portfolio-alone",
        ),
    ],
)
def test_portfolio_word_is_not_part_of_the_name(text: str) -> None:
    """A minister's portfolio written before the name ("… and Housing X Y") belongs to the
    office: the person is X Y, not "Housing X Y"."""
    assert _people(text) == ["Ravin Kotelawala"]


def test_body_in_the_genitive_before_an_unknown_first_name() -> None:
    """'глава Портнадзора Элина Рудакова': the body's name in the genitive is whose office it
    is; the first name the gazetteer does not know and the surname are the person."""
    people = _people("Нарушений не было, сообщила на брифинге глава Портнадзора Элина Рудакова.")
    assert people == ["Элина Рудакова"]
