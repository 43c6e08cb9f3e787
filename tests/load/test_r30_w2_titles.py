"""Titles that are no headline, round 30 (wave 2): a Russian writer's byline over the story
(with "our correspondent" or the name alone). Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY_RU, loaded

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
