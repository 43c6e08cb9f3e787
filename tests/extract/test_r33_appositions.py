"""Round 33: a name the lists do not know, set off before a description that only a person
fits: one of a trade or a crowd ("one of the miners,"), a member of a body whatever word
says what kind ("a board member of")."""

from __future__ import annotations

from extracted import people_under_headline


def test_one_of_a_crowd_set_off_after_the_name() -> None:
    text = "Outside the gate, Tavu Ilenka, one of the miners, waits for the morning shift bus."
    assert "Tavu Ilenka" in people_under_headline(text)


def test_a_member_of_a_body_with_a_word_of_kind() -> None:
    text = (
        "The grid was never switched off, Orsino Balde, a board member of the water utility, "
        "told a local radio station."
    )
    assert "Orsino Balde" in people_under_headline(text)


def test_a_body_that_founded_a_league_stays_out() -> None:
    text = "The Harbour Rowing Club, one of the founders of the league, said it would appeal."
    assert people_under_headline(text) == []
