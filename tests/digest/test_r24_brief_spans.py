"""A very long sentence's cut keeps most of it (round 24).

On the real sets, a sentence over LONG_SPAN_CHARS ended at its last clause break even when the
part dropped was a third or more of the sentence: the office of the person who reported it,
the place a deal covers, the body that announced it. The line then no longer read as its
sentence (keys were lost on four of seven sets). A cut now keeps at least MIN_KEPT_SHARE of
the span's distinct words; a short trailing remark is still cut.
"""

from __future__ import annotations

import re

from briefings.digest.spans import (
    ELLIPSIS,
    LONG_SPAN_CHARS,
    LONG_SPAN_KEEP,
    MIN_KEPT_SHARE,
    informative_span,
    verbatim_parts,
)

_WORD = re.compile(r"\w+")

#: A main clause whose end falls where a very long span may end.
OPENING = (
    "Field teams in the Orvand valley began clearing the last mined orchards near Telmar "
    "this week, as announced by Brigadier Osk Pellanen"
)


def _share(part: str, whole: str) -> float:
    kept = set(_WORD.findall(part.casefold()))
    return len(kept & set(_WORD.findall(whole.casefold()))) / len(
        set(_WORD.findall(whole.casefold()))
    )


def test_a_long_tail_naming_who_reported_it_is_kept() -> None:
    """Dropping the reporter's long title would leave too little of the sentence."""
    sentence = (
        f"{OPENING}, deputy head of the regional office of the Joint Clearance Command "
        "attached to the Engineering College in Marvost."
    )
    assert len(sentence) > LONG_SPAN_CHARS
    assert LONG_SPAN_KEEP < len(OPENING) < LONG_SPAN_CHARS
    assert _share(OPENING, sentence) < MIN_KEPT_SHARE
    assert informative_span(sentence) == sentence


def test_a_short_trailing_remark_is_still_cut() -> None:
    """A tail that is a small part of the sentence still goes."""
    opening = f"{OPENING} of the Joint Clearance Command at the engineering college"
    sentence = f"{opening}, adding that villagers were glad to see crews at work again after years."
    assert len(sentence) > LONG_SPAN_CHARS
    assert _share(opening, sentence) >= MIN_KEPT_SHARE
    shown = informative_span(sentence)
    assert shown.endswith(ELLIPSIS)
    assert len(shown) < len(sentence)
    assert all(part in sentence for part in verbatim_parts(shown))
