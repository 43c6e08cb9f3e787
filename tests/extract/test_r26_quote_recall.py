"""Round 26 (quote recall): quotes that were not extracted at all: an opening curly mark
printed as the closing one, a quote that is a sentence of its own after its paragraph's
reported speech, a quote paragraph between two of one speaker's, and an interview whose
questions open with a dash like its answers. The sentences are invented (invented people,
places and bodies)."""

from __future__ import annotations

from extracted import under_headline


def _speaker(article: object, start: str) -> str | None:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]  # type: ignore[attr-defined]
    return quote.speaker


def test_an_opening_curly_mark_that_closes_a_quote_closes_it() -> None:
    """'“A,“ she said. “B.”': the misprinted mark ends A, so A and B are both hers."""
    article = under_headline(
        "Ruritania and Velmar sign a grain accord.\n\n"
        "Prime Minister Hanna Roswell called the accord a “new chapter,“ recalling the long "
        "trade between the two ports. “We share a long road and a common harbour,“ she said. "
        "“This accord is a map for our shared growth.”"
    )
    assert _speaker(article, "We share a long road") == "Hanna Roswell"
    assert _speaker(article, "This accord is a map") == "Hanna Roswell"


def test_a_misprinted_close_before_a_comma_outside_the_mark() -> None:
    article = under_headline(
        "Velmar opens a new ferry line.\n\n"
        "“The ferry will carry two thousand passengers every single day“, Transport Minister "
        "Odo Brenner said on Friday."
    )
    assert _speaker(article, "The ferry will carry") == "Odo Brenner"


def test_a_quote_after_reported_speech_in_its_paragraph_is_the_reporters() -> None:
    """'X explained that …. (narration). “A.”': A goes on with X's words."""
    article = under_headline(
        "Tarvia clears its last minefield.\n\n"
        "Deputy Minister Lena Marsh spoke at the closing ceremony in Orvik.\n\n"
        "Marsh explained that the clearance rests on two pillars. The first is training "
        "local teams to survey the fields. “Those teams are paid from the national budget "
        "and report to the regional councils.”"
    )
    assert _speaker(article, "Those teams are paid") == "Lena Marsh"


def test_a_quote_after_according_to_in_its_paragraph_is_that_persons() -> None:
    article = under_headline(
        "Orvik bomb squad returns to the dunes.\n\n"
        "Karl Vint, head of the Orvik bomb squad, leads the search this year.\n\n"
        "According to Vint, the work resumed where last autumn's search had ended. Teams are "
        'also checking sites marked on old maps. "Spring suits the work best, before the '
        'grass grows tall. Our aim is to make the dunes safe for walkers."'
    )
    assert _speaker(article, "Spring suits the work") == "Karl Vint"


def test_a_quote_after_someone_elses_name_in_its_paragraph_stays_unattributed() -> None:
    """'X said …. Y arrived …. “A.”': Y is named in between; A is nobody's for sure."""
    article = under_headline(
        "Tarvia clears its last minefield.\n\n"
        "Lena Marsh said the clearance would end in May. Her colleague Piet Oster visited the "
        "site on Monday. “The last field is the hardest one to reach by road.”"
    )
    quotes = [q for q in article.quotes if q.text.startswith("The last field")]
    assert all(q.speaker != "Lena Marsh" for q in quotes)


def test_a_quote_paragraph_between_two_of_one_speakers_is_theirs() -> None:
    """'X said that …. (narration) “A.” (¶) “B,” he said': A, between X's words, is X's."""
    article = under_headline(
        "Tarvian deminers seek new donors.\n\n"
        "Tarvian Mine Centre director Olek Bram said that most of the centre's work depends "
        "on foreign aid.\n\n"
        "The centre now hopes to clear another 90 square kilometres next year.\n\n"
        "“We need a new plan and new donors to keep our teams in the field next year.”\n\n"
        "“We will sign with two donors this week for about $9 million in funding,” he said."
    )
    assert _speaker(article, "We need a new plan") == "Olek Bram"


def test_a_quote_paragraph_before_someone_else_speaking_is_not_the_last_speakers() -> None:
    article = under_headline(
        "Tarvian deminers seek new donors.\n\n"
        "Tarvian Mine Centre director Olek Bram said that most of the centre's work depends "
        "on foreign aid.\n\n"
        "The centre now hopes to clear another 90 square kilometres next year.\n\n"
        "“We need a new plan and new donors to keep our teams in the field next year.”\n\n"
        "“We will not pay for that plan,” said Finance Minister Ida Kross."
    )
    quotes = [q for q in article.quotes if q.text.startswith("We need a new plan")]
    assert all(q.speaker != "Olek Bram" for q in quotes)


def test_dashed_interview_questions_are_not_answers() -> None:
    """Questions and answers both open with a dash: a long question ending in '?' answered
    by the next dashed line is the interviewer's; the answers are the interviewee's, the one
    the introduction has speaking, not another person it names first."""
    article = under_headline(
        "Агент защитника «Звезды» Павла Орлова Игорь Смолин рассказал о переговорах.\n\n"
        "Агент защитника «Звезды» Павла Орлова Игорь Смолин заявил изданию, что переговоры "
        "о новом контракте шли долго.\n\n"
        "— Долго ли шли переговоры, или все решилось быстро?\n\n"
        "— Быстро не вышло. Но главным было желание игрока. Агент только помогает, решение "
        "всегда остается за футболистом.\n\n"
        "— Есть ли в контракте отступные?\n\n"
        "— Для иностранных клубов есть определенная сумма отступных. Других условий мы не "
        "раскрываем."
    )
    answers = [q for q in article.quotes if q.text.startswith(("Быстро не вышло", "Для иност"))]
    assert len(answers) == 2
    assert all(q.speaker == "Игорь Смолин" for q in answers)
    assert not [q for q in article.quotes if q.text.startswith("Долго ли")]


def test_whom_the_words_were_told_to_does_not_stop_the_speaker_going_on() -> None:
    """'“A,” X told Y. “B.”': Y heard A; B goes on with X's words."""
    article = under_headline(
        "Velmar's president-elect visits Ruritania.\n\n"
        "“We never forget the friends who stood by us in hard years,” Anton Velk told "
        "President Mira Osten. “I came here to say that I want to deepen these ties when "
        "I take office.”"
    )
    assert _speaker(article, "I came here to say") == "Anton Velk"


def test_a_loose_verb_ending_the_quotes_sentence_attributes_it() -> None:
    """'“A,” X expressed.': "expressed" is no speech verb elsewhere, but ending the quote's
    sentence right after its subject it can only attribute the quote."""
    article = under_headline(
        "Rebel fighters hand in their rifles in Tarvia.\n\n"
        "Minister Oren Tallis, chair of the peace panel, spoke at the ceremony.\n\n"
        "“Frankly, the talks over the weapons were hard because the stakes are high for "
        "every family,” Tallis expressed."
    )
    assert _speaker(article, "Frankly, the talks") == "Oren Tallis"


def test_a_loose_verb_with_a_clause_after_it_attributes_nothing() -> None:
    """'“A,” the ministry expressed concern that …': not an attribution of A."""
    article = under_headline(
        "Tarvia reviews its grain deal.\n\n"
        "“Exports fell by a third in the last quarter of the year,” Oren Tallis expressed "
        "concern that the trend would go on."
    )
    quotes = [q for q in article.quotes if q.text.startswith("Exports fell")]
    assert all(q.speaker is None for q in quotes)


def test_a_quotation_over_paragraphs_may_quote_a_name_in_its_middle_paragraph() -> None:
    """'"A (¶) B "Name" C (¶) D", - сказал X.': the middle paragraph quotes a club's name;
    the quotation still runs on to the mark that closes it."""
    article = under_headline(
        'Представитель нападающего "Зари" Олега Ветрова Игорь Смолин ответил на вопросы.\n\n'
        '"Мне странно, что клуб дал другому форварду три года, а Ветрову - лишь '
        "двенадцать месяцев.\n\n"
        'Тем временем "Заря" берет опытного защитника сразу на пять сезонов.\n\n'
        "Весной мы беседовали с директором о новом соглашении. Нам дали лишь год, хотя "
        'знали, что такой срок нас не устроит", - сказал Смолин.'
    )
    texts = [q.text for q in article.quotes if q.speaker == "Игорь Смолин"]
    assert any(t.startswith("Мне странно") for t in texts)
    assert any(t.startswith("Тем временем") for t in texts)
    assert any("Нам дали лишь год" in t for t in texts)


def test_a_dialogue_dash_quote_ended_by_an_impersonal_attribution() -> None:
    """'— …, — отмечается в заявлении, опубликованном на сайте X.': X's statement."""
    article = under_headline(
        "Стороны договорились о перемирии.\n\n"
        "Делегации Велмарии и Тарвии договорились о прекращении огня на границе.\n\n"
        "— По итогам встречи делегации условились сразу остановить стрельбу и создать "
        "группу наблюдателей, — отмечается в заявлении, опубликованном на сайте МИД Руритании."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("По итогам встречи")]
    assert quote.speaker == "МИД Руритании"


def test_his_words_opening_a_sentence_with_a_clause_before_the_quote() -> None:
    """'По его словам, после того как …, «…»': the words of the one the pronoun points to."""
    article = under_headline(
        "Плотина на Тарве может остановиться.\n\n"
        "Крупнейшая в регионе плотина может скоро выйти из строя. Об этом заявил директор "
        "станции Павел Рудин. По его словам, когда уровень реки упадет ниже отметки в 200 м, "
        "«турбины придется остановить, а выработка упадет втрое»."
    )
    assert _speaker(article, "турбины придется") == "Павел Рудин"


def test_a_name_after_a_preposition_between_the_verb_and_the_quote_did_not_speak() -> None:
    """'X said he was grateful to Y “…”': Y is whom the words are about; X said them."""
    article = under_headline(
        "Ruritania and Velmar sign a defence pact.\n\n"
        "Prime Minister Anton Velk said he was thankful to President Mira Osten “for her "
        "care for Ruritania's security”."
    )
    assert _speaker(article, "for her care") == "Anton Velk"


def test_a_name_after_according_to_between_the_verb_and_the_quote_still_stops_it() -> None:
    article = under_headline(
        "Ruritania and Velmar sign a defence pact.\n\n"
        "Anton Velk said that, according to Foreign Minister Mira Osten, the pact was "
        "“a shield for both of our peoples”."
    )
    quotes = [q for q in article.quotes if q.text.startswith("a shield")]
    assert all(q.speaker != "Anton Velk" for q in quotes)


def test_a_statement_whose_publisher_is_named_before_the_document_word() -> None:
    """'говорится в опубликованном на сайте X заявлении. (¶) «…», – указано в документе':
    X put the document out."""
    article = under_headline(
        "Велмария и Тарвия продлили перемирие.\n\n"
        "Велмария и Тарвия договорились продлить перемирие, говорится в опубликованном на "
        "сайте МИД Руритании заявлении.\n\n"
        "«Делегации двух стран провели в столице Руритании три встречи и условились о новом "
        "графике переговоров», – указано в документе."
    )
    assert _speaker(article, "Делегации двух стран") == "МИД Руритании"


def test_according_to_him_opening_a_sentence_with_a_clause_before_the_quote() -> None:
    """'X explained that …. According to him, the posts will help “…”': his words."""
    article = under_headline(
        "Tarvia will build bunkers on its border.\n\n"
        "Defence adviser Jonas Rell explained that the posts are needed to guard the border. "
        "According to him, the bunkers will serve “to slow an attacker at the line and win "
        "time for allied troops to arrive.”"
    )
    assert _speaker(article, "to slow an attacker") == "Jonas Rell"
