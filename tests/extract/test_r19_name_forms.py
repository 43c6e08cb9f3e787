"""Round 19: the right speaker under the right name. A nickname in quotation marks inside a
name, a later mention by a two-word surname, a sentence-opening office before a Russian
name, and a listener in the dative after a Russian speech verb. The sentences are invented
(invented people, bodies and places)."""

from __future__ import annotations

import pytest
from extracted import speaker_of, under_headline

_QUAY = "We have waited long enough for a proper quay in the north"


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        pytest.param(
            "Harbour Minister Tomas “Steady” Verlind said on Monday that the quay would open.",
            f"“{_QUAY},” said Mr Verlind at a dinner in Holmbay.",
            id="curly-nickname",
        ),
        pytest.param(
            "Harbour Minister Tomas 'Steady' Verlind said on Monday that the quay would open.",
            f"“{_QUAY},” Verlind told reporters in Holmbay.",
            id="straight-nickname",
        ),
    ],
)
def test_a_quoted_nickname_is_no_part_of_the_name(lead: str, later: str) -> None:
    """'Tomas “Steady” Verlind' is Tomas Verlind: the surname alone later is the same man."""
    article = under_headline(f"{lead}\n\n{later}")
    assert speaker_of(article, _QUAY) == "Tomas Verlind"
    assert [p.name for p in article.people] == ["Tomas Verlind"]


def test_the_last_two_words_of_one_full_name_are_that_person() -> None:
    """'Castel Branco' after 'Walden Castel Branco': a two-word surname, not a second man."""
    article = under_headline(
        "The Norvalian envoy in Kestrel City, Walden Castel Branco said the talks would open "
        "in June.\n\n“There has been real progress along the northern border,” said "
        "Norvalian diplomat Castel Branco."
    )
    assert speaker_of(article, "There has been real progress") == "Walden Castel Branco"
    assert [p.name for p in article.people] == ["Walden Castel Branco"]


def test_two_words_ending_two_full_names_stay_apart() -> None:
    """With two people ending so, 'Castel Branco' alone could be either: no merging."""
    article = under_headline(
        "Port director Maria Castel Branco said on Monday the ferry office would open. Her "
        "brother, harbour minister Paulo Castel Branco, agreed.\n\n“The ferry will sail twice "
        "a week from May,” said Castel Branco."
    )
    names = {p.name for p in article.people}
    assert {"Maria Castel Branco", "Paulo Castel Branco"} <= names
    assert speaker_of(article, "The ferry will sail") not in names - {"Castel Branco"}


def test_a_sentence_opening_office_is_no_part_of_a_russian_name() -> None:
    """'Глава Норвалии Рамзан X заявил': the office and whose it is, then the name."""
    article = under_headline(
        "Глава Норвалии Рамзан Велиханов заявил о начале строительства нового порта.\n\n"
        "«Порт откроется весной следующего года», — сказал Велиханов."
    )
    assert speaker_of(article, "Порт откроется весной") == "Рамзан Велиханов"
    assert [p.name for p in article.people] == ["Рамзан Велиханов"]


def test_a_listener_in_the_dative_is_not_the_speaker() -> None:
    """'— заявил президенту X Y генеральный директор Z': Z spoke, to the president."""
    article = under_headline(
        "«Мы можем подтвердить вам, что новый порт откроется весной», — заявил президенту "
        "Норвалии Тимуру Велимову генеральный директор компании Норпорт Аркадий Семёнов."
    )
    assert speaker_of(article, "Мы можем подтвердить вам") == "Аркадий Семёнов"


def test_a_listener_in_the_dative_with_no_named_speaker_gives_none() -> None:
    """With only an unnamed office after the listener, nobody named spoke: abstain."""
    article = under_headline(
        "«Мы можем подтвердить, что новый порт откроется весной», — заявил президенту "
        "Норвалии Тимуру Велимову генеральный директор компании Норпорт."
    )
    assert speaker_of(article, "Мы можем подтвердить") is None
