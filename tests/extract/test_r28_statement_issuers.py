"""Round 28 (statement issuers): a quote credited only to "the statement" or to an impersonal
"говорится в сообщении", whose issuer the text named with a document sentences before it. The
sentences are invented (invented bodies and places)."""

from __future__ import annotations

from extracted import quote_speaker


def test_a_later_impersonal_attribution_is_the_body_named_with_the_document() -> None:
    """'Так сказано в сообщении X, … (¶) «…», — указано в сообщении': X."""
    text = (
        "Стороны договорились расширить торговлю зерном. Так сказано в сообщении МИД РФ, "
        "опубликованном после встречи министров в Тарвии.\n\n"
        "«Стороны подтвердили намерение увеличить поставки зерна в следующем году», — "
        "указано в сообщении."
    )
    assert quote_speaker(text, "Стороны подтвердили") == "Russian Foreign Ministry"


def test_a_document_put_out_by_a_ministry_named_with_an_adjective() -> None:
    """'…в их совместном заявлении …, которое распространил тарвийский МИД. (¶) «…», —
    говорится в заявлении': the ministry that put the statement out."""
    text = (
        "Две страны продолжат переговоры в столице Тарвии. Так сказано в совместном "
        "заявлении сторон после встречи, которое распространил тарвийский МИД.\n\n"
        "«Стороны провели встречи и согласились продолжить работу над соглашением в мае», — "
        "говорится в заявлении."
    )
    assert quote_speaker(text, "Стороны провели") == "тарвийский МИД"


def test_the_statement_says_after_the_body_statement_named_before() -> None:
    """'The Kessin Council statement notes that … (¶) … “…,” the statement says': the
    council named with the statement."""
    text = (
        "The European Commission statement notes the two neighbours plan “to reopen "
        "the border crossings and to stop the shelling.” Talks resume in May.\n\n"
        "The two governments also agreed “to restore rail traffic within a month,” the "
        "statement says."
    )
    assert quote_speaker(text, "to restore rail traffic") == "European Commission"


def test_the_embassy_release_is_the_embassy_that_issued_it() -> None:
    """'A press release put out by the Tarvian Embassy in Kessin says … (¶) “…,”
    the Embassy press release stated': the embassy named in full before."""
    text = (
        "A press release put out by the Tarvian Embassy in Kessin says the new "
        "bridge was opened at a ceremony attended by officials of the Kessin Ministry of "
        "Roads and the Tarvian Railway Company.\n\n"
        "Photo of the bridge (Kessin Daily via Tarvian Embassy in Morvale)\n\n"
        "Photo of the bridge (via Tarvian Embassy in Morvale)\n\n"
        "The bridge cost forty million dollars to build. “Tarvia and Kessin have a long "
        "record of building roads together,” the Embassy press release stated."
    )
    assert quote_speaker(text, "Tarvia and Kessin") == "Tarvian Embassy in Kessin"


def test_a_document_named_with_a_person_gives_no_body() -> None:
    """'a statement by Ivo Marsh' (a person) and then '“…,” the statement said': no body."""
    text = (
        "The plan was announced in a statement by Ivo Marsh on Monday.\n\n"
        "“The work on the new port will begin in the spring,” the statement said."
    )
    assert quote_speaker(text, "The work on the new port") in (None, "Ivo Marsh")


def test_a_joint_statement_nobody_is_named_as_issuing_speaks_itself() -> None:
    """'A joint Tarvian-Kessinian statement welcomed … (¶) “…,” the statement said': the
    joint statement, no one party."""
    text = (
        "A joint Tarvian-Kessinian statement welcomed the start of talks on the river.\n\n"
        "“Both governments urge the parties to engage in the talks toward a lasting "
        "settlement,” the statement said."
    )
    assert quote_speaker(text, "Both governments urge") == "joint Tarvian-Kessinian statement"


def test_a_joint_statement_as_the_subject_after_the_quote() -> None:
    """'“…,” a joint statement published on Wednesday said': the joint statement."""
    text = (
        "Tarvia and Kessin have signed a defence pact.\n\n"
        "“This agreement aims to deepen the defence ties of Tarvia and Kessin and make "
        "any attack on either less likely,” a joint statement published on Wednesday said."
    )
    assert quote_speaker(text, "This agreement aims") == "joint statement"


def test_it_said_after_a_phrase_the_quote_sentence_goes_on_with() -> None:
    """'“…” in future, it said': "it", after the comma, is the body that spoke before."""
    text = (
        "“Tarvgas will sell its gas in Kessin for the next ten years,” Tarvgas said in a "
        "statement.\n\n"
        "The deal covers not only “existing pipelines but also new pipelines to be built” in "
        "future, it said."
    )
    assert quote_speaker(text, "existing pipelines") == "Tarvgas"


def test_the_statement_said_after_a_clause_the_quote_sentence_goes_on_with() -> None:
    """'… “…” and agreed to meet again, the statement said': the statement last spoken of."""
    text = (
        "The foreign ministers of Tarvia and Kessin signed a joint statement after talks in "
        "Morvale.\n\n"
        "The ministers talked over the dispute “within a frame both sides accept” "
        "and will meet again in May, the statement said."
    )
    assert quote_speaker(text, "within a frame both") == "joint statement"
