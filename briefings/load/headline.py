"""Which line of a scraped page is its headline: the headline-like line above the body, the
one a title bar repeats, or a short question or a headline split at its colon that opens the
page; never a stamp, a caption, a credit or furniture (`titles.never_headline`).

Split from `page` so the page reader stays one job: finding the body, dates and outlet.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.load.crumbs import LIST_ITEM, crumb_key, numbered_item
from briefings.load.lines import LETTER_WORD, Line, glossed_name, lower_start, repeats_itself
from briefings.load.titles import never_headline

__all__ = ["pick_title"]


def _first_of_pair(above: list[int], lines: list[Line]) -> int:
    """The headline over a date: pages that give it twice (the headline, then a variant of
    it as a second headline line right under) put the headline first."""
    at = above[-1]
    while at - 1 in above and all(5 <= lines[i].words <= 15 for i in (at - 1, at)):
        at -= 1
    return at


# A unit's or a year's abbreviation after a figure closing the line ("… к маю 2024 г.", "…
# до 5 тыс."): its stop is the abbreviation's, not a sentence's.
_FIGURE_ABBREVIATION = re.compile(r"\d\s+[a-zа-яё]{1,4}\.$")


def _ends_sentence(text: str) -> bool:
    """The line closes on a full stop of its own (a lead sentence), not an abbreviation's."""
    text = text.rstrip(" \"'”»")
    return text.endswith(".") and _FIGURE_ABBREVIATION.search(text) is None


#: Words a headline runs to at most: a longer unmarked line over the story is its standfirst
#: or its first sentence cut off ("X that has left … could end, officials said Monday"); a
#: line the page marks as a heading may run longer.
_HEADLINE_WORDS = 27
_HEADING_WORDS = 40


# A list item ("• The Hon X, Minister for Y", "* Joint release with:") is never a headline.
def pick_title(lines: list[Line], first_body: int) -> int | None:
    """Index of the title line: a heading, a line repeated later, the line over a dateline,
    or the first headline-like line before the body."""
    # A numbered breadcrumb ending in the headline ("3. <headline>" after "1. Home") counts
    # as the page giving the headline again.
    counts = Counter(crumb_key(lines, i) for i in range(len(lines)))
    candidates = [
        i
        for i, ln in enumerate(lines[: max(first_body, 0) + 1])
        if not ln.junk
        and 3 <= ln.words <= (_HEADING_WORDS if ln.heading else _HEADLINE_WORDS)
        and len(LETTER_WORD.findall(ln.text)) >= 3
        and not _ends_sentence(ln.text)
        and any(ch.islower() for ch in ln.text)
        and not lower_start(ln.text)
        and not repeats_itself(ln.text)
        and not glossed_name(ln.text)
        and not never_headline(ln.text)
        and LIST_ITEM.match(ln.text) is None
        and not numbered_item(lines, i)
    ]
    for i in candidates:
        if lines[i].heading:
            return i
    for i in candidates:
        # A standfirst the page repeats as its first paragraph is not a headline given twice.
        if i < first_body and counts[lines[i].key] > 1:
            return i
    for i in candidates:
        # The page's title bar gives the headline again with the site's name after a bar.
        if i < first_body and _in_title_bar(lines, i):
            return i
    first_date = next((i for i, ln in enumerate(lines) if ln.dateline), None)
    # A headline that reads like a sentence ("Who won the final?") is the first "body" line,
    # and the date stamp right under it shows it for the headline it is.
    if first_date is not None and first_date <= first_body + 1:
        # Pages put the title just above the date, or (wire services) just below it.
        below = [i for i in candidates if first_date < i < first_body]
        above = [i for i in candidates if i < first_date]
        # A byline between a line and the date shows it the headline (headline, byline, date):
        # the lines under the date are then the site's menu or tags.
        signed = bool(above) and any(lines[k].stamp for k in range(above[-1] + 1, first_date))
        if (
            below
            and not signed
            and not (above and _echoes(lines[below[0]].text, lines[above[-1]].text))
        ):
            return below[0]
        if above:
            return _first_of_pair(above, lines)
    head = [i for i in candidates if i < first_body]
    if not head and candidates and candidates[-1] == first_body == 0 and _long_headline(lines):
        return 0
    if (
        not head
        and candidates
        and candidates[-1] == first_body
        and _open_headline(lines, first_body)
    ):
        return first_body
    # Menu entries are short ("Армия и ОПК"); headlines rarely are.
    return next((i for i in head if lines[i].words >= 5), head[0] if head else None)


_WORD = re.compile(r"[^\W\d_]+")
# A page title's bar before the site's name: "<headline> | Harbour Daily".
_TITLE_BAR = re.compile(r"\s+[|–—-]\s+(?P<site>\S+(?:\s+\S+){0,3})$")


def _in_title_bar(lines: list[Line], at: int) -> bool:
    """Another line is this one with a short name after a bar ("<headline> | Harbour
    Daily"): the page's title bar, which holds the headline."""
    text = lines[at].text.strip()
    if lines[at].words < 4:
        return False
    return any(
        j != at and ln.text.startswith(text) and _TITLE_BAR.fullmatch(ln.text.strip()[len(text) :])
        for j, ln in enumerate(lines)
    )


def _echoes(line: str, headline: str) -> bool:
    """A line under the date made of the headline's own words ("Harbour Ferry Timetable
    Winter" under "Harbour Ferry Gets a New Winter Timetable"): an image's alt text or a tag
    line, not a second headline."""
    words = {w.casefold() for w in _WORD.findall(line)}
    return len(words) >= 3 and len(words - {w.casefold() for w in _WORD.findall(headline)}) <= 1


#: Words at most of a headline that asks or opens its second half ("… : What now?").
_OPEN_HEADLINE_WORDS = 12


def _open_headline(lines: list[Line], at: int) -> bool:
    """The page's first prose line is a short question ("Harbour dredging plan: what
    changes?"), or a headline set on two lines at its colon ("The channel's future:" over "A
    new start for the ferries?"): a headline the page set over its body. A lead sentence ends
    on its full stop, and a line on a colon over a sentence introduces that sentence."""
    text = lines[at].text.rstrip(" \"'”»’")
    if lines[at].words > _OPEN_HEADLINE_WORDS or not text.endswith(("?", ":")):
        return False
    if text.endswith("?"):
        return True
    after = next((ln for ln in lines[at + 1 :] if not ln.junk and ln.words), None)
    return (
        after is not None
        and after.words <= _OPEN_HEADLINE_WORDS
        and not after.text.rstrip(" \"'”»’").endswith((".", ":", "…"))
    )


def _long_headline(lines: list[Line]) -> bool:
    """The page opens with a headline too long to look like one (twenty words and more, no
    full stop), then its body: it reads as a paragraph, but no paragraph goes unpunctuated.
    A lead sentence the body then gives in full is a page's description, not its headline."""
    first = lines[0]
    return (
        not first.terminal
        and first.words <= 40
        and any(ln.strong and ln.terminal for ln in lines[1:4])
        and not any(first.key in ln.key for ln in lines[1:4])
    )
