"""Inline-button payloads: typed, versioned, and parsed in one place.

Callback data comes back from Telegram as whatever string a client sends, so it is untrusted
input (a forged `set:day:99` once stored day 9). Every button is one of the models below;
`encode` writes `v1:<kind>:<fields>` (at most 64 bytes) and `parse_callback` accepts only what
`encode` can produce, returning None for anything else. Buttons sent before versioning (no
`v1:` prefix) are still in old chats and parse with the same rules.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

VERSION = "v1"
MAX_BYTES = 64  # Telegram's limit for callback_data

# The shape of a topic id (briefings.topics); whether it exists is the commands' business.
TopicId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=48)]


class Kind(StrEnum):
    BRIEF = "brief"
    SUBSCRIBE = "sub"
    SETTING = "set"
    SOURCES = "src"


class Setting(StrEnum):
    DAY = "day"
    PAUSE = "pause"
    NOTE = "note"


class _Button(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BriefButton(_Button):
    kind: Literal[Kind.BRIEF] = Kind.BRIEF
    topic: TopicId


class SubscribeButton(_Button):
    """Toggles one topic of the reader's subscription."""

    kind: Literal[Kind.SUBSCRIBE] = Kind.SUBSCRIBE
    topic: TopicId


class SettingButton(_Button):
    kind: Literal[Kind.SETTING] = Kind.SETTING
    setting: Setting
    day: Annotated[int, Field(ge=0, le=6)] | None = None  # only (and always) for DAY


class SourcesButton(_Button):
    """A page of /sources, by offset from the newest."""

    kind: Literal[Kind.SOURCES] = Kind.SOURCES
    offset: Annotated[int, Field(ge=0, le=1_000_000)]


CallbackData: TypeAlias = BriefButton | SubscribeButton | SettingButton | SourcesButton

_INT = re.compile(r"^(0|[1-9][0-9]{0,6})$")  # no sign, no leading zeros, no spaces


def encode(button: CallbackData) -> str:
    """The callback_data string for a button."""
    match button:
        case BriefButton(topic=topic) | SubscribeButton(topic=topic):
            body = f"{button.kind}:{topic}"
        case SettingButton(setting=Setting.DAY, day=day):
            body = f"{Kind.SETTING}:{Setting.DAY}:{day}"
        case SettingButton(setting=setting):
            body = f"{Kind.SETTING}:{setting}"
        case SourcesButton(offset=offset):
            body = f"{Kind.SOURCES}:{offset}"
    return seal(body)


def seal(body: str) -> str:
    """`body` behind the current version, refused past Telegram's 64 bytes (every button kind)."""
    data = f"{VERSION}:{body}"
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def unseal(data: str | None, *, legacy: bool = False) -> list[str] | None:
    """The fields of current-version data (and, with `legacy`, of unversioned data), or None."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    if parts[0] == VERSION:
        return parts[1:]
    if legacy and not (parts[0].startswith("v") and parts[0][1:].isdigit()):
        return parts  # sent before versioning; a version we do not know is refused
    return None


def _build(parts: list[str]) -> CallbackData | None:
    match parts:
        case [Kind.BRIEF, topic]:
            return BriefButton(topic=topic)
        case [Kind.SUBSCRIBE, topic]:
            return SubscribeButton(topic=topic)
        case [Kind.SETTING, Setting.DAY, day] if _INT.match(day):
            return SettingButton(setting=Setting.DAY, day=int(day))
        case [Kind.SETTING, Setting.PAUSE | Setting.NOTE as setting]:
            return SettingButton(setting=Setting(setting))
        case [Kind.SOURCES, offset] if _INT.match(offset):
            return SourcesButton(offset=int(offset))
    return None


def parse_callback(data: str | None) -> CallbackData | None:
    """The button `data` stands for, or None when it is not one we could have sent."""
    parts = unseal(data, legacy=True)
    if parts is None:
        return None
    try:
        return _build(parts)
    except ValidationError:
        return None
