"""Round 12: Russian direct speech whose marks and dash the scrape lost, the speech verb left
opening a line of its own ('…,' then 'заявил X.'). The sentences are invented (invented
people and places)."""

from __future__ import annotations

from extracted import under_headline


def test_speech_without_marks_attributed_by_the_next_line() -> None:
    """'<speech>,' then 'заявил X.' on its own line: the whole paragraph is X's words."""
    article = under_headline(
        "Переговоры о перемирии прошли в Велмаре при посредничестве соседних стран.\n\n"
        "Сегодня мы договорились о прекращении огня на всей линии от реки до побережья. Это "
        "долгожданный шаг для жителей региона и для всех соседей,\n"
        "заявил посредник Арвид Костен."
    )
    [quote] = [q for q in article.quotes if "прекращении огня" in q.text]
    assert quote.text.startswith("Сегодня мы договорились")
    assert quote.text.endswith("для всех соседей")
    assert quote.speaker == "Арвид Костен"


def test_a_pronoun_on_the_verb_line_points_before_the_speech() -> None:
    """'…,' then 'сообщил он.': 'он' is the man named before the speech, not a man the
    speech itself names."""
    article = under_headline(
        "Об этом рассказал посол Тарвии Олег Дрозов.\n\n"
        "Весной к нам придет делегация, которую возглавит министр Петр Салтан. Мы ждем "
        "подписания нового соглашения о портах и о рыболовстве в северных водах,\n"
        "сообщил он."
    )
    [quote] = [q for q in article.quotes if "делегация" in q.text]
    assert quote.speaker == "Олег Дрозов"


def test_a_line_break_without_a_speech_verb_makes_no_quote() -> None:
    """A long paragraph ending in a comma before a line that does not open with a speech
    verb (a scrape's broken sentence) is not speech."""
    article = under_headline(
        "Строительство нового моста через реку Велму продолжается уже третий год подряд, и "
        "городские власти обещают открыть его для машин до конца осени,\n"
        "несмотря на морозы и задержки поставок.\n\n"
        "Работы завершат к осени, сообщили в городской администрации."
    )
    assert not [q for q in article.quotes if "моста" in q.text]


def test_a_quotation_over_paragraphs_goes_on_with_reported_speech_led_by_a_determiner() -> None:
    """'He said more work remains.' then '"A. (break) "B."' (each part opens with a mark,
    only the last closes): both parts are his; 'more' opens the reported clause as 'the'
    would."""
    article = under_headline(
        "Field manager Arlo Venn told Coast Radio that two teams are mapping old minefields "
        "along the northern shore.\n\n"
        "Still, he said more work remains for both teams.\n\n"
        '"The whole northern shore is long and very hard to reach by road.\n\n'
        '"What we find there, we pass on to the police, who then clear the sites."\n\n'
        "The teams will return in the spring."
    )
    whole = [q for q in article.quotes if q.text.startswith("The whole northern shore")]
    passed = [q for q in article.quotes if q.text.startswith("What we find there")]
    assert [q.speaker for q in whole + passed] == ["Arlo Venn", "Arlo Venn"]


def test_a_quotation_left_open_goes_on_with_reported_speech_naming_a_country() -> None:
    """'X said Tarvia backed …' (a capitalised word, then its verb, opens the reported clause)
    then two paragraphs each opened with “ and never closed: X's words."""
    article = under_headline(
        "Prime Minister Aleki Vanua spoke at the climate talks in Velmar on Tuesday.\n\n"
        "Vanua said Tarvia backed every small island nation that wants faster action.\n\n"
        "“The rising sea keeps eating into the land and the reefs on which our people live.\n\n"
        "“Year after year the storms grow stronger and our means to recover grow weaker.\n\n"
        "The talks close on Friday."
    )
    rising = [q for q in article.quotes if q.text.startswith("The rising sea")]
    storms = [q for q in article.quotes if q.text.startswith("Year after year")]
    assert [q.speaker for q in rising + storms] == ["Aleki Vanua", "Aleki Vanua"]


def test_reported_speech_that_says_nothing_lends_no_speaker() -> None:
    """'X said nothing about the talks.' reports no words: a quote paragraph after it, with
    nobody named, stays without a speaker rather than being X's."""
    article = under_headline(
        "Minister Dara Lind arrived in Velmar on Tuesday.\n\n"
        "Lind said nothing about the talks when she landed at the airport.\n\n"
        "“We will not sign anything that gives away the northern shore or its harbours.”\n\n"
        "The talks close on Friday."
    )
    assert not [q for q in article.quotes if q.speaker == "Dara Lind"]


def test_a_quote_paragraph_after_an_unnamed_voice_is_kept_without_a_speaker() -> None:
    """'“A,” he said in a note put out by the ministry.' (nobody named for "he") then a
    paragraph that is one quote with no attribution: the same voice's words, kept with the
    speaker left empty rather than dropped."""
    article = under_headline(
        "The delegation from Tarvia arrived in Velmar on Wednesday for two days of talks.\n\n"
        "“We see Velmar as a close and trusted partner,” he said in a note put out by the "
        "ministry.\n\n"
        "“We want to widen our trade in grain and timber and to open a second ferry line.”\n\n"
        "The talks close on Friday."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We want to widen")]
    assert quote.speaker is None


def test_an_unnamed_voice_does_not_go_on_past_someone_speaking() -> None:
    """'“A,” he said. The council said it would reply.' then a quote paragraph: another voice
    spoke after A, so the quote is not kept as A's voice going on."""
    article = under_headline(
        "The delegation from Tarvia arrived in Velmar on Wednesday for two days of talks.\n\n"
        "“We see Velmar as a close and trusted partner,” he said. The harbour council said "
        "it would reply next week.\n\n"
        "“We want to widen our trade in grain and timber and to open a second ferry line.”\n\n"
        "The talks close on Friday."
    )
    assert not [q for q in article.quotes if q.text.startswith("We want to widen")]


def test_a_name_inside_quoted_words_does_not_end_the_speakers_turn() -> None:
    """'“A,” X said. (break) “… that Prime Minister Y must take. (break) “C.”': Y is named
    inside X's words, so the quotation over paragraphs stays X's."""
    article = under_headline(
        "Prime Minister Havel Struna arrived in Velmar on Monday for talks on the harbour "
        "accord.\n\n"
        "“The principles are agreed and signed, it is now a matter of steps,” Struna said.\n\n"
        "“I respect the steps that Prime Minister Orla Fenn must take at home.\n\n"
        "“Both sides will follow their own steps, and we are sure the accord can be sealed.”\n\n"
        "The two leaders fly to Tarvik on Tuesday."
    )
    respect = [q for q in article.quotes if q.text.startswith("I respect the steps")]
    both = [q for q in article.quotes if q.text.startswith("Both sides will")]
    assert [q.speaker for q in respect + both] == ["Havel Struna", "Havel Struna"]


def test_a_subject_split_from_its_verb_by_the_scrape_is_not_speech() -> None:
    """'Officials from … and outside experts,' then 'said the deal was close.': the line
    names nobody who spoke, so the paragraph above it is no one's quote."""
    article = under_headline(
        "Officials from the harbour council and the ministry of transport, along with several "
        "advisers and a group of outside experts from the coast,\n"
        "said the ferry deal was close to being signed.\n\n"
        "The talks close on Friday."
    )
    assert not [q for q in article.quotes if q.text.startswith("Officials from")]


def test_a_verb_line_opening_reported_speech_makes_no_quote() -> None:
    """'<paragraph>,' then 'заявил, что …': the line reports speech of its own; the
    paragraph above is not taken for that speaker's words."""
    article = under_headline(
        "Министр транспорта Тарвии Олег Дрозов прибыл в Велмар во вторник для переговоров о "
        "новой паромной линии и о ремонте старого причала на северном берегу,\n"
        "заявил, что соглашение готово к подписанию.\n\n"
        "Переговоры завершатся в пятницу."
    )
    assert not [q for q in article.quotes if q.text.startswith("Министр транспорта")]
