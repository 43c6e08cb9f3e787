"""People (round 23, wave 3): names the scan missed for want of a cue it knew.

- "Б.Нетаньяху": an initial glued to a known person's surname, in any case, after a plural
  office ("премьеров") that marks no one; it joins the full name when the article gives it;
- "“…,” X Y of the Z said": a speaker with an unknown first name right after a quotation,
  the body he belongs to after "of" (an editor's bracket may open the attribution);
- Russian offices of sport and membership ("игрок", "гонщик", "член совета директоров").

Every person and sentence here is invented; the known leaders are real.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Соглашение подписали после переговоров премьеров Б.Нетаньяху и А.Ципраса.",
            ["Б.Нетаньяху", "А.Ципрас"],
            id="initialled-known-surnames-after-plural-office",
        ),
        pytest.param(
            "Премьер Биньямин Нетаньяху прибыл в порт. Позже Б.Нетаньяху уехал.",
            ["Benjamin Netanyahu"],
            id="initialled-known-surname-joins-full-name",
        ),
        pytest.param(
            "Соглашение подписали после встречи с Т.Нетаньяху.",
            [],
            id="initial-of-another-first-name-is-no-one",
        ),
        pytest.param(
            "“The dunes will not hold for long,” Lassou Kerembe of the Coastal Studies "
            "Institute in Lindara said.",
            ["Lassou Kerembe"],
            id="speaker-of-body-after-quote",
        ),
        pytest.param(
            "“The dunes will not hold for long,” [Lassou Kerembe of the Coastal Studies "
            "Institute] said.",
            ["Lassou Kerembe"],
            id="speaker-in-editors-bracket",
        ),
        pytest.param(
            "“The dunes will not hold,” Bank of the Coast said on Monday.",
            [],
            id="body-after-quote-stays-a-body",
        ),
        pytest.param(
            "Соучредителем фирмы стал член Зала славы баскетбола Даррен Коуэлл.",
            ["Даррен Коуэлл"],
            id="member-of-hall-of-fame",
        ),
        pytest.param(
            "Сделку одобрил член совета директоров Гаррет Лоу.",
            ["Гаррет Лоу"],
            id="member-of-board",
        ),
        pytest.param(
            "Второе место занял гонщик команды Нордвинд Оскар Пелли.",
            ["Оскар Пелли"],
            id="racer-of-team",
        ),
        pytest.param(
            "Контракт продлил бывший игрок Террон Бейли.",
            ["Террон Бейли"],
            id="former-player",
        ),
    ],
)
def test_named_people(text: str, names: list[str]) -> None:
    assert people_under_headline(text) == names
