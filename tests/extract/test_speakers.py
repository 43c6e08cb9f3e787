"""Who said what: known surnames with other first names, ranks, continuations, pronouns."""

from __future__ import annotations

import pytest
from extracted import analysed

from briefings.models import Article


def _speakers(article: Article) -> list[str | None]:
    return [q.speaker for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Economist Tural Bayramov commented on the new tariff.\n\n"
            '"Tariffs will rise by spring, whatever the regulator says now," said Bayramov.',
            "Tural Bayramov",
            id="en-other-first-name",
        ),
        pytest.param(
            "Эксперт по энергетике Ровшан Алиев прокомментировал новые тарифы. «Тарифы вырастут "
            "к весне, что бы ни говорил регулятор сейчас», — сказал он.",
            "Ровшан Алиев",
            id="ru-other-first-name",
        ),
    ],
)
def test_known_surname_with_other_first_name_is_another_person(text: str, speaker: str) -> None:
    """A gazetteer surname after a different first name is a different person, not the minister."""
    article = analysed(text)
    assert _speakers(article) == [speaker]
    assert "Jeyhun Bayramov" not in {p.name for p in article.people}
    assert "Ilham Aliyev" not in {p.name for p in article.people}


def test_bare_surname_with_two_namesakes_gets_no_speaker() -> None:
    """'Aliyev said' when the article names two Aliyevs is nobody's quote: speaker None."""
    article = analysed(
        "President Ilham Aliyev received a delegation. Later, economist Kamran Aliyev spoke "
        "at a conference in Ganja.\n\n"
        '"The budget for next year depends on the price of oil," Aliyev said.'
    )
    assert _speakers(article) == [None]


def test_bare_known_surname_alone_resolves_to_gazetteer_name() -> None:
    """With no namesake in the article, 'Pashinyan said' is the known Nikol Pashinyan."""
    article = analysed(
        'Armenia is ready to sign the document this year, Pashinyan said in Yerevan. "We are '
        'close to a lasting settlement with our neighbours," Pashinyan said.'
    )
    assert _speakers(article) == ["Nikol Pashinyan"]


def test_genitive_given_name_is_not_a_country() -> None:
    """'Армена Петросяна' is a man in the genitive, not Armenia; '— сказал Петросян' is his."""
    article = analysed(
        "По мнению ереванского историка Армена Петросяна, переговоры займут еще год. "
        "«Никто не готов подписывать документ до выборов в парламент», — сказал Петросян."
    )
    assert _speakers(article) == ["Армен Петросян"]
    assert "Armenia" not in article.places


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            '"Ferries will carry twice as many trucks next year," said Kamal Huseynli, head '
            'of the port authority. "The second berth is almost finished."',
            ["Kamal Huseynli", "Kamal Huseynli"],
            id="continuation",
        ),
        pytest.param(
            '"Ferries will carry twice as many trucks next year," said Kamal Huseynli. Trade '
            'minister Orxan Qasimli disagreed. "The second berth is not even designed yet."',
            ["Kamal Huseynli"],
            id="continuation-stops-at-new-name",
        ),
        pytest.param(
            '"The new berth will take ferries from Kazakhstan next year," a Georgian transport '
            "official, Levan Beridze, told journalists in Poti.",
            ["Levan Beridze"],
            id="description-before-name",
        ),
        pytest.param(
            '"Our sappers cleared the road to the village within a week," said Lt. Gen. '
            "Anar Karimli at the briefing.",
            ["Anar Karimli"],
            id="rank-stripped",
        ),
        pytest.param(
            '"The glacier lost a fifth of its mass in ten years," said Prof. Nigar Sultanli.',
            ["Nigar Sultanli"],
            id="academic-title-stripped",
        ),
        pytest.param(
            "Пекарь Самир Гулиев испек самый большой хлеб на фестивале. «Печь пришлось "
            "строить заново, старая не выдержала бы», — пошутил он.",
            ["Самир Гулиев"],
            id="ru-joked-pronoun",
        ),
        pytest.param(
            "Аналитик Фуад Мамедов встретился с экономистом Лейлой Гасановой. «Цены на хлеб "
            "в этом году больше не вырастут», — отметила она.",
            ["Лейла Гасанова"],
            id="ru-she-picks-the-woman",
        ),
        pytest.param(
            "Analyst Fuad Mammadli met economist Orkhan Jafarli in Ganja.\n\n"
            '"Bread prices will not rise again this year," he added.',
            [None],
            id="he-with-two-men-is-unknown",
        ),
    ],
)
def test_quote_attribution(text: str, speakers: list[str | None]) -> None:
    """Continuations, descriptions before a name, ranks, Russian verbs and pronouns."""
    assert _speakers(analysed(text)) == speakers


def test_oblique_role_adjective_becomes_nominative() -> None:
    """'по словам армянского политолога X' gives the role 'Армянский политолог'."""
    article = analysed(
        "По словам ереванского политолога Давида Саакяна, переговоры займут еще год."
    )
    assert [(p.name, p.role) for p in article.people] == [("Давид Саакян", "Ереванский политолог")]


def test_surname_used_again_marks_a_name() -> None:
    """A name the article repeats as a bare surname is a person even without a role or verb."""
    article = analysed(
        "The final was played between Nodirbek Yakubboev and Hikaru Nakamura on Sunday.\n\n"
        "Nakamura resigned on move 41 after a long defence."
    )
    assert "Hikaru Nakamura" in {p.name for p in article.people}


def test_event_named_after_a_person_is_not_a_person() -> None:
    """'The Elmar Mammadli Memorial' names Elmar Mammadli, not a person called '... Memorial'."""
    article = analysed("The Elmar Mammadli Memorial opened in Shusha with twelve players.")
    assert [p.name for p in article.people] == ["Elmar Mammadli"]
