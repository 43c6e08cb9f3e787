"""Render briefings as Telegram HTML, plain text or JSON, and split HTML into Telegram messages.

Article text is data: it is always autoescaped, never marked safe, so `<`, `>`, `&` and quotes
in a source cannot break Telegram's HTML parser. Templates mark item boundaries with a blank
line; `split_messages` cuts only there (or, for one oversized item, between its sentences,
closing and reopening tags), keeping each message within Telegram's limits.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from urllib.parse import urlsplit

import jinja2

from briefings.digest import figure_context
from briefings.digest.budget import TITLE_SOURCE_CHARS
from briefings.digest.spans import source_title
from briefings.models import Attribution, Briefing, DateOrigin, KeyFigure

TELEGRAM_MAX_CHARS = 4096
TELEGRAM_MAX_ENTITIES = 100
BLOCK_SEPARATOR = "\n\n"
UNKNOWN_SOURCE = "unknown source"


class OutputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"


# -- template helpers -----------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_SAFE_SCHEMES = ("http://", "https://")


def squash(text: str) -> str:
    """Collapse runs of whitespace (a paragraph's line breaks would read as item boundaries)."""
    return _SPACES.sub(" ", text).strip()


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(day: dt.date | None) -> str:
    """'18 Mar 2024' whatever the process locale, or 'undated'."""
    if day is None:
        return "undated"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def http_url(url: str | None) -> str:
    """The URL when it is an http(s) link, else '' (no javascript:, data:, file: links)."""
    if not url:
        return ""
    candidate = url.strip()
    if candidate.lower().startswith(_SAFE_SCHEMES) and not _SPACES.search(candidate):
        return candidate
    return ""


def source_name(source: Attribution, limit: int = TITLE_SOURCE_CHARS) -> str:
    """Outlet; else the link's host; else the article's title (shortened at a word).

    A title standing in for the outlet loses any page stamp or dateline a scrape left in it,
    and a title that is nothing but those names no source: "unknown source".
    """
    host = urlsplit(http_url(source.url)).hostname or ""
    name = squash(source.outlet or host.removeprefix("www.") or source_title(source.title))
    if not name:
        return UNKNOWN_SOURCE
    if len(name) <= limit:
        return name
    cut = name.rfind(" ", 0, limit)
    return name[: cut if cut > 0 else limit] + "…"


def source_date(source: Attribution) -> str:
    """The date as a reader should read it: inferred dates say so."""
    text = human_date(source.published)
    if source.published is not None and source.date_origin is DateOrigin.INFERRED:
        return f"{text} (inferred)"
    return text


def age_days(briefing: Briefing) -> int | None:
    """Days between the newest fact shown and when the briefing was made."""
    if briefing.newest is None:
        return None
    return max(0, (briefing.generated_at.date() - briefing.newest).days)


@dataclass(frozen=True, slots=True)
class FigureParts:
    """A key figure's context split so templates can highlight the figure itself."""

    before: str
    figure: str
    after: str


def figure_parts(key: KeyFigure) -> FigureParts:
    """The figure inside a short verbatim window of its sentence, split around the figure."""
    context = figure_context(key.figure)
    at = context.find(key.figure.text)
    if at < 0:
        return FigureParts("", key.figure.text, f" — {context}")
    end = at + len(key.figure.text)
    return FigureParts(context[:at], key.figure.text, context[end:])


def make_environment(package: str) -> jinja2.Environment:
    """The one way this project builds a Jinja environment: templates of `package`, escaped.

    Autoescaping is on for every template name (.html.j2, .txt.j2 alike): plain-text templates
    switch it off explicitly with `{% autoescape false %}`, so forgetting is safe.
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        squash=squash,
        human_date=human_date,
        http_url=http_url,
        source_name=source_name,
        source_date=source_date,
        figure_parts=figure_parts,
    )
    env.globals.update(age_days=age_days)
    return env


@cache
def _environment() -> jinja2.Environment:
    return make_environment("briefings")


def render_briefing(briefing: Briefing, fmt: OutputFormat) -> str:
    """The briefing as Telegram HTML, plain text, or the Briefing model as JSON."""
    fmt = OutputFormat(fmt)  # also accepts the plain strings "html", "text", "json"
    if fmt is OutputFormat.JSON:
        return briefing.model_dump_json(indent=2)
    name = "briefing.html.j2" if fmt is OutputFormat.HTML else "briefing.txt.j2"
    return _environment().get_template(name).render(briefing=briefing).strip() + "\n"


def render_messages(briefing: Briefing) -> list[str]:
    """Telegram-HTML messages for the briefing, each valid and within Telegram's limits."""
    return split_messages(render_briefing(briefing, OutputFormat.HTML))


# -- Telegram HTML: measuring and validating ------------------------------------------------

ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)
_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[a-zA-Z][\w-]*)"
    r"(?P<attrs>(?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))?")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_SPECIAL = re.compile(r"[<>&]")
# Telegram may turn these into entities on its own; count them so we never exceed the limit.
_AUTO_ENTITY = re.compile(r"https?://\S+|(?<!\w)[@#$][A-Za-z_]\w{2,}")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible_text(fragment: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", fragment))


def entity_count(fragment: str) -> int:
    """Formatting entities: one per opening tag, plus links and tags Telegram may detect."""
    tags = sum(1 for m in _TAG.finditer(fragment) if not m.group("close"))
    return tags + len(_AUTO_ENTITY.findall(visible_text(fragment)))


def _check_attributes(name: str, attrs: str) -> None:
    found: dict[str, str | None] = {}
    for match in _ATTR.finditer(attrs):
        value = match.group(2)
        if value is not None and value[:1] in "\"'":
            value = value[1:-1]
        if value is not None and "&" in value:
            for amp in re.finditer("&", value):
                if not _ENTITY.match(value, amp.start()):
                    raise ValueError(f"unescaped '&' in attribute of <{name}>")
        found[match.group(1).lower()] = value
    allowed: dict[str, set[str]] = {
        "a": {"href"},
        "span": {"class"},
        "tg-emoji": {"emoji-id"},
        "code": {"class"},
        "blockquote": {"expandable"},
    }
    extra = set(found) - allowed.get(name, set())
    if extra:
        raise ValueError(f"unsupported attribute {sorted(extra)[0]!r} on <{name}>")
    if name == "a" and not found.get("href"):
        raise ValueError("<a> without href")
    if name == "span" and found.get("class") != "tg-spoiler":
        raise ValueError('<span> needs class="tg-spoiler"')
    if name == "tg-emoji" and not found.get("emoji-id"):
        raise ValueError("<tg-emoji> without emoji-id")


def validate_telegram_html(
    text: str,
    *,
    max_chars: int | None = TELEGRAM_MAX_CHARS,
    max_entities: int | None = TELEGRAM_MAX_ENTITIES,
) -> None:
    """Raise ValueError unless Telegram's HTML parse mode would accept `text` as one message.

    Checks: only Telegram's tags and attributes, properly nested and closed; no raw '<', '>'
    or '&' outside tags and entities; only &lt; &gt; &amp; &quot; and numeric entities; and,
    unless disabled with None, the length and entity limits.
    """
    stack: list[str] = []
    pos = 0
    while True:
        special = _SPECIAL.search(text, pos)
        if special is None:
            break
        at = special.start()
        char = special.group()
        if char == "&":
            entity = _ENTITY.match(text, at)
            if entity is None:
                raise ValueError(f"unescaped '&' or unsupported entity at {at}")
            pos = entity.end()
            continue
        if char == ">":
            raise ValueError(f"unescaped '>' at {at}")
        tag = _TAG.match(text, at)
        if tag is None:
            raise ValueError(f"unescaped '<' at {at}")
        name = tag.group("name").lower()
        if name not in ALLOWED_TAGS:
            raise ValueError(f"unsupported tag <{name}> at {at}")
        if tag.group("close"):
            if tag.group("attrs").strip():
                raise ValueError(f"closing tag </{name}> with attributes at {at}")
            if not stack or stack[-1] != name:
                raise ValueError(f"unexpected </{name}> at {at}")
            stack.pop()
        else:
            _check_attributes(name, tag.group("attrs"))
            if name == "a" and "a" in stack:
                raise ValueError("<a> inside <a>")
            if name == "blockquote" and "blockquote" in stack:
                raise ValueError("<blockquote> inside <blockquote>")
            if (
                stack
                and stack[-1] in {"code", "pre"}
                and not (stack[-1] == "pre" and name == "code")
            ):
                raise ValueError(f"<{name}> inside <{stack[-1]}>")
            stack.append(name)
        pos = tag.end()
    if stack:
        raise ValueError(f"unclosed <{stack[-1]}>")
    seen = visible_text(text)
    if not seen.strip():
        raise ValueError("message text is empty")
    if max_chars is not None:
        if utf16_len(seen) > max_chars:
            raise ValueError(f"text is {utf16_len(seen)} UTF-16 units, over {max_chars}")
        if len(text) > max_chars:
            raise ValueError(f"markup is {len(text)} characters, over {max_chars}")
    if max_entities is not None and entity_count(text) > max_entities:
        raise ValueError(f"{entity_count(text)} entities, over {max_entities}")


# -- splitting ------------------------------------------------------------------------------

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
            match = _TAG.match(token)
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
        for tag in _TAG.finditer(part):
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
