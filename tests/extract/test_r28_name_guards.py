"""Round 28 (name guards): words read as people's names that were not, or a first name read
as a country, which sent quotes to a wrong speaker. The sentences are invented (invented
people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.extract.mentions import scan
from briefings.extract.name_tokens import is_name_token


def test_a_name_word_cut_by_a_garbled_letter_is_no_name() -> None:
    """'NausÄ—da' (a letter garbled into two): 'NausÄ' is a cut word, not a surname."""
    assert not is_name_token("KaunÄ")
    assert is_name_token("McKenna")


def test_a_tour_is_no_person() -> None:
    """'an Amgen Tour of California invite', 'Tour de Beauce': races, not people."""
    text = (
        "Rider Ben Kowal joined the team this week. Kowal, winner of the Kessin Classic and "
        "Tour de Morvale last year, was without a contract.\n\n"
        "The manager said the synergy of Kowal’s arrival, an Orlen Tour of Tarvia invite and "
        "the new deal developed at once."
    )
    assert [p.name for p in under_headline(text).people] == ["Ben Kowal"]


def test_chad_before_a_surname_is_a_first_name() -> None:
    """'General manager Chad X said': a first name that is also a country's name."""
    names = [m.name for m in scan(["General manager Chad Wexley said the deal helps."])]
    assert "Chad Wexley" in names
    assert "Chad" in [m.name for m in scan(["Troops from Chad arrived on Monday."])]
