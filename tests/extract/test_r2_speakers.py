"""Round-2 speaker constructions from published news, in invented sentences."""

from __future__ import annotations

from briefings.extract import analyse
from briefings.load import load_source
from briefings.models import Article


def _article(text: str, name: str = "t.txt") -> Article:
    return analyse(load_source(text.encode(), name)[0])


def _by_speaker(article: Article) -> dict[str, str | None]:
    return {q.text.split()[0]: q.speaker for q in article.quotes}


def test_particle_led_surname_is_the_fully_named_person() -> None:
    """'Van der Berghe' opening a sentence (particle capitalised) is Marit van der Berghe, not
    a second person who would take her quotes."""
    article = _article(
        "Commissioner Marit van der Berghe opened the new grid link in Ostrava on Monday.\n\n"
        'Van Der Berghe also noted that the "new cable is a route with many chances for the '
        'whole region." "Every country on the line gains a second supplier," she added.\n\n'
        '"Prices will fall once the second line is built," van der Berghe told reporters.'
    )
    assert [p.name for p in article.people] == ["Marit van der Berghe"]
    assert set(_by_speaker(article).values()) == {"Marit van der Berghe"}
    assert len(article.quotes) == 3


def test_first_name_ending_like_a_nationality_is_a_name() -> None:
    """'Christian' ends like 'Estonian', but 'director Christian Holt said' names a person."""
    article = _article(
        '"We are glad to welcome a new partner to the club this summer," Ridgeford FC '
        "managing director Christian Holt said."
    )
    assert [p.name for p in article.people] == ["Christian Holt"]
    assert [q.speaker for q in article.quotes] == ["Christian Holt"]


def test_two_offices_joined_by_and_mark_a_name() -> None:
    """'X Y, Chairman and CEO of Z, said': the joined offices are the evidence X Y is a person."""
    article = _article(
        '"I feel proud to join the family of this club," Tanakorn Wisetsri, Chairman and CEO '
        "of Lumora Drinks PLC, said."
    )
    assert [p.name for p in article.people] == ["Tanakorn Wisetsri"]
    assert [q.speaker for q in article.quotes] == ["Tanakorn Wisetsri"]
