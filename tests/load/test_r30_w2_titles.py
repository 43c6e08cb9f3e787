"""Titles that are no headline, round 30 (wave 2): a Russian writer's byline over the story
(with "our correspondent" or the name alone), a photo's caption closed by its label in
brackets, the first line of a hard-wrapped lead cut in mid-sentence; and an outlet a Russian
prompt to follow the site names in the accusative. Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_LEAD_RU = "Портовый совет в четверг утвердил план ремонта южного причала, сообщила пресс-служба."


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("Наш корр Мирон Тальский", id="our-correspondent"),
        pytest.param("Собственный корреспондент Мирон Тальский", id="own-correspondent"),
        pytest.param("Пак Сон Мин", id="name-alone"),
    ],
)
def test_a_russian_byline_over_the_story_is_no_headline(byline: str) -> None:
    doc = loaded(f"Экономика\n\n{byline}\n\n{_LEAD_RU}\n\n{PAGE_BODY_RU}")
    assert doc.title is None
    assert doc.paragraphs[0] == _LEAD_RU


def test_a_russian_headline_in_sentence_case_stays_the_headline() -> None:
    headline = "Совет гавани одобрил ремонт причала"
    doc = loaded(f"{headline}\n\n{_LEAD_RU}\n\n{PAGE_BODY_RU}")
    assert doc.title == headline


@pytest.mark.parametrize(
    ("prompt", "outlet"),
    [
        pytest.param(
            "Подписывайтесь на Гавань-Газету.Ru в Telegram", "Гавань-Газета.Ru", id="noun"
        ),
        pytest.param("Читайте «Портовую неделю» в Дзене", "Портовая неделя", id="adjective"),
        pytest.param("Подписывайтесь на Вестник Гавани в Telegram", "Вестник Гавани", id="masc"),
        pytest.param("Подписывайтесь на Гавань.ру в Telegram", "Гавань.ру", id="address"),
    ],
)
def test_a_russian_prompt_to_follow_the_site_names_it_in_the_nominative(
    prompt: str, outlet: str
) -> None:
    doc = loaded(f"Совет гавани одобрил ремонт причала\n\n{_LEAD_RU}\n\n{PAGE_BODY_RU}\n\n{prompt}")
    assert doc.meta.outlet == outlet


def test_a_caption_closed_by_its_label_is_no_headline_though_the_page_repeats_it() -> None:
    headline = "Ferry talks at a standstill in Portville"
    caption = "Dock workers at the north quay in Portville, March 9, 2023. (File photo)"
    page = f"{headline}\n\n{caption}\n\n© Harbourwire/Ola Brenn\n{caption}\n\n{PAGE_BODY}"
    assert loaded(page).title == headline


_WRAPPED = (
    "Portville, after a decade, plans to dredge\n"
    "the whole of its northern channel this year, the harbour master said at a\n"
    "council meeting on Tuesday, where she set out how the works would be shared\n"
    "between the two firms.\n"
    "The harbour has silted up since the last works, ferry crews say, and larger\n"
    "ships now wait for the tide before they can enter the port, which costs hours.\n"
    "The council expects the work to take two summers and to cost about a third\n"
    "less than the last dredging did."
)


def test_the_first_line_of_a_wrapped_lead_is_no_headline() -> None:
    doc = loaded(f"{_WRAPPED}\n\n{PAGE_BODY}")
    assert doc.title is None
    assert doc.paragraphs[0].startswith("Portville, after a decade, plans to dredge the whole")
    assert doc.paragraphs[0].endswith("between the two firms.")
