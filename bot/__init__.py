"""Telegram adapter over the briefing core: commands, subscriptions, scheduled digests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config import BotSettings

__all__ = ["BotSettings"]


def __getattr__(name: str) -> Any:
    # Lazy: `python -m bot --help` (and the ingest child process) must not pay for importing
    # the core, SQLAlchemy and python-telegram-bot just to print usage.
    if name == "BotSettings":
        from bot.config import BotSettings

        return BotSettings
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
