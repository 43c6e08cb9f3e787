"""Groups: the group itself is the subscriber, and only its administrators change what it
gets (`/subscribe`, `/settings`, filters, language and the buttons that do the same);
`/brief` and the reading buttons are for everyone.

Whether someone administers a group is asked with getChatMember and remembered for
`ADMIN_TTL` on the injected clock: a busy group would otherwise ask Telegram on every tap.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from telegram import Bot, Chat
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot import actions, callbacks
from bot.clock import Clock

logger = logging.getLogger(__name__)

ADMIN_TTL = dt.timedelta(minutes=5)

#: Commands that change a group's subscription: its administrators' business.
ADMIN_ONLY_COMMANDS = frozenset({"subscribe", "unsubscribe", "settings", "filter", "language"})
_ADMIN_ONLY_ACTIONS = frozenset(
    {
        actions.ActionKind.MUTE,
        actions.ActionKind.UNMUTE,
        actions.ActionKind.TIME,
        actions.ActionKind.LANGUAGE,
        actions.ActionKind.CLEAR_FILTER,
    }
)
_ADMIN_ONLY_BUTTONS = frozenset({callbacks.Kind.SUBSCRIBE, callbacks.Kind.SETTING})
_ADMINS = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})


def is_group(chat: Chat | None) -> bool:
    return chat is not None and chat.type in {Chat.GROUP, Chat.SUPERGROUP}


def command_needs_admin(command: str) -> bool:
    """'/Subscribe@our_bot' → True."""
    return command.lower().split("@", 1)[0] in ADMIN_ONLY_COMMANDS


def button_needs_admin(data: str | None) -> bool:
    """Whether a button changes the group's subscription (a tampered one is refused later)."""
    parts = (data or "").split(":")
    if parts and parts[0].startswith("v") and parts[0][1:].isdigit():
        parts = parts[1:]
    kind = parts[0] if parts else ""
    return kind in _ADMIN_ONLY_ACTIONS or kind in _ADMIN_ONLY_BUTTONS


class AdminCache:
    """Who administers which group, asked of Telegram at most once per `ttl`."""

    def __init__(self, clock: Clock, ttl: dt.timedelta = ADMIN_TTL) -> None:
        self.clock = clock
        self.ttl = ttl
        self._known: dict[tuple[int, int], tuple[dt.datetime, bool]] = {}

    async def is_admin(self, bot: Bot | Any, chat_id: int, user_id: int) -> bool:
        now = self.clock.now()
        known = self._known.get((chat_id, user_id))
        if known is not None and now - known[0] < self.ttl:
            return known[1]
        try:
            member = await bot.get_chat_member(chat_id, user_id)
            admin = member.status in _ADMINS
        except TelegramError as exc:  # not a member any more, or the bot was removed
            logger.info("getChatMember %s/%s failed: %s", chat_id, user_id, exc)
            admin = False
        self._known[(chat_id, user_id)] = (now, admin)
        if len(self._known) > 10_000:  # forget the oldest answers rather than grow forever
            for key in sorted(self._known, key=lambda k: self._known[k][0])[:5_000]:
                del self._known[key]
        return admin
