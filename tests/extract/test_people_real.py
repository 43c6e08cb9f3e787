"""People as real news names them: titles the gazetteer does not know, lists, particles,
surnames after a role; and the capitalised things that are not people."""

from __future__ import annotations

import pytest

from briefings.extract import analyse
from briefings.load import load_source


def _people(text: str) -> list[str]:
    return [p.name for p in analyse(load_source(text.encode(), "t.txt")[0]).people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "The briefing heard Lead Negotiator Tarlan Gasimli and Chief Operating Officer "
            "Sevda Rustamli of the organising company.",
            ["Tarlan Gasimli", "Sevda Rustamli"],
            id="unknown-titles-trimmed",
        ),
        pytest.param(
            "Youth Climate Champion Aysel Nabiyeva spoke first at the briefing in Ganja.",
            ["Aysel Nabiyeva"],
            id="title-words-before-a-known-first-name",
        ),
        pytest.param(
            "The kitchen has seen Lorenzo Berti, Daniel Doyle and Tomasz Wrona come and go.",
            ["Lorenzo Berti", "Daniel Doyle", "Tomasz Wrona"],
            id="names-listed-with-a-person",
        ),
        pytest.param(
            "Manager Bas van der Meer and Sheikh Hamad bin Khalid Al Nuaimi opened the hall.",
            ["Bas van der Meer", "Hamad bin Khalid Al Nuaimi"],
            id="name-particles",
        ),
        pytest.param(
            "Министр обороны Армении Гусейнян объявил о начале учений.",
            ["Гусейнян"],
            id="ru-surname-after-role",
        ),
        pytest.param(
            "«Учения пройдут на всех полигонах», — указал Гусейнян.",
            ["Гусейнян"],
            id="ru-surname-after-speech-verb",
        ),
        pytest.param(
            "President of the unrecognised Northland Republic Arvid Kessel signed the decree.",
            ["Arvid Kessel"],
            id="role-with-lowercase-words-before-the-body",
        ),
    ],
)
def test_people_found(text: str, people: list[str]) -> None:
    """Names without gazetteer help are found when the text marks them as people."""
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Aid trucks entered the Gaza Strip on Sunday; the Strip's crossings stayed open.",
            id="the-gaza-strip",
        ),
        pytest.param(
            "The UN Framework Convention on Climate Change met in Bonn. The Convention's "
            "secretariat and UN Climate Change staff prepared the draft.",
            id="convention-and-climate-change",
        ),
        pytest.param(
            "Members of the Australian Peacekeeper and Peacemaker Veterans’ Association laid "
            "wreaths, and the Caspian Sea shore hosted the Grand Prix.",
            id="association-sea-grand-prix",
        ),
        pytest.param(
            "A Strategic Working Group will draft the charter; the Strategic Working Group "
            "meets monthly.",
            id="working-group",
        ),
        pytest.param(
            "Об этом заявил в комментарии Telegram-каналу Shot источник в отрасли.",
            id="two-script-word",
        ),
        pytest.param(
            "Как заявил эксперт Бакинского центра исследований, сроки реалистичны.",
            id="ru-adjective-after-role",
        ),
        pytest.param(
            "Министр приехал в Таллинн, а затем — в Вильнюс.",
            id="ru-place-after-preposition",
        ),
        pytest.param(
            "An analyst at the Baku-based Caucasus Research Group and an adviser at the "
            "Ministry of Ecology and Natural Resources spoke.",
            id="bodies-after-a-role",
        ),
    ],
)
def test_not_people(text: str) -> None:
    """Places, bodies, events and things written in capitals are not people."""
    assert _people(text) == []
