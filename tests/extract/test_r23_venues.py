"""Round 23: a body named where, or to whom, someone spoke ("At the X, speaking to
reporters", "Выступая в X", "Addressing the X") is the venue or the audience, not the
speaker; a body or person named as the subject of the same clause still is. The sentences
are invented (invented bodies, places and people)."""

from __future__ import annotations

import pytest
from extracted import under_headline

from briefings.models import Article, SpeakerKind

_EN = "We will not sign anything under pressure"
_RU = "Мы не будем ничего подписывать под давлением"


def _speaker(article: Article, start: str) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


@pytest.mark.parametrize(
    "paragraph",
    [
        f"At the Council of Europe, speaking to reporters, the delegate said: “{_EN}.”",
        f"Addressing the Council of Europe on Tuesday: “{_EN}.”",
    ],
)
def test_a_body_where_someone_spoke_is_not_the_speaker(paragraph: str) -> None:
    """Nobody is named as the subject: the quote stays without a speaker."""
    assert _speaker(under_headline(paragraph), _EN) == (None, None)


def test_a_body_where_someone_spoke_in_russian_is_not_the_speaker() -> None:
    """'Выступая в Совете Европы, делегат заявил': the council is where the delegate spoke."""
    article = under_headline(f"Выступая в Совете Европы, делегат заявил: «{_RU}».")
    assert _speaker(article, _RU) == (None, None)


def test_the_body_that_is_the_subject_still_speaks() -> None:
    """'Speaking at the Council of Europe, the Varnian Foreign Ministry said': the ministry."""
    article = under_headline(
        f"Speaking at the Council of Europe, the Varnian Foreign Ministry said: “{_EN}.”"
    )
    assert _speaker(article, _EN) == ("Varnian Foreign Ministry", SpeakerKind.ORGANISATION)


def test_the_person_who_spoke_at_a_body_still_speaks() -> None:
    """'Speaking at the Council of Europe, Foreign Minister Ilsa Marrow said': the minister."""
    article = under_headline(
        f"Speaking at the Council of Europe, Foreign Minister Ilsa Marrow said: “{_EN}.”"
    )
    assert _speaker(article, _EN) == ("Ilsa Marrow", SpeakerKind.PERSON)
