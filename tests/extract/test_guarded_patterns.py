"""The prefilters in front of costly patterns never change what they find: the guarded role
pattern and the relays find exactly what the bare patterns do."""

from __future__ import annotations

import re

import pytest

from briefings.extract import relays
from briefings.extract.guarded import GuardedPattern
from briefings.extract.patterns import ROLE_BEFORE

BEFORES = [
    "The talks were opened by Foreign Minister ",
    "said the country's deputy prime minister, ",
    "on Tuesday, according to ",
    "the Vice-President of the Republic ",
    "the vice-president's adviser ",
    "PRESIDENT ",
    "Preſident ",  # 'ſ' is an 's' to a case-insensitive pattern
    "chairman of the board, ",
    "the ministerial meeting of ",
    "",
]


@pytest.mark.parametrize("before", BEFORES)
def test_role_before_finds_what_the_bare_pattern_finds(before: str) -> None:
    guarded = ROLE_BEFORE.search(before)
    bare = ROLE_BEFORE.pattern.search(before)
    assert (guarded and guarded.span()) == (bare and bare.span())


def test_a_window_is_searched_as_the_bare_pattern_would() -> None:
    text = "He met Foreign Minister X. Later, the delegation left."
    end = text.index("X")
    found = ROLE_BEFORE.search(text, 0, end)
    assert found is not None and found.group("role") == "Foreign Minister"
    assert ROLE_BEFORE.search(text, end) is None


def test_a_guard_word_must_be_one_ascii_word() -> None:
    with pytest.raises(ValueError, match="ASCII run"):
        GuardedPattern(re.compile("x"), ["two words"])


@pytest.mark.parametrize(
    "after",
    [
        ", the agency quoted the minister as saying.",
        ", Deputy Minister Ali Veliyev was quoted as saying by state media.",
        ", the ministry said in a statement, citing the governor.",
        ", — приводит агентство слова министра Ивана Петрова.",
        ", the minister said.",
    ],
)
def test_relayed_after_finds_what_every_pattern_finds(after: str) -> None:
    bare = (
        relays.QUOTED_AS.match(after)
        or relays.QUOTED_PASSIVE.match(after)
        or relays.QUOTING.match(after)
        or relays.RELAYED.match(after)
    )
    found = relays.relayed_after(after)
    assert (found and found.span("who")) == (bare and bare.span("who"))
