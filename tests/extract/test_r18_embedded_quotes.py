"""Quoted words inside a reporting sentence (round 18): 'X concluded, the talks were “…”' is
X's, also when X's name opens with a two-letter initial ("Ts. Verbeek"), whose dot ends no
sentence; and the constructions the embedded rule already reads stay credited. Every
sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import under_headline

_WORDS = "a clear sign that patient talks between neighbours can settle old quarrels"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Ts. Verbeek", id="two-letter-initial"),
        pytest.param("Kh. Oyundari", id="two-letter-initial-kh"),
        pytest.param("T. Verbeek", id="one-letter-initial"),
    ],
)
def test_an_initial_inside_the_name_ends_no_sentence(name: str) -> None:
    article = under_headline(
        "The talks in Lisbon ended on Tuesday with a joint statement on fisheries.\n\n"
        f"The head of the cabinet office {name} concluded, the meeting was “{_WORDS}.”"
    )
    assert [(q.speaker, q.text) for q in article.quotes] == [(name, f"{_WORDS}.")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "Deputy minister Marta Quell said the accord was not aimed at any third party, "
            f"but “{_WORDS}.”",
            "Marta Quell",
            id="said-the-accord",
        ),
        pytest.param(
            f"Deputy minister Marta Quell called the accord “{_WORDS}.”",
            "Marta Quell",
            id="called-the-accord",
        ),
        pytest.param(
            f"The Harbour Union said on Monday it trusted that at last “{_WORDS}.”",
            "Harbour Union",
            id="body-said-it-trusted",
        ),
    ],
)
def test_embedded_words_go_to_the_subject_of_the_verb(sentence: str, speaker: str) -> None:
    article = under_headline(
        f"The talks in Lisbon ended on Tuesday with a joint statement on fisheries.\n\n{sentence}"
    )
    assert [(q.speaker, q.text) for q in article.quotes] == [(speaker, f"{_WORDS}.")]


def test_two_people_named_before_the_verb_get_nothing() -> None:
    """Two people named before the verb and no one subject: the words are nobody's."""
    article = under_headline(
        "After Tomas Verbeek met Marta Quell in Lisbon, the two sides said the accord was "
        f"“{_WORDS}.”"
    )
    assert all(q.speaker is None for q in article.quotes)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            f"Deputy minister Marta Quell welcomed the new accord, saying it was “{_WORDS}.”",
            "Marta Quell",
            id="person-welcomed-saying",
        ),
        pytest.param(
            "The Harbour Union issued a statement on Monday, saying that the ferry was held "
            f"for “{_WORDS}.”",
            "Harbour Union",
            id="body-statement-saying",
        ),
    ],
)
def test_a_speech_participle_after_another_verb_carries_the_subjects_words(
    sentence: str, speaker: str
) -> None:
    article = under_headline(
        f"The talks in Lisbon ended on Tuesday with a joint statement on fisheries.\n\n{sentence}"
    )
    assert [(q.speaker, q.text) for q in article.quotes] == [(speaker, f"{_WORDS}.")]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            f"Marta Quell met Tomas Verbeek in Lisbon, saying the accord was “{_WORDS}.”",
            id="two-people-before",
        ),
        pytest.param(
            "Marta Quell welcomed the accord, which Tomas Verbeek signed, saying it was "
            f"“{_WORDS}.”",
            id="relative-clause-person",
        ),
        pytest.param(
            f"Он приветствовал соглашение, подчеркнув, что «{_WORDS}».",
            id="unresolved-pronoun",
        ),
    ],
)
def test_a_participle_with_no_sure_subject_credits_no_one(sentence: str) -> None:
    article = under_headline(
        f"The talks in Lisbon ended on Tuesday with a joint statement on fisheries.\n\n{sentence}"
    )
    assert [q.speaker for q in article.quotes if q.text.startswith("a clear")] == []


def test_advises_after_a_quote_names_its_speaker() -> None:
    """'“…,” advises X, a …': "advises" is a speech verb of the lexicon."""
    article = under_headline(
        "The talks in Lisbon ended on Tuesday with a joint statement on fisheries.\n\n"
        f"“{_WORDS},” advises Marta Quell, a fisheries scientist."
    )
    assert [(q.speaker, q.text) for q in article.quotes] == [("Marta Quell", f"{_WORDS},")]
