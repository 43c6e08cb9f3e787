"""People named by an initial and a surname: "S. Jaishankar", and the Mongolian press's
"N.Enkhtaivan" / "Д.Сумъяабазар" (father's initial glued to the name by a dot).

The capitalised-word scan needs two name words, so these fall through it. An initial and a
surname are taken only where the text marks a person: an office or an honorific right before
them, or a speech verb right after.
"""

from __future__ import annotations

import re

from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.mention import Mention
from briefings.extract.patterns import HONORIFIC, ROLE_BEFORE, RU_ROLE_BEFORE, VERB_AFTER_NAME

# An initial, a dot, maybe one space, then a surname of three letters or more. The initial
# must not follow a letter or a dot ("U.S. Navy", "e.g. Baku") and the surname must not go on
# into another initial ("J.R.R. Tolkien" is left to the scan).
# A transliterated initial may take two letters ("Ya. Sodbaatar"), only from a closed list:
# "Mr. Lind", "St. Petersburg" and "Dr. Berg" are no initials.
_DIGRAPHS = "|".join(sorted(gazetteer().initial_digraphs, key=len, reverse=True))
_INITIALLED = re.compile(
    rf"(?<![\w.])(?P<initial>{_DIGRAPHS + '|' if _DIGRAPHS else ''}[A-ZА-ЯЁ])\. ?"
    r"(?P<surname>[A-ZА-ЯЁ][a-zа-яё'’-]{2,})(?![\w.])"
)


def initialled_people(p: int, text: str, found: list[Mention]) -> list[Mention]:
    """People written as an initial and a surname, where an office, an honorific or a speech
    verb marks them, outside the spans already found."""
    out: list[Mention] = []
    for match in _INITIALLED.finditer(text):
        start, end = match.span()
        overlapping = [m for m in found if m.start < end and start < m.end]
        if overlapping:
            # The surname alone, taken by the lone-surname scan ("К. Абдрахманов"), gets its
            # initial back; anything else found there stands, and a known person keeps the
            # gazetteer's name ("Donald J. Trump" is no "J. Trump").
            for m in overlapping:
                if (
                    m.kind == Kind.PERSON
                    and not m.known
                    and (m.start, m.end) == match.span("surname")
                ):
                    m.start, m.name = start, match.group()
            continue
        surname = match.group("surname")
        if (norm(surname),) in gazetteer().index:
            continue  # "N.Baku" is no one; a known place or body after an initial stays it
        before = text[max(0, start - 90) : start]
        after = text[end : end + 90]
        if not (
            ROLE_BEFORE.search(before)
            or RU_ROLE_BEFORE.search(before)
            or HONORIFIC.search(before)
            or VERB_AFTER_NAME.match(after)
        ):
            continue
        # Partial: "А. Новак" is the article's "Александр Новак" when it names him in full.
        out.append(Mention(p, start, end, Kind.PERSON, match.group(), partial=True))
    return out
