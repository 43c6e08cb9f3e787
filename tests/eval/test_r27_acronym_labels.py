"""Round 27: a speaker labelled by its acronym is the body the extractor names in full."""

from __future__ import annotations

import pytest

from briefings.evaluate.matching import name_matches


def test_an_acronym_label_matches_the_body_named_in_full() -> None:
    assert name_matches("LRF", "Lorian Rescue Fleet")
    assert name_matches("MTR", "Ministry of Transport of Ruritania")


@pytest.mark.parametrize(
    ("gold", "name"),
    [("LRF", "Lorian Rail Fund Board"), ("Lrf", "Lorian Rescue Fleet"), ("LRF", "Lorian")],
)
def test_other_letters_do_not_match(gold: str, name: str) -> None:
    assert not name_matches(gold, name)
