"""Logging set-up that keeps the bot token out of every log line and every last word.

httpx logs request URLs and PTB logs its API URL at DEBUG; both contain the token. The quiet
levels below are the first guard, the redacting filter on every root handler the second.
PTB also puts the token into `InvalidToken`'s message, so the process's exit paths (uncaught
exceptions in any thread, the event loop's handler) are redacted as well.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from types import TracebackType
from typing import Any

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


def _write_redacted(flt: TokenRedactingFilter, text: str) -> None:
    try:
        sys.stderr.write(flt.redact(text))
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: nothing left to tell
        pass


def install_exit_redaction(secrets: Iterable[str]) -> TokenRedactingFilter:
    """Route every last-chance report through the redaction: `sys.excepthook` (uncaught
    exceptions in the main thread), `threading.excepthook` (worker threads, `to_thread`).
    The asyncio loop's handler is set by `redact_loop_errors` once a loop runs."""
    flt = TokenRedactingFilter(secrets)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        _write_redacted(flt, "".join(traceback.format_exception(kind, exc, tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        _write_redacted(flt, f"Exception in thread {name}:\n{text}")

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    return flt


def redact_loop_errors(loop: asyncio.AbstractEventLoop) -> None:
    """Unhandled errors in tasks and callbacks go to the `asyncio` logger, whose records the
    root handlers' filter redacts; the default handler would do the same, this only makes it
    explicit that nothing bypasses logging."""
    log = logging.getLogger("asyncio")

    def handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = context.get("message", "unhandled error in the event loop")
        log.error("%s", message, exc_info=exc if isinstance(exc, BaseException) else None)

    loop.set_exception_handler(handler)
