"""Round 28: a label written as a list's short alias ("МИД РФ") is the body the extractor
names by that list's name, before the alias is written out in full."""

from __future__ import annotations

from briefings.evaluate.matching import name_matches


def test_a_short_alias_label_matches_the_listed_body() -> None:
    assert name_matches("МИД РФ", "Russian Foreign Ministry")


def test_another_body_does_not_match() -> None:
    assert not name_matches("МИД РФ", "Council of the European Union")
