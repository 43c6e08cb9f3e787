"""Round-3 quote constructions seen across real outlets, in invented sentences."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.extract import analyse
from briefings.extract.people import People
from briefings.extract.speakers import Speakers
from briefings.load import load_source
from briefings.models import Article, Person, SpeakerKind


def test_quote_after_a_pronoun_attributed_quote_goes_on_with_it() -> None:
    """'“A,” she said. “B.”': B is hers too, though the sentence before B names nobody."""
    article = under_headline(
        "Mara Quintell, programme manager at Northfield Relief, stressed that money is the key. "
        '"Town councils will tell you the floods are here now and will not wait for aid," '
        'she said. "Some towns are spending a large part of their budgets on a crisis they '
        'did not cause."'
    )
    assert speaker_of(article, "Town councils") == "Mara Quintell"
    assert speaker_of(article, "Some towns") == "Mara Quintell"


def test_the_ministry_points_back_to_the_ministry_of_something() -> None:
    """'the Ministry of Natural Resources said …; “…,” the ministry said': the same body."""
    article = under_headline(
        "Pumping through the northern line is back to normal after a week of repairs, "
        "announced the Westland region's Ministry of Natural Resources on Saturday. "
        '"Every lost day of pumping left the regional budget short of money for teachers," '
        "the ministry said in a statement."
    )
    quote = article.quotes[0]
    assert (quote.speaker, quote.speaker_kind) == (
        "Ministry of Natural Resources",
        SpeakerKind.ORGANISATION,
    )


def test_the_ministry_with_two_ministries_named_is_nobody() -> None:
    article = under_headline(
        "The Ministry of Energy and the Ministry of Finance met on Monday to review the "
        'pipeline budget. "The repairs will be paid for out of this year\'s reserve," the '
        "ministry said in a statement."
    )
    assert [q.speaker for q in article.quotes] == [None]


def test_name_inside_quotation_marks_does_not_compete_for_he() -> None:
    """A programme's quoted title read as two names must not hide who 'he' is."""
    article = under_headline(
        "Tomas Verhaegen, deputy head of the Lowland Clearance Authority, said that work in "
        "three districts was ahead of plan.\n\n"
        'The work was done under a programme called "Building Safe Fields, Raising Green '
        'Harvests" and had removed over 900 shells.\n\n'
        '"We have finished a third of our goals in the northern districts, clearing four '
        'million square metres," he added.'
    )
    assert speaker_of(article, "We have finished") == "Tomas Verhaegen"


_TWO_PRESIDENTS = (
    "The accord was signed by Valdorian President Arno Keskula and Ostrian President Milo "
    "Farrant at a ceremony in the capital.\n\n"
)


def test_he_is_the_one_who_spoke_in_the_paragraph_before() -> None:
    """'Keskula said that meetings between him and Farrant …' then '“…,” he said': Keskula."""
    article = under_headline(
        _TWO_PRESIDENTS + "The ceremony came after talks between the two presidents, during "
        'which Keskula said that meetings between him and Farrant are "a regular affair," a '
        "separate statement said.\n\n"
        '"Today we went on with our talks on many issues of the bilateral agenda, and on '
        'regional affairs as well," he said.'
    )
    assert speaker_of(article, "Today we went on") == "Arno Keskula"


def test_he_after_two_speakers_is_nobody() -> None:
    article = under_headline(
        _TWO_PRESIDENTS + "Keskula said the talks had gone well, and Farrant said the next "
        "round would be held in the spring.\n\n"
        '"Today we went on with our talks on many issues of the bilateral agenda, and on '
        'regional affairs as well," he said.'
    )
    assert speaker_of(article, "Today we went on") is None


def test_statement_quoted_impersonally_is_its_issuers() -> None:
    """'…, сообщил X. «…», — говорится в сообщении': the statement X put out."""
    article = under_headline(
        "Вельдория при участии соседей приступила к работе над переговорами, сообщил "
        "официальный представитель МИД страны Арно Кескула в соцсети.\n\n"
        "«Вельдория подтверждает, что начала работать со своими партнерами по посредничеству "
        "над продолжением обсуждения плана», — говорится в сообщении."
    )
    assert speaker_of(article, "Вельдория подтверждает") == "Арно Кескула"


def test_impersonal_statement_after_someone_elses_quote_is_nobodys() -> None:
    """Another speaker quoted in between: whose statement it is, the text does not say."""
    article = under_headline(
        "Вельдория приступила к работе над переговорами, сообщил официальный представитель "
        "МИД страны Арно Кескула.\n\n"
        "«Мы ждем ответа от соседей до конца недели», — сказал министр обороны Ольга Тарина.\n\n"
        "«Вельдория подтверждает, что начала работать со своими партнерами по посредничеству "
        "над продолжением обсуждения плана», — говорится в сообщении."
    )
    assert speaker_of(article, "Вельдория подтверждает") is None


def test_a_role_naming_someone_else_holds_no_office() -> None:
    """'Президент Казахстана Токаев и глава Узбекистана Мирзиёев': the name finder may give
    Mirziyoyev the run-together role; 'казахстанский лидер' is still Tokayev alone."""
    article = under_headline(
        "По случаю подписания Президент Казахстана Касым-Жомарт Токаев и глава Узбекистана "
        "Шавкат Мирзиёев провели видеовстречу.\n\n"
        "Как сообщает издание «Восток», казахстанский лидер отметил, что «меморандум стал "
        "итогом большой многолетней работы наших двух стран»."
    )
    assert speaker_of(article, "меморандум стал") == "Kassym-Jomart Tokayev"


def test_a_run_together_role_credits_nobody_else() -> None:
    """Unknown names, the same run-together role: the other leader must not get the quote."""
    article = under_headline(
        "По случаю подписания Президент Вельдории Арно Кескула и глава Острии Мило Фаррант "
        "провели видеовстречу.\n\n"
        "Как сообщает издание «Восток», вельдорийский лидер отметил, что «меморандум стал "
        "итогом большой многолетней работы наших двух стран»."
    )
    assert not any("Фаррант" in (q.speaker or "") for q in article.quotes)


def test_attribution_between_dashes_inside_the_marks_splits_the_quote() -> None:
    """'"A, - сказал премьер-министр. - B"': two quotes, both the prime minister's."""
    article = under_headline(
        "По словам премьер-министра Казахстана Арно Кескулы, трубопровод рассматривается как "
        'запасной путь экспорта нефти. "Если проверка труб закончится весной, летом '
        "правительства сядут за текст договора, - сказал премьер-министр. - Тогда к 2030 году "
        'мы сможем вдвое нарастить поставки по этому маршруту".'
    )
    assert speaker_of(article, "Если проверка труб") == "Арно Кескула"
    assert speaker_of(article, "Тогда к 2030 году") == "Арно Кескула"
    assert not any("сказал" in q.text for q in article.quotes)


_TALKS = (
    "Veldoria and Ostria will resume talks later this week, Veldoria foreign minister Sihasak "
    "Pornthep said on Monday.\n\n"
)


def test_a_given_name_alone_is_the_one_person_of_that_name() -> None:
    """'“…,” Sihasak told reporters': a given name used alone, as Thai news does."""
    article = under_headline(
        _TALKS + 'The border committee meets on Wednesday. "This time, let us settle the '
        'details and make sure the truce reflects the situation on the ground," Sihasak told '
        "reporters."
    )
    assert speaker_of(article, "This time") == "Sihasak Pornthep"


def test_a_word_two_people_share_is_nobody() -> None:
    article = under_headline(
        _TALKS + "Deputy defence minister Sihasak Wongsa will lead the border committee, the "
        "ministry said.\n\n"
        '"This time, let us settle the details and make sure the truce reflects the situation '
        'on the ground," Sihasak told reporters.'
    )
    assert speaker_of(article, "This time") is None


def test_a_quote_paragraph_goes_on_past_a_name_named_as_an_object() -> None:
    """'“…,” X told a news conference with President Y.' then a paragraph that is one quote:
    still X's; Y, named after 'with', took no turn."""
    article = under_headline(
        "Commission chief Marta Lindqvist also pledged aid worth 100 million euros for food "
        "security in Ostria.\n\n"
        '"The war has exposed our dependence on imported fuel, and we want to end this '
        'dependence," Lindqvist told a joint news conference with Ostrian President Karel '
        "Dvorak.\n\n"
        '"We want to buy from reliable suppliers, and Ostria is a reliable partner."'
    )
    assert speaker_of(article, "We want to buy") == "Marta Lindqvist"


def test_a_quote_paragraph_after_someone_else_took_a_turn_is_nobodys() -> None:
    article = under_headline(
        "Commission chief Marta Lindqvist also pledged aid worth 100 million euros for food "
        "security in Ostria.\n\n"
        '"The war has exposed our dependence on imported fuel, and we want to end this '
        'dependence," Lindqvist told a joint news conference, where Ostrian President Karel '
        "Dvorak thanked her.\n\n"
        '"We want to buy from reliable suppliers, and Ostria is a reliable partner."'
    )
    assert all(q.speaker is None for q in article.quotes if q.text.startswith("We want"))


_CLEARANCE = (
    "The Lowland Mine Action Centre cleared more than 30,000 mines in the first ten months of "
    "the year.\n\n"
)
_LONE_QUOTE = (
    '"We have cleared more than 75 square kilometres so far, and we hope to reach our plan by '
    'the end of the year."'
)


def test_a_quote_paragraph_after_one_persons_reported_speech_is_theirs() -> None:
    """'X, speaking at a meeting, said the centre aims …' then a paragraph that is only a
    quote: X goes on speaking, as wire copy has it."""
    article = under_headline(
        _CLEARANCE + "Centre director Tarek Olund, speaking at a staff meeting, said the "
        "centre hopes to survey another 116 square kilometres within two months. "
        "Work usually slows in the rainy season.\n\n" + _LONE_QUOTE
    )
    assert speaker_of(article, "We have cleared") == "Tarek Olund"


def test_a_quote_paragraph_after_two_reported_speakers_is_nobodys() -> None:
    article = under_headline(
        _CLEARANCE + "Centre director Tarek Olund said the centre hopes to survey another "
        "116 square kilometres, and deputy director Ilse Marken said donors had pledged more."
        "\n\n" + _LONE_QUOTE
    )
    assert all(q.speaker is None for q in article.quotes)


def test_a_russian_body_named_by_its_adjectives_issues_the_statement() -> None:
    """'Об этом сообщает Северская областная военная администрация', list items, then
    '«…», — говорится в сообщении': the administration's words."""
    article = under_headline(
        "Саперы обследовали более 200 гектаров территорий в Северской области.\n\n"
        "Об этом сообщает Северская областная военная администрация.\n\n"
        "• свыше 150 га сельхозугодий;\n\n• более 9 км линий электропередач;\n\n"
        "• один объект;\n\n"
        "«За неделю пиротехники обнаружили и обезвредили более тысячи взрывоопасных "
        "предметов», — говорится в сообщении."
    )
    quote = next(q for q in article.quotes if q.text.startswith("За неделю"))
    assert (quote.speaker, quote.speaker_kind) == (
        "Северская областная военная администрация",
        SpeakerKind.ORGANISATION,
    )


def _headlined(title: str, body: str) -> Article:
    return analyse(load_source(f"{title}\n\n{body}".encode(), "t.txt")[0])


_PLANT = (
    "Церемония открытия завода запланирована на 18 февраля. «Пуск завода позволит начать "
    "поставки газа в соседние страны», - сказал Олег Сафронов."
)


def test_a_headline_quote_labelled_with_initial_and_surname() -> None:
    """'О. Сафронов: «…»': the headline quotes the one Сафронов of the article."""
    article = _headlined("О. Сафронов: «Новый завод станет шагом в развитии всего региона»", _PLANT)
    assert speaker_of(article, "Новый завод") == "Олег Сафронов"


def test_a_headline_label_that_fits_nobody_credits_nobody() -> None:
    """A wrong initial ('И. Сафронов') or a label that is no person: no headline quote."""
    for title in (
        "И. Сафронов: «Новый завод станет шагом в развитии всего региона»",
        "Минэнерго: «Новый завод станет шагом в развитии всего региона»",
    ):
        article = _headlined(title, _PLANT)
        assert not any(q.text.startswith("Новый завод") for q in article.quotes)


def test_an_inner_quotes_closing_mark_closes_the_outer_quote() -> None:
    """'«… учения “Запад-2030”, — сказал X': one closing mark for both quotes."""
    article = under_headline(
        "Серия учений пройдет на белорусских полигонах, сообщил начальник штаба Иван Сорокин."
        "\n\n«Особенностью этих учений является то, что их замысел связан с замыслом "
        "совместного учения “Запад-2030”, — сказал Сорокин на брифинге в четверг."
    )
    assert speaker_of(article, "Особенностью") == "Иван Сорокин"
    assert "сказал" not in next(q.text for q in article.quotes if q.text.startswith("Особ"))


def test_a_quote_the_sentences_subject_termed_goes_on_past_and() -> None:
    """'The president termed this time a “…” and urged countries to act': the president's
    words; 'and urged' continues his sentence, it attributes nothing."""
    article = under_headline(
        "President Arno Keskula opened the summit on Monday.\n\n"
        'The president termed the coming decade a "moment of great urgency for all of '
        'humanity" and urged countries to act.'
    )
    assert speaker_of(article, "moment of great") == "Arno Keskula"


def test_who_acknowledged_a_quote_and_went_on_is_its_speaker() -> None:
    """'X, who acknowledged that “…” but said …': X's words."""
    article = under_headline(
        "The ministers signed the deal in the presence of Veldorian envoy Tomas Riedl, who "
        'acknowledged that "many steps remain ahead of us" but said the text was a good start.'
    )
    assert speaker_of(article, "many steps remain") == "Tomas Riedl"


def test_a_name_read_inside_the_speakers_own_role_does_not_stop_her_next_quote() -> None:
    """'“A,” said X, Director of the … Policy Hub (ICPH), told the media. “B.”': whatever the
    name finder makes of the role's words, B goes on with X."""
    article = under_headline(
        '"Half of the large economies have still not filed their new targets," said '
        "Mara Quintell, Director of the International Climate Policy Hub (ICPH), told the "
        'media on Thursday. "The big economies need to move first, since smaller ones are '
        'watching them."'
    )
    assert speaker_of(article, "The big economies") == "Mara Quintell"


def test_words_an_agency_relays_are_their_speakers() -> None:
    """'«…», — приводит агентство выдержки из заявления МИД X' / '— приводит ТАСС слова Y':
    the body or person whose words they are, not the agency."""
    article = under_headline(
        "Главы МИД двух стран начнут переговоры в воскресенье, сообщает агентство.\n\n"
        '"Китай и впредь будет принимать у себя встречи сторон и помогать им договориться", '
        "- приводит агентство выдержки из заявления МИД Китая.\n\n"
        "«Мы не видим причин для беспокойства по этому поводу», — приводит ТАСС слова "
        "Дмитрия Пескова."
    )
    relayed = next(q for q in article.quotes if q.text.startswith("Китай и впредь"))
    assert (relayed.speaker, relayed.speaker_kind) == ("МИД Китая", SpeakerKind.ORGANISATION)
    assert speaker_of(article, "Мы не видим") == "Dmitry Peskov"


def test_a_name_after_of_is_not_who_he_is() -> None:
    """'Under the auspices of President X, the agency …' then '“…,” he said': X is named
    only as an object, so 'he' is not X."""
    article = under_headline(
        "Tomas Verhaegen, deputy head of the Lowland Clearance Authority, said that work was "
        "ahead of plan.\n\n"
        "Under the auspices of President Ilham Aliyev, the authority has been deploying "
        "deminers in the provinces since August.\n\n"
        '"The last two districts should go back to their farmers before the rains," '
        "he said."
    )
    assert "Ilham Aliyev" in {p.name for p in article.people}
    assert speaker_of(article, "The last two districts") != "Ilham Aliyev"


def _snap(attribution: str, *names: str) -> str | None:
    """Whom `Speakers` makes of '“…,” ATTRIBUTION said' when the name finder reported `names`
    as the article's people and found no person in the attribution itself."""
    text = f'"Tonight the guns along the border must fall silent," {attribution} said.'
    people = People(by_mention={}, people=[Person(name=n) for n in names])
    lo = text.index(attribution)
    speaker = Speakers([text], people, []).subject(0, lo, lo + len(attribution), 0)
    return speaker.name if speaker else None


def test_titles_before_a_given_name_used_alone_snap_to_its_one_person() -> None:
    """'Datuk Seri Keris said', 'Prime Minister Keris said': the one Keris of the article."""
    assert _snap("Datuk Seri Keris", "Keris Ibrahim", "Hun Manet") == "Keris Ibrahim"
    assert _snap("Prime Minister Keris", "Keris Ibrahim") == "Keris Ibrahim"


def test_a_given_name_two_people_share_snaps_to_nobody() -> None:
    assert _snap("Datuk Seri Keris", "Keris Ibrahim", "Keris Nordin") is None
    assert _snap("Datuk Seri", "Keris Ibrahim") is None


def test_a_parenthesis_after_the_attribution_names_no_speaker() -> None:
    """'— добавил министр (цитата по Reuters)': the minister, not whoever Reuters is."""
    article = under_headline(
        "Глава МИД Казахстана Арно Кескула заявил, что нужен подробный план.\n\n"
        "«Перемирие не вводят одним приказом, о нём надо долго договариваться», — "
        "добавил министр (цитата по Reuters)."
    )
    assert speaker_of(article, "Перемирие не вводят") == "Арно Кескула"


_AGAIN = '"The parties have agreed to meet again in Geneva before the end of the month," it said.'


def test_it_said_is_the_body_that_spoke_before() -> None:
    article = under_headline(
        "The Veldorian Foreign Ministry said on Monday that the talks would go on next week."
        "\n\n" + _AGAIN
    )
    quote = article.quotes[0]
    assert (quote.speaker, quote.speaker_kind) == (
        "Veldorian Foreign Ministry",
        SpeakerKind.ORGANISATION,
    )


def test_it_said_is_never_a_person() -> None:
    article = under_headline(
        "Envoy Tomas Riedl said on Monday that the talks would go on next week.\n\n" + _AGAIN
    )
    assert [q.speaker for q in article.quotes] == [None]
