"""Round 27 (quote recall): speakers the paragraphs around a quote name, missed before. The
sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import analysed


def _speakers(article: object) -> list[str | None]:
    return [q.speaker for q in article.quotes]  # type: ignore[attr-defined]


def test_a_name_inside_the_end_of_a_running_quotation_is_not_the_role_said_again() -> None:
    """'Agent X spoke. "A. (line) B. … with Y", - said the agent.': Y is named inside the
    quotation's last paragraph, which has only its closing mark; 'the agent' is still X."""
    article = analysed(
        "Переговоры о контракте\n\n"
        "Агент нападающего Ивана Петрова Олег Смирнов рассказал о переговорах с клубом.\n"
        '"Я не понимаю, почему клуб тянет с решением по контракту на два года.\n'
        "При этом клуб подписывает других игроков на четыре года.\n"
        "В апреле мы говорили с директором. Нам предложили всего один год. Директор делает "
        'все, чтобы расстаться с Петровым", - сказал агент.\n'
    )
    assert _speakers(article) == ["Олег Смирнов"] * 3


def test_a_quote_in_a_clause_whose_subject_is_it_is_the_body_spoken_of() -> None:
    """'The ministry said …. It added that … “…”': "it" is the body, as in '“…,” it added'."""
    article = analysed(
        "Velmar and Tarvia agree a truce\n\n"
        "Velmar and Tarvia signed a truce in Morvale, the Ruritanian Foreign Ministry announced. "
        "The ministry said a joint border body would be formed within a month. It added that "
        "both parties will meet again to keep the truce “in a steady and lasting way.”"
    )
    assert _speakers(article) == ["Ruritanian Foreign Ministry"]


def test_but_it_said_carries_the_body_on_too() -> None:
    article = analysed(
        "Velmar and Tarvia agree on the ferry\n\n"
        "Velmar and Tarvia reached an understanding on the ferry, the Velmar Foreign Ministry "
        "said in a statement. The ministry gave no details. But it said this followed "
        '"frank and useful discussions" between the two sides.'
    )
    assert _speakers(article) == ["Velmar Foreign Ministry"]


def test_it_after_a_person_names_no_body() -> None:
    """'Minister X said …. It added that … “…”': no body was spoken of, so nobody."""
    article = analysed(
        "Velmar and Tarvia agree a truce\n\n"
        "Velmar Foreign Minister Odo Brenner said the two sides agreed to set up a joint body. "
        "It added that both parties will meet again to keep the truce “in a steady and lasting "
        "way.”"
    )
    assert _speakers(article) == [None]


def test_the_statement_said_that_carries_its_issuer_on() -> None:
    """'“…,” said the statement put out by X. The statement also said that … “…”'."""
    article = analysed(
        "Velmar and Tarvia agree a truce\n\n"
        "“Both sides will set up a joint commission to watch over the truce,” said the joint "
        "statement put out by the Ruritanian Foreign Office. The statement also said that the "
        "mediators thanked both sides for their “patient and open work” at the talks."
    )
    assert _speakers(article) == ["Ruritanian Foreign Office"] * 2


def test_words_given_for_a_thing_after_as_are_the_subjects() -> None:
    """'X characterised the deal as “…”': X's words for it, as 'X called it “…”' is."""
    article = analysed(
        "Velmar and Tarvia swap prisoners\n\n"
        "Velmar's Deputy Minister of Defence, Hanna Roswell, characterized the agreement as "
        '"good news for a thousand families" after a long day of talks.'
    )
    assert _speakers(article) == ["Hanna Roswell"]


def test_a_pronoun_describing_something_as_a_quote() -> None:
    article = analysed(
        "Velmar weighs the plan\n\n"
        "Velmar leader Odo Brenner met the envoys on Monday. Days after agreeing to the plan, he "
        "criticised the bloc, formed long ago, as a “threat to our own towns.”"
    )
    assert _speakers(article) == ["Odo Brenner"]
