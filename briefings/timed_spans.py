"""How long a truce or a war lasts ("a 30-day ceasefire", "the 44-day war"): a figure, though a
span of time hyphened before any other noun ("a 10-year deal") is none (`figures`)."""

from __future__ import annotations

import re

from briefings.figure_lexicon import figure_lexicon
from briefings.models import Figure

_TIMED = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3})-(?P<span>day|week|month|year)(?:-long)?\s+"
    rf"(?P<noun>{'|'.join(map(re.escape, figure_lexicon().timed_nouns))})(?![\w-])",
    re.IGNORECASE,
)


def timed_spans(sentence: str) -> list[tuple[int, Figure]]:
    """'a 30-day ceasefire', 'the 44-day war': how long a truce or a war lasts, in its own span."""
    if "-" not in sentence:
        return []
    return [
        (
            m.start(),
            Figure(
                text=m.group(),
                value=float(m.group("n")),
                unit=f"{m.group('span').casefold()}s",
                sentence=sentence,
            ),
        )
        for m in _TIMED.finditer(sentence)
    ]
