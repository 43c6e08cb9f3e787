"""People (round 23, wave 3): names the scan missed for want of a cue it knew.

- "Б.Нетаньяху": an initial glued to a known person's surname, in any case, after a plural
  office ("премьеров") that marks no one; it joins the full name when the article gives it;
- "“…,” X Y of the Z said": a speaker with an unknown first name right after a quotation,
  the body he belongs to after "of" (an editor's bracket may open the attribution);
- Russian offices of sport and membership ("игрок", "гонщик", "член совета директоров"), and
  "адмирал";
- "quoted X Y as saying"; "al‑Busaidi" with a non-breaking hyphen; "Embassy" as a body's word;
- "“…,” Kuzmichev told reporters": one word shaped as a surname of the region before a speech
  verb, even opening a sentence;
- a modal verb ("Should"), a capitalised preposition ("На") or "The" before a lone capital
  opens no name;
- first names of regions the list knew less (Somali, Iranian, Ethiopian, Venezuelan, Nepali,
  Pacific) and of sport's pages.

Every person and sentence here is invented; the known leaders are real.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Соглашение подписали после переговоров премьеров А.Ципраса и Б.Нетаньяху.",
            ["А.Ципрас", "Б.Нетаньяху"],
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
        pytest.param(
            "The daily quoted Northern Ambassador to the mountain kingdom Sudar Venkat as "
            "saying the plant was ready.",
            ["Sudar Venkat"],
            id="quoted-as-saying",
        ),
        pytest.param(
            "The daily quoted Harbour Authority as saying the plant was ready.",
            [],
            id="body-quoted-as-saying",
        ),
        pytest.param(
            "Foreign Minister Khalil al\u2011Haddar, who shuttled between the two sides, said "
            "the talks went well.",
            ["Khalil al\u2011Haddar"],
            id="prefix-with-non-breaking-hyphen",
        ),
        pytest.param(
            "The brief was sent by the Ruritanian Embassy in Lindara on Monday.",
            [],
            id="embassy-is-a-body",
        ),
        pytest.param(
            "Should Pellow extend his stay, the club will pay more. Marco Pellow said nothing.",
            ["Marco Pellow"],
            id="modal-verb-opens-no-name",
        ),
        pytest.param(
            "Визит завершился беседой с главой правительства Индии Нарендрой Моди На "
            "пресс-конференции Моди ответил на вопросы.",
            ["Narendra Modi"],
            id="capitalised-preposition-after-a-name-is-no-surname",
        ),
        pytest.param(
            "В переговорах участвовал командующий флотом адмирал Брэд Коулман.",
            ["Брэд Коулман"],
            id="admiral",
        ),
        pytest.param(
            "“Everyone has a deal,” said Steve Albrook, CEO of The Kinfolk, a large agency.",
            ["Steve Albrook"],
            id="body-keeping-its-article-is-no-surname",
        ),
        pytest.param(
            "“We must fight them from the air,” regional commander Abdirahman Mohamed Osman "
            "Warsame said.",
            ["Abdirahman Mohamed Osman Warsame"],
            id="somali-four-word-name",
        ),
        pytest.param(
            "The talks followed a visit by the premier of Nepal, Pushpa Kamal Thapa, last week.",
            ["Pushpa Kamal Thapa"],
            id="nepali-three-word-name",
        ),
        pytest.param(
            "Only Erling Hovland and Cole Barrow scored more goals last season.",
            ["Erling Hovland", "Cole Barrow"],
            id="footballers-in-a-list",
        ),
        pytest.param(
            "“We have to build trust,” Kuzmichev told reporters. Asked about the treaty, "
            "Kuzmichev said it must be agreed.",
            ["Kuzmichev"],
            id="surname-shaped-word-before-speech-verb",
        ),
        pytest.param(
            "Asked about the treaty, Halvard said it must be agreed.",
            [],
            id="other-lone-word-before-speech-verb-stays-out",
        ),
    ],
)
def test_named_people(text: str, names: list[str]) -> None:
    assert people_under_headline(text) == names
