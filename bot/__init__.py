"""Telegram adapter over the briefing core: commands, subscriptions, scheduled digests."""

from bot.config import BotSettings

__all__ = ["BotSettings"]
