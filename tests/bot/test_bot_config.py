"""Settings parsing: admin ids, token, URLs, timezone."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from bot.config import BotSettings


def test_admin_ids_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    """ADMIN_IDS='1001, 1002' from the environment becomes a set of ints."""
    monkeypatch.setenv("ADMIN_IDS", "1001, 1002")
    monkeypatch.setenv("DELIVERY_GRACE", "PT2H")
    settings = BotSettings(_env_file=None)
    assert settings.admin_ids == {1001, 1002}
    assert settings.delivery_grace == dt.timedelta(hours=2)


def test_empty_token_means_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty TELEGRAM_BOT_TOKEN is no token."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("ADMIN_IDS", "")
    settings = BotSettings(_env_file=None)
    assert settings.telegram_bot_token is None
    assert settings.admin_ids == frozenset()


def test_urls_follow_the_root() -> None:
    """The bot talks to {root}/bot and {root}/file/bot."""
    settings = BotSettings(_env_file=None, telegram_api_url="http://127.0.0.1:8081/")
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"


def test_bad_timezone_rejected() -> None:
    """A default timezone that does not exist fails at start-up, not at delivery."""
    with pytest.raises(ValidationError):
        BotSettings(_env_file=None, default_timezone="Mars/Olympus")
