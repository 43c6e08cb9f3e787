"""A scrape's text as lines: blocks the scrape glued together set apart, and paragraphs a
file hard-wrapped (80-column text, a wrapped lead) joined back, so that a line is a unit of
the page again before it is classified (`briefings.load.lines`).
"""

from __future__ import annotations

import re

from briefings.dates import dateline
from briefings.load.lines import BLANK_SPLIT, COPYRIGHT, SENTENCE_END
from briefings.load.stamps import StampFacts, is_stamp_line, strip_prefixes
from briefings.load.vocabulary import stamps

# Two blocks of a page glued with no space ("…от нападенияЭто произошло …", "Вестник
# КавказаСегодня прошла …"): a Russian word never turns capital inside itself after four
# lowercase letters when a sentence goes on after it ("«ГаваньТелеком»" stays whole).
_GLUED_BLOCKS = re.compile(r"(?<=[а-яё][а-яё][а-яё][а-яё])(?=[А-ЯЁ][а-яё]+ [а-яё])")
# Whether the text has such a place at all: the same test, opening with the capital, so the
# engine skips from one Cyrillic capital to the next instead of trying the look-behind at
# every character.
_GLUED_BLOCKS_FOUND = re.compile(r"[А-ЯЁ](?<=[а-яё]{4}.)(?=[а-яё]+ [а-яё])")


def _unglued(text: str) -> str:
    """The text with each glued line's pieces set apart as blocks of their own (so that no
    piece is joined back to the line above it as a wrapped paragraph): Russian blocks glued
    without a space, and a headline a wire dateline follows on the same line."""
    dateline_at = stamps().glued_datelines
    glued = [_GLUED_BLOCKS] if dateline_at is None else [_GLUED_BLOCKS, dateline_at]
    found = [_GLUED_BLOCKS_FOUND] if dateline_at is None else [_GLUED_BLOCKS_FOUND, dateline_at]
    if not any(pattern.search(text) for pattern in found):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        pieces = [line]
        for pattern in glued:
            pieces = [part for piece in pieces for part in pattern.split(piece)]
        out.extend(["", *"\n\n".join(pieces).split("\n"), ""] if len(pieces) > 1 else [line])
    return "\n".join(out)


def split_lines(text: str) -> list[str]:
    """Lines of the text, with hard-wrapped paragraphs (80-column files) joined back, and
    blocks the scrape glued together apart again."""
    out: list[str] = []
    text = _unglued(text)
    for block in BLANK_SPLIT.split(text):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        # A wrapped paragraph's last line is no longer than the wrap width: a headline over a
        # one-line paragraph is two lines, not one paragraph.
        # Two lines whose first ends a sentence are two lines ("… delays." then "Share:").
        if (
            len(lines) > 1
            and all(40 <= len(ln) <= 110 for ln in lines[:-1])
            and len(lines[-1]) <= 110
            and not (len(lines) == 2 and SENTENCE_END.search(lines[0]))
            # A headline over its byline or date line; long blocks are wrapped paragraphs.
            and not (len(lines) <= 3 and any(_stamp_like(ln) for ln in lines))
            # A line ending on a bar is a cell of the layout ("Name and Name |"), whole.
            and not any(ln.endswith("|") for ln in lines)
        ):
            out.append(" ".join(lines))
        else:
            out.extend(_continued(_unwrap(lines)))
    return out


#: Words at least of a line a wrapped sentence goes on from, and of the line it goes on on
#: (a menu's entry, a "prev" link are shorter).
_WRAPPED_WORDS = 3
_GOES_ON_WORDS = 6
#: Characters at least of a line filled up to the wrap width (a wrapped sentence goes on).
_FULL_LINE = 60
# A line opening on a lower-case word: the rest of a sentence the line above broke off
# ("wwII", a caption's label, is no such word).
_LOWER_START = re.compile(r"^[a-zа-яё]+(?=[\s,;:]|$)")


def _continued(lines: list[str]) -> list[str]:
    """The lines with a sentence cut by a hard wrap joined again where the next line goes on
    in lower case ("Portville, at last, will dredge" over "its northern channel."), and on up
    to the sentence's end: a headline ends where its line does, so the first line of a
    wrapped lead is no headline. A stamp under a line ("by Mara Quist") stays on its own."""
    out: list[str] = []
    wrapped = False  # the last line went on from a line a wrap cut, filled up to its width
    for line in lines:
        last = out[-1] if out else ""
        open_end = bool(last) and SENTENCE_END.search(last) is None
        goes_on = (
            _LOWER_START.match(line) is not None
            and len(last.split()) >= _WRAPPED_WORDS
            and len(line.split()) >= _GOES_ON_WORDS
        )
        # A line opening on a bar is a cell of the layout (a caption's), no sentence's start.
        cell = last.startswith("|")
        if open_end and (wrapped or goes_on) and not cell and not _stamp_like(line):
            out[-1], wrapped = f"{last} {line}", len(line) >= _FULL_LINE
        else:
            out.append(line)
            wrapped = False
    return out


# A credit line's length at most: "© Getty Images", "Copyright 2025 Harbour Media".
_CREDIT_WORDS = 6


def _stamp_like(line: str) -> bool:
    """A date line, a stamp, a byline ("Posted on March 14, 2025 by …") or a short credit
    line ("© Picture Agency"): a line of its own under a headline, never the wrapped end of
    one."""
    facts = StampFacts()
    return (
        (COPYRIGHT.match(line) is not None and len(line.split()) <= _CREDIT_WORDS)
        or dateline(line) is not None
        or is_stamp_line(line, facts)
        or strip_prefixes(line, facts) != line
    )


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines hard-wrapped at a fixed width when paragraphs have no blank line between
    them: a line filled up to the wrap width continues on the next one."""
    # The wrap width is read below the first line: a scraper's stamp glued before the first
    # sentence ("date 2025-10-03 (Agency) CITY, Oct 3. <text>") makes that line overlong.
    long_lines = [len(ln) for ln in lines[1:] if len(ln) >= 50]
    if len(long_lines) < 3:
        return lines
    width = max(long_lines)
    full = [n for n in long_lines if n >= 0.8 * width]
    if width > 120 or len(full) < 3:
        return lines  # one paragraph per line, as most scrapes are
    out: list[str] = []
    continues = False
    for line in lines:
        if continues and out:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        continues = len(line) >= 0.75 * width
    return out
