"""Round-4 figure constructions seen across published news, in invented sentences: yen and
rupee amounts (with Indian lakh/crore grouping), counts in words of any plural noun, Russian
"около тысячи" without a digit, and "13,000-member" bodies."""

from __future__ import annotations

import pytest

from briefings.figures import find_figures


def _found(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param(
            "Tokyo pledged two trillion yen for the rail corridor.",
            "two trillion yen",
            2e12,
            "JPY",
            id="yen-in-words",
        ),
        pytest.param(
            "The plant will cost Rs 4,50,000 crore over a decade.",
            "Rs 4,50,000 crore",
            4.5e12,
            "INR",
            id="rupees-crore-indian-grouping",
        ),
        pytest.param(
            "The state set aside ₹12 lakh for each family.", "₹12 lakh", 1.2e6, "INR", id="lakh"
        ),
        pytest.param(
            "Farmers received 7,25,000 rupees in compensation.",
            "7,25,000 rupees",
            725000.0,
            "INR",
            id="rupees-word",
        ),
        pytest.param(
            "Экспорт по новой трубе составит 6,5 млрд кубов в год.",
            "6,5 млрд кубов",
            6.5,
            "bcm",
            id="ru-colloquial-cubic-metres",
        ),
        pytest.param(
            "The operator chartered nine tankers for the winter.",
            "nine tankers",
            9.0,
            "tankers",
            id="word-count-any-plural",
        ),
        pytest.param(
            "The plan rests on six pillars agreed by both ministers.",
            "six pillars",
            6.0,
            "pillars",
            id="word-count-pillars",
        ),
        pytest.param(
            "Сапёры обезвредили около тысячи мин в районе.",
            "около тысячи мин",
            1000.0,
            "mines",
            id="ru-bare-thousand",
        ),
        pytest.param(
            "Инженеры нашли более тысячи мин на полях.",
            "более тысячи мин",
            1000.0,
            "mines",
            id="ru-bare-thousand-bound",
        ),
        pytest.param(
            "The deal needs the votes of the 24,000-member union.",
            "24,000-member",
            24000.0,
            "members",
            id="grouped-member-count",
        ),
    ],
)
def test_round4_figures(sentence: str, text: str, value: float, unit: str) -> None:
    assert (text, value, unit) in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The two sides met for three days in Geneva.", id="sides-days"),
        pytest.param("Talks lasted two weeks and five hours in all.", id="durations"),
        pytest.param("He said both of them agreed, and the two leaders left.", id="leaders"),
        pytest.param("A five-member panel will review the bids.", id="small-member-panel"),
        pytest.param("Он говорил о тысяче причин.", id="ru-thousand-without-count"),
        pytest.param("Тысячи беженцев покинули город.", id="ru-thousands-of"),
        pytest.param("One pays twice, as the saying goes.", id="one-plural"),
        pytest.param("The posts stand a few hundred metres apart.", id="few-hundred"),
        pytest.param("Переговоры пройдут 20-21 мая в Вене.", id="ru-day-range"),
    ],
)
def test_round4_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_headline_figure_kept_when_the_body_words_it_otherwise() -> None:
    from briefings.extract import analyse
    from briefings.load import load_source

    page = (
        "# Поставки угля по новой ветке составят 4,5 млн тонн в год\n\n"
        "Компания «Северный уголь» сообщила во вторник, что по новой железнодорожной ветке "
        "будет поставляться до четырёх с половиной миллионов тонн угля ежегодно.\n\n"
        "Строительство ветки завершится в следующем году, добавили в компании.\n"
    )
    article = analyse(load_source(page.encode(), "coal.md")[0])
    assert "4,5 млн тонн" in [f.text for f in article.figures]
