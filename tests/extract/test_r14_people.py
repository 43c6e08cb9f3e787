"""People (round 14): an initial and a surname ending a sentence; four name words set off by
commas; a person only the headline names in full whom the body calls by surname; glued
initials whose surname the article uses alone as a speaker's. Every sentence and every person
here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed
from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The naval squadron taking part in the drill is commanded by Commodore P. Varadkar.",
            "P. Varadkar",
            id="rank-then-initial-at-sentence-end",
        ),
        pytest.param(
            "Поставки вырастут к осени, уточнил Б. Семашкин.",
            "Б. Семашкин",
            id="russian-verb-then-initial-at-sentence-end",
        ),
    ],
)
def test_an_initialled_name_may_end_its_sentence(text: str, name: str) -> None:
    """The full stop after the surname ends the sentence; it opens no further initial."""
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The cartel's former chief, Ramiro Esteban Quintana Lozada, known as “El Gato,” "
            "was arrested in a mountain village in 2019.",
            "Ramiro Esteban Quintana Lozada",
            id="apposition-unknown-first-name",
        ),
        pytest.param(
            "“If the ministry cannot bring fuel, it should step aside,” Wálter Tomás Ibarra "
            "Soliz, a member of the assembly, told reporters on Friday.",
            "Wálter Tomás Ibarra Soliz",
            id="after-a-quote-accented-first-name",
        ),
    ],
)
def test_four_name_words_set_off_by_commas_are_one_name(text: str, name: str) -> None:
    """Two given names and two surnames in an apposition stay one person, not the last three
    words from a known given name on."""
    assert _people(text) == [name]


def test_a_body_set_off_by_commas_is_no_person() -> None:
    """An apposition whose words include a body's word is no name."""
    text = (
        "The delegation met the Hill Tribes Council, the Valley Farmers Union, and the "
        "river guilds on Thursday, officials said."
    )
    assert _people(text) == []


_HEADLINE_RU = (
    "Руритания расширяет сотрудничество с Казанью, рассказал в интервью газете спецпредставитель "
    "президента республики Эстебан Мендоса"
)


def test_a_headline_name_the_body_calls_by_surname_is_a_person() -> None:
    """The headline names him in full (after a role in the genitive, which must not bend his
    surname); the body says only 'Мендоса отметил'."""
    article = analysed(
        f"{_HEADLINE_RU}\n\nПо его словам, страна намерена развивать связи с регионом.\n\n"
        "Мендоса отметил, что переговоры продолжатся осенью."
    )
    assert [p.name for p in article.people] == ["Эстебан Мендоса"]


def test_a_headline_name_the_body_never_uses_stays_out() -> None:
    """Without the surname in the body, a headline's name adds no person (as before)."""
    article = analysed(
        f"{_HEADLINE_RU}\n\nПо его словам, страна намерена развивать связи с регионом.\n\n"
        "Переговоры продолжатся осенью, добавил политик."
    )
    assert article.people == []


def test_glued_initials_of_a_surname_that_speaks_alone() -> None:
    """'led by RK Bhandari met …' (no office before him) is the 'Bhandari said' of the next
    paragraph: one person, named with his initials."""
    text = (
        "A federal team led by RK Bhandari met village councils in the hills on Thursday.\n\n"
        "Bhandari said the talks would resume after the harvest."
    )
    assert _people(text) == ["RK Bhandari"]


def test_glued_capitals_before_a_body_stay_out() -> None:
    """Two capitals before a word that never speaks alone ('TC Harbourworks') name no one."""
    text = (
        "Shares of TC Harbourworks rose on Monday after the port deal.\n\n"
        "Analysts said the rise would not last."
    )
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Многие Веланцы заявили, что не вернутся домой.", id="russian-quantifier"),
        pytest.param("Двое Веланцев сказали, что их дома разрушены.", id="russian-numeral"),
        pytest.param("Numerous Veldorians said the camp was full.", id="english-quantifier"),
    ],
)
def test_a_quantifier_opens_a_group_in_the_people_stage(text: str) -> None:
    """The one list of quantifiers (`group_words`, both languages) keeps a group out of the
    article's people, not only out of its speakers."""
    assert _people(text) == []


def test_a_pipeline_named_after_a_person_is_no_mention_of_him() -> None:
    """'the Walter Ferreyra gas pipeline': a namesake, like a street or an airport."""
    text = "The minister opened the first leg of the Walter Ferreyra gas pipeline on Sunday."
    assert _people(text) == []


def test_two_spaced_initials_and_a_surname_are_a_name() -> None:
    """'Rebel leaders met B N Varma at their camp': no office before him and no verb after,
    yet no body or sentence opens with two lone capitals."""
    text = "Rebel leaders met B N Varma at their camp in the hills on Tuesday."
    assert _people(text) == ["B N Varma"]
