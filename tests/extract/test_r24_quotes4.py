"""Round 24 (wave 4): a company is no person. A hyphened descriptor ("Ruritania-based")
opens no person's name, so "Ruritania-based Velmor" is no person and cannot be quoted as
one; a company named for its trade ("Acme Minerals", "Northfield Cement") is a body that
speaks, not a person with a surname "Minerals". The sentences are invented (invented
bodies, places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "The delay at the yard could not be made up this quarter"


def _speaker(article: Article) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(_QUOTE)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def _people(article: Article) -> list[str]:
    return [p.name for p in article.people]


def test_a_hyphened_descriptor_opens_no_persons_name() -> None:
    """'Ruritania-based Velmor said …', then 'Velmor said': neither is a person."""
    article = under_headline(
        "Ruritania-based Velmor said on Monday that work on the floating unit continued.\n\n"
        f"“{_QUOTE},” Velmor said."
    )
    assert not any("based" in name for name in _people(article))
    assert _speaker(article)[1] != SpeakerKind.PERSON


def test_a_descriptor_before_a_persons_name_is_left_out() -> None:
    """'Lakeland-born Tomas Ferrow said': the person is Tomas Ferrow, not 'Lakeland-born'."""
    article = under_headline(
        f"“{_QUOTE},” Lakeland-born engineer Tomas Ferrow told reporters on Monday."
    )
    assert _speaker(article) == ("Tomas Ferrow", SpeakerKind.PERSON)


def test_a_company_named_for_its_trade_speaks_as_a_body() -> None:
    """'“…,” Northgate Minerals said': a company, not a person surnamed Minerals."""
    article = under_headline(
        "The miner reported record output for the quarter.\n\n"
        f"“{_QUOTE} and no further provision is needed,” Northgate Minerals said."
    )
    assert "Northgate Minerals" not in _people(article)
    assert _speaker(article) == ("Northgate Minerals", SpeakerKind.ORGANISATION)


def test_he_after_a_company_named_for_its_trade_is_not_the_company() -> None:
    """A company's name ending on its trade is no person 'he' can point back to."""
    article = under_headline(
        "Separately, Al Marwen Cement announced new investments in a second line.\n\n"
        f"“{_QUOTE},” he added."
    )
    assert "Al Marwen Cement" not in _people(article)
    assert _speaker(article)[0] != "Al Marwen Cement"


def test_the_genitive_of_a_place_in_short_i_is_that_place() -> None:
    """'посланник Китая', then 'МИД Китая сообщил … «…»': 'Китая' is China's genitive, no
    person's surname, and the ministry that speaks is China's."""
    article = under_headline(
        "Глава одной из группировок добавил, что на встрече был специальный посланник Китая.\n\n"
        "МИД Китая сообщил, что встреча прошла в городе Ларвик и стороны согласились на "
        "«немедленный отвод тяжелой техники от линии разграничения»."
    )
    assert "Китая" not in _people(article)
    [quote] = [q for q in article.quotes if q.text.startswith("немедленный отвод")]
    assert (quote.speaker, quote.speaker_kind) == ("МИД Китая", SpeakerKind.ORGANISATION)
    assert "China" in article.places


def test_a_name_qualifying_a_noun_is_no_one_a_pronoun_means() -> None:
    """'since the Dallen regime fell, Tomas Ferrow … told …', then '“…,” he added': 'the
    Dallen regime' names a regime, so 'he' has one man to point back to."""
    article = under_headline(
        "The fall of Omar Dallen in March let many families return.\n\n"
        "Mines have killed at least 300 people since the Dallen regime fell in March, Tomas "
        "Ferrow, a spokesperson for the charity, told Morland News.\n\n"
        f"The real toll is likely higher. “{_QUOTE},” he added."
    )
    assert _speaker(article) == ("Tomas Ferrow", SpeakerKind.PERSON)
