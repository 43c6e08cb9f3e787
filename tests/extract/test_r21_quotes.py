"""Round 21: a body that speaks in the Russian locative with a plural verb and no subject,
where no list of kinds names it: an acronym alone ("— пояснили в КЗР") is that body; a kind
of body with its owner ("— заявили в дипломатическом ведомстве Исландии") is the one body of
that kind and owner named before, and nobody when two could be meant. A sentence-opening
preposition is no part of a body's name. The sentences are invented (invented bodies,
places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "Режим введен в полдень в двух районах края"


def _speaker(article: Article, start: str = _QUOTE) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def test_an_acronym_in_the_locative_is_the_body_that_spoke() -> None:
    """'«…», — пояснили в КЗР': the plural verb has no subject; the body it names in the
    locative, by its acronym alone, spoke."""
    article = under_headline(
        "В крае Ламберн введен особый режим, сообщает оперативный штаб.\n\n"
        f"«{_QUOTE}. Идет поиск нарушителей», — пояснили в КЗР."
    )
    assert _speaker(article) == ("КЗР", SpeakerKind.ORGANISATION)


def test_an_acronym_opening_a_body_named_before_is_that_body() -> None:
    """'МИД Исландии' named before, then '— добавили в МИД': the body the acronym opens."""
    article = under_headline(
        "МИД Исландии во вторник вызвал посла Норвалии Олега Варнстрема для беседы.\n\n"
        f"«{_QUOTE}», — добавили в МИД."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)


def test_a_place_in_the_locative_is_no_body() -> None:
    """'— заявили в США': a country's voice, which the text does not name; nobody."""
    article = under_headline(
        "Переговоры о поставках зерна продолжатся на следующей неделе.\n\n"
        f"«{_QUOTE}», — заявили в США."
    )
    assert _speaker(article) == (None, None)


def test_a_kind_of_body_and_its_owner_is_the_one_body_named_before() -> None:
    """'— заявили в дипломатическом ведомстве Исландии' after 'МИД Исландии': that ministry."""
    article = under_headline(
        "МИД Исландии во вторник вызвал посла Норвалии Олега Варнстрема для беседы.\n\n"
        f"«{_QUOTE}», — заявили в дипломатическом ведомстве Исландии (цитата по агентству)."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)


def test_a_kind_of_body_two_bodies_of_its_owner_fit_is_nobody() -> None:
    """Two bodies of Исландия named before, and 'ведомство' fits any kind: which one spoke,
    the text does not say."""
    article = under_headline(
        "МИД Исландии и Минобороны Исландии во вторник провели совместное совещание.\n\n"
        f"«{_QUOTE}», — заявили в дипломатическом ведомстве Исландии."
    )
    assert _speaker(article) == (None, None)


def test_a_sentence_opening_preposition_is_no_part_of_a_bodys_name() -> None:
    """'В МИД Исландии подчеркнули …', then '— добавили в ведомстве': the ministry, named
    without the 'В' that opened the sentence."""
    article = under_headline(
        "Посол Норвалии Олег Варнстрем был вызван для беседы во вторник.\n\n"
        "В МИД Исландии подчеркнули, что подобные заявления будут считаться недружественными. "
        f"«{_QUOTE}», — добавили в ведомстве."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)
