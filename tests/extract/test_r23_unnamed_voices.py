"""Round 23, wave 3: quotes whose speaker the text does not name are left unattributed.
Unnamed sources of an agency ("Reuters sources said", "— сказали источники агентства") are
not the agency speaking; a quote after a paragraph of the writer's own narration (one that
neither names the last speaker nor has them speak) is not the last speaker's going on. The
sentences are invented (invented places, bodies and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article

_RU = "Северный порт, вероятно, останется главным узлом для этого груза"
_EN = "The northern port will likely remain the main hub for this cargo"


def _speakers(article: Article) -> list[str | None]:
    return [q.speaker for q in article.quotes]


def test_russian_sources_of_an_agency_are_not_the_agency() -> None:
    article = under_headline(
        f"«{_RU}, — сказали источники Reuters. — Несмотря на новые пошлины, компания"
        " продолжает полагаться на этот маршрут»."
    )
    assert article.quotes and _speakers(article) == [None] * len(article.quotes)


def test_sources_of_a_named_agency_in_the_genitive_are_nobody() -> None:
    article = under_headline(f"«{_RU}», — сообщили источники агентства Reuters.")
    assert _speakers(article) == [None]


def test_english_agency_sources_are_nobody() -> None:
    assert _speakers(under_headline(f'"{_EN}," Reuters sources said.')) == [None]
    assert _speakers(under_headline(f'"{_EN}," Valmora Port Authority insiders said.')) == [None]


def test_the_agency_itself_still_speaks() -> None:
    assert _speakers(under_headline(f'"{_EN}," Reuters said.')) == ["Reuters"]
    assert _speakers(under_headline(f"«{_RU}», — сказал Reuters источник.")) == [None]


def test_a_quote_after_the_writers_own_narration_is_unattributed() -> None:
    article = under_headline(
        "«На окраине посёлка сапёры нашли ещё несколько снарядов и вывезли их на полигон»,"
        " — рассказал командир группы Олег Тарасов.\n\n"
        "Особое внимание уделяется расчистке дорог и тропинок. Работа осложняется погодой.\n\n"
        "«В этих районах противник продолжает ставить мины с помощью дронов. Это очень опасно"
        " для жителей»."
    )
    assert [q.speaker for q in article.quotes if q.text.startswith("В этих")] in ([], [None])
    assert _speakers(article)[0] == "Олег Тарасов"


def test_a_quote_after_the_speakers_reported_words_goes_on() -> None:
    """The paragraph in between has the same person speak: the quote after it is theirs."""
    article = under_headline(
        "“The old shells stay dangerous for decades,” said agency director Colm Feeney.\n\n"
        "Several kinds of devices still lie in the hills, and there is no count of them,"
        " Feeney said.\n\n"
        "“Without maps of the fields, every metre of clearance takes far more time.”"
    )
    assert _speakers(article) == ["Colm Feeney", "Colm Feeney"]


def test_a_quote_after_narration_naming_the_speaker_goes_on() -> None:
    article = under_headline(
        "“The old shells stay dangerous for decades,” said agency director Colm Feeney.\n\n"
        "Feeney has led the clearance teams in the hills since the spring.\n\n"
        "“Without maps of the fields, every metre of clearance takes far more time.”"
    )
    assert _speakers(article) == ["Colm Feeney", "Colm Feeney"]


_POWER = "The two countries have worked together on power for decades"


def test_an_embassy_is_named_with_where_it_is_posted() -> None:
    article = under_headline(f'"{_POWER}," the Tarvian Embassy in Morvale said on Monday.')
    assert _speakers(article) == ["Tarvian Embassy in Morvale"]


def test_the_embassy_points_back_to_the_posted_body() -> None:
    article = under_headline(
        "The Tarvian Embassy in Morvale hosted a ceremony at the dam.\n\n"
        f'"{_POWER}," the embassy said.'
    )
    assert _speakers(article) == ["Tarvian Embassy in Morvale"]


def test_an_embassy_in_a_photo_credit_is_no_person() -> None:
    """A credit 'via X Embassy in Y' under a photo named a person "X Embassy", whom a later
    "the Embassy press release stated" then quoted; two embassies named leave it to neither."""
    article = under_headline(
        "In a statement, the Tarvian Embassy in Morvale said a ceremony was held at"
        " the site, attended by Energy Minister Olek Varga.\n\n"
        "Photo of the dam (Valmora Images via Tarvian Embassy in Tarvia)\n\n"
        f'In December, two units were commissioned. "{_POWER}," the Embassy press release'
        " stated."
    )
    assert "Tarvian Embassy" not in [p.name for p in article.people]
    assert _speakers(article) == [None]


def test_a_given_name_shaped_like_an_office_word_stays_in_the_speakers_name() -> None:
    """'commander Abdirahman X Y': a first name ending like "chairman" is no title."""
    article = under_headline(
        "“We need to clear the roads before the rains come,” Tarvian commander Abdirahman"
        " Mohamed Dualeh said."
    )
    assert _speakers(article) == ["Abdirahman Mohamed Dualeh"]
