"""PTB glue shared by the handlers, the feeds and the push: the Application's types, which forum
topic an update came from, and our `Button` rows as Telegram's inline keyboards."""

from __future__ import annotations

from typing import Any, TypeAlias

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, ContextTypes, ExtBot, JobQueue

from bot.replies import Button, Reply

Ctx: TypeAlias = ContextTypes.DEFAULT_TYPE
BotApp: TypeAlias = Application[
    ExtBot[int],
    Ctx,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[Ctx],
]


def thread_of(update: Update) -> int | None:
    """The forum topic an update came from (a button's message's topic for presses)."""
    message = update.effective_message
    if message is not None and message.is_topic_message:
        return message.message_thread_id
    return None


def inline_keyboard(rows: list[list[Button]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in rows]
    )


def keyboard_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    return inline_keyboard(reply.keyboard) if reply.keyboard else None
