"""Round-2 people constructions from published news, in invented sentences."""

from __future__ import annotations

from extracted import analysed


def test_lowercase_prefixed_surname_ends_the_name() -> None:
    """'al-Rahimi' after a first name is the surname, though it starts lowercase."""
    article = analysed(
        "The envoy met President Karim Nasser al-Rahimi in Amman on Monday to discuss the "
        "new pipeline and the water agreement."
    )
    assert [p.name for p in article.people] == ["Karim Nasser al-Rahimi"]


def test_russian_particle_and_prefix_join_one_name() -> None:
    """'Халид бен Саид аль-Мансури': 'бен' joins the names, 'аль-' starts the surname."""
    article = analysed(
        "Переговоры начались в среду, сообщил официальный представитель министерства Халид бен "
        "Саид аль-Мансури в своем заявлении для журналистов."
    )
    assert [p.name for p in article.people] == ["Халид бен Саид аль-Мансури"]


def test_prefixed_surname_alone_is_the_person_named_in_full() -> None:
    """'— отметил аль-Мансури' later names Халид бен Саид аль-Мансури, speaker of the quote."""
    article = analysed(
        "Переговоры начались в среду, сообщил официальный представитель министерства Халид бен "
        "Саид аль-Мансури.\n\n"
        "«Мы подтверждаем нашу поддержку всех усилий, направленных на скорейшее прекращение "
        "огня», — отметил аль-Мансури."
    )
    assert [q.speaker for q in article.quotes] == ["Халид бен Саид аль-Мансури"]


def test_acronym_with_a_case_ending_is_no_person() -> None:
    """'представитель МИДа страны X Y': 'МИДа' is the ministry in the genitive, not a name."""
    article = analysed(
        "Об этом сообщил официальный представитель МИДа страны Халид Мансури в среду вечером."
    )
    assert [p.name for p in article.people] == ["Халид Мансури"]


def test_words_after_a_body_of_are_no_person() -> None:
    """'the region's Ministry of Mineral Wealth said': 'Mineral Wealth' ends the body's name."""
    article = analysed(
        "Pumping resumed on Friday, the northern region's Ministry of Mineral Wealth said in a "
        "statement. Engineer Dana Whitlock said the pumps were checked."
    )
    assert [p.name for p in article.people] == ["Dana Whitlock"]
