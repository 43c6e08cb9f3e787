"""Lists and breadcrumbs around a page's headline: a bulleted or numbered list item is never
the headline, and a breadcrumb trail ending in the headline points to it (`page` picks the
title with these).
"""

from __future__ import annotations

import re

from briefings.load.lines import Line, key

# A list item ("• The Hon X, Minister for Y", "* Joint release with:") is never a headline.
LIST_ITEM = re.compile(r"^(?:[•·▪]\s*|[*-]\s+)")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
_NUMBERED_MARK = re.compile(r"^\d{1,2}[.)]\s+")


def numbered_item(lines: list[Line], at: int) -> bool:
    """A line of a numbered list ("2. Go to the main menu" between "1. …" and "3. …"): a
    page's menu, never its headline. A line numbered alone may be a headline's figure."""
    if _NUMBERED.match(lines[at].text) is None:
        return False
    return any(
        0 <= i < len(lines) and _NUMBERED.match(lines[i].text) is not None for i in (at - 1, at + 1)
    )


def crumb_key(lines: list[Line], at: int) -> str:
    """A line's key, without its number when it is an item of a numbered list."""
    if not numbered_item(lines, at):
        return lines[at].key
    return key(_NUMBERED_MARK.sub("", lines[at].text, count=1))


#: Words a breadcrumb trail puts before the headline it ends in ("Home World News <headline>").
_CRUMB_WORDS = 5


def _glued_before(trail: str, headline: str) -> bool:
    """`trail` ends in `headline` run into the crumbs before it without a space, as a scrape
    joins a menu's cells ("HomeWorld<headline>"): a small letter right before its capital."""
    trail, headline = trail.strip(), headline.strip()
    start = len(trail) - len(headline)
    return (
        start > 0
        and trail.endswith(headline)
        and headline[:1].isupper()
        and trail[start - 1].islower()
    )


def crumbs_ended(lines: list[Line], at: int) -> int:
    """The headline a breadcrumb trail ends in, when the page gives it again on a line of its
    own just under or over the trail ("Home World News <headline>" by "<headline>", or the
    crumbs glued to it: "HomeWorld<headline>"); else
    `at`. The line alone is the headline even when it reads like a section's name."""
    trail = lines[at]
    near: list[int] = [*range(at + 1, min(at + 4, len(lines))), *range(at - 1, max(at - 4, -1), -1)]
    for i in near:
        ln = lines[i]
        if (
            ln.junk
            or ln.words < 3
            or not (trail.key.endswith(" " + ln.key) or _glued_before(trail.text, ln.text))
        ):
            continue
        if len(trail.key[: -len(ln.key)].split()) <= _CRUMB_WORDS:
            return i
    return at
