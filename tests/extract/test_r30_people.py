"""People (round 30): common first names the list lacked, in Latin letters and as the
Russian press spells foreign ones, so a name without a role before it is found ("Ivo X,
spokesman for …", "Алекс Y раскрывает …"). Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed

_HEADLINE = "Harbour talks resume after a long pause"
_HEADLINE_RU = "Совет гавани одобрил план"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "The harbour guests included Ivo Marrakel and his two brothers.",
            "Ivo Marrakel",
            id="ivo",
        ),
        pytest.param(
            "Guido Ranzetti of the ferry firm opened the new pier on Monday.",
            "Guido Ranzetti",
            id="guido",
        ),
    ],
)
def test_a_common_first_name_marks_a_person(lead: str, name: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE}\n\n{lead}").people]
    assert name in names


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "В порту Алекс Морено показывает приезжим старые доки.", "Алекс Морено", id="alex"
        ),
        pytest.param(
            "Новый глава компании Фархат Зувари объявил о запуске линии.",
            "Фархат Зувари",
            id="farhat",
        ),
        pytest.param(
            "Густаво Феррас, по его словам, не ждал такого успеха программы.",
            "Густаво Феррас",
            id="gustavo",
        ),
    ],
)
def test_a_foreign_first_name_as_the_russian_press_spells_it(lead: str, name: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE_RU}\n\n{lead}").people]
    assert name in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            f"{_HEADLINE_RU}\n\nМадуро в среду пообещал ответить на новые санкции.",
            "Nicolás Maduro",
            id="surname-alone-ru",
        ),
        pytest.param(
            f"{_HEADLINE}\n\nThe new harbour was opened in 2019 by King Mohammed VI of Morocco.",
            "Mohammed VI",
            id="regnal",
        ),
        pytest.param(
            f"{_HEADLINE_RU}\n\nГлава Кореи Мун Чжэ Ин в понедельник прибыл в порт.",
            "Moon Jae-in",
            id="korean-ru",
        ),
    ],
)
def test_a_known_figure_named_without_a_role_or_in_the_russian_spelling(
    text: str, name: str
) -> None:
    names = [p.name for p in analysed(text).people]
    assert name in names
    assert not any(n.startswith("Кореи") for n in names)


def test_mr_kim_is_the_known_figure_not_his_envoy_of_the_same_surname() -> None:
    text = (
        "Leaders meet at the harbour summit\n\n"
        "Kim Jong Un arrived at the harbour on Monday with his envoy Kim Sol Dan.\n\n"
        "Mr Kim, in his turn, called the talks long.\n\n"
        "“We have come a long way to this table,” he said."
    )
    article = analysed(text)
    [quote] = article.quotes
    assert quote.speaker == "Kim Jong Un"
