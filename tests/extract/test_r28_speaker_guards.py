"""Round 28 (speaker guards): quotes that went to the wrong speaker because a clause of its
own stood between the quote and the name taken for it. The sentences are
invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline


def _speaker(text: str, start: str) -> str | None:
    article = under_headline(text)
    found = [q for q in article.quotes if q.text.startswith(start)]
    return found[0].speaker if found else None


def test_a_participle_after_a_while_clause_is_not_the_first_subjects() -> None:
    """'X announced …, while Y denied it, saying “…”': the words are Y's, never X's."""
    text = (
        "Talks between the two sides resumed in Morvale last month.\n\n"
        "Tarvia’s government announced a truce had been agreed while the Kessin Front "
        "denied it had accepted any such deal, saying the truce “was only an idea to be "
        "weighed”."
    )
    assert _speaker(text, "was only an idea") == "Kessin Front"
    unnamed = text.replace("the Kessin Front", "the rebels")
    assert _speaker(unnamed, "was only an idea") is None


def test_a_participle_after_a_verb_phrase_stays_with_the_subject() -> None:
    """'X said … and praised the plan, saying “…”': no clause of its own, X's words."""
    text = (
        "Premier Anton Tiberius said the deal was good and praised the plan, saying it "
        "“opens a new chapter for the whole region”."
    )
    assert _speaker(text, "opens a new chapter") == "Anton Tiberius"


def test_a_new_sentence_with_a_speech_participle_has_its_own_speaker() -> None:
    """'X заявило, что «A». Y подтвердил встречу, подчеркнув, что «B»': B is not X's."""
    text = (
        "Министерство обороны Тарвии заявило, что переговоры «помогут сохранить мир в "
        "регионе». В то же время канцелярия кессинского премьера подтвердила встречу, "
        "подчеркнув, что «вопрос границы не обсуждается вообще»."
    )
    assert _speaker(text, "вопрос границы") != "Министерство обороны Тарвии"


def test_welcomed_as_gives_the_words_of_the_verbs_subject() -> None:
    """'X welcomed the signing as “…”': X's words for the signing."""
    text = (
        "Envoy Clara Wendt welcomed the signing as “a real step toward calm in the whole "
        "border region” on Friday."
    )
    assert _speaker(text, "a real step toward calm") == "Clara Wendt"


def test_a_participle_as_after_two_names_goes_to_the_one_no_preposition_governs() -> None:
    """'At a briefing with Y, President X voiced hope …, envisioning the strait as a “…”':
    Y is the preposition's object; X speaks."""
    text = (
        "At a joint briefing with Anton Tiberius, President Marek Olsen voiced hope that no "
        "dispute was beyond repair, envisioning the strait as a “channel of calm and trade.”"
    )
    assert _speaker(text, "channel of calm") == "Marek Olsen"


def test_a_name_in_an_oblique_case_is_no_subject_among_several() -> None:
    """'… визита Петра Сидорова … встречи с премьером Марком Ольсеном … сказал, что …
    для «…»': with a name in the genitive before the verb, no subject is sure."""
    text = (
        "В ходе визита Петра Сидорова в Тарвию состоялись встречи с премьером Марком "
        "Ольсеном На пресс-конференции Ольсен сказал, что было принято решение для "
        "«углубления связи между двумя странами»."
    )
    assert _speaker(text, "углубления связи") != "Петр Сидоров"


def test_words_hoped_for_or_demanded_are_the_askers() -> None:
    """'X выразил надежду, что … «…»', 'X потребовал «…»', 'X, призвав страны «…»': the words
    asked or hoped for are X's."""
    hoped = (
        "МИД Тарвии одобрил итоги встречи в Морвале и выразил надежду, что новое соглашение "
        "«поможет снять напряженность на границе двух стран»."
    )
    assert _speaker(hoped, "поможет снять") == "МИД Тарвии"
    demanded = (
        "Совет безопасности Тарвии ввел санкции против Кессина и потребовал «немедленного "
        "освобождения всех задержанных». Ответа пока нет."
    )
    assert _speaker(demanded, "немедленного освобождения") == "Совет безопасности Тарвии"
    urged = (
        "На открытии выступил премьер Марк Ольсен, призвав страны «объединиться перед лицом "
        "общей угрозы»."
    )
    assert _speaker(urged, "объединиться перед") == "Марк Ольсен"
