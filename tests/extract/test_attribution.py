"""Quote attribution as published news writes it (constructions seen in real articles, in
sentences written for this project): who speaks, or nobody when the text does not say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extracted import analysed

from briefings.extract import analyse
from briefings.load import RawDocument
from briefings.models import SourceFormat, SourceMeta, SpeakerKind

DATA = Path(__file__).resolve().parent / "data"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:30]) for q in analysed(text).quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Chief negotiator Tarlan Gasimli spoke after the second round in Geneva.\n\n"
            '"Every delegation has tabled its own draft of the final text," the official said.',
            ["Tarlan Gasimli"],
            id="the-official-points-back",
        ),
        pytest.param(
            "UN Secretary-General António Guterres spoke on Sunday about the fund.\n\n"
            "“Pledges must turn into payments before the next session opens,” the UN chief said.",
            ["António Guterres"],
            id="synonym-of-the-office",
        ),
        pytest.param(
            "President Ilham Aliyev received Prime Minister of Latvia Evika Silina in Baku.\n\n"
            "“Our exports to the Baltic states will double within three years,” the President "
            "underlined.",
            ["Ilham Aliyev"],
            id="title-held-by-one-person",
        ),
        pytest.param(
            "Foreign Minister Rauf Karimli met Foreign Minister Hanna Lind in Riga.\n\n"
            "“The border commission will meet again in the spring,” the minister said.",
            [None],
            id="title-held-by-two-people",
        ),
        pytest.param(
            "Глава МИД Грузии Нино Квеселава провела переговоры с министром иностранных дел "
            "Литвы Римасом Вайткусом.\n\n«Мы договорились открыть новый пограничный переход "
            "уже весной», — сказала она на пресс-конференции с главой МИД Литвы Римасом "
            "Вайткусом в Вильнюсе.",
            ["Нино Квеселава"],
            id="ru-pronoun-not-the-minister-named-after-it",
        ),
        pytest.param(
            "Президент Казахстана Бауыржан Сеитов и помощник президента Киргизии Адилет "
            "Осмонов обсудили транзит.\n\n«Мы готовы принять переговоры в Астане ещё раз», — "
            "заявил глава казахского государства в видеообращении.",
            ["Бауыржан Сеитов"],
            id="ru-head-of-state-is-the-president-not-his-assistant",
        ),
        pytest.param(
            "Министр обороны Армении Гусейнян объявил о начале учений.\n\n«В учениях примут "
            "участие все рода войск без исключения», — отметил министр.",
            ["Гусейнян"],
            id="ru-surname-after-role-and-bare-title",
        ),
        pytest.param(
            "US Envoy Mark Colby visited the crossing on Monday. “The road will open to trucks "
            'by the end of the month," he said in a written statement.',
            ["Mark Colby"],
            id="mixed-quote-marks",
        ),
        pytest.param(
            '"Основной объём экспорта теперь уходит на восток, а не на север", – сказал '
            'Бахтияр Оразов в интервью телеканалу "Аль-Кабас", текст которого приводит агентство. '
            'Поставки по схеме "своп" он назвал временными.',
            ["Бахтияр Оразов"],
            id="short-quoted-name-does-not-shift-pairing",
        ),
        pytest.param(
            "Rwandan Foreign Minister Olivier Nduhungirehe signed for his side. His Congolese "
            "counterpart, Therese Kayikwamba Wagner, spoke next.\n\n"
            '"We signed it today. Peace is a choice, and it is also a duty we now share with our '
            'neighbours," she',
            ["Therese Kayikwamba Wagner"],
            id="excerpt-cut-after-pronoun",
        ),
        pytest.param(
            "“We will publish the tender documents in March,” Lena Hartwig, chief procurement "
            "officer at Nordpipe, added.",
            ["Lena Hartwig"],
            id="appositive-office-in-lowercase",
        ),
        pytest.param(
            '"Since spring, 4,100 hectares have been cleared in the two districts," Chairman of '
            "the Management Board of the Mine Action Agency of the Republic of Azerbaijan (ANAMA) "
            "Zaur Aliyev said at a conference in Aghdam.",
            ["Zaur Aliyev"],
            id="long-role-before-the-name",
        ),
        pytest.param(
            "Deputy Minister Samira Velieva opened the forum.\n\n"
            "The new grid will reach the border villages first, she said. According to Velieva, "
            "“every household in the valley will be connected before winter”.",
            ["Samira Velieva"],
            id="according-to-before-the-quote",
        ),
        pytest.param(
            "По словам Мирзаева, «переговоры о тарифах продолжатся уже на следующей неделе».",
            ["Мирзаев"],
            id="ru-po-slovam-before-the-quote",
        ),
        pytest.param(
            "Minister Leyla Abdullayeva said the agreement “provides a base on which to build "
            "the rest of the network” and thanked the donors.",
            ["Leyla Abdullayeva"],
            id="embedded-short-quote",
        ),
        pytest.param(
            "Minister Leyla Abdullayeva told Ambassador Ronan Keane that the corridor "
            "“provides a base on which to build the rest”.",
            [],
            id="embedded-with-a-listener-named-is-unknown",
        ),
    ],
)
def test_speaker_of_a_real_construction(text: str, speakers: list[str | None]) -> None:
    """Each attribution form seen in real news gets its speaker, or none when unclear."""
    assert [q.speaker for q in analysed(text).quotes] == speakers


def test_quote_by_one_minister_not_credited_to_the_other() -> None:
    """A minister's words never go to the counterpart named after the verb."""
    text = (
        "Foreign Minister Rauf Karimli hosted Foreign Minister Hanna Lind.\n\n"
        "“The talks on the transit fee are finished at last,” said Karimli at a joint press "
        "conference with Foreign Minister Hanna Lind."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Rauf Karimli"]


def test_paragraph_of_quote_continues_the_previous_speaker() -> None:
    """A quote opening the next paragraph goes on with the last speaker, unless someone
    else has been named in between."""
    text = (
        "“The survey of the northern fields is complete,” agency head Orkhan Safarli said.\n\n"
        "“The threat remains, and every month new devices are found near the villages.”\n\n"
        "Economist Nail Karimov disagreed with the estimate.\n\n"
        "“Nobody can tell how long the last phase will take, whatever the plans say.”"
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Orkhan Safarli", "Orkhan Safarli"]


def test_quote_opening_a_paragraph_is_attributed_by_the_next() -> None:
    """A quotation running over two paragraphs takes the speaker named at its end."""
    text = (
        "Minister Leyla Abdullayeva opened the session.\n\n"
        "“The first stage will connect the three eastern districts to the new line\n\n"
        "“The second stage follows next year, once the tender is over,” she said."
    )
    quotes = analysed(text).quotes
    assert [q.speaker for q in quotes] == ["Leyla Abdullayeva", "Leyla Abdullayeva"]


def test_organisation_speaks_and_is_referred_back_to() -> None:
    """A ministry quoted by name is an organisation; 'the foreign ministry' later is the same
    body; quotes sharing a sentence share its attribution."""
    text = (
        "“The ministers discussed the next round of talks and the prisoners still held,” "
        "the Omani foreign ministry said in a readout.\n\n"
        "Both sides stressed “unhindered delivery of aid to every district of the region” in "
        "addition to “the situation along the northern border, above all the truce”, the "
        "foreign ministry added."
    )
    quotes = analysed(text).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Omani foreign ministry", SpeakerKind.ORGANISATION)
    ] * 3


def test_unnamed_ministry_is_not_a_speaker() -> None:
    """'the ministry said' with no ministry named before leaves the speaker empty."""
    text = "“The exercise will last five days and involve all branches,” the ministry said."
    assert [q.speaker for q in analysed(text).quotes] == [None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The ministers signed the so-called “peace and good neighbourhood treaty” draft.",
            id="so-called",
        ),
        pytest.param(
            'The joint venture "Black Sea Power Link Company" was registered in Bucharest.',
            id="title-case-name",
        ),
        pytest.param(
            "Документ получил название «Счет за климатическую справедливость», и Керимов "
            "подчеркнул, что его надо выполнить.",
            id="ru-named-and-new-clause",
        ),
        pytest.param("Officials called the visit “symbolic” and “historic”.", id="scare-quotes"),
    ],
)
def test_names_and_scare_quotes_are_not_quotes(text: str) -> None:
    """Quoted names, titles and short scare quotes are not speech."""
    assert analysed(text).quotes == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            '"The southern route does not cross anyone\'s border. Why fear the word "corridor" '
            'in Yerevan," Rustam Nabiyev said.',
            ["Rustam Nabiyev"],
            id="straight-quote-nested-in-straight-quote",
        ),
        pytest.param(
            "President Mira Holm, who met Chancellor Otto Brandt on Friday, said: “The "
            "pipeline will be built whatever the cost turns out to be.”",
            [None],
            id="clause-naming-two-people-names-no-speaker",
        ),
        pytest.param(
            "Governor Ilkin Samadov spoke in Lankaran.\n\nCalling it a “good sign,” he said "
            "that “the whole coast has waited for this road for thirty years”.",
            ["Ilkin Samadov"],
            id="pronoun-before-the-verb-of-an-embedded-quote",
        ),
        pytest.param(
            "Министр иностранных дел Молдовы Ион Чебану выступил на форуме.\n\n«Я давно "
            "перестал следить за заявлениями соседей по этому поводу», — произнес глава "
            "молдавского МИД.",
            ["Ион Чебану"],
            id="ru-proiznes-and-head-of-ministry",
        ),
        pytest.param(
            "Azerbaijan's Kurdamir Water Union rejected the reports on Monday.\n\n“Supply to the "
            "district has never been interrupted and the pumps are working,” the union said.",
            ["Kurdamir Water Union"],
            id="the-union-is-the-union-named-before",
        ),
        pytest.param(
            "The Ministry of Economy of the Republic of Azerbaijan has published the outcome of "
            "the talks.\n\nAccording to the statement, “the two governments signed three "
            "memoranda on customs and transit during the visit”.",
            ["Ministry of Economy of the Republic of Azerbaijan"],
            id="according-to-the-statement-of-the-body-named-before",
        ),
        pytest.param(
            "Trader Lukas Ebner called Minister Petra Sand about the tariffs, saying “the "
            "whole market will wait for the decision before buying more gas”.",
            [None],
            id="participle-after-two-names",
        ),
    ],
)
def test_speaker_of_more_real_constructions(text: str, speakers: list[str | None]) -> None:
    """More attribution forms from real pages: nested marks, participles, bodies."""
    assert [q.speaker for q in analysed(text).quotes] == speakers


def test_ministry_statement_is_not_the_minister_named_before(article_of: Any) -> None:
    """In the Reuters-like scrape the quote is the Azerbaijani ministry's, not the Armenian
    minister's named in the sentence before (the old extractor credited him)."""
    article = article_of(DATA / "reuters_like.txt")
    assert [(q.speaker, q.speaker_kind) for q in article.quotes] == [
        ("Azerbaijan's foreign ministry", SpeakerKind.ORGANISATION)
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Minister Rauf Karimli's adviser said the plan “gives the region a decade of "
            "cheap power at last”.",
            [],
            id="owner-is-not-the-speaker",
        ),
        pytest.param(
            "President Mira Holm met the delegation on Monday, a senior official said.\n\n"
            "“Nobody expects a breakthrough before the elections,” the official said.",
            [None],
            id="an-unnamed-official-stays-unnamed",
        ),
        pytest.param(
            "“The survey of the northern fields is complete,” agency head Orkhan Safarli said."
            "\n\nThe opposition party replied that the figures were wrong and said it would "
            "publish its own.\n\n“Nobody has checked the southern slopes since the floods of "
            "last spring.”",
            # the quotation alone in its paragraph is still speech, nobody's the text names
            ["Orkhan Safarli", None],
            id="someone-else-speaking-in-between-ends-the-continuation",
        ),
        pytest.param(
            '"Since spring, 4,100 hectares have been cleared in the two districts," Chairman of '
            "the Board of the Mine Action Agency of the Republic of Azerbaijan (ANAMA) Zaur "
            "Aliyev said.\n\nInforming the guests, the ANAMA Chairman said that work goes on."
            '\n\n"The threat remains, and every month new devices are found near the villages."',
            ["Zaur Aliyev", "Zaur Aliyev"],
            id="the-same-speaker-by-title-in-between-keeps-it",
        ),
    ],
)
def test_no_speaker_guessed(text: str, speakers: list[str | None]) -> None:
    """Owners, unnamed officials and other speakers in between never lend a speaker."""
    assert [q.speaker for q in analysed(text).quotes] == speakers


def test_paragraph_ending_in_a_colon_introduces_the_next() -> None:
    """'X заявил следующее:' at a paragraph's end: the quote opening the next is X's."""
    text = (
        "Президент Ильхам Алиев на встрече с министром Эльдаром Керимовым заявил следующее:\n\n"
        "«Мы рассчитываем, что следующий год станет годом прорыва в переговорах».\n\n"
        "«Мы любим этот город, он стал по-настоящему красивым», — оценил Алиев."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Ilham Aliyev", "Ilham Aliyev"]


def test_ob_etom_zayavil_in_the_next_paragraph() -> None:
    """'«…»' closing a paragraph and 'Об этом заявил X' opening the next: X said it."""
    text = (
        "«Мы готовы увеличить поставки газа в страны Балкан уже в следующем году».\n\n"
        "Об этом заявил посол Азербайджана в Румынии Эльмир Гасанов в интервью агентству."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Эльмир Гасанов"]


def test_quote_running_over_a_paragraph_break() -> None:
    """«… (new paragraph) …», — заявила X: both parts are hers, an inner «…» notwithstanding."""
    text = (
        "Официальный представитель министерства Вера Лаптева провела брифинг.\n\n"
        "«Что касается ситуации на границе, то военные и дипломаты находятся в постоянном "
        "контакте со сторонами.\n\n"
        "Российская сторона ищет пути решения непосредственно «на земле» и оказывает "
        "гуманитарное содействие», — заявила Лаптева."
    )
    quotes = analysed(text).quotes
    assert [q.speaker for q in quotes] == ["Вера Лаптева", "Вера Лаптева"]


def test_quote_after_a_sentence_of_speech() -> None:
    """'Об этом заявила X. «…»': the quote opening the next sentence is hers."""
    text = (
        "Москва приветствовала бы прямой диалог между столицами. Об этом заявила официальный "
        "представитель ведомства Вера Лаптева. «Такие шаги способствуют атмосфере доверия "
        "и идут на пользу всему региону»."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Вера Лаптева"]


def test_quotation_over_several_paragraphs() -> None:
    """A quotation whose paragraphs each open with a mark, closed by 'Mr X says', is his."""
    text = (
        "Foreign Minister Tomas Varga has welcomed the ceasefire agreement.\n\n"
        "“We congratulate both delegations on this careful and positive step.\n\n"
        "“We also thank the hosts of the talks for their patience and their help.\n\n"
        "“We look forward to discussing the next steps in Geneva next week,” Mr Varga says."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Tomas Varga"] * 3


def test_quotation_with_unmarked_middle_paragraphs() -> None:
    """Middle paragraphs without marks belong to the quotation that closes after them."""
    text = (
        "Peace has been affirmed, said Foreign Minister Anahit Sargsyan at the session.\n\n"
        "“There is a lot of talk here too, and many say that problems remain in place.\n\n"
        "Peace is a long process. Peace requires care and attention to every word.\n\n"
        "The risk of escalation is minimal, and we are aiming for zero,” she stated."
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Anahit Sargsyan"] * 3


def test_pronoun_ending_the_clause_before_a_colon() -> None:
    """'In a statement issued today, he said:' then the quote: his words."""
    text = (
        "Foreign Minister Tomas Varga welcomed the accord.\n\n"
        "In a statement issued today (8 October), he said:\n\n"
        "“I welcome the agreement reached by the government and the rebels in the south.”"
    )
    assert [q.speaker for q in analysed(text).quotes] == ["Tomas Varga"]


def test_title_of_another_country_is_not_the_minister_without_one() -> None:
    """'the Armenian minister' is not a minister whose country the text does not give."""
    text = (
        "Minister Ion Stanescu visited the plant on Monday.\n\n"
        "“The line will be ready before the winter,” the Armenian minister said."
    )
    assert [q.speaker for q in analysed(text).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Вице-премьер Олжас Бектенов выступил на заседании. «Нам нужно особо следить за "
            "добычей у тех, кто не участвует в сделке», — заметил он.",
            "Олжас Бектенов",
            id="ru-zametil",
        ),
        pytest.param(
            "Аналитик Тимур Рахимов оценил новые тарифы. «Цены на газ этой зимой вырастут, "
            "но не сильно», — говорит он.",
            "Тимур Рахимов",
            id="ru-present-tense",
        ),
        pytest.param(
            "Аналитик Тимур Рахимов оценил новые тарифы. «Цены на газ этой зимой вырастут, "
            "но не сильно», — говорится в заявлении.",
            None,
            id="ru-impersonal-is-no-speaker",
        ),
    ],
)
def test_more_speech_verbs(text: str, speaker: str | None) -> None:
    """'заметил', present-tense 'говорит' attribute; impersonal 'говорится' does not."""
    assert [q.speaker for q in analysed(text).quotes] in ([speaker], [])
    if speaker is not None:
        assert [q.speaker for q in analysed(text).quotes] == [speaker]


def test_pronoun_never_points_to_an_object() -> None:
    """'… поздравил коллегу Сергея Лаврова. «…», — сказал он': not Lavrov."""
    text = (
        "После этого глава МИД Казахстана поздравил своего российского коллегу Сергея "
        "Лаврова с праздником.\n\n«Желаем успехов на высоком посту и удачи в работе», — "
        "сказал он."
    )
    assert [q.speaker for q in analysed(text).quotes] == [None]


def test_signature_line_under_a_quote() -> None:
    """A quote and then a paragraph that is only '– X' (a record's paragraphs keep such a
    line); and an initial before a surname ('сказал А. Смагулов')."""
    paragraphs = [
        "Официальный представитель министерства Айдос Смагулов выступил на брифинге.",
        "«Переговоры пройдут в Алматы, обе стороны подтвердили своё участие»",
        "– Айдос Смагулов",
        "«Дату переговоров мы сообщим дополнительно», – сказал А. Смагулов.",
    ]
    doc = RawDocument(
        source_name="r.json",
        source_format=SourceFormat.JSON,
        title="Переговоры в Алматы",
        paragraphs=paragraphs,
        meta=SourceMeta(),
    )
    assert [q.speaker for q in analyse(doc).quotes] == ["Айдос Смагулов", "Айдос Смагулов"]
