"""Channels: a reader who administers a channel links it from a private chat
(`/channel @name energy 08:00`); the channel then gets the digest at its own time, in the
linking reader's language. `/channel @name off` unlinks it.

Before linking, Telegram is asked that the channel exists, that the bot may post there and
that the reader administers it. The bot being removed from the channel or losing the right to
post (a `my_chat_member` update) is handled like a block: no digests until it is back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel
from telegram import Bot, Chat, ChatMember, ChatMemberAdministrator
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

logger = logging.getLogger(__name__)

_ADMINS = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})


class ChannelProblem(StrEnum):
    """Why a channel cannot be linked (each has its own message)."""

    NOT_FOUND = "not_found"
    NOT_A_CHANNEL = "not_a_channel"
    BOT_CANNOT_POST = "bot_cannot_post"
    NOT_YOUR_CHANNEL = "not_your_channel"


class ChannelCheck(BaseModel):
    chat_id: int = 0
    title: str = ""
    problem: ChannelProblem | None = None


def bot_can_post(member: ChatMember) -> bool:
    if member.status == ChatMemberStatus.OWNER:
        return True
    return isinstance(member, ChatMemberAdministrator) and bool(member.can_post_messages)


async def check_channel(bot: Bot, name: str, user_id: int) -> ChannelCheck:
    """Ask Telegram whether `name` (@username or numeric id) can be linked by `user_id`."""
    target: str | int = int(name) if name.lstrip("-").isdigit() else "@" + name.lstrip("@")
    try:
        chat = await bot.get_chat(target)
    except TelegramError as exc:
        logger.info("getChat %s failed: %s", target, exc)
        return ChannelCheck(problem=ChannelProblem.NOT_FOUND)
    if chat.type != Chat.CHANNEL:
        return ChannelCheck(chat_id=chat.id, problem=ChannelProblem.NOT_A_CHANNEL)
    title = chat.title or name
    try:
        me = await bot.get_chat_member(chat.id, bot.id)
        reader = await bot.get_chat_member(chat.id, user_id)
    except TelegramError as exc:
        logger.info("getChatMember in %s failed: %s", chat.id, exc)
        return ChannelCheck(chat_id=chat.id, title=title, problem=ChannelProblem.BOT_CANNOT_POST)
    if not bot_can_post(me):
        return ChannelCheck(chat_id=chat.id, title=title, problem=ChannelProblem.BOT_CANNOT_POST)
    if reader.status not in _ADMINS:
        return ChannelCheck(chat_id=chat.id, title=title, problem=ChannelProblem.NOT_YOUR_CHANNEL)
    return ChannelCheck(chat_id=chat.id, title=title)


class ChannelRequest(BaseModel):
    """`/channel @name [topic ...] [HH:MM]` or `/channel @name off`, read."""

    name: str
    words: list[str] = []
    off: bool = False


def parse_channel_args(args: Sequence[str]) -> ChannelRequest | None:
    if not args:
        return None
    name, rest = args[0], list(args[1:])
    if not (name.startswith("@") or name.lstrip("-").isdigit()):
        return None
    off = [w.lower() for w in rest] in (["off"], ["unlink"], ["отключить"])
    return ChannelRequest(name=name, words=[] if off else rest, off=off)


def lost_posting_rights(old: ChatMember, new: ChatMember, chat: Chat) -> bool:
    """A `my_chat_member` change that leaves the bot unable to deliver to this chat."""
    if new.status in {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}:
        return True
    return chat.type == Chat.CHANNEL and bot_can_post(old) and not bot_can_post(new)


def regained_posting_rights(new: ChatMember, chat: Chat) -> bool:
    if chat.type == Chat.CHANNEL:
        return bot_can_post(new)
    return new.status in {ChatMemberStatus.MEMBER, *_ADMINS}


__all__ = [
    "ChannelCheck",
    "ChannelProblem",
    "ChannelRequest",
    "check_channel",
    "lost_posting_rights",
    "parse_channel_args",
    "regained_posting_rights",
]
