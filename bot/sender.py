"""Sending one message with Telegram's failure modes handled.

RetryAfter      wait as asked and resend (the rate limiter holds every other send meanwhile)
Forbidden       the user blocked the bot: give up, caller marks them inactive
ChatMigrated    the group became a supergroup: record the new id and resend there
TimedOut/5xx    resend with exponential back-off, a bounded number of times
BadRequest "can't parse entities"   resend the same text as plain text
other BadRequest   give up: resending the same request cannot help
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from pydantic import BaseModel
from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.clock import Clock
from bot.plain import html_to_plain
from bot.ratelimit import retry_after_seconds

logger = logging.getLogger(__name__)


class SendOutcome(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"  # permanent: this request will never succeed
    GAVE_UP = "gave_up"  # transient errors outlasted our retries; try again later


class SendResult(BaseModel):
    outcome: SendOutcome
    chat_id: int
    message_id: int | None = None
    failures: int = 0  # failed attempts before the outcome (each one logged)
    error: str | None = None
    plain_fallback: bool = False


class Sender:
    """Sends HTML messages through a PTB `Bot` (whose rate limiter paces them)."""

    def __init__(
        self,
        bot: Bot,
        clock: Clock,
        *,
        on_migrated: Callable[[int, int], None] | None = None,
        max_attempts: int = 5,
        max_flood_waits: int = 20,
        backoff: float = 1.0,
    ) -> None:
        self.bot = bot
        self.clock = clock
        self.on_migrated = on_migrated
        self.max_attempts = max_attempts
        self.max_flood_waits = max_flood_waits
        self.backoff = backoff
        #: Send with allow_paid_broadcast (PAID_BROADCAST=true): Telegram then lets the bot
        #: past 30 msgs/s, charging Stars for the excess.
        self.paid_broadcast = False

    async def send(
        self,
        chat_id: int,
        text: str,
        reply_markup: InlineKeyboardMarkup | None = None,
        *,
        heartbeat: Callable[[], object] | None = None,
        message_thread_id: int | None = None,
    ) -> SendResult:
        """Send one message; `heartbeat` is called before every wait between attempts, so a
        delivery claim stays fresh however long a 429 storm lasts."""
        failures = 0
        flood_waits = 0
        parse_mode: str | None = ParseMode.HTML
        plain = False
        while True:
            try:
                message = await self.bot.send_message(
                    chat_id,
                    text,
                    parse_mode=parse_mode,
                    reply_markup=reply_markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                    message_thread_id=message_thread_id,
                    allow_paid_broadcast=True if self.paid_broadcast else None,
                )
                return SendResult(
                    outcome=SendOutcome.SENT,
                    chat_id=chat_id,
                    message_id=message.message_id,
                    failures=failures,
                    plain_fallback=plain,
                )
            except Forbidden as exc:
                logger.warning("chat %s refuses messages: %s", chat_id, exc.message)
                return SendResult(
                    outcome=SendOutcome.BLOCKED,
                    chat_id=chat_id,
                    failures=failures + 1,
                    error=exc.message,
                )
            except ChatMigrated as exc:
                failures += 1
                new_id = int(exc.new_chat_id)
                logger.warning("chat %s migrated to %s; resending there", chat_id, new_id)
                if self.on_migrated is not None:
                    self.on_migrated(chat_id, new_id)
                chat_id = new_id
                if failures >= self.max_attempts:
                    return self._gave_up(chat_id, failures, "chat kept migrating")
            except RetryAfter as exc:
                # The rate limiter already paused every send for this long; we wait with it.
                failures += 1
                flood_waits += 1
                delay = retry_after_seconds(exc)
                logger.warning("chat %s: rate limited, resending in %.1f s", chat_id, delay)
                if flood_waits >= self.max_flood_waits:
                    return self._gave_up(chat_id, failures, exc.message)
                if heartbeat is not None:
                    heartbeat()
                await self.clock.sleep(delay)
            except BadRequest as exc:
                failures += 1
                if "can't parse entities" in exc.message.lower() and parse_mode is not None:
                    logger.error(
                        "chat %s: Telegram could not parse our HTML (%s); resending as plain text",
                        chat_id,
                        exc.message,
                    )
                    text, parse_mode, plain = html_to_plain(text), None, True
                    continue
                logger.error("chat %s: message refused: %s", chat_id, exc.message)
                return SendResult(
                    outcome=SendOutcome.FAILED,
                    chat_id=chat_id,
                    failures=failures,
                    error=exc.message,
                )
            except NetworkError as exc:  # includes TimedOut and 5xx answers
                failures += 1
                logger.warning(
                    "chat %s: %s (attempt %d/%d)",
                    chat_id,
                    exc.message,
                    failures,
                    self.max_attempts,
                )
                if failures >= self.max_attempts:
                    return self._gave_up(chat_id, failures, exc.message)
                if heartbeat is not None:
                    heartbeat()
                await self.clock.sleep(self.backoff * 2 ** (failures - 1))

    def _gave_up(self, chat_id: int, failures: int, error: str) -> SendResult:
        logger.error("chat %s: giving up after %d attempts: %s", chat_id, failures, error)
        return SendResult(
            outcome=SendOutcome.GAVE_UP, chat_id=chat_id, failures=failures, error=error
        )
