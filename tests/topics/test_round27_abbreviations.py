"""Round 27: dotted abbreviations ("U.S.", "U.K.", "E.U.", "U.N.") as cue terms.

Text is tokenised on word characters, so "U.S." is the tokens "u" and "s" with a dot between
them; a space-joined phrase never matched it, and wire copy's usual spelling of the United States
named no party. A term "U.S." now matches the letters joined by single dots; token positions stay
those of the word tokens, and the pronoun "us" (text is case-folded) never matches.
"""

from __future__ import annotations

import re

import pytest

from briefings.cues import CueIndex, CueSyntaxError, Match
from briefings.topics import TopicSet


def _found(terms: list[str], text: str) -> list[Match]:
    return CueIndex.build(terms).find(text)


def test_a_dotted_abbreviation_matches_its_letters_joined_by_dots() -> None:
    assert _found(["U.S."], "The U.S. and Norway met.") == [Match(0, 1, 3)]
    assert _found(["U.S."], "New U.S.-Irish ties") == [Match(0, 1, 3)]
    assert _found(["U.S."], "talks in the U.S") == [Match(0, 3, 5)]  # final dot cut off


def test_a_dotted_abbreviation_is_never_the_pronoun_or_spaced_letters() -> None:
    assert _found(["U.S."], "Tell us more, US fans said.") == []
    assert _found(["U.S."], "u s and U. S. here") == []


def test_a_phrase_may_go_on_after_an_abbreviations_final_dot() -> None:
    assert _found(["U.K. envoy"], "the U.K. envoy said") == [Match(0, 1, 4)]
    assert _found(["U.K. envoy"], "the U.K.. envoy said") == []


def test_abbreviation_positions_are_the_word_tokens_others_map_back() -> None:
    text = "Norway, the U.S. and Iceland"
    tokens = re.findall(r"\w+", text.casefold())  # as briefings.enumerations
    (match,) = _found(["U.S."], text)
    assert tokens[match.start : match.end] == ["u", "s"]


@pytest.mark.parametrize("term", ["U.", "U.S.|USA", "U..S."])
def test_malformed_abbreviations_are_syntax_errors(term: str) -> None:
    with pytest.raises(CueSyntaxError):
        CueIndex.build([term])


def test_states_written_as_dotted_abbreviations_are_parties(topics: TopicSet) -> None:
    partnerships = topics.get("partnerships")
    for sentence in [
        "Officials of the U.S. and Iceland met in Reykjavik on Tuesday to discuss fisheries.",
        "Ministers of the U.K. and Portugal met for a summit in the capital.",
        "Norway and the E.U. agreed to open negotiations next month.",
    ]:
        assert topics.score_sentence(sentence, partnerships) >= 2, sentence


def test_the_pronoun_us_names_no_party(topics: TopicSet) -> None:
    partnerships = topics.get("partnerships")
    sentence = "Let us hold talks, the two of us agreed, US fans said after the Norway game."
    assert topics.score_sentence(sentence, partnerships) == 0
