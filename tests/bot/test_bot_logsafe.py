"""The token redaction filter."""

from __future__ import annotations

import logging

from bot.logsafe import REDACTED, TokenRedactingFilter

TOKEN = "123456789:AAHsecretSECRETsecretSECRET_abc-xyz"


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("x", logging.DEBUG, __file__, 1, msg, args, None)


def test_token_in_message_and_args_is_redacted() -> None:
    """The token is removed whether it sits in the format string or in the arguments."""
    flt = TokenRedactingFilter([TOKEN])
    for record in (
        _record(f"POST https://api.telegram.org/bot{TOKEN}/getMe"),
        _record("POST %s", f"https://api.telegram.org/bot{TOKEN}/getMe"),
    ):
        flt.filter(record)
        assert TOKEN not in record.getMessage()
        assert REDACTED in record.getMessage()


def test_unknown_token_shaped_strings_are_redacted() -> None:
    """Anything shaped like bot<digits>:<secret> is redacted even if not configured."""
    flt = TokenRedactingFilter([])
    record = _record("url /bot987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ/sendMessage")
    flt.filter(record)
    assert "ZZZZZZZZZZ" not in record.getMessage()
