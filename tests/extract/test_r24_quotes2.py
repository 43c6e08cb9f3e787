"""Round 24 (second pass): quotes the extractor left out. A paragraph that is one quote after
a paragraph reporting someone's speech without "that" ('X confirmed on Monday the talks
would open') or closing on 'Об этом заявил X'; a quote paragraph the page cuts off; short
quoted clauses after a speech verb whose subject names no one known. Where the text does not
say who spoke, the quote is kept with no speaker. The sentences are invented (invented
people, places and bodies)."""

from __future__ import annotations

from extracted import analysed, under_headline


def test_reported_clause_without_that_introduces_the_quote_paragraph() -> None:
    """'X confirmed on Monday peace talks would open …' then a paragraph that is one
    quote: X's words, as with 'confirmed that'."""
    article = analysed(
        "Defence minister Anton Vales confirmed on Monday peace talks with the river clans "
        "would open in March.\n\n"
        "“It looks like the first round will be held in Orsk, and both delegations have "
        "already agreed on the agenda.”"
    )
    assert [q.speaker for q in article.quotes] == ["Anton Vales"]


def test_united_states_is_no_speech_verb() -> None:
    """The capitalised 'States' of 'United States' is a name's word, not 'states': the one
    speech verb of the sentence is the one after the envoy's name."""
    article = analysed(
        "United States trade envoy Mira Holt confirmed on Friday the tariffs on timber would "
        "be lifted by the summer.\n\n"
        "“We have listened to the mills and the ports, and the duties will go before the "
        "next harvest.”"
    )
    assert [q.speaker for q in article.quotes] == ["Mira Holt"]


def test_a_verb_that_asks_introduces_no_answer() -> None:
    """'X asked on Monday whether …' then a quote paragraph: the answer may be anyone's."""
    article = analysed(
        "Senator Ilse Marren asked on Monday whether the ferry to Orsk would run again this "
        "year.\n\n"
        "“The ferry will run again once the new pier is finished and the dredging is done.”"
    )
    assert "Ilse Marren" not in {q.speaker for q in article.quotes}


def test_said_nothing_before_a_bare_clause_reports_no_words() -> None:
    """'X said nothing on Monday, and the talks would …': no words of X's reported."""
    article = analysed(
        "Minister Teo Barsk said nothing on Monday and the talks would go on without him.\n\n"
        "“We cannot wait for the ministry forever while the harbour stays closed to us.”"
    )
    assert "Teo Barsk" not in {q.speaker for q in article.quotes}


def test_russian_lede_closing_on_who_said_it_introduces_the_quote() -> None:
    """'… Об этом заявил X, выступая …' closing the lede: the quote paragraph after it is
    X's."""
    article = under_headline(
        "Тарвия и Велмар завершат строительство моста через реку к осени. Об этом заявил "
        "министр транспорта Тарвии Олег Дрозов, выступая на форуме в Орске.\n\n"
        "«Мост будет открыт для грузовиков уже в сентябре. Мы сделаем все, чтобы работы "
        "закончились вовремя»."
    )
    [quote] = [q for q in article.quotes if "Мост будет" in q.text]
    assert quote.speaker == "Олег Дрозов"


def test_a_quote_paragraph_the_page_cuts_off_is_kept_without_a_speaker() -> None:
    """The last paragraph opens a quote and the page ends inside it, nobody introducing it:
    the words are kept, with no speaker guessed."""
    article = analysed(
        "The clearance teams started work on the northern slopes of the Orsk valley in "
        "April and plan to continue until the first snow.\n\n"
        "“Because of the rains, the season on the slopes lasts only four to five months, "
        "usually from late spring until the ground fre"
    )
    [quote] = article.quotes
    assert quote.text.startswith("Because of the rains")
    assert quote.speaker is None


def test_a_cut_off_quote_after_reported_speech_is_the_reporters() -> None:
    """A cut-off quote paragraph after 'X confirmed on Monday the work would …': X's."""
    article = analysed(
        "Agency head Lena Vorn confirmed on Monday the work would go on until the first "
        "snow.\n\n"
        "“Because of the rains, the season on the slopes lasts only four to five months, "
        "usually from late spring until the ground fre"
    )
    assert [q.speaker for q in article.quotes] == ["Lena Vorn"]


def test_quoted_clauses_after_an_unknown_group_are_kept_without_a_speaker() -> None:
    """'The delegates said that they “A” and “B.”': the words are speech, whose exactly the
    text does not name; kept, with no speaker."""
    article = analysed(
        "The rebel talks were suspended in May.\n\n"
        "In a statement, the river clans' negotiators said that they “welcome the offer of a "
        "new round” and “hope to meet again before the autumn rains close the roads.”"
    )
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [
        ("welcome", None),
        ("hope", None),
    ]
