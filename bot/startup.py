"""Reaching the Bot API at start-up: retried with back-off, one log line per attempt.

A closed port or a DNS hiccup at boot is common (the bot starts before the network or a
self-hosted Bot API server). The bot keeps trying for `STARTUP_RETRY_SECONDS` (0: forever)
and then gives up with one line and a non-zero exit, so a supervisor sees the failure. A
rejected token is not retried: it will not get better.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram.error import InvalidToken, NetworkError

from bot.clock import Clock

logger = logging.getLogger("bot.startup")

FIRST_DELAY = 1.0
MAX_DELAY = 30.0


class BotApiUnreachable(Exception):
    """The Bot API did not answer within the start-up retry budget."""


async def connect(bot: Any, *, clock: Clock, url: str, give_up_after: float) -> int:
    """Initialise `bot` (which calls getMe); returns the number of attempts it took.

    Raises `InvalidToken` at once, `BotApiUnreachable` when the budget is spent.
    """
    started = clock.monotonic()
    delay = FIRST_DELAY
    attempt = 0
    while True:
        attempt += 1
        try:
            await bot.initialize()
            return attempt
        except InvalidToken:
            raise
        except NetworkError as exc:  # includes TimedOut; 5xx answers arrive as NetworkError too
            elapsed = clock.monotonic() - started
            if give_up_after > 0 and elapsed + delay > give_up_after:
                logger.error(
                    "Bot API at %s unreachable (attempt %d: %s); giving up after %.0f s",
                    url,
                    attempt,
                    exc.message,
                    elapsed,
                )
                raise BotApiUnreachable(url) from None
            logger.warning(
                "Bot API at %s unreachable (attempt %d: %s); retrying in %.0f s",
                url,
                attempt,
                exc.message,
                delay,
            )
        await clock.sleep(delay)
        delay = min(delay * 2, MAX_DELAY)
