"""Round 8: quotes of a fresh real set that went to the wrong speaker or to none, each
construction reproduced with invented sentences (invented people and bodies)."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.models import SpeakerKind


def test_an_inner_straight_quote_closes_the_outer_one_before_the_dash() -> None:
    """'"… подняли знамя маневров "Север-2024", — сказали в штабе': one straight mark closes both
    quotes, so the quote ends there and is not run on into the next paragraphs and credited
    to the person they name."""
    article = under_headline(
        "На полигоне под Читой открылись учения «Север-2024», сообщили журналистам в штабе "
        "округа.\n\n"
        '"Над плацем подняли знамя маневров "Север-2024", — '
        "сказали в штабе.\n\n"
        "Маневры открыл командующий округом Олег Варгин.\n\n"
        '"Совместные маневры учат офицеров разных армий говорить на одном языке", — отметил он.'
    )
    quotes = [q for q in article.quotes if q.text.startswith("Над плацем")]
    assert [q.text.rstrip('"').endswith("Север-2024") for q in quotes] == [True]
    assert quotes[0].speaker != "Олег Варгин"
    assert speaker_of(article, "Совместные маневры") == "Олег Варгин"


def test_the_statement_is_not_the_last_body_heard_when_another_issued_it() -> None:
    """'“…,” the statement noted' after '“…,” the federation had said in a
    statement': not the ministry quoted before that; nobody sure, so nobody."""
    article = under_headline(
        "The works on the northern quay are complete, the Harbour Ministry said on Friday.\n\n"
        "“The new quay is open to ships of every size,” the coastal federation had said "
        "in a statement last month, as the works began.\n\n"
        "“It will take the first cargo next week and more after that,” the statement noted."
    )
    assert speaker_of(article, "It will take the first") is None


def test_the_statement_names_its_issuer_when_one_put_it_out() -> None:
    """'X said in a statement that …. “…,” the statement added': X, as before."""
    article = under_headline(
        "The Harbour Ministry said in a statement on Friday that the quay works were complete.\n\n"
        "“The new quay will take the first cargo next week,” the statement added."
    )
    quote = next(q for q in article.quotes if q.text.startswith("The new quay"))
    assert quote.speaker == "Harbour Ministry"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_body_named_after_of_is_not_who_writes() -> None:
    """'The Review of the X Association writes, “…”': the review wrote it, not the
    association its name holds."""
    article = under_headline(
        "Does a quiet classroom help?\n\n"
        "The Review of the Northern Association of Rural Teachers writes, “Pupils who feel "
        "safe in class learn more and miss fewer days of school.”"
    )
    quote = next(q for q in article.quotes if q.text.startswith("Pupils who feel"))
    assert quote.speaker == "Review of the Northern Association of Rural Teachers"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_body_in_the_locative_with_a_plural_verb_speaks() -> None:
    """'«…», — сказали в ведомстве' after '…, сообщили журналистам в Минэнерго': the ministry
    named just before speaks; 'в ведомстве' is that body, not a place."""
    article = under_headline(
        "Новая подстанция под Тверью заработала в понедельник, сообщили журналистам в "
        "Минэнерго.\n\n"
        "«Подстанция обеспечит электричеством двенадцать сел района», — сказали в ведомстве."
    )
    quote = next(q for q in article.quotes if q.text.startswith("Подстанция обеспечит"))
    assert (quote.speaker, quote.speaker_kind) == ("Минэнерго", SpeakerKind.ORGANISATION)


def test_the_statement_of_a_body_named_in_the_locative() -> None:
    """'В Агентстве по водным ресурсам республики сообщили, что … «…», — говорится в
    сообщении': the agency put out the statement (its country is not part of its name)."""
    article = under_headline(
        "В Агентстве по водным ресурсам республики 12 мая сообщили, что плотина выдержала "
        "паводок.\n\n"
        "«Уровень воды в водохранилище снизился на два метра за сутки», — говорится в "
        "сообщении."
    )
    quote = next(q for q in article.quotes if q.text.startswith("Уровень воды"))
    assert quote.speaker == "Агентство по водным ресурсам"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_place_in_the_locative_is_no_body() -> None:
    """'«…», — сообщили в Твери': a town is not a body that speaks."""
    article = under_headline(
        "Паводок отступил.\n\n«Уровень воды в реке снизился на два метра за сутки», — сообщили "
        "в Твери."
    )
    assert speaker_of(article, "Уровень воды") is None


def test_a_wire_crosshead_is_not_a_signature_under_the_quote() -> None:
    """'- A warning for the whole ocean -' under a quote paragraph is a wire story's
    crosshead, not '– X' signing the quote: the quote goes on with the minister quoted just
    before."""
    article = under_headline(
        "“Every storm takes more of our coast away,” Coastal Minister Lemi Tavita told "
        "reporters on Monday.\n"
        "“For the smallest atolls, it is a matter of staying or leaving.”\n"
        "- A warning for the whole ocean -\n"
        "The islands lie less than three metres above the sea."
    )
    assert speaker_of(article, "For the smallest atolls") == "Lemi Tavita"


def test_whom_a_quote_was_told_to_does_not_end_the_speakers_turn() -> None:
    """'“A,” he told X. (paragraph) “B.”': X only heard A; B is still the speaker's."""
    article = under_headline(
        "Regional President Tomas Ruvani wrote to Prime Minister Halo Benard on Friday.\n\n"
        "“Holding back the date ignores what our people chose at the ballot box,” he told "
        "Benard.\n\n"
        "“Putting the vote off now breaks the promise both sides made in the accord.”"
    )
    assert speaker_of(article, "Putting the vote off") == "Tomas Ruvani"


def test_an_office_nobody_was_given_is_the_one_person_just_spoken_of() -> None:
    """'X объявил об этом. … «…», — заявил американский генерал': the article never said
    what X's office was; the general is X, the one person it speaks of."""
    article = under_headline(
        "Олег Варгин объявил об этом в четверг на встрече в штабе блока.\n\n"
        "Маневры пройдут в три этапа до конца весны.\n\n"
        "«Блок покажет, что способен быстро перебросить силы через океан», — заявил "
        "американский генерал журналистам в Осло."
    )
    assert speaker_of(article, "Блок покажет") == "Олег Варгин"


def test_the_deputy_minister_is_the_person_just_quoted_whose_office_was_not_given() -> None:
    """'X said …. Asked about …, the deputy trade minister said, “…”': X."""
    article = under_headline(
        "Oren Valdai said the first day of talks had been useful for both sides.\n\n"
        "Questioned on what this round would tackle first, the deputy trade minister said, "
        "“What matters most is settling the tariffs before anyone drafts a line.”"
    )
    assert speaker_of(article, "What matters most") == "Oren Valdai"


def test_an_office_is_not_someone_whose_own_office_is_another() -> None:
    """'Trade Minister X said …. “…,” the deputy defence minister said': X holds another
    office, so the deputy is someone else, unnamed."""
    article = under_headline(
        "Trade Minister Oren Valdai said the first day of talks had been useful.\n\n"
        "“We will not sign anything before the tariffs are agreed,” the deputy defence "
        "minister said."
    )
    assert speaker_of(article, "We will not sign anything") is None


def test_she_is_not_a_man_named_in_her_paragraph_when_a_spokeswoman_spoke_before() -> None:
    """'Spokeswoman X said …. The envoy, Y, “will …,” she added': the role tells X's sex;
    "she" is not Y, whose sex nothing shows."""
    article = under_headline(
        "UN deputy spokeswoman Ilse Varno said the talks would open in June.\n\n"
        "The envoy for the region, Tarek Basri, “will meet the sides together or one by one "
        "to begin with,” she added."
    )
    assert speaker_of(article, "will meet the sides") == "Ilse Varno"


def test_a_new_sentence_with_its_own_speech_verb_does_not_go_on_with_the_last_quote() -> None:
    """'“A,” X added. The Front said that it expected “B.”': B is the Front's (a body the
    text does not resolve), not X's."""
    article = under_headline(
        "The talks will open in June.\n\n"
        "“The envoy will meet the sides together or one by one to begin with,” UN deputy "
        "spokeswoman Ilse Varno added. The Front said on Monday that it expected “the other "
        "side to take up the offer without delay this time.”"
    )
    found = [q for q in article.quotes if q.text.startswith("the other side to take")]
    assert all(q.speaker != "Ilse Varno" for q in found)


def test_a_lowercase_description_after_the_verb_is_the_person_just_spoken_of() -> None:
    """'X рассказала …. «…», — сказала глава комиссии': the article gave X no office; the
    description after the verb is X (the verb's sex agrees)."""
    article = under_headline(
        "Выборы в городской совет прошли спокойно, рассказала в понедельник Анна Ветрова.\n\n"
        "«Проголосовали почти сорок процентов жителей, это больше, чем пять лет назад», — "
        "сказала глава комиссии."
    )
    assert speaker_of(article, "Проголосовали почти") == "Анна Ветрова"


def test_an_unnamed_source_is_not_the_person_just_spoken_of() -> None:
    """'«…», — сказал источник в комиссии': a source the text never names."""
    article = under_headline(
        "Выборы в городской совет прошли спокойно, рассказал в понедельник Олег Варгин.\n\n"
        "«Проголосовали почти сорок процентов жителей, это больше, чем пять лет назад», — "
        "сказал источник в комиссии."
    )
    assert speaker_of(article, "Проголосовали почти") is None


def test_an_office_named_another_way_sharing_a_word_is_the_one_person() -> None:
    """'сообщил руководитель аппарата областного правительства X. «…», — заявил глава
    секретариата правительства': the same office in other words, sharing 'правительства'."""
    article = under_headline(
        "Хозяйства области за зиму лишились двухсот тысяч овец и коз, сообщил в четверг "
        "руководитель аппарата областного правительства Олег Варгин.\n\n"
        "«Снег лежал на пастбищах до апреля, и корма не хватило многим хозяйствам», — заявил "
        "глава секретариата правительства."
    )
    assert speaker_of(article, "Снег лежал") == "Олег Варгин"


def test_quoted_as_saying_after_a_name_and_its_apposition() -> None:
    """'“…,” General X, the alliance's commander, was quoted as saying by its press
    office': X."""
    article = under_headline(
        "The drills start next week.\n\n"
        "“The drills will prove that the allies can move troops across the ocean in days,” General "
        "Anders Holm, the alliance's commander in Europe, was quoted as saying by its press office."
    )
    assert speaker_of(article, "The drills will prove") == "Anders Holm"


def test_a_statement_from_his_spokesman_gives_his_own_words() -> None:
    """'X “calls on all to …,” said a statement from his spokesman': X's position, put out by
    his office, so X's words."""
    article = under_headline(
        "Secretary-General Ola Brandt on Tuesday urged the parties meeting in Vienna to be "
        "constructive.\n\n"
        "Brandt “calls on every delegation to negotiate honestly and with no conditions "
        "attached,” said a statement from his spokesman."
    )
    assert speaker_of(article, "calls on every delegation") == "Ola Brandt"


def test_a_press_service_speaks_for_the_body_it_serves() -> None:
    """'«…», — сообщили в пресс-службе МЧС': МЧС speaks; a press service of a body named
    in the genitive ('пресс-службе Агентства водных ресурсов') names nobody sure."""
    article = under_headline(
        "Паводок отступил.\n\n"
        "«Уровень воды в реке снизился на два метра за сутки», — сообщили в пресс-службе МЧС."
        "\n\n«Плотина выдержала напор воды без повреждений», — сообщили в пресс-службе "
        "Агентства водных ресурсов."
    )
    assert speaker_of(article, "Уровень воды") == "МЧС"
    assert speaker_of(article, "Плотина выдержала") is None


def test_an_impersonal_verb_before_the_quote_points_to_who_put_out_the_statement() -> None:
    """'Об этом сообщили в пресс-службе Агентства … (АВР). Сообщается, что …: «…»': the
    agency that put out the statement, as '«…», — говорится в сообщении' would."""
    article = under_headline(
        "Об этом журналистам сообщили в пресс-службе Агентства водных ресурсов (АВР).\n\n"
        "Сообщается, что 3 мая у плотины на реке Кура прошла проверка: «Осмотр показал, что "
        "плотина выдержала паводок и ремонт ей не нужен»."
    )
    quote = next(q for q in article.quotes if q.text.startswith("Осмотр показал"))
    assert (quote.speaker, quote.speaker_kind) == ("АВР", SpeakerKind.ORGANISATION)


def test_according_to_a_name_with_an_initial_and_an_apposition() -> None:
    """'According to General X J. Y, the alliance's commander, ‘…’': the initial's dot ends
    no sentence, and the apposition after the name is not the speaker."""
    article = under_headline(
        "The alliance began its patrols on Monday. According to General Anders J. Holm, the "
        "alliance's commander in Europe, ‘The patrols will deter any attempt to damage the "
        "cables on the seabed.’"
    )
    assert speaker_of(article, "The patrols will deter") == "Anders J. Holm"


def test_she_is_the_unmarked_woman_who_speaks_in_her_own_paragraph() -> None:
    """'… wrote Judge X. The other judges, Y and Martha Z, agreed. (¶) While X observed that
    … —“…”—she pointed out …': X speaks there, so "she" is X although only Martha's name
    shows her sex."""
    article = under_headline(
        "“Lawyers should weigh every word they aim at a lower court,” wrote Judge Corin Varno "
        "in the ruling. The other two judges, Tomas Bell and Martha Quill, agreed.\n\n"
        "While Varno observed that the word “assemble” can be harmless—“to put a thing "
        "together out of ready parts”—she pointed out that most readers hear it otherwise."
    )
    assert speaker_of(article, "to put a thing") == "Corin Varno"


def test_straight_single_marks_around_a_whole_closing_quote() -> None:
    """ "X, chief of Y, said, 'A. And B.'": straight single marks used as quotation marks, the
    quote closing the paragraph; apostrophes elsewhere ('Norvik's') open nothing."""
    article = under_headline(
        "Norvik's patch reached every customer within a day.\n\n"
        "Dana Holt, chief operating officer at Norvik, said, 'Our filters stopped the worm for "
        "every client within hours. And the lessons are passed on to all our other tools.'"
    )
    assert speaker_of(article, "Our filters stopped") == "Dana Holt"
    assert not [q for q in article.quotes if q.text.startswith("s patch")]


def test_a_description_does_not_point_back_to_someone_who_said_nothing() -> None:
    """'X пострадал в аварии. «…», — рассказал водитель грузовика': X was only named, never
    spoke; the driver is someone else."""
    article = under_headline(
        "Олег Варгин пострадал в аварии на трассе в понедельник.\n\n"
        "«Автобус занесло на мокрой дороге, и он съехал в кювет», — рассказал водитель "
        "грузовика."
    )
    assert speaker_of(article, "Автобус занесло") is None
