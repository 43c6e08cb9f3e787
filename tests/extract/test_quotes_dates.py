"""Quote attribution forms, interview formats and how the publication date is chosen."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import analysed

from briefings.models import DateOrigin


def test_qa_interview_answers_attributed_to_interviewee() -> None:
    """Q:/A: interviews: answers are the interviewee's quotes, questions are not quoted."""
    article = analysed(
        "Interview with Hikmet Hajiyev\n\n"
        "Hikmet Hajiyev, Assistant to the President, gave an interview to Euronews in Baku.\n\n"
        "Q: How close is a peace treaty with Armenia?\n\n"
        "A: The text is agreed. What remains is a change to Armenia's constitution.\n\n"
        "Q: And the transport links?\n\n"
        "A: We expect the Zangezur corridor to open once the treaty is signed. "
        "It will serve the region.\n"
    )
    assert [q.speaker for q in article.quotes] == ["Hikmet Hajiyev", "Hikmet Hajiyev"]
    assert article.quotes[0].text == (
        "The text is agreed. What remains is a change to Armenia's constitution."
    )
    assert not any("?" in q.text for q in article.quotes)


def test_russian_dash_interview() -> None:
    """Russian interviews with '— ' answers are attributed to the person interviewed."""
    article = analysed(
        "Марк Рютте: НАТО ценит партнерство с Азербайджаном\n\n"
        "Генеральный секретарь НАТО Марк Рютте ответил на вопросы нашего агентства.\n\n"
        "Как вы оцениваете сотрудничество с Баку?\n\n"
        "— Азербайджан является важным партнером альянса уже более 30 лет.\n\n"
        "Какие планы на будущее?\n\n"
        "— Мы продолжим работу над новой рамкой партнерства.\n"
    )
    assert article.language == "ru"
    assert {q.speaker for q in article.quotes} == {"Mark Rutte"}
    assert len(article.quotes) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Energy Minister Parviz Shahbazov opened the forum in Baku on Friday.\n\n"
            '"We will double our exports of green energy to Europe," he said after the meeting.',
            "Parviz Shahbazov",
            id="pronoun-last-person",
        ),
        pytest.param(
            "The minister Jeyhun Bayramov spoke to reporters.\n\n"
            "Bayramov said: “The peace agenda has no alternative for the region.”",
            "Jeyhun Bayramov",
            id="before-colon",
        ),
        pytest.param(
            "Президент Ильхам Алиев провел встречу.\n\n"
            "Ильхам Алиев заявил: «Мы открыты для сотрудничества со всеми соседями».",
            "Ilham Aliyev",
            id="ru-before",
        ),
    ],
)
def test_quote_attribution_forms(text: str, speaker: str) -> None:
    """Pronouns, 'X said:' and Russian 'X заявил: «…»' resolve to a full name."""
    article = analysed(text)
    assert [q.speaker for q in article.quotes] == [speaker]


def test_scare_quotes_are_not_quotes() -> None:
    """Short quoted phrases without a speech verb are not quotes."""
    article = analysed(
        "The so-called “Crossroads of Peace” project was discussed at length by the parties.\n\n"
        'Experts call the corridor "a new silk road" for trade between Asia and Europe.'
    )
    assert article.quotes == []


def test_full_date_in_text_when_no_dateline() -> None:
    """A full date standing as a stamp at the body's start (not inside a sentence, where it is
    an event's day) dates the article (origin TEXT), in Russian too."""
    article = analysed("(Баку, 26 апреля 2025 года) Встреча прошла в Баку. Стороны обсудили газ.")
    assert (article.published, article.date_origin) == (dt.date(2025, 4, 26), DateOrigin.TEXT)


def test_day_month_with_year_evidence_stays_undated() -> None:
    """'on March 18' in the body is an event's day, not the page's date: no year is guessed
    for it from other years in the text (the guess was wrong on every real page measured)."""
    for text in (
        "The talks on March 18 followed a difficult 2023 for the region. "
        "In 2024, the sides agreed to continue the dialogue.",
        "The Harbour Guild reported on September 2 that its crews, founded in 2019, are at sea.",
        "Об этом сегодня, 23 августа, сообщила пресс-служба, созданная в 2021 году.",
    ):
        article = analysed(text)
        assert (article.published, article.date_origin) == (None, DateOrigin.UNKNOWN), text


def test_day_month_without_year_evidence_stays_unknown() -> None:
    """No year in the text: the date is left unknown, never given the current year."""
    article = analysed("The ministers met in Baku on March 18 and agreed to meet again soon.")
    assert article.published is None
    assert article.date_origin is DateOrigin.UNKNOWN


def test_past_and_future_years_do_not_date_the_article() -> None:
    """'back in 2021' only says the article is later; 'by 2030' is a target, not a date."""
    article = analysed(
        "The interview took place on June 2. Back in 2021 the airport was evacuated. "
        "Exports should double by 2030, the minister said."
    )
    assert article.published is None


def test_untitled_text_gets_first_sentence_as_title() -> None:
    """A text that starts with its first paragraph is titled by its first sentence."""
    article = analysed(
        "Azerbaijan and Georgia signed a transit agreement in Tbilisi on Monday. "
        "The deal covers rail freight.\n\nMore talks are planned for next month in Baku."
    )
    assert article.title == "Azerbaijan and Georgia signed a transit agreement in Tbilisi on Monday"
    assert len(article.paragraphs) == 2


def test_russian_oblique_names_become_nominative() -> None:
    """Unknown names after an oblique role ('вице-премьера ... Мгера Григоряна') are normalised,
    and an occupation before a quoted expert becomes the role."""
    article = analysed(
        "Протокол подписан под руководством вице-премьера Азербайджана Шахина Мустафаева "
        "и вице-премьера Армении Мгера Григоряна.\n\n"
        "«Это первый практический шаг по определению границы между странами», – отметил "
        "бакинский политолог Эльнур Керимов."
    )
    roles = {p.name: p.role for p in article.people}
    assert roles == {
        "Шахин Мустафаев": "Вице-премьер Азербайджана",
        "Мгер Григорян": "Вице-премьер Армении",
        "Эльнур Керимов": "Бакинский политолог",
    }
    assert [q.speaker for q in article.quotes] == ["Эльнур Керимов"]


def test_institution_names_are_not_people() -> None:
    """Capitalised institution and event names next to speech verbs or roles are not people."""
    article = analysed(
        "The agency said on the International Day for Mine Awareness that work continues.\n\n"
        "A spokesperson for the Baku City Circuit, Nigar Hasanova, said tickets sold out."
    )
    assert [p.name for p in article.people] == ["Nigar Hasanova"]


def test_city_dateline_and_title_below_it() -> None:
    """'Баку, 16 мая 2024, 18:40' is a dateline; a wire page's title can sit below it."""
    article = analysed(
        "Главная\nПолитика\nАрмия и ОПК\n\nБаку, 16 мая 2024, 18:40\n\n"
        "Стороны установили первые пограничные столбы\n\n"
        "Комиссии завершили установку 35 пограничных столбов на участке протяжённостью 12,7 км.\n"
    )
    assert article.title == "Стороны установили первые пограничные столбы"
    assert (article.published, article.date_origin) == (dt.date(2024, 5, 16), DateOrigin.TEXT)
    figures = {(f.text, f.value, f.unit) for f in article.figures}
    assert figures == {("35 пограничных столбов", 35.0, "столбов"), ("12,7 км", 12.7, "km")}


def test_historic_year_does_not_date_a_day_month() -> None:
    """'the declaration of 1991' / '1991 года' describe, they do not date 'on 19 April'."""
    article = analysed(
        "The protocol was signed on 19 April on the basis of the Almaty Declaration of 1991. "
        "Делимитация пройдёт на основе декларации 1991 года."
    )
    assert article.published is None


def test_russian_dash_quotes_attributed() -> None:
    """'— …, — заявил Алиев.' paragraphs are quotes of the named speaker, not an interview."""
    article = analysed(
        "Президент Азербайджана Ильхам Алиев принял делегацию Армении в Баку.\n\n"
        "Что дальше?\n\n"
        "— Мы готовы подписать мирный договор уже в этом году, — заявил Ильхам Алиев.\n\n"
        "— Граница будет открыта для торговли, — добавил он."
    )
    assert [(q.speaker, q.text) for q in article.quotes] == [
        ("Ilham Aliyev", "Мы готовы подписать мирный договор уже в этом году"),
        ("Ilham Aliyev", "Граница будет открыта для торговли"),
    ]


def test_question_labelled_interview_without_answer_labels() -> None:
    """With 'Q:' questions and unlabelled answers, the answers are the interviewee's."""
    article = analysed(
        "Interview: Mukhtar Babayev on climate finance\n\n"
        "COP29 President Mukhtar Babayev gave an interview to our agency in Baku.\n\n"
        "Q: Was the finance goal a success?\n\n"
        "We reached a deal that many thought impossible two weeks ago.\n\n"
        "Q: What comes next?\n\n"
        "Now the roadmap to Belém must turn promises into projects.\n"
    )
    assert [q.speaker for q in article.quotes] == ["Mukhtar Babayev", "Mukhtar Babayev"]
    assert article.quotes[1].text == "Now the roadmap to Belém must turn promises into projects."


def test_according_to_after_quote() -> None:
    """'“…”, according to Bayramov.' names the speaker after the quote."""
    article = analysed(
        "Jeyhun Bayramov met the delegation.\n\n"
        "“The text of the agreement is ready for signing,” according to Bayramov."
    )
    assert [q.speaker for q in article.quotes] == ["Jeyhun Bayramov"]


def test_unknown_person_quoted_by_surname() -> None:
    """A person the gazetteer does not know, quoted later by surname, gets the full name."""
    article = analysed(
        "Energy analyst Marco Ferrante of the Caspian Institute spoke on Monday.\n\n"
        '"The market test results confirm that buyers are ready to commit," Ferrante said.'
    )
    assert [p.name for p in article.people] == ["Marco Ferrante"]
    assert [q.speaker for q in article.quotes] == ["Marco Ferrante"]


def test_transcript_labels_name_the_speaker() -> None:
    """'Marco Ferrante: …' lines are his quotes; the outlet's questions are not quotes."""
    article = analysed(
        "Energy expert Marco Ferrante answered questions from Trend in Baku.\n\n"
        "Trend: How do you assess the market test results?\n\n"
        "Marco Ferrante: The market test results confirm that buyers are ready to commit.\n\n"
        "Trend: What comes next for TAP?\n\n"
        "Ferrante: The expansion will add 1.2 bcm from next year, and more later.\n"
    )
    assert [(q.speaker, q.text[:24]) for q in article.quotes] == [
        ("Marco Ferrante", "The market test results "),
        ("Marco Ferrante", "The expansion will add 1"),
    ]


def test_dashed_list_after_a_question_is_not_an_interview() -> None:
    """A question heading followed by a dashed list gives no quotes."""
    article = analysed(
        "Energy minister Parviz Shahbazov presented the export plan in Baku on Monday.\n\n"
        "What does the plan include?\n\n"
        "- 10 bcm to Italy and Greece\n\n- 1.3 bcm to Bulgaria\n\n"
        "The plan will be reviewed by the government next month, officials said.\n"
    )
    assert article.quotes == []
