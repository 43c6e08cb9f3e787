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
