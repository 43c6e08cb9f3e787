"""Round 5: attribution constructions found on real pages from many outlets (wires on OPEC+
and nuclear talks, summit, central-bank, election, court and sports pieces) that lost a quote
or its speaker: reporting verbs and relays, quotes split or running on, each reproduced with
invented sentences (real office holders only named)."""

from __future__ import annotations

from extracted import speaker_of, under_headline


def test_second_quote_after_an_unnamed_speakers_attribution_is_kept_without_speaker() -> None:
    """'“A,” he said at the press conference. “B.”' with nobody named: both quotes, no one's."""
    article = under_headline(
        "The coach of the visiting side was shown a yellow card for his protest.\n\n"
        "“We scored fairly and the linesman saw it too,” he said after the final whistle. “I "
        "never spoke to the referee during the match.”"
    )
    assert speaker_of(article, "We scored fairly") is None
    assert speaker_of(article, "I never spoke") is None


def test_relayed_words_peredaet_slova() -> None:
    """'«…», – передает слова X официальный сайт клуба': X's words."""
    article = under_headline(
        "Главный тренер «Вымпела» Андрей Петров поздравил соперника с победой.\n\n"
        "«Хотелось бы поздравить «Маяк» с заслуженной победой. Мы провели хорошие тридцать "
        "минут, а дальше игра ушла.\n\n"
        "Мы ехали сюда за другим результатом и очень расстроены», – передает слова Петрова "
        "официальный сайт «Маяка»."
    )
    assert speaker_of(article, "Хотелось бы") == "Андрей Петров"
    assert speaker_of(article, "Мы ехали сюда") == "Андрей Петров"


def test_was_quoted_as_saying() -> None:
    """'“…,” Deputy Minister X was quoted as saying by state television': X said it."""
    article = under_headline(
        "“All restrictions on shipping and banking should be lifted under what we agreed,” "
        "Deputy Minister Karim Zand was quoted as saying by state television."
    )
    assert speaker_of(article, "All restrictions") == "Karim Zand"


def test_honorific_abbreviation_in_the_subject_after_a_quote() -> None:
    """'“It’s …,” Mr. Holloway said on the channel’s “Morning Desk.”': Holloway."""
    article = under_headline(
        "Trade Secretary Ben Holloway answered.\n\n"
        "“It’s a little sad that the earlier steps led to no talks. Perhaps the next ones "
        "will,” Mr. Holloway said on the channel’s “Morning Desk.”"
    )
    assert speaker_of(article, "It’s a little") == "Ben Holloway"


def test_embedded_quote_in_a_sentence_opened_by_according_to() -> None:
    """'According to X, if …, then the talks “…”': X's words."""
    article = under_headline(
        "Foreign ministry spokesman Arda Demir spoke to reporters on Monday.\n\n"
        "According to Demir, if the other side decides, then the talks “will move quickly to a "
        "good and reliable agreement.”"
    )
    assert speaker_of(article, "will move quickly") == "Arda Demir"


def test_more_reporting_verbs_after_a_quote() -> None:
    """'“…,” X conceded / vowed / reiterated', '«…», — уверен X / пишет X'."""
    english = under_headline(
        "Energy Minister Tomas Varga met the delegation on Monday.\n\n"
        "“We cannot promise lower prices before the spring at the earliest,” Varga conceded.\n\n"
        "“We will keep the pipeline running through the whole winter season,” Varga vowed."
    )
    assert speaker_of(english, "We cannot promise") == "Tomas Varga"
    assert speaker_of(english, "We will keep") == "Tomas Varga"
    russian = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Мы сохраним работу трубопровода на протяжении всего зимнего сезона», — уверен "
        "Варгин.\n\n"
        "«Цены для населения не вырастут до конца отопительного сезона», — пишет Варгин."
    )
    assert speaker_of(russian, "Мы сохраним") == "Олег Варгин"
    assert speaker_of(russian, "Цены для") == "Олег Варгин"


def test_cited_as_saying() -> None:
    article = under_headline(
        "“We will keep the pipeline running through the whole winter season,” Energy Minister "
        "Tomas Varga was cited as saying by the agency."
    )
    assert speaker_of(article, "We will keep") == "Tomas Varga"


def test_outlet_citing_a_person_by_name() -> None:
    """'«…», — цитирует X ТАСС': X's words; '«…», — цитирует ТАСС' alone: no speaker."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Мы сохраним работу трубопровода на протяжении всего зимнего сезона», — цитирует "
        "Варгина ТАСС.\n\n"
        "«Поставки сохранятся в прежнем объеме до конца года», — цитирует ТАСС."
    )
    assert speaker_of(article, "Мы сохраним") == "Олег Варгин"
    assert speaker_of(article, "Поставки сохранятся") is None


def test_russian_subject_after_the_verb_before_a_colon() -> None:
    """'Об этом заявил X: «…»': X, named after the verb, speaks."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "Об этом заявил Варгин: «Мы сохраним работу трубопровода на протяжении всего "
        "зимнего сезона»."
    )
    assert speaker_of(article, "Мы сохраним") == "Олег Варгин"


def test_statement_quoting_a_person() -> None:
    """'“…,” the ministry said in a statement, quoting X': X's words."""
    article = under_headline(
        "Energy Minister Tomas Varga met the delegation on Monday.\n\n"
        "“We will keep the pipeline running through the whole winter season,” the ministry "
        "said in a statement, quoting Varga."
    )
    assert speaker_of(article, "We will keep") == "Tomas Varga"


def test_colon_after_a_participle_clause_and_a_verb_of_manner() -> None:
    """'Asked about prices, X was blunt: “…”': X."""
    article = under_headline(
        "Energy Minister Tomas Varga met the delegation on Monday.\n\n"
        "Asked about prices, Varga was blunt: “Prices for households will stay where they are "
        "until spring.”"
    )
    assert speaker_of(article, "Prices for households") == "Tomas Varga"


def test_citing_a_person() -> None:
    article = under_headline(
        "Energy Minister Tomas Varga met opposition leader Marek Horn on Monday.\n\n"
        "“We will keep the pipeline running through the whole winter season,” the ministry "
        "said, citing Varga."
    )
    assert speaker_of(article, "We will keep") == "Tomas Varga"


def test_quote_split_by_its_attribution_runs_on_into_the_next_paragraph() -> None:
    """'«A, — сказала X. — B (paragraph break) C»': A, B and C are all X's."""
    article = under_headline(
        "Явка составила 51 процент, сообщила глава комиссии Элла Кравец.\n\n"
        "«Вообще, мы видим серьёзные отличия от прошлой кампании пять лет назад, — сказала "
        "Кравец. — Это прежде всего рост разнообразия партий.\n\n"
        "Как уже можно предположить, в парламент проходят не четыре, а пять партий»."
    )
    assert speaker_of(article, "Это прежде всего") == "Элла Кравец"
    assert speaker_of(article, "Как уже можно") == "Элла Кравец"


def test_quoted_as_saying_before_the_quote() -> None:
    """'Y quoted X as saying: “…”': X's words, not Y's."""
    article = under_headline(
        "Energy Minister Tomas Varga met opposition leader Marek Horn on Monday.\n\n"
        "Horn quoted Varga as saying: “We will keep the pipeline running through the whole "
        "winter season.”"
    )
    assert speaker_of(article, "We will keep") == "Tomas Varga"


def test_takoe_zayavlenie_sdelal() -> None:
    """'«…» — такое заявление сделал X', '«…». Такое мнение высказал X.': X."""
    article = under_headline(
        "Министр энергетики Олег Варгин провел встречу с делегацией.\n\n"
        "«Мы сохраним работу трубопровода на протяжении всего зимнего сезона» — такое "
        "заявление сделал Варгин.\n\n"
        "«Цены для населения не изменятся до конца отопительного сезона». Такое мнение "
        "высказал министр энергетики Олег Варгин."
    )
    assert speaker_of(article, "Мы сохраним") == "Олег Варгин"
    assert speaker_of(article, "Цены для") == "Олег Варгин"
