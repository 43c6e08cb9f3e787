"""Telegram HTML: measuring a message as Telegram counts it, and validating its markup."""

from __future__ import annotations

import html
import re

TELEGRAM_MAX_CHARS = 4096
TELEGRAM_MAX_ENTITIES = 100

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
TAG = re.compile(
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
    return html.unescape(TAG.sub("", fragment))


def entity_count(fragment: str) -> int:
    """Formatting entities: one per opening tag, plus links and tags Telegram may detect."""
    tags = sum(1 for m in TAG.finditer(fragment) if not m.group("close"))
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
        tag = TAG.match(text, at)
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
