"""A scraped title made fit to name a source: no page stamp, no dateline, never furniture.

Where a brief cites an article whose outlet is unknown, the title stands in for it; kept
apart from `spans`, which decides what of a sentence a brief shows.
"""

from __future__ import annotations

import re

from briefings.digest.spans import is_furniture, lexicon

_WORD = re.compile(r"\w+")


def without_stamp(text: str) -> str:
    """A title without the page or time stamp a scrape glued to its start ("date 2025-10-03 …").

    Used where a title stands in for an unknown outlet, so a source is never named by a stamp.
    """
    stripped = text.strip()
    for pattern in lexicon().stamps:
        found = pattern.match(stripped)
        if found is not None and found.end() < len(stripped):
            rest = stripped[found.end() :]
            rest = rest.lstrip(" |-–—:,.").lstrip("0123456789-:./ ")
            if rest:
                return rest
    return stripped


def source_title(title: str) -> str:
    """A title fit to name a source: no page stamp, no dateline, never furniture.

    Scraped titles may be a stamp ("May 2024 09:17 (UTC+04:00)"), a dateline
    ("АШХАБАД, 22 фев – ПРАЙМ.") or open with one ("(VOVWORLD) -The climate …"); what is
    left after removing them names the source, or "" when nothing is.
    """
    text = without_stamp(title)
    found = lexicon()
    dateline = found.dateline.match(text) or _AGENCY_LEAD.match(text)
    # In a headline "Baku – Brussels: …" is no dateline: only one with a date or agency is.
    if dateline is not None and not _DATED.search(dateline.group()):
        dateline = None
    if dateline is not None and dateline.end() < len(text):
        text = text[dateline.end() :].strip()
    label = found.label_lead.match(text)
    # A city in capitals before a colon ("CORVALE: …") is a dateline there too, and so is a
    # place in title case opening a body's first sentence that stands in for a missing
    # headline; a headline's own label ("Velmora: Heatwave …") names its subject and stays.
    if (
        label is not None
        and (label.group().rstrip(": ").isupper() or _sentence_title(text))
        and label.end() < len(text)
    ):
        text = text[label.end() :].strip()
    if is_furniture(text) or any(p.match(text) for p in found.stamps):
        return ""
    return text


#: A headline is seldom longer: a longer title is the body's first sentence standing in.
HEADLINE_MAX_WORDS = 14


def _sentence_title(text: str) -> bool:
    return len(_WORD.findall(text)) > HEADLINE_MAX_WORDS


_AGENCY_LEAD = re.compile(r"^\([^()]{1,30}\)\s*[—–-]\s*")
_DATED = re.compile(r"\d|[(/]")
