"""Round 23 (wave 2): speakers read from a document, a description or a possessive. "“…,” said
the message" is the body that put the message out; a firm's legal form ends its name ("X AG
consortium" is X AG); "— сказал нефтяной чиновник" is the one person just spoken of. The
sentences are invented (invented firms, places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article


def _speakers(article: Article) -> list[str | None]:
    return [q.speaker for q in article.quotes]


def test_said_the_message_is_the_body_that_put_it_out() -> None:
    """'X AG consortium stated …' then '“…,” said the message': X AG's words."""
    article = under_headline(
        "The Norvik pipeline is half built, Brindle AG consortium stated on Monday.\n\n"
        "“Welding on the northern section runs ahead of plan,” said the message."
    )
    assert _speakers(article) == ["Brindle AG"]


def test_a_message_nobody_put_out_has_no_speaker() -> None:
    """'said the message' with no body having put out anything before: nobody is guessed."""
    article = under_headline(
        "The Norvik pipeline is half built.\n\n"
        "“Welding on the northern section runs ahead of plan,” said the message."
    )
    assert _speakers(article) == [None]


def test_the_official_described_is_the_person_just_named() -> None:
    """'X назвал итоги удачными. «…», — сказал нефтяной чиновник': the official is X."""
    article = under_headline(
        "Переговоры в Лориане завершились в пятницу.\n\n"
        "Глава нефтяной компании Норвалии Карим Эльдасов назвал итоги удачными. «Мы нашли "
        "решение, которое устроит всех участников», — сказал нефтяной чиновник журналистам."
    )
    assert _speakers(article) == ["Карим Эльдасов"]


def test_an_official_nobody_was_named_before_stays_unnamed() -> None:
    """'«…», — сказал нефтяной чиновник' with nobody named before it: nobody is guessed."""
    article = under_headline(
        "Переговоры в Лориане завершились в пятницу.\n\n"
        "«Мы нашли решение, которое устроит всех участников», — сказал нефтяной чиновник."
    )
    assert _speakers(article) == [None]


def test_her_address_declared_is_her_words() -> None:
    """'Her recorded address declared: “…”': the woman 'her' points back to."""
    article = under_headline(
        "Mayor Lena Varsk rejected the harbour plan on Monday. Her recorded address that "
        "evening declared: “Nobody may silence the square.”"
    )
    assert _speakers(article) == ["Lena Varsk"]


def test_an_outlet_quoting_him_saying_gives_his_words() -> None:
    """'The Tarvin Herald went on to quote him saying: “…”': his words, relayed."""
    article = under_headline(
        "Governor Piet Olander left the talks early. The Tarvin Herald went on to quote him "
        "saying: “I will not sign a plan that closes the mill.”"
    )
    assert _speakers(article) == ["Piet Olander"]


def test_his_statement_with_no_man_named_has_no_speaker() -> None:
    """'His statement said: “…”' where only a woman was named: nobody is guessed."""
    article = under_headline(
        "Mayor Lena Varsk rejected the harbour plan on Monday. His statement said: “Nobody "
        "may silence the square.”"
    )
    assert _speakers(article) == [None]


_HARBOUR = "“Harbour traffic fell by a third in May across the coast,” {who} said in a report.\n\n"
_IT = "It also highlighted “a slow drift of cargo toward the southern ports”, adding fees went up."


def test_it_opening_the_next_paragraph_is_the_body_quoted_before() -> None:
    """'“A,” the X Council said. (¶) It also highlighted “B”': B is the council's too."""
    article = under_headline(_HARBOUR.format(who="the Norvik Shipping Council") + _IT)
    assert _speakers(article) == ["Norvik Shipping Council", "Norvik Shipping Council"]


def test_it_after_a_person_quoted_names_nobody() -> None:
    """'“A,” Mayor X said. (¶) It also highlighted “B”': "it" is no person; nobody is guessed."""
    article = under_headline(_HARBOUR.format(who="Mayor Lena Varsk") + _IT)
    assert _speakers(article) == ["Lena Varsk", None]


_FORUM = (
    "In a statement put out on Tuesday, the {first} and Missing Sailors Forum in Tarvia urged "
    "the council to act, saying: “If a truce at sea is possible, so is one on land.”"
)


def test_a_bodys_name_may_join_two_words_with_and() -> None:
    """'the Widows and Missing Sailors Forum': "and" inside one body's name."""
    article = under_headline(_FORUM.format(first="Widows"))
    assert _speakers(article) == ["Widows and Missing Sailors Forum"]


def test_a_place_before_and_is_no_part_of_the_name() -> None:
    """'the Russia and Missing Sailors Forum': a place the gazetteer knows stays apart."""
    article = under_headline(_FORUM.format(first="Russia"))
    assert _speakers(article) == ["Missing Sailors Forum"]


def test_he_articulated_introduces_his_words() -> None:
    """'He articulated, “…”': a speech verb no list knew, after a man just named."""
    article = under_headline(
        "Governor Piet Olander said that many parts of the harbour deal remain open. He "
        "articulated, “Most clauses of the deal have not been carried out.”"
    )
    assert _speakers(article) == ["Piet Olander"]


_SHIPS = (
    '"Both ships switched off their trackers to load ore at the closed mine," the statement read.'
)


def test_the_statement_read_is_the_body_that_put_it_out() -> None:
    """'X announced sanctions … (¶) “…,” the statement read': X's statement."""
    article = under_headline(
        "The Tarvian Trade Office on Monday announced sanctions against two ships.\n\n" + _SHIPS
    )
    assert _speakers(article) == ["Tarvian Trade Office"]


def test_the_statement_read_with_no_issuer_has_no_speaker() -> None:
    """'“…,” the statement read' with nobody having put anything out: kept, unattributed."""
    article = under_headline("The ships carried ore past the blockade.\n\n" + _SHIPS)
    assert _speakers(article) == [None]
