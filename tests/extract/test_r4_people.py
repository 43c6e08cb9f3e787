"""Round-4 people constructions from published news, in invented sentences: a Malay
patronym carrying an honorific ("bin Tun"), a Russian name of unknown first name in the
instrumental case, and office holders named by surname alone."""

from __future__ import annotations

import pytest

from briefings.extract import analyse
from briefings.load import load_source


def _people(text: str) -> list[str]:
    return [p.name for p in analyse(load_source(text.encode(), "t.txt")[0]).people]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "The memorandum was signed by Defence Minister Datuk Seri Azlan bin Tun Rahmat and "
            "his counterpart on the sidelines of the regional meeting on Thursday.",
            "Azlan bin Tun Rahmat",
            id="malay-patronym-with-honorific",
        ),
        pytest.param(
            "В четверг прошла встреча министра Павла Орлова с сопредседателями переговоров "
            "спецпредставителем союза по Северному региону Освальдом Кернбахом и "
            "представителем ООН Ларсом Виттенбергом.",
            "Освальд Кернбах",
            id="ru-instrumental-unknown-given",
        ),
        pytest.param(
            "Вучич осмотрел новую станцию вместе с послом и пообещал, что работы завершатся "
            "к концу года.",
            "Aleksandar Vučić",
            id="ru-surname-alone-serbia",
        ),
        pytest.param(
            "The club's Head of Sponsorship Lee Dunmore said the new partner would feature on "
            "the shirts from next season.",
            "Lee Dunmore",
            id="common-given-name-after-role-of-body",
        ),
        pytest.param(
            "Observers reported that Tavo Quiroga, the head of the government delegation for "
            "talks with the rebels, assured that trust between the parties had grown.",
            "Tavo Quiroga",
            id="appositive-office-of-lowercase-body",
        ),
        pytest.param(
            "Abe agreed that the two countries should hold joint naval drills and widen student "
            "exchanges over the coming decade.",
            "Shinzo Abe",
            id="surname-alone-japan",
        ),
    ],
)
def test_round4_people(text: str, person: str) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Сотрудники завода работают над проектом вместе с Домом культуры и Центром "
            "молодёжи города уже третий год подряд.",
            id="ru-instrumental-bodies",
        ),
    ],
)
def test_round4_no_people(text: str) -> None:
    assert _people(text) == []
