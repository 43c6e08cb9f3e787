"""The one-pass tests that let the stamp loaders skip patterns (round 18, speed): a line no
prefix or anchored stamp pattern fits is ruled out in one pass, and the outcome of stripping
and of reading a stamp line is what trying every pattern in turn gives. Lines are invented.
"""

from __future__ import annotations

import re

import pytest

from briefings.load.stamps import StampFacts, is_stamp_line, strip_prefixes
from briefings.load.vocabulary import at_start, either, stamps

_LINES = [
    "By Mara Quist, HNW",
    "By Mara Quist | Harbour Wire",
    "PORTVILLE, April 13. /HNW/. The council approved the dredging plan on Monday.",
    "Portville (HNW) - The council approved the dredging plan on Monday after a long debate.",
    "date 2025-10-03 Harbour council backs plan to dredge the northern channel",
    "27.06.2024 | 14:58 Harbour council backs plan to dredge the northern channel",
    "Published: 2017/7/5",
    "Harbour Wire, PUBLISHED 12.06.2022",
    "Photo: Lena Ostrova",
    "(Photo credit: Tom Reyes)",
    "Фото: Лена Острова",
    "Сетевое издание «Гаванский вестник»",
    "The council approved the dredging plan on Monday, its chair Mara Quist said.",
    "Dredgers will start work in the northern channel by the end of the summer.",
    "Home | World | Business",
    "",
]


def _every_prefix(text: str, facts: StampFacts) -> str:
    """strip_prefixes as it read before the one-pass test: every pattern tried in turn."""
    vocabulary = stamps()
    saved = vocabulary.any_prefix
    object.__setattr__(vocabulary, "any_prefix", re.compile(""))
    try:
        return strip_prefixes(text, facts)
    finally:
        object.__setattr__(vocabulary, "any_prefix", saved)


def _every_line(text: str, facts: StampFacts) -> bool:
    vocabulary = stamps()
    saved = vocabulary.any_anchored_line
    object.__setattr__(vocabulary, "any_anchored_line", re.compile(""))
    try:
        return is_stamp_line(text, facts)
    finally:
        object.__setattr__(vocabulary, "any_anchored_line", saved)


@pytest.mark.parametrize("line", _LINES)
def test_stripping_and_stamp_lines_read_as_with_every_pattern_tried(line: str) -> None:
    fast, slow = StampFacts(), StampFacts()
    assert strip_prefixes(line, fast) == _every_prefix(line, slow)
    assert fast == slow
    fast, slow = StampFacts(), StampFacts()
    assert is_stamp_line(line, fast) == _every_line(line, slow)
    assert fast == slow


@pytest.mark.parametrize("line", _LINES)
def test_the_joined_test_fits_where_some_pattern_fits(line: str) -> None:
    vocabulary = stamps()
    prefixes = vocabulary.prefixes + vocabulary.bylines
    assert (vocabulary.any_prefix.match(line) is not None) == any(p.match(line) for p in prefixes)
    anchored = [p for p in vocabulary.lines if at_start(p)]
    assert (vocabulary.any_anchored_line.match(line) is not None) == any(
        p.search(line) for p in anchored
    )


def test_some_shipped_lines_fit_and_some_do_not() -> None:
    """The cases above exercise both answers of both tests."""
    vocabulary = stamps()
    assert {vocabulary.any_prefix.match(x) is None for x in _LINES} == {True, False}
    assert {vocabulary.any_anchored_line.match(x) is None for x in _LINES} == {True, False}


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^By\s+(?P<author>\w+)", True),
        (r"^(?:By|From)\s+\w+|Photo", False),  # the second alternative is anywhere
        (r"^a\|b", True),  # an escaped bar is a character
        (r"^[|(]x", True),  # so is a bar or a bracket in a class
        (r"^[]|]x", True),  # and a class's first "]"
        (r"^[^]|]x", True),
        (r"x^", False),
        (r"(?i:^photo)", False),  # not known to be anchored: tried as before
    ],
)
def test_at_start_knows_a_pattern_held_to_the_start(pattern: str, anchored: bool) -> None:
    compiled = re.compile(pattern)
    assert at_start(compiled) is anchored
    if anchored:  # then searching a line is matching its start
        for text in ("By Mara", "x By Mara", "a|b", "|x", "]x", "zz ]x"):
            assert (compiled.search(text) is None) == (compiled.match(text) is None)


def test_joined_patterns_may_share_group_names() -> None:
    joined = either((re.compile(r"(?P<date>\d+)/x"), re.compile(r"y(?P<date>\d+)")))
    assert joined.match("12/x") and joined.match("y12") and not joined.match("z")


def test_patterns_of_different_flags_are_not_joined() -> None:
    with pytest.raises(ValueError, match="flags"):
        either((re.compile("a"), re.compile("b", re.IGNORECASE)))
