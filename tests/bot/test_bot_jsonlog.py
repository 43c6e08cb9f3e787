"""`LOG_FORMAT=json`: one JSON object per line, with the chat where relevant, never the token."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from botkit import TOKEN

from bot.logsafe import configure_logging


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_json_lines_carry_fields_and_no_token(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each record is one parseable line with time, level, logger, message and chat id; the
    token is redacted from messages and tracebacks."""
    configure_logging("INFO", [TOKEN], json_lines=True)
    log = logging.getLogger("bot.sender")
    log.warning("chat %s: rate limited, resending in %.1f s", -100123, 1.0)
    log.info("plain note", extra={"chat_id": 42})
    try:
        raise RuntimeError(f"request to /bot{TOKEN}/sendMessage failed")
    except RuntimeError:
        log.exception("send failed for user %s", 7)
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    first, second, third = records
    assert {"time", "level", "logger", "message"} <= set(first)
    assert (first["level"], first["logger"], first["chat_id"]) == ("WARNING", "bot.sender", -100123)
    assert second["chat_id"] == 42 and "chat_id" not in third
    assert "RuntimeError" in third["exception"]
    assert TOKEN not in "\n".join(lines) and TOKEN.split(":")[1] not in "\n".join(lines)
