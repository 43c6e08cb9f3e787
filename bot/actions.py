"""Buttons under briefs and digests, and the reader's language and filter buttons: typed,
versioned callback data.

Callback data comes back as whatever a client sends, so it is untrusted. Each button is one
model below; `encode` writes `v1:<kind>:<fields>` (at most 64 bytes: Telegram's limit) and
`parse_action` accepts only what `encode` can produce, returning None for anything else, so a
tampered or outdated button gets a short answer instead of an error. Nothing in the data
depends on process state, so buttons keep working after a restart.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from bot.callbacks import seal, unseal
from bot.i18n import Lang

TopicId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=40)]
_INT = re.compile(r"^(0|[1-9][0-9]{0,9})$")  # no sign, no leading zeros
_VERSION = re.compile(r"^v[0-9]{1,3}$")
_HHMM = re.compile(r"^([01][0-9]|2[0-3])([0-5][0-9])$")


class ActionKind(StrEnum):
    MORE = "more"
    MUTE = "mute"
    UNMUTE = "unmute"
    TIME = "time"
    SOURCES = "arts"  # "src" is the admins' /sources pager
    LANGUAGE = "lang"
    FILTERS = "flt"
    CLEAR_FILTER = "fclr"


class _Action(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class More(_Action):
    """The next items of a topic's briefing, after the `offset` already shown."""

    kind: Literal[ActionKind.MORE] = ActionKind.MORE
    topic: TopicId
    offset: Annotated[int, Field(ge=0, le=1000)]


class Mute(_Action):
    kind: Literal[ActionKind.MUTE] = ActionKind.MUTE
    topic: TopicId


class Unmute(_Action):
    """Undo of a mute: the topic goes back into the digest."""

    kind: Literal[ActionKind.UNMUTE] = ActionKind.UNMUTE
    topic: TopicId


class Time(_Action):
    """First tap: `minutes` None shows the choices; second tap sets that time of day."""

    kind: Literal[ActionKind.TIME] = ActionKind.TIME
    minutes: Annotated[int, Field(ge=0, lt=24 * 60)] | None = None


class Sources(_Action):
    """The articles behind a topic's brief (or digest: items ingested after `since`)."""

    kind: Literal[ActionKind.SOURCES] = ActionKind.SOURCES
    topic: TopicId
    since: Annotated[int, Field(ge=0, le=9_999_999_999)] = 0  # Unix seconds; 0 = whole brief


class Language(_Action):
    kind: Literal[ActionKind.LANGUAGE] = ActionKind.LANGUAGE
    lang: Lang


class Filters(_Action):
    kind: Literal[ActionKind.FILTERS] = ActionKind.FILTERS


class ClearFilter(_Action):
    kind: Literal[ActionKind.CLEAR_FILTER] = ActionKind.CLEAR_FILTER
    topic: TopicId


Action: TypeAlias = More | Mute | Unmute | Time | Sources | Language | Filters | ClearFilter


def encode(action: Action) -> str:
    """The callback_data string for a button."""
    match action:
        case More(topic=topic, offset=offset):
            body = f"{action.kind}:{topic}:{offset}"
        case Mute(topic=topic) | Unmute(topic=topic) | ClearFilter(topic=topic):
            body = f"{action.kind}:{topic}"
        case Time(minutes=None) | Filters():
            body = str(action.kind)
        case Time(minutes=int(minutes)):
            body = f"{action.kind}:{minutes // 60:02d}{minutes % 60:02d}"
        case Sources(topic=topic, since=since):
            body = f"{action.kind}:{topic}:{since}"
        case Language(lang=lang):
            body = f"{action.kind}:{lang.value}"
    return seal(body)


def _build(parts: list[str]) -> Action | None:
    match parts:
        case [ActionKind.MORE, topic, offset] if _INT.match(offset):
            return More(topic=topic, offset=int(offset))
        case [ActionKind.MUTE, topic]:
            return Mute(topic=topic)
        case [ActionKind.UNMUTE, topic]:
            return Unmute(topic=topic)
        case [ActionKind.TIME]:
            return Time()
        case [ActionKind.TIME, hhmm] if (m := _HHMM.match(hhmm)) is not None:
            return Time(minutes=int(m.group(1)) * 60 + int(m.group(2)))
        case [ActionKind.SOURCES, topic, since] if _INT.match(since):
            return Sources(topic=topic, since=int(since))
        case [ActionKind.LANGUAGE, code] if code in set(Lang):
            return Language(lang=Lang(code))
        case [ActionKind.FILTERS]:
            return Filters()
        case [ActionKind.CLEAR_FILTER, topic]:
            return ClearFilter(topic=topic)
    return None


def is_action(data: str | None) -> bool:
    """Whether `data` claims to be one of these buttons (well-formed or not)."""
    if not data:
        return False
    parts = data.split(":", 2)
    # Any version: a button from a newer (rolled back) or retired format is still ours to
    # answer, even though `parse_action` will refuse it.
    return len(parts) >= 2 and _VERSION.match(parts[0]) is not None and parts[1] in set(ActionKind)


def parse_action(data: str | None) -> Action | None:
    """The button `data` stands for, or None when it is not one we could have sent."""
    parts = unseal(data)
    if parts is None:
        return None
    try:
        return _build(parts)
    except ValidationError:
        return None
