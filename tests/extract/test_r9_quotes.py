"""Round 9: the one told is not the one who spoke. Constructions of real pages that credited
the addressee of "told", reproduced with invented sentences (invented people and outlets)."""

from __future__ import annotations

from extracted import speaker_of, under_headline


def test_the_outlet_told_after_a_scare_quoted_name_is_no_speaker() -> None:
    """'X, from the “Y Army,” told Norvik Radio, “…”': the marks around the group's name make
    it look like a quote closed before 'told Norvik Radio'; the outlet told heard the words
    (and the group's name) and said neither."""
    article = under_headline(
        "Rebels in the hills agreed to a truce with the army on Monday.\n\n"
        "Meanwhile, Tam Rell, from the “Highland National Liberation Army,” told Norvik "
        "Radio, “We have agreed to reopen the river markets” with the lowland towns."
    )
    assert [q.speaker for q in article.quotes if q.speaker == "Norvik Radio"] == []
    later = [q.speaker for q in article.quotes if q.text.startswith("We have")]
    assert set(later) <= {None, "Tam Rell"}


def test_the_addressee_of_told_does_not_take_the_next_quote() -> None:
    """'“A,” Harrow told Coast Radio. “B.”': Coast Radio heard A; B is not Coast Radio's."""
    article = under_headline(
        "A farmer lost two sons to an old shell on Sunday, the district council said.\n\n"
        "“I think my son was looking for scrap metal in the barn behind the school,” Harrow "
        "told Coast Radio. “He picked up the shell and carried it home, and it went off.”"
    )
    assert [q.speaker for q in article.quotes if q.speaker == "Coast Radio"] == []
    assert any(q.text.startswith("I think my son") for q in article.quotes)


def test_the_speaker_before_told_keeps_the_quote() -> None:
    """'Minister X told Y, “…”': X spoke (the rule drops only the addressee)."""
    article = under_headline(
        "The new pipeline is almost ready, officials said on Tuesday.\n\n"
        "Energy Minister Oren Valdt told Tidewire, “The pipeline will carry gas by spring.”"
    )
    assert speaker_of(article, "The pipeline will carry") == "Oren Valdt"


def test_he_is_not_the_one_told() -> None:
    """'X, a farmer, spoke to Coast Radio … Y told Coast Radio …. “…,” he said': a name read
    as a person right after "told" is whom the words were told to; "he" is not that name."""
    article = under_headline(
        "A farmer lost two sons to an old shell on Sunday, the district council said.\n\n"
        "The family lives in a village near the old front line, a neighbour told Coast Radio.\n\n"
        "“Nobody warned us that the barn was full of shells,” he said."
    )
    assert [q.speaker for q in article.quotes if q.speaker == "Coast Radio"] == []


def test_a_statement_of_an_inflected_russian_acronym_is_that_bodys() -> None:
    """'«…», — говорится в заявлении МИДа': a Russian acronym with a lowercase case
    ending after the document word names the body that put the statement out."""
    article = under_headline(
        "Президент Зарении провел телефонные переговоры с соседями.\n\n"
        "«Стороны договорились встретиться на высоком уровне в ближайшие недели», — "
        "говорится в заявлении МИДа."
    )
    quote = next(q for q in article.quotes if q.text.startswith("Стороны договорились"))
    assert quote.speaker == "МИД"
