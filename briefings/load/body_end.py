"""Where a page's article body ends: a closing short sentence, and the sentence a scrape was
cut off in at a length limit (mid-word, in a quotation or a bracket, after a comma), whose
words are the article's all the same; a credit or a list of names at the end is not.
"""

from __future__ import annotations

import re

from briefings.load.lines import Line, lower_start

#: Lowercase words of four letters or more that make a capitalised line a sentence.
_PROSE_WORDS = 5
#: Marks that open a quotation or a bracket, and those that close one.
_OPENING = '(«“„‘"['
_CLOSING = frozenset(")»”’]")
#: Marks a sentence goes on after, never ends on: a line stopped on one was cut there.
_MID_SENTENCE = frozenset(",—–")


def cut_off(lines: list[Line], at: int) -> bool:
    """The page's last line, a sentence stopped mid-word ("… urged other groups to also
    join th"): a scrape cut at a length limit, whose words are the article's all the same."""
    # The page may close on furniture after it ("Leave a Reply"): the last line of text.
    if at >= len(lines) or any(not ln.junk for ln in lines[at + 1 :]):
        return False
    line = lines[at]
    # An interview's answer opens on a dash ("— In spring …"); a sentence may open on a figure.
    text = line.text.rstrip().lstrip("“\"«„‘'—–- ")
    words = text.split()
    # A credit or a list of names ("Written by Mara Quist and Tom Berg") is mostly capitals;
    # a sentence's words are mostly not, its first word aside (every sentence starts capital).
    capitals = sum(1 for w in words[1:] if w[:1].isupper())
    # A sentence about officials ("… after Ethiopian Prime Minister X Y visited Z in An") may
    # be half capitals; its lowercase content words still show it is prose, a credit has few.
    content = sum(1 for w in words if len(w) > 3 and w[:1].islower())
    # Cut inside a quotation or a bracket it opened ("… is also “deli", "… X (Nor", "… Y ("):
    # a credit or a name never ends on an opening mark, however many capitals it has.
    opened = bool(words) and words[-1][:1] in _OPENING and not _CLOSING & set(words[-1])
    # "… told the K": a word cut after its first letter, right after a lowercase word; a
    # credit's or a list's last words are a name's ("… and Tom B").
    split_word = len(words) >= 2 and len(words[-1]) == 1 and words[-2][:1].islower()
    end = text[-1:]
    stopped = end.isalpha() or end in _MID_SENTENCE or (opened and end in _OPENING)
    return (
        (opened or split_word or 2 * capitals <= len(words) or content >= _PROSE_WORDS)
        and not line.junk
        and not line.heading
        and not line.terminal
        and line.words >= 5
        and (text[:1].isupper() or text[:1].isdigit())
        and stopped
        and not lower_start(text)
    )


#: A link to another story set inside the article ("READ: <its headline>").
_INLINE_PROMO = re.compile(r"^(?:also\s+)?read\s*:\s", re.I)


def body_end(lines: list[Line], end: int) -> int:
    """The body's last line from its last strong one: a short closing sentence ("Talks will
    continue.") is prose too, and so is the sentence a scrape was cut off in, even after a
    link to another story ("READ: …"), which is then furniture."""
    while end + 1 < len(lines):
        if lines[end + 1].short_sentence or cut_off(lines, end + 1):
            end += 1
        elif (
            end + 2 == len(lines) - 1
            and _INLINE_PROMO.match(lines[end + 1].text) is not None
            and cut_off(lines, end + 2)
        ):
            lines[end + 1].junk = True
            end += 2
        else:
            break
    return end
