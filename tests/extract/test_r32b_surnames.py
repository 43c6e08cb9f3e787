"""Round 32: a two-letter surname alone, a stroked-letter spelling, and "--" typed for a dash."""

from __future__ import annotations

from extracted import under_headline


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:20]) for q in under_headline(text).quotes]


def test_two_letter_surname_alone_names_the_speaker() -> None:
    text = (
        "Ma Lin, deputy head of the port authority, said the dredging would finish soon.\n\n"
        '"We plan to clear the northern channel first and then the two smaller basins by '
        'summer", Ma said.'
    )
    assert [s for s, _ in _quotes(text)] == ["Ma Lin"]


def test_sentence_opening_he_is_no_two_letter_surname() -> None:
    text = (
        "He Lin, deputy head of the port authority, met the mayor.\n\n"
        '"We plan to clear the northern channel first and then the two smaller basins by '
        'summer." He said nothing else.'
    )
    assert all(s != "He Lin" for s, _ in _quotes(text))


def test_stroked_letter_spelling_is_the_same_person() -> None:
    text = (
        "Port minister Bolesław Kaluza-Wrobel opened the meeting on Monday.\n\n"
        "Later, Port Minister Boleslaw Kaluza-Wrobel said the plan was ready.\n\n"
        '"We plan to clear the northern channel first and then the two smaller basins by '
        'summer," Kaluza-Wrobel told reporters.'
    )
    assert [s for s, _ in _quotes(text)] == ["Bolesław Kaluza-Wrobel"]


def test_two_hyphens_typed_for_the_dash_after_a_quote() -> None:
    text = (
        "Совет гавани во вторник одобрил план углубления канала.\n\n"
        '"Работы начнутся весной и продлятся два года, мы готовы к этому", -- сказал '
        "председатель совета Иван Петров."
    )
    assert _quotes(text) == [("Иван Петров", "Работы начнутся весн")]
