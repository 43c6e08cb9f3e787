"""Logging set-up that keeps the bot token out of every log line.

httpx logs request URLs and PTB logs its API URL at DEBUG; both contain the token. The quiet
levels below are the first guard, the redacting filter on every root handler the second.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_TOKEN_SHAPE = re.compile(r"\b(bot)?\d{5,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"


class TokenRedactingFilter(logging.Filter):
    """Replaces known secrets and anything shaped like `<digits>:<token>` in a record."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPE.sub(lambda m: (m.group(1) or "") + REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        # Format once with args, then redact the result: a token can hide in either.
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = str(record.msg)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def install_redaction(secrets: Iterable[str], logger: logging.Logger | None = None) -> None:
    """Add the redacting filter to every handler of `logger` (root by default) and quiet httpx."""
    target = logger or logging.getLogger()
    flt = TokenRedactingFilter(secrets)
    for handler in target.handlers:
        handler.filters = [f for f in handler.filters if not isinstance(f, TokenRedactingFilter)]
        handler.addFilter(flt)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    """Logging for `main()`: one stream handler with redaction."""
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    install_redaction(secrets)
