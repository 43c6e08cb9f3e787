"""Round 5: attribution constructions found on real pages from many outlets (OPEC+ and
nuclear-talk wires, summit reports, central-bank and election news, court and sports pieces),
each reproduced with invented sentences. A wrong speaker is worse than none: several tests
only ask that a quote get no speaker where the text does not say who spoke."""

from __future__ import annotations

from extracted import speaker_of, under_headline

# -- wrong speakers ----------------------------------------------------------------------


def test_acronym_of_an_office_points_to_the_person_it_introduced() -> None:
    """'Chief Returning Officer (CRO) X …'; later 'said the CRO': X, not a body called CRO."""
    article = under_headline(
        "Chief Returning Officer (CRO) Tomas Verhaal thanked the polling staff on Thursday.\n\n"
        "“The count took longer than we planned, but every ballot was checked twice,” said "
        "the CRO.\n\n"
        "Asked about complaints, the CRO calmly replied: “We will publish every tally sheet "
        "by Friday morning.”"
    )
    assert speaker_of(article, "The count took") == "Tomas Verhaal"
    assert speaker_of(article, "We will publish") == "Tomas Verhaal"


def test_acronym_of_a_body_still_speaks_as_the_body() -> None:
    """'the Coastal Grid Authority (CGA)' is a body: 'the CGA said' stays the body's (named
    as the article spelled it out before the brackets, since round 26)."""
    article = under_headline(
        "The Coastal Grid Authority (CGA) opened the new line on Monday.\n\n"
        "“The line will carry power to four more districts by the winter,” the CGA said."
    )
    quote = next(q for q in article.quotes if q.text.startswith("The line will"))
    assert quote.speaker == "Coastal Grid Authority"


def test_transcript_label_that_is_only_an_office_names_nobody() -> None:
    """'Vice Premier, via translator: “…”' after 'Mr. Vice Premier' in a quote: no person."""
    article = under_headline(
        "Remarks from the signing room:\n\n"
        "President Ortega Vidal: “Today our two countries open a new chapter, and I must say, "
        "Mr. Vice Premier, it is an honour to become your friend.”\n\n"
        "Vice Premier, via translator: “Thank you, Mr President, the feeling is shared. The "
        "treaty opens a new page for our two nations.”"
    )
    assert speaker_of(article, "Thank you, Mr President") is None


def test_russian_dash_attribution_with_a_verb_no_list_knows() -> None:
    """'«…», — вторил ей <role> X': X said the second quote, not the first quote's speaker."""
    article = under_headline(
        "«Мы сохраняем ставку без изменений до конца квартала», — сказала председатель банка "
        "Ирина Волкова. «Решение было принято единогласно всеми членами совета», — вторил ей "
        "заместитель председателя Олег Седов."
    )
    assert speaker_of(article, "Мы сохраняем") == "Ирина Волкова"
    assert speaker_of(article, "Решение было") == "Олег Седов"


def test_body_inside_a_fronted_clause_is_not_the_speaker() -> None:
    """'Speaking after a call with ministers of the Union (UCE) …, Marandi said, “…”': the body
    in the fronted clause did not speak; the unknown surname is left unresolved."""
    article = under_headline(
        "Speaking after a call with ministers of the Union of Coastal Exporters (UCE) and other "
        "producers, Marandi said, “The cut will start in June and last until the end of the "
        "year.”"
    )
    assert speaker_of(article, "The cut will start") is None


def test_he_never_points_to_a_woman_named_by_first_name_only() -> None:
    """A woman the text names without Ms or a marked surname is not who 'he' is."""
    article = under_headline(
        "The round opened with a meeting between our negotiators and political director "
        "Helga Brandt.\n\n"
        "“Several questions remain open and we are discussing them,” he said."
    )
    assert speaker_of(article, "Several questions") is None


def test_misspelt_surname_in_an_attribution_is_the_one_person_it_slips_from() -> None:
    """'said Rute' in a piece on Rutte: a one-letter slip of another person's surname is not
    a new speaker but that person (round 6: two real sets' labels credit the person; round 5
    left it empty)."""
    article = under_headline(
        "NATO envoy Lars Pettersen said the allies would agree a new plan this week.\n\n"
        "“Over six months we moved a long way and the plan is ready,” said "
        "Petersen."
    )
    assert speaker_of(article, "Over six months we") == "Lars Pettersen"


def test_po_slovam_with_an_apposition_is_not_the_owners_quote() -> None:
    """'По словам Веры, жены и защитницы Глеба Ростоцкого, …: «…»': not Ростоцкий's words."""
    article = under_headline(
        "По словам Веры, жены и защитницы Глеба Ростоцкого, заседание прошло с нарушениями: "
        "«Судья не дал нам ознакомиться с материалами дела до начала прений»."
    )
    assert speaker_of(article, "Судья не дал") is None


def test_pronoun_after_po_mneniyu() -> None:
    """'По мнению Соколова, …' names who the next '— сказал он' is."""
    article = under_headline(
        "Глава МИД Андрей Соколов удовлетворен итогами встречи в Женеве.\n\n"
        "По мнению Соколова, удалось сохранить прежние договоренности.\n\n"
        '"Было много разных идей, но в итоге мы договорились о самом главном", - сказал он.'
    )
    assert speaker_of(article, "Было много") == "Андрей Соколов"


def test_russian_names_in_an_oblique_case_are_not_who_on_is() -> None:
    """'встречи министров A и B. Об этом заявил министр X': 'он' is X, not A or B."""
    article = under_headline(
        "Одна встреча министров Петра Орлова и Дмитрия Кулибы ничего не решит сразу. "
        "Об этом заявил министр иностранных дел Турции Кемаль Аксой на пресс-конференции.\n\n"
        '"Чудес от одной встречи ожидать не стоит, но важен сам факт диалога", — сказал он.'
    )
    assert speaker_of(article, "Чудес от одной") == "Кемаль Аксой"


def test_she_goes_on_past_a_paragraph_naming_only_an_object() -> None:
    """'She was asked about attacks by Senator Hale. To this, she responded, “…”': still her."""
    article = under_headline(
        "Trade Minister Clara Voss said, “Negotiations are an odd thing, technical one day and "
        "dramatic the next.”\n\n"
        "She was then asked about the personal attacks by Senator Hale.\n\n"
        "To this, she responded, “Our approach was always to stay polite and to stand firm.”"
    )
    assert speaker_of(article, "Our approach") == "Clara Voss"
    one_paragraph = under_headline(
        "Trade Minister Clara Voss said, “Negotiations are an odd thing, technical one day and "
        "dramatic the next.”\n\n"
        "She was then asked about the personal attacks by Senator Hale. To this, she "
        "responded, “Our approach was always to stay polite and to stand firm.”"
    )
    assert speaker_of(one_paragraph, "Our approach") == "Clara Voss"


def test_russian_anaphoric_title_agrees_with_the_verb() -> None:
    """'«…», — добавила дипломат': the one woman named just before, though a body's name
    was taken for a person there too."""
    article = under_headline(
        "С заявлением выступила официальный представитель Министерства иностранных дел "
        "Мария Кравец.\n\n"
        "«Они дают поручения своим подчинённым и заслушивают доклады», — добавила дипломат."
    )
    assert speaker_of(article, "Они дают") == "Мария Кравец"


def test_on_is_who_spoke_to_an_agency_through_a_role() -> None:
    """'Об этом сообщил ТАСС пресс-секретарь … X', another man named as the sentence before's
    subject: 'он' is the one who spoke."""
    article = under_headline(
        "Кремль выпустит краткое сообщение по итогам встречи, в которой участвует президент "
        "страны Олег Воронин. Об этом сообщил ТАСС пресс-секретарь главы государства Игорь "
        "Лесков.\n\n"
        "«По завершении мы дадим краткое сообщение для прессы», — сказал он."
    )
    assert speaker_of(article, "По завершении") == "Игорь Лесков"


def test_outlet_told_is_not_the_speaker() -> None:
    """'«…», — сообщил ТАСС источник в министерстве': an unnamed source, not the agency."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Решение о ценах будет принято уже на следующей неделе», — сообщил ТАСС источник в "
        "министерстве."
    )
    assert speaker_of(article, "Решение о ценах") is None


def test_occupation_named_again_with_the() -> None:
    """'Volunteer deminer X …; “…,” says the volunteer deminer / the deminer added': X, an
    occupation no list of offices holds."""
    article = under_headline(
        "Volunteer deminer Oksana Petrenko has cleared fields near her village for two years.\n\n"
        "“Every morning I check the same rows again before the farmers come,” says the "
        "volunteer deminer.\n\n"
        "“Some days we find nothing at all, other days three or four mines,” the deminer added."
    )
    assert speaker_of(article, "Every morning") == "Oksana Petrenko"
    assert speaker_of(article, "Some days") == "Oksana Petrenko"


# -- owners, pairs and objects are not speakers ------------------------------------------


def test_name_inside_anothers_role_is_not_the_speaker() -> None:
    """'— заявил пресс-секретарь Путина Дмитрий Песков': Песков, not the president he
    speaks for (real office holders, named only); 'По словам помощника Путина, «…»': not
    Путин."""
    article = under_headline(
        "Президент Владимир Путин провел совещание с правительством.\n\n"
        "«Решение по ценам будет принято до конца недели», — заявил пресс-секретарь "
        "Путина Дмитрий Песков.\n\n"
        "По словам помощника Путина, «никаких задержек с выплатами не будет до весны»."
    )
    assert speaker_of(article, "Решение по ценам") == "Dmitry Peskov"
    assert speaker_of(article, "никаких задержек") is None


def test_two_joined_subjects_name_no_single_speaker() -> None:
    """'“…,” X and Y said in a joint statement': neither alone."""
    article = under_headline(
        "Energy Minister Tomas Varga met opposition leader Marek Horn on Monday.\n\n"
        "“We will keep the pipeline running through the whole winter season,” Horn and Varga "
        "said in a joint statement."
    )
    assert speaker_of(article, "We will keep") is None


def test_oblique_name_after_a_preposition_and_a_noun_owns_it() -> None:
    """'— заявили в окружении Варгина': his entourage, not Варгин; '— сказал на брифинге
    Варгин' (nominative) is Варгин."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Мы сохраним работу трубопровода на протяжении всего зимнего сезона», — заявили в "
        "окружении Варгина.\n\n"
        "«Цены для населения не изменятся до конца отопительного сезона», — сказал на "
        "брифинге Варгин."
    )
    assert speaker_of(article, "Мы сохраним") is None
    assert speaker_of(article, "Цены для") == "Олег Варгин"


def test_name_right_after_a_preposition_is_an_object_whatever_the_role_reads() -> None:
    """'— заявил министр на встрече с Иваном Боровым': never Боров."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Никто не останется без отопления этой зимой», — заявил министр на встрече с Иваном "
        "Боровым."
    )
    assert speaker_of(article, "Никто не") != "Иван Боров"


def test_a_later_office_in_the_nominative_is_still_the_speakers_own() -> None:
    """'Министр иностранных дел X …; «…», — сказал глава МИД X': X (the owner rule reads
    only names in an oblique case)."""
    article = under_headline(
        "Министр иностранных дел России Сергей Лавров провел переговоры в Анкаре.\n\n"
        "«Мы договорились о новом раунде консультаций в ближайшие недели», — сказал глава "
        "МИД Лавров."
    )
    assert speaker_of(article, "Мы договорились") == "Sergey Lavrov"


def test_the_n_year_old_said() -> None:
    """'X, 29, …; “…,” the 29-year-old said', 'The 31-year-old midfielder Y …': by age."""
    article = under_headline(
        "Striker Jonas Berg, 29, scored twice on Saturday.\n\n"
        "“We played well for thirty minutes and then lost our shape completely,” the "
        "29-year-old said.\n\n"
        "The 31-year-old midfielder Paolo Conti watched from the bench.\n\n"
        "“I will be back for the next match, the knee is fine now,” the 31-year-old said."
    )
    assert speaker_of(article, "We played well") == "Jonas Berg"
    assert speaker_of(article, "I will be back") == "Paolo Conti"
