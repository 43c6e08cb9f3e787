"""Round 28's cheaper ingest in the digest profile: the article's names, asked word by word."""

from __future__ import annotations

from briefings.digest.profile import _Names


def test_a_name_is_a_capitalised_word_after_a_sentence_first_word() -> None:
    names = _Names(
        (
            ("Velmora plans two reactors.", "Officials said Tarnby agreed."),
            ("Velmoran engineers, in Tarnby-West, disagree.",),
        )
    )
    assert "Tarnby" in names  # inside a sentence
    assert "Velmora" not in names  # only ever first ("Velmoran" is another word)
    assert "Velmoran" not in names
    assert "West" in names  # a word of its own after the hyphen
    assert "officials" not in names and "Officials" not in names
    assert "" not in names


def test_a_word_first_in_one_sentence_and_inside_another_is_a_name() -> None:
    names = _Names((("Corvale met.", "Talks in Corvale went on."),))
    assert "Corvale" in names
