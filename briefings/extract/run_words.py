"""How a run of capitalised words goes on past a gap that is not a plain space: a surname the
scrape broke after its hyphen ("Onanga- Anyanga"), a middle initial ("Hilda C. Heine"), or a
word that titles a name but here closes one ("Zaw Min Tun,")."""

from __future__ import annotations

import re

from briefings.extract.lexicon import lexicon
from briefings.extract.names import adjacent, is_name_token

_NAME_AFTER = re.compile(r"\s+[A-ZА-ЯЁ]")
_CLOSING_HONORIFICS = frozenset(lexicon().en.patronym_honorifics)
# Titles that are surnames too ("Sheikh", "Major"): after a full name, with no name after
# them, they close it ("Omar Farid Sheikh, head of …"), as a title never ends a name.
_TITLE_WORDS = frozenset(lexicon().en.honorific_words)


def closes_with_honorific(
    text: str, caps: list[re.Match[str]], j: int, used: set[int], *, full: bool = False
) -> bool:
    """True when caps[j + 1] is a word that titles a name ("Tun", "Haji") but closes this one
    instead: right after a name word, with no name after it ("Zaw Min Tun, told …"); after
    a `full` name of two words or more, any title word does ("Omar Farid Sheikh, …")."""
    if j + 1 >= len(caps) or j + 1 in used:
        return False
    word = caps[j + 1]
    return (
        (word.group() in _CLOSING_HONORIFICS or (full and word.group() in _TITLE_WORDS))
        and adjacent(text, caps[j], word)
        and _NAME_AFTER.match(text, word.end()) is None
    )


def broken_hyphen(text: str, caps: list[re.Match[str]], j: int, used: set[int]) -> bool:
    """True when caps[j] ends in a hyphen that a space parts from the next name word."""
    return (
        j + 1 < len(caps)
        and j + 1 not in used
        and text[caps[j].end() : caps[j + 1].start()] in ("- ", "-\u00a0")
        and is_name_token(caps[j + 1].group())
    )


def middle_initial(text: str, caps: list[re.Match[str]], j: int, used: set[int]) -> bool:
    """True when caps[j] is followed by a middle initial and a further name word."""
    if j + 2 >= len(caps) or j + 1 in used or j + 2 in used:
        return False
    initial, after = caps[j + 1], caps[j + 2]
    gap = text[initial.end() : after.start()]
    return (
        len(initial.group()) == 1
        and text[caps[j].end() : initial.start()] == " "
        # "Partha S Das": a Latin initial may go without its dot.
        and (gap == ". " or (gap == " " and initial.group().isascii()))
        and len(caps[j].group()) > 1
        and is_name_token(after.group())
    )
