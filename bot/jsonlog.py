"""`LOG_FORMAT=json`: one JSON object per line for log shippers.

Fields: `time` (UTC, ISO 8601), `level`, `logger`, `message`, `chat_id` when the record is
about a chat (given as `extra={"chat_id": ...}` or named in the message as "chat 123"), and
`exception` with the traceback. Records reach the formatter after the handler's redacting
filter (`bot.logsafe`), so the token is gone from message and traceback alike.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

_CHAT = re.compile(r"\bchat (-?\d+)\b")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        out: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        chat = getattr(record, "chat_id", None)
        if chat is None and (found := _CHAT.search(message)) is not None:
            chat = int(found.group(1))
        if chat is not None:
            out["chat_id"] = chat
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exception"] = record.exc_text
        return json.dumps(out, ensure_ascii=False)


__all__ = ["JsonFormatter"]
