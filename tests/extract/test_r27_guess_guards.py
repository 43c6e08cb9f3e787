"""Round 27, second wave: three guesses that now leave a quote without a speaker, or give it
the one who spoke. A hyphened descriptor ("the Lakeland-based group") names no body; "it
added" after a quote whose sentence ends with "the statement said" has that quote's speaker,
none when that has none; "по его словам" does not mean a person named inside what "он"
reported ("Он также подчеркнул, что министр X …"); "she" goes on with the source named after
"according to". Invented sentences."""

from __future__ import annotations

from extracted import speaker_of, under_headline

_QUOTE = "Our farmers have waited long enough for these roads to be built"
_RU_QUOTE = "в целом поддержали новый план строительства дорог"


def test_a_descriptor_before_a_kind_of_body_names_no_body() -> None:
    article = under_headline(
        "The Tarvian Federation of Road Builders welcomed the plan on Monday.\n\n"
        f"“{_QUOTE},” the Lakeland-based group said in its yearly report."
    )
    assert speaker_of(article, _QUOTE) is None


def test_a_capitalised_word_before_a_kind_of_body_still_names_it() -> None:
    article = under_headline(f"“{_QUOTE},” the Lakeland Road Agency said on Monday.")
    assert speaker_of(article, _QUOTE) == "Lakeland Road Agency"


def test_it_added_after_a_statement_that_names_no_one_has_no_speaker() -> None:
    article = under_headline(
        "The Ruritanian Foreign Ministry said on Monday that its minister had hosted both "
        "envoys, and that all three put their names to one text when the talks ended.\n\n"
        "The two envoys discussed their border “within a shared plan” and agreed to meet "
        "again in Porvale on May 2, the statement said.\n\n"
        f"“{_QUOTE},” it added."
    )
    assert speaker_of(article, _QUOTE) is None


def test_his_words_do_not_mean_someone_he_reported_on() -> None:
    article = under_headline(
        "Советник министра Ивана Корнева по дорогам Павел Зорин выступил в Порвале.\n\n"
        "«Мы передали областям проект плана», — сказал чиновник журналистам. Он также "
        "подчеркнул, что министр Иван Корнев сделал дороги одним из главных дел.\n\n"
        f"По его словам, области «{_RU_QUOTE}»."
    )
    assert speaker_of(article, _RU_QUOTE) != "Иван Корнев"


def test_she_goes_on_with_the_source_named_after_according_to() -> None:
    article = under_headline(
        "“Roads come first,” according to Mara Velden, the transport minister. She expects "
        "the coast road to open soon.\n\n"
        f"“{_QUOTE},” she adds."
    )
    assert speaker_of(article, _QUOTE) == "Mara Velden"
