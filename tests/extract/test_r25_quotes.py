"""Round 25: a firm said again by its country's adjective ("“…,” the Tarvian company said") is
no firm's name but the one firm described before with that adjective; a Russian relay ("—
приводит слова X") before an outlet in straight marks; a continent is a place, never the
person a role ran into. The sentences are invented (invented firms, places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "The spring storms at the yard cost us six weeks and we cannot win that time back"


def _speaker(article: Article, start: str = _QUOTE) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def test_the_adjective_and_company_is_the_firm_described_before_its_name() -> None:
    """'Tarvian shipbuilding firm Brindle …' then '“…,” the Tarvian company said'."""
    article = under_headline(
        "Tarvian shipbuilding firm Brindle on Monday delayed the launch of its third ferry, "
        "blaming the weather on the Morvale coast.\n\n"
        f"“{_QUOTE},” the Tarvian company said in a statement."
    )
    assert _speaker(article) == ("Brindle", SpeakerKind.ORGANISATION)


def test_the_adjective_and_company_is_the_firm_of_an_apposition() -> None:
    """'Brindle, the Tarvian shipbuilding group, …' then '“…,” the Tarvian company said'."""
    article = under_headline(
        "Brindle, the Tarvian shipbuilding group, delayed the launch of its third ferry, while "
        "its Lorian rival Caskett kept to its timetable.\n\n"
        f"“{_QUOTE},” the Tarvian company said."
    )
    assert _speaker(article) == ("Brindle", SpeakerKind.ORGANISATION)


def test_the_adjective_and_company_with_no_firm_described_is_nobody() -> None:
    """No firm described as Tarvian: "Tarvian company" is no body's name, so nobody."""
    article = under_headline(
        "The launch of the third ferry at the Morvale yard was delayed on Monday.\n\n"
        f"“{_QUOTE},” the Tarvian company said in a statement."
    )
    assert _speaker(article) == (None, None)


def test_the_adjective_fitting_two_firms_is_nobody() -> None:
    """Two firms described as Tarvian: which one spoke, the text hides."""
    article = under_headline(
        "Tarvian shipbuilding firm Brindle and Tarvian steel group Caskett on Monday delayed "
        "the launch of the third ferry.\n\n"
        f"“{_QUOTE},” the Tarvian company said."
    )
    assert _speaker(article) == (None, None)


def test_a_named_company_stays_a_body_of_its_own() -> None:
    """'the Tarvian Shipbuilding Company': capitalised words that name one firm."""
    article = under_headline(
        "The launch of the third ferry at the Morvale yard was delayed on Monday.\n\n"
        f"“{_QUOTE},” the Tarvian Shipbuilding Company said."
    )
    assert _speaker(article) == ("Tarvian Shipbuilding Company", SpeakerKind.ORGANISATION)


_RU_QUOTE = "Мы откроем новый причал в порту уже следующей весной"


def test_relayed_words_before_an_outlet_in_straight_marks() -> None:
    """'"…", - приводит слова Дорохова "Вестник".': Dorokhov said it, the outlet relays it."""
    article = under_headline(
        "Губернатор Тарвийской области Павел Дорохов рассказал о планах по развитию порта.\n\n"
        f'"{_RU_QUOTE}", - приводит слова Дорохова "Вестник".'
    )
    assert _speaker(article, _RU_QUOTE) == ("Павел Дорохов", SpeakerKind.PERSON)


def test_a_continent_after_a_role_is_no_person_a_pronoun_means() -> None:
    """'Глава государства предложил … страны Африки' names no person 'Африки': the "он"
    of the next quote is the president named before."""
    article = under_headline(
        "Президент Тарвии Павел Дорохов заявил, что страна готова к сотрудничеству.\n\n"
        "Глава государства также предложил принять государства Африки в постоянный состав "
        "совета.\n\n"
        f'"{_RU_QUOTE}", - сказал он.'
    )
    assert _speaker(article, _RU_QUOTE) == ("Павел Дорохов", SpeakerKind.PERSON)
    assert all(p.name != "Африки" for p in article.people)


def test_a_surname_with_particles_names_the_person() -> None:
    """'“…,” President von der Leyen said': the name's lowercase particles before its last
    word, with or without the title, name the one person of that surname (one the gazetteer
    knows, whose surname no mention finds alone)."""
    for attribution in ("President von der Leyen said", "said von der Leyen on Friday"):
        article = under_headline(
            "Commission President Ursula von der Leyen will open the harbour talks in "
            "Morvale.\n\n"
            f"“{_QUOTE},” {attribution}."
        )
        assert _speaker(article) == ("Ursula von der Leyen", SpeakerKind.PERSON), attribution


def test_a_surname_in_another_script_names_the_known_person() -> None:
    """'— сказал Кошта' after 'Антониу Кошта', whom the gazetteer names António Costa: the
    surname is a word of his Russian name, so the quote is his, under his own name."""
    article = under_headline(
        "В Морвейле выступил президент Европейского совета Антониу Кошта.\n\n"
        f"«{_RU_QUOTE}», - сказал Кошта."
    )
    assert _speaker(article, _RU_QUOTE) == ("António Costa", SpeakerKind.PERSON)


def test_a_firm_office_ending_in_revenue_names_no_second_speaker() -> None:
    """'said X, Brindle's Chief Revenue and Operations Officer': "Revenue" after "Chief" is a
    word of the office, not a second person who would make the attribution ambiguous."""
    article = under_headline(
        "The Morvale Rovers signed a shirt deal with Brindle on Tuesday.\n\n"
        f'"{_QUOTE}", said Tomas Velden, the club\'s Chief Revenue and Operations Officer.'
    )
    assert _speaker(article) == ("Tomas Velden", SpeakerKind.PERSON)


def test_a_four_word_quote_inside_a_reported_clause_is_the_subjects() -> None:
    """'X заявил, что …, а город «ждал этого много лет»': a short quote embedded in the
    clause its speaker's verb reports is kept with that speaker, as after a verb."""
    article = under_headline(
        "Губернатор Тарвийской области Павел Дорохов заявил, что новый причал откроется "
        "весной, а город «ждал этого много лет»."
    )
    [quote] = [q for q in article.quotes if q.text == "ждал этого много лет"]
    assert quote.speaker == "Павел Дорохов"


def test_the_publication_writes_is_the_outlet_named_after_that_kind() -> None:
    """'… citing the Lorian publication Harbour Post' then '“…,” the publication writes'."""
    article = under_headline(
        "The ferry launch slipped again, Norpress reported, citing the Lorian publication "
        "Harbour Post.\n\n"
        f"“{_QUOTE},” the publication writes."
    )
    assert _speaker(article) == ("Harbour Post", SpeakerKind.ORGANISATION)


def test_the_firm_is_the_one_named_after_that_kind_among_other_bodies() -> None:
    """'shipping firm Brindle' and the Morvale Port Authority: "the firm" is Brindle."""
    article = under_headline(
        "Shipping firm Brindle and the Morvale Port Authority delayed the ferry launch on "
        "Monday.\n\n"
        f"“{_QUOTE},” the firm said."
    )
    assert _speaker(article) == ("Brindle", SpeakerKind.ORGANISATION)


def test_two_outlets_of_that_kind_name_neither() -> None:
    """Two names after "newspaper": which one writes, the text hides."""
    article = under_headline(
        "The ferry launch slipped again, according to the newspaper Harbour Post and the "
        "newspaper Morvale Courier.\n\n"
        f"“{_QUOTE},” the newspaper writes."
    )
    assert _speaker(article) == (None, None)


def test_a_person_after_the_kind_is_no_outlet() -> None:
    """'the newspaper John Harlan edits': a given name after the kind is a person, not it."""
    article = under_headline(
        "The ferry launch slipped again, according to the newspaper John Harlan edits.\n\n"
        f"“{_QUOTE},” the newspaper writes."
    )
    assert _speaker(article)[1] != SpeakerKind.ORGANISATION


_HALF = "Two ferries a week is not enough and the islands will feel it"


def test_a_phrase_ending_the_quotes_sentence_before_said_and_a_name() -> None:
    """'“…” in the north, said X, an analyst at Y': the quote's sentence goes on a few words,
    then the verb and its speaker."""
    article = under_headline(
        "The ferry timetable for the winter was cut again.\n\n"
        f"“{_HALF}” in the north, said Tomas Velden, an analyst at the Morvale Institute."
    )
    assert _speaker(article, _HALF) == ("Tomas Velden", SpeakerKind.PERSON)


def test_a_phrase_before_said_and_a_body_credits_nobody() -> None:
    """'“…” in the north, said the Morvale Institute': only a person is read there."""
    article = under_headline(
        "The ferry timetable for the winter was cut again.\n\n"
        f"“{_HALF}” in the north, said the Morvale Institute."
    )
    assert _speaker(article, _HALF) == (None, None)


def test_the_head_of_a_body_named_alone_is_the_one_whose_role_heads_it() -> None:
    """'— отметил глава Brindle' after 'генеральный директор компании Brindle X': X."""
    article = under_headline(
        "Об этом сообщил генеральный директор тарвийской судоходной компании Brindle Павел "
        "Дорохов.\n\n"
        f"«{_RU_QUOTE}», — отметил глава Brindle."
    )
    assert _speaker(article, _RU_QUOTE) == ("Павел Дорохов", SpeakerKind.PERSON)


def test_a_deputy_of_the_body_is_not_its_head() -> None:
    """'заместитель генерального директора компании Brindle X': no head of Brindle named."""
    article = under_headline(
        "Об этом сообщил заместитель генерального директора тарвийской судоходной компании "
        "Brindle Павел Дорохов.\n\n"
        f"«{_RU_QUOTE}», — отметил глава Brindle."
    )
    assert _speaker(article, _RU_QUOTE) != ("Павел Дорохов", SpeakerKind.PERSON)


def test_the_body_chief_is_its_chief_executive() -> None:
    """'X, chief executive of Brindle, said …' then '“…,” the Brindle chief said': X."""
    article = under_headline(
        "Tomas Velden, chief executive of Brindle, said the third ferry would be late.\n\n"
        "The Morvale Port Authority said the berth was ready.\n\n"
        f"“{_QUOTE},” the Brindle chief said."
    )
    assert _speaker(article) == ("Tomas Velden", SpeakerKind.PERSON)


_PRAISE = "a turning point for the whole coast and its people"


def test_described_by_a_body_as_a_quote_is_that_bodys_words() -> None:
    """'the summit, described by the AU as “…”': the African Union's words."""
    article = under_headline(
        f"Leaders met in Morvale for the harbour summit, described by the AU as “{_PRAISE}”."
    )
    assert _speaker(article, _PRAISE) == ("African Union", SpeakerKind.ORGANISATION)


def test_described_by_a_named_council_as_a_quote() -> None:
    """'described by the Morvale Harbour Council as “…”': the council's words."""
    article = under_headline(
        "Leaders met in Morvale for the harbour summit, described by the Morvale Harbour "
        f"Council as “{_PRAISE}”."
    )
    assert _speaker(article, _PRAISE) == ("Morvale Harbour Council", SpeakerKind.ORGANISATION)
