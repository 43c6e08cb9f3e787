"""`python -m bot`: long polling when a token is set, otherwise (or with --console) the console."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

from telegram import Update

from bot.clock import SystemClock
from bot.config import BotSettings
from bot.logsafe import configure_logging
from bot.subscriptions import SubscriptionStore
from bot.texts import Texts

if TYPE_CHECKING:
    from bot.handlers import BotApp, TelegramBot

logger = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--console", action="store_true", help="chat in the terminal")
    parser.add_argument("--admin", action="store_true", help="console user acts as an admin")
    args = parser.parse_args(argv)

    settings = BotSettings()
    token = settings.telegram_bot_token
    console = args.console or token is None
    # The console prints replies on stdout; logs go to stderr and stay quiet there.
    configure_logging(
        "WARNING" if console else settings.log_level,
        [token.get_secret_value()] if token else [],
    )

    from briefings.service import BriefingService

    service = BriefingService(settings)
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

    from bot.handlers import build_application

    settings.sources_dir.mkdir(parents=True, exist_ok=True)
    app, tg = build_application(settings, service=service, store=store, clock=clock, texts=texts)
    logger.info("starting long polling against %s", settings.telegram_api_url)
    asyncio.run(serve(app, tg))
    return 0


async def serve(app: BotApp, tg: TelegramBot) -> None:
    """Long polling until SIGINT/SIGTERM. Our own loop rather than `run_polling`, so that a
    push in progress is asked to stop (and hand its claims back) before PTB waits for jobs."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with app:  # initialize / shutdown
        await tg.register_menus(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await stop.wait()
        logger.info("stopping")
        tg.runner.stop()
        await app.updater.stop()
        await app.stop()


if __name__ == "__main__":
    raise SystemExit(main())
