"""People (round 21): titles the vocabulary lacked, and Russian names whose endings show where
they start.

- a monarch's title after his realm's name ("<realm> Sultan X Y") is no word of the name; a
  monarch named by one word is never another person's surname ("King X" beside "Y bin X");
- plural offices ("Foreign Ministers X of A and Y of B"), "Eng.", South Asian ranks ("Lance
  Naik", "SSP"), a retired officer's "(rtd)", and an office before a name whose surname is also
  a city's;
- Russian: the office holder of a body its adjective names ("замдиректора … центра X Y"), a
  name sharing the instrumental or the dative past a place's name, a name after a place named
  by plural adjectives; "специалист" and "исследователь" as offices;
- a unit of the armed forces or the police ("Army Demining Unit") is a body's name.

Every person and sentence here is invented; the places and offices are real.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Brunei Sultan Hazrin Bolvar opened a fish market in the harbour town on Thursday.",
            "Hazrin Bolvar",
            id="realm-then-sultan",
        ),
        pytest.param(
            "The exchange was witnessed by the Sultan of Brunei Sultan Hazrin Bolvar and "
            "the port authority.",
            "Hazrin Bolvar",
            id="sultan-of-realm-sultan",
        ),
        pytest.param(
            "The accord was signed during a call attended by Foreign Ministers Tomas van Rijen "
            "of Chile and Lucas Ibarra of Peru.",
            "Tomas van Rijen",
            id="plural-office",
        ),
        pytest.param(
            "The president paid a courtesy call on His Majesty the Emperor Kaneto of Japan "
            "before flying home.",
            "Emperor Kaneto",
            id="emperor-one-name",
        ),
        pytest.param(
            "The delegation included other senior figures, among them Khaled Omari, Zaher "
            "Nasser, and Eng. Nadim Qassar.",
            "Nadim Qassar",
            id="engineer-abbreviation",
        ),
        pytest.param(
            "The army has asked for the return of the soldier, Lance Naik Ravi Pal. The talks "
            "went on.",
            "Ravi Pal",
            id="south-asian-army-rank",
        ),
        pytest.param(
            "Two lorries were stopped at the checkpoint overnight, SSP Tahmoor Khan Jatoi said.",
            "Tahmoor Khan Jatoi",
            id="south-asian-police-rank",
        ),
        pytest.param(
            "The talks were steered by Gen (rtd) Josiah Kiprono of Kenya, who met both "
            "delegations.",
            "Josiah Kiprono",
            id="retired-rank",
        ),
        pytest.param(
            "The ceremony was attended by President Emilio Lagos and the chief of the army.",
            "Emilio Lagos",
            id="surname-that-is-a-city",
        ),
        pytest.param(
            "По словам замдиректора Республиканского минного центра Фарруха Назарова, работы "
            "продлятся до осени.",
            "Фаррух Назаров",
            id="ru-office-of-a-described-body",
        ),
        pytest.param(
            "Премьер провел переговоры с премьером Сент-Винсента и Гренадин Ранульфом Ридлом "
            "и обсудил поставки газа.",
            "Ранульф Ридл",
            id="ru-instrumental-after-a-place",
        ),
        pytest.param(
            "«Работы идут по графику», — сообщил президенту Эквадора Андресу Мануэлю Кортесу "
            "Ривасу министр.",
            "Андрес Мануэль Кортес Ривас",
            id="ru-four-words-in-the-dative",
        ),
        pytest.param(
            "Новый терминал осмотрел министр энергетики Объединенных Арабских Эмиратов Халид "
            "аль-Мансури.",
            "Халид аль-Мансури",
            id="ru-after-plural-adjective-place",
        ),
        pytest.param(
            "Ананд Шривастава, специалист из горного центра, наблюдает за ледником с 2012 года.",
            "Ананд Шривастава",
            id="ru-specialist-apposition",
        ),
        pytest.param(
            "Одна из исследователей канадского Lakehead University Ингрид Сольберг сняла о "
            "леднике фильм.",
            "Ингрид Сольберг",
            id="ru-researcher-before",
        ),
    ],
)
def test_found(text: str, name: str) -> None:
    assert name in people_under_headline(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        pytest.param(
            "Brunei Sultan Hazrin Bolvar opened a fish market on Thursday.",
            "Sultan Hazrin Bolvar",
            id="title-not-in-the-name",
        ),
        pytest.param(
            "The accord was signed during a call attended by Foreign Ministers Tomas van Rijen "
            "of Chile and Lucas Ibarra of Peru.",
            "Ministers Tomas van Rijen",
            id="plural-office-not-in-the-name",
        ),
        pytest.param(
            "The army has asked for the return of the soldier, Lance Naik Ravi Pal.",
            "Lance Naik Ravi Pal",
            id="rank-not-in-the-name",
        ),
        pytest.param(
            "Новый терминал осмотрел министр энергетики Объединенных Арабских Эмиратов Халид "
            "аль-Мансури.",
            "Эмиратов Халид аль-Мансури",
            id="ru-place-not-in-the-name",
        ),
        pytest.param(
            "Премьер провел переговоры с премьером Сент-Винсента и Гренадин Ранульфом Ридлом.",
            "Гренадин Ранульф Ридл",
            id="ru-genitive-place-not-in-the-name",
        ),
        pytest.param(
            "The minister met the Head of the Peruvian Navy Diving Unit, Colonel Tomas "
            "Wheeler Ruiz, on Monday.",
            "Diving Unit",
            id="armed-forces-unit",
        ),
        pytest.param(
            "The envoy visited Lagos on Monday and flew on to Accra.",
            "Lagos",
            id="city-alone",
        ),
        pytest.param(
            "Делегация прошла по улице Рустама Хамидова к зданию мэрии.",
            "Рустам Хамидов",
            id="ru-street-named-after",
        ),
    ],
)
def test_not_people(text: str, not_person: str) -> None:
    assert not_person not in people_under_headline(text)


def test_sultan_as_a_first_name_stays() -> None:
    # No realm before it: "Sultan" opens the name as a first name does.
    assert "Sultan Hamdan Al Ruwaili" in people_under_headline(
        "The talks were chaired by Sultan Hamdan Al Ruwaili, the port's director."
    )


def test_king_by_one_name_is_not_a_namesake_surname() -> None:
    names = people_under_headline(
        "Crown Prince Faisal bin Tariq toured the site. The centre was built on the orders of "
        "King Tariq to help farmers."
    )
    assert "King Tariq" in names
    assert "Faisal bin Tariq" in names


def test_monarch_by_a_first_name_two_people_share_stays_unnamed() -> None:
    # Two full names open on the one word after the title: nobody can tell which is meant.
    names = people_under_headline(
        "Sheikh Hamdan bin Saif Al-Qarni opened the plant. Sheikh Hamdan bin Rashid Al-Tamimi "
        "attended too. “The grid is ready,” said Sheikh Hamdan, who chairs the board."
    )
    assert "Sheikh Hamdan" not in names
    assert "Hamdan bin Saif Al-Qarni" in names
