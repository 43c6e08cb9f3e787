"""Alternations of words grouped by their first letter, for patterns tried at every word.

Python's regex engine tries the branches of an alternation one after another, and under
IGNORECASE even a branch whose first letter cannot match costs a full attempt. Grouped by
first letter ("t(?:wo|hree|en)" for "two|three|ten"), a word start tries one group per
letter. The pattern matches exactly what it did: branches of different first letters can
never match at the same place, and within a group they keep their order.
"""

from __future__ import annotations


def by_first_letter(alternatives: str) -> str:
    """`alternatives` ("a|b|c", each opening with a plain letter, one case per letter) as one
    grouped group."""
    groups: dict[str, list[str]] = {}
    for branch in alternatives.split("|"):
        if not branch[:1].isalpha() or branch[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{branch!r} does not open with a plain letter")
        group = groups.setdefault(branch[0].lower(), [])
        if group and group[0][0] != branch[0]:
            # "Two|three" as "T(?:wo|hree)" would lose "three" without IGNORECASE
            raise ValueError(f"{branch!r} and {group[0]!r} open with the letter in two cases")
        group.append(branch)
    parts = [
        members[0]
        if len(members) == 1
        else f"{members[0][0]}(?:{'|'.join(m[1:] for m in members)})"
        for members in groups.values()
    ]
    return "(?:" + "|".join(parts) + ")"
