"""`python -m bot`: long polling when a token is set, otherwise (or with --console) the console."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.config import BotSettings
    from bot.handlers import TelegramBot
    from bot.ptb import BotApp

# Everything heavy (the core, SQLAlchemy, python-telegram-bot) is imported inside `main()`,
# after the arguments are parsed: `--help` answers at once.

logger = logging.getLogger("bot")

EXIT_BAD_TOKEN = 2
EXIT_UNREACHABLE = 3
EXIT_BAD_CONFIG = 4
BAD_TOKEN_LINE = "Telegram rejected the bot token; check TELEGRAM_BOT_TOKEN"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["db"]:
        from bot.dbcopy import main as db_main

        return int(db_main(argv[1:]))
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description=__doc__,
        epilog="Also: `python -m bot db copy --to URL` (see `python -m bot db copy --help`).",
    )
    parser.add_argument("--console", action="store_true", help="chat in the terminal")
    parser.add_argument("--admin", action="store_true", help="console user acts as an admin")
    args = parser.parse_args(argv)

    from telegram.error import InvalidToken

    from bot.clock import SystemClock
    from bot.config import BotSettings
    from bot.logsafe import configure_logging, install_exit_redaction
    from bot.startup import BotApiUnreachable
    from bot.subscriptions import SubscriptionStore
    from bot.texts import Texts

    settings = BotSettings()
    token = settings.telegram_bot_token
    console = args.console or token is None
    # The console prints replies on stdout; logs go to stderr and stay quiet there.
    secrets = [token.get_secret_value()] if token else []
    if settings.webhook_secret is not None:
        secrets.append(settings.webhook_secret.get_secret_value())
    # Before anything can fail: every exit path (logs, uncaught errors in any thread) redacts.
    install_exit_redaction(secrets)
    configure_logging("WARNING" if console else settings.log_level, secrets, settings.log_format)

    from briefings.errors import BriefingError
    from briefings.service import BriefingService

    try:
        service = BriefingService(settings)
    except BriefingError as exc:  # a topic file or a setting the admin can fix: one line
        print(f"briefings-bot: {exc}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    store = SubscriptionStore.from_url(settings.resolved_database_url())
    store.migrate()
    clock = SystemClock()
    texts = Texts()

    if console:
        from bot.commands import Commands
        from bot.console import run_console

        commands = Commands(
            service=service, store=store, settings=settings, clock=clock, texts=texts
        )
        return run_console(
            commands, sys.stdin, sys.stdout, admin=args.admin, interactive=sys.stdin.isatty()
        )

    from bot.application import build_application

    settings.sources_dir.mkdir(parents=True, exist_ok=True)
    app, tg = build_application(settings, service=service, store=store, clock=clock, texts=texts)
    mode = "webhook" if settings.webhook_url else "long polling"
    logger.info("starting (%s) against %s", mode, settings.telegram_api_url)
    try:
        asyncio.run(serve(app, tg, settings, clock))
    except InvalidToken:
        # PTB's message holds the token: say what to do instead, in one line.
        print(BAD_TOKEN_LINE, file=sys.stderr)
        return EXIT_BAD_TOKEN
    except BotApiUnreachable:
        return EXIT_UNREACHABLE  # the reason is already logged, in one line
    return 0


async def serve(app: BotApp, tg: TelegramBot, settings: BotSettings, clock: Clock) -> None:
    """Long polling until SIGINT/SIGTERM. Our own loop rather than `run_polling`, so that a
    push in progress is asked to stop (and hand its claims back) before PTB waits for jobs."""
    from telegram import Update

    from bot.logsafe import redact_loop_errors
    from bot.production import production
    from bot.startup import connect

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    redact_loop_errors(loop)
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await connect(
            app.bot,
            clock=clock,
            url=settings.telegram_api_url,
            give_up_after=settings.startup_retry_seconds,
        )
    except BaseException:
        await app.bot.shutdown()
        await tg.close()
        raise
    try:
        async with app:  # initialize (the bot part is done) / shutdown
            await tg.register_menus(app)
            await app.start()
            async with production(app, tg, settings, clock):
                if not settings.webhook_url and settings.receive_updates:
                    # PTB deletes a webhook left from webhook mode before it polls.
                    assert app.updater is not None
                    await app.updater.start_polling(
                        allowed_updates=list(settings.allowed_updates) or Update.ALL_TYPES,
                        drop_pending_updates=settings.drop_pending_updates,
                    )
                await stop.wait()
                logger.info("stopping")
                tg.runner.stop()
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
            await app.stop()
    finally:
        await tg.close()  # worker threads and the ingest process (PTB calls post_shutdown
        # only from run_polling, which we do not use)


if __name__ == "__main__":
    raise SystemExit(main())
