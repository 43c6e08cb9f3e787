"""Split rendered Telegram HTML into messages within Telegram's limits.

Templates mark item boundaries with a blank line; `split_messages` cuts only there (or, for
one oversized item, between its sentences, closing and reopening tags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.render.markup import (
    TAG,
    TELEGRAM_MAX_CHARS,
    TELEGRAM_MAX_ENTITIES,
    entity_count,
    utf16_len,
    visible_text,
)

BLOCK_SEPARATOR = "\n\n"

_TOKEN = re.compile(r"<[^<>]*>|[^<]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:[\"'”»)\]]*)\s+")
_WORD_END = re.compile(r"\s+")
_ENTITY_TAIL = re.compile(r"&[#\w]*$")


@dataclass(slots=True)
class _Budget:
    max_chars: int
    max_entities: int


@dataclass(slots=True)
class _Chunk:
    """A message being filled, with running measures so each addition is O(token)."""

    parts: list[str]
    stack: list[tuple[str, str]]  # (name, opening tag) of tags open at the end
    raw: int = 0
    visible: int = 0
    entities: int = 0
    content: bool = False  # holds more than reopened tags

    def closing(self) -> str:
        return "".join(f"</{name}>" for name, _ in reversed(self.stack))

    def fits(self, raw: int, visible: int, entities: int, budget: _Budget) -> bool:
        closing = sum(len(name) + 3 for name, _ in self.stack)
        return (
            self.raw + raw + closing <= budget.max_chars
            and self.visible + visible <= budget.max_chars
            and self.entities + entities <= budget.max_entities
        )

    def add(self, token: str, raw: int, visible: int, entities: int) -> None:
        self.parts.append(token)
        self.raw += raw
        self.visible += visible
        self.entities += entities


def _measure(fragment: str) -> tuple[int, int, int]:
    return len(fragment), utf16_len(visible_text(fragment)), entity_count(fragment)


def _text_units(text: str, budget: _Budget) -> list[str]:
    """Pieces of escaped text to place one by one: sentences, else words, else characters."""
    units: list[str] = []
    for sentence in _split_keep(text, _SENTENCE_END):
        if (
            _measure(sentence)[1] <= budget.max_chars // 2
            and len(sentence) <= budget.max_chars // 2
        ):
            units.append(sentence)
            continue
        for word in _split_keep(sentence, _WORD_END):
            units.extend(_hard_split(word, max(1, budget.max_chars // 4)))
    return units


def _split_keep(text: str, separator: re.Pattern[str]) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in separator.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _hard_split(word: str, size: int) -> list[str]:
    """Cut a word with no spaces, never inside an entity such as &amp;."""
    pieces: list[str] = []
    while len(word) > size:
        cut = size
        tail = _ENTITY_TAIL.search(word[:cut])
        if tail is not None and tail.start() > 0:
            cut = tail.start()
        pieces.append(word[:cut])
        word = word[cut:]
    if word:
        pieces.append(word)
    return pieces


def _split_block(block: str, budget: _Budget, first: _Budget | None = None) -> list[str]:
    """Split one oversized item between sentences, closing and reopening open tags.

    The first piece may be given a smaller budget, to fill the rest of a message.
    """
    chunks: list[str] = []
    chunk = _Chunk([], [])
    limits = first or budget

    def flush() -> None:
        nonlocal chunk, limits
        if chunk.content:
            chunks.append("".join(chunk.parts) + chunk.closing())
        limits = budget
        reopened = _Chunk([], list(chunk.stack))
        for _, opening in chunk.stack:
            reopened.add(opening, len(opening), 0, 1)
        chunk = reopened

    for token in _TOKEN.findall(block):
        if token.startswith("<"):
            match = TAG.match(token)
            if match is None:
                raise ValueError(f"not a tag: {token!r}")
            name = match.group("name").lower()
            if match.group("close"):
                chunk.add(token, len(token), 0, 0)
                if chunk.stack and chunk.stack[-1][0] == name:
                    chunk.stack.pop()
                continue
            if not chunk.fits(len(token) + len(name) + 3, 0, 1, limits):
                flush()
            chunk.add(token, len(token), 0, 1)
            chunk.stack.append((name, token))
            continue
        for unit in _text_units(token, budget):
            raw, visible, entities = _measure(unit)
            if not chunk.fits(raw, visible, entities, limits) and (
                chunk.content or limits is not budget
            ):
                flush()
                unit = unit.lstrip()
                raw, visible, entities = _measure(unit)
            chunk.add(unit, raw, visible, entities)
            chunk.content = chunk.content or bool(unit.strip())
    if chunk.content:
        chunks.append("".join(chunk.parts) + chunk.closing())
    return [c.strip() for c in chunks if visible_text(c).strip()]


def _blocks(html_text: str) -> list[str]:
    """Blank-line-separated blocks, never cutting inside an element (a <pre> may hold blanks)."""
    blocks: list[str] = []
    pending: list[str] = []
    depth = 0
    for part in html_text.strip().split(BLOCK_SEPARATOR):
        pending.append(part)
        for tag in TAG.finditer(part):
            depth += -1 if tag.group("close") else 1
        if depth <= 0:
            block = BLOCK_SEPARATOR.join(pending).strip()
            if block:
                blocks.append(block)
            pending, depth = [], 0
    if pending:
        block = BLOCK_SEPARATOR.join(pending).strip()
        if block:
            blocks.append(block)
    return blocks


@dataclass(slots=True)
class _Packer:
    """Messages filled block by block, with running measures of the open one."""

    budget: _Budget
    messages: list[str]
    current: list[str]
    raw: int = 0
    visible: int = 0
    entities: int = 0

    def room(self) -> _Budget:
        """What the open message can still take after a separator."""
        raw = self.raw + len(BLOCK_SEPARATOR) if self.current else 0
        visible = self.visible + len(BLOCK_SEPARATOR) if self.current else 0
        return _Budget(
            max(0, self.budget.max_chars - max(raw, visible)),
            max(0, self.budget.max_entities - self.entities),
        )

    def fits(self, raw: int, visible: int, entities: int) -> bool:
        room = self.room()
        return raw <= room.max_chars and visible <= room.max_chars and entities <= room.max_entities

    def add(self, piece: str, raw: int, visible: int, entities: int) -> None:
        separator = len(BLOCK_SEPARATOR) if self.current else 0
        self.current.append(piece)
        self.raw += separator + raw
        self.visible += separator + visible
        self.entities += entities

    def close(self) -> None:
        if self.current:
            self.messages.append(BLOCK_SEPARATOR.join(self.current))
        self.current, self.raw, self.visible, self.entities = [], 0, 0, 0


def split_messages(
    html_text: str,
    *,
    max_chars: int = TELEGRAM_MAX_CHARS,
    max_entities: int = TELEGRAM_MAX_ENTITIES,
) -> list[str]:
    """Pack the blank-line-separated blocks of a rendered digest into Telegram messages.

    A message never exceeds `max_chars` (in markup characters and in UTF-16 units of its
    visible text) nor `max_entities`; cuts fall between blocks, and only an oversized block is
    cut between its sentences (or words), with its tags closed and reopened, starting in the
    room left by the blocks before it.
    """
    budget = _Budget(max_chars, max_entities)
    packer = _Packer(budget, [], [])
    for block in _blocks(html_text):
        raw, visible, entities = _measure(block)
        if packer.fits(raw, visible, entities):
            packer.add(block, raw, visible, entities)
            continue
        if raw <= max_chars and visible <= max_chars and entities <= max_entities:
            packer.close()
            packer.add(block, raw, visible, entities)
            continue
        room = packer.room()
        if room.max_chars < max_chars // 5 or room.max_entities < 2:
            packer.close()
            room = budget
        pieces = _split_block(block, budget, room)
        for n, piece in enumerate(pieces):
            measures = _measure(piece)
            if n > 0 or not packer.fits(*measures):
                packer.close()
            packer.add(piece, *measures)
    packer.close()
    return packer.messages
