"""Enumerations: a topic named as one item of a list of many areas is mentioned, not discussed.

A joint communique lists twenty areas of cooperation ("farming, defence, shipping, energy,
health and tourism"); a visit readout names "climate change, fisheries, and mountain forests"
among shared concerns. Each item is a cue of some topic, and the sentence says nothing on any
of them. A list most of whose items are one topic's ("gas, oil and electricity") is about that
topic. Which cues are listed is found here; what they then count for is the scorer's choice
(briefings.scoring: context, which adds to what a topic has elsewhere and never makes it alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from briefings.cues import Match, normalise

__all__ = ["enumerations", "listed"]

_TOKEN = re.compile(r"\w+")  # as briefings.cues
# An enumeration: a clause, then short comma-separated items ("in areas such as farming,
# defence, mining, energy, health and tourism"); the words that join the last item on.
_ITEM_BREAK = re.compile(r"[,;]")
_ITEM_JOINERS = frozenset({"and", "or", "и", "или"})
_LONG_JOINERS = (("as", "well", "as"), ("а", "также"))
# The first item begins after the clause's last such word: "cooperation in | trade".
_ITEM_LEADS = frozenset(
    {"in", "on", "of", "about", "for", "with", "including", "as", "like", "particularly"}
    | {"especially", "notably", "to", "from", "the", "в", "во", "на", "по", "о", "об"}
    | {"числе", "как", "для", "с", "со", "к"}
)
MAX_ITEM_WORDS = 4
MIN_ITEMS = 3


def enumerations(text: str) -> list[tuple[tuple[int, int], ...]]:
    """The comma-separated enumerations of `text`: per enumeration, its items as token spans.

    An item is at most `MAX_ITEM_WORDS` words (a leading "and" or "as well as" not counted).
    The clause before the first comma lends its last words, after its last preposition, as the
    first item ("worries about climate change, fisheries, and mountain forests"). A last item
    joined by "and" may run on into the rest of the sentence and lends its first words
    ("solar power, rail links, and the training of young nurses"). The last item is joined by
    "and" or "or": "the ceasefire, agreed in May, has held" lists nothing. Token positions are
    those of `CueIndex.find`.
    """
    pieces = [_TOKEN.findall(piece) for piece in _ITEM_BREAK.split(normalise(text))]
    if len(pieces) < 2 or not any(0 < len(piece) <= MAX_ITEM_WORDS + 3 for piece in pieces[1:]):
        return []  # no short item after a comma (the cheap test most sentences stop at)
    tokens = [token for piece in pieces for token in piece]
    chunks: list[tuple[int, int]] = []  # token spans between commas, in order
    first = 0
    for piece in pieces:
        chunks.append((first, first + len(piece)))
        first += len(piece)
    found: list[tuple[tuple[int, int], ...]] = []
    i = 0
    while i < len(chunks) - 1:
        run = i + 1
        while run < len(chunks) and _short(tokens, chunks[run]):
            run += 1
        items = [_item(tokens, span) for span in chunks[i + 1 : run]]
        joined = bool(items) and items[-1][0] > chunks[run - 1][0]  # "..., and tourism"
        if items:  # the last short item may be two: "cooperation in trade, energy and security"
            items[-1:] = _split_last(tokens, items[-1])
            joined = joined or len(items) > run - i - 1
        if items and run < len(chunks):
            tail = _item(tokens, chunks[run])
            if tail[0] > chunks[run][0]:  # "..., and the fight against crime"
                items.append((tail[0], min(tail[1], tail[0] + MAX_ITEM_WORDS)))
                run += 1
                joined = True
        if len(items) >= MIN_ITEMS - 1 and joined:
            head_start, head_end = chunks[i]
            head_start = max(head_start, head_end - MAX_ITEM_WORDS)
            for k in range(head_end - 1, head_start - 1, -1):
                if tokens[k] in _ITEM_LEADS:
                    head_start = k + 1
                    break
            if head_start < head_end:
                found.append(((head_start, head_end), *items))
            i = run
        else:
            i += 1
    return found


def _item(tokens: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """A chunk's words less the joiner it starts with."""
    start, end = span
    for joiner in _LONG_JOINERS:
        if tuple(tokens[start : start + len(joiner)]) == joiner:
            return start + len(joiner), end
    if start < end and tokens[start] in _ITEM_JOINERS:
        start += 1
    return start, end


def _split_last(tokens: list[str], span: tuple[int, int]) -> list[tuple[int, int]]:
    """A short last item "B and C" as two items."""
    start, end = span
    for k in range(start + 1, end - 1):
        if tokens[k] in _ITEM_JOINERS:
            return [(start, k), (k + 1, end)]
    return [span]


def _short(tokens: list[str], span: tuple[int, int]) -> bool:
    start, end = _item(tokens, span)
    return 0 < end - start <= MAX_ITEM_WORDS


def listed(
    text: str, matches: Sequence[Match], topics_of: Callable[[int], Collection[int]]
) -> set[Match]:
    """The matches of `text` that are items of an enumeration no topic holds half of.

    `topics_of(term)` are the topics a term adds evidence to (empty: it is no item's topic,
    e.g. a state's name, and it is never listed).
    """
    found: set[Match] = set()
    for items in enumerations(text):
        inside = [[m for m in matches if a <= m.start and m.end <= b] for a, b in items]
        held: dict[int, int] = {}  # topic -> items holding a cue of it
        for item in inside:
            for number in {n for m in item for n in topics_of(m.term)}:
                held[number] = held.get(number, 0) + 1
        if all(2 * count < len(items) for count in held.values()):
            found.update(m for item in inside for m in item if topics_of(m.term))
    return found
