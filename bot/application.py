"""The PTB Application wired to our handlers, rate limiter, update processor and jobs: the one
place that builds a bot, for `python -m bot`, the tests and the benchmarks."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from telegram import (
    Update,
)
from telegram.ext import (
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import feeds
from bot.clock import Clock, SystemClock
from bot.commands import Command, Commands
from bot.config import BotSettings, IngestWorker
from bot.delivery import DeliveryRunner, push_concurrency
from bot.handlers import TelegramBot
from bot.ptb import BotApp, Ctx
from bot.ratelimit import TelegramRateLimiter
from bot.sender import Sender
from bot.subscriptions import SubscriptionStore
from bot.texts import Texts
from bot.updates import ChatOrderedProcessor
from bot.watcher import DropFolder
from bot.worker import Ingester, ProcessIngester
from briefings.service import BriefingService


def handler_table(tg: TelegramBot) -> list[BaseHandler[Update, Ctx, Any]]:
    """Every update handler, first match wins; one row per handler so additions merge easily.

    Only new messages run anything (`fresh`); an edited command in a private chat gets a note.
    In groups the bot stays quiet about chatter, files and other bots' commands.
    """
    fresh = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    readers = [c.value for c in Command if c is not Command.ADDSOURCE]
    return [
        CommandHandler(Command.ADDSOURCE.value, tg.on_addsource, filters=fresh),
        CommandHandler(Command.CHANNEL.value, tg.on_channel, filters=fresh),
        CommandHandler(readers, tg.on_command, filters=fresh),
        MessageHandler(fresh & filters.Document.ALL & private, tg.on_document),
        MessageHandler(fresh & filters.COMMAND & private, tg.on_command),
        MessageHandler(fresh & filters.TEXT & ~filters.COMMAND & private, tg.on_text),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.COMMAND & private, tg.on_edited),
        CallbackQueryHandler(tg.on_callback),
        InlineQueryHandler(tg.on_inline),
        ChatMemberHandler(tg.on_my_member, ChatMemberHandler.MY_CHAT_MEMBER),
    ]


def build_application(
    settings: BotSettings,
    *,
    service: BriefingService,
    store: SubscriptionStore,
    clock: Clock | None = None,
    texts: Texts | None = None,
    worker: str | None = None,
    ingester: Ingester | None = None,
    read_timeout: float | None = None,
    poll_interval_jobs: bool = True,
) -> tuple[BotApp, TelegramBot]:
    """The PTB Application wired to our handlers, limiter and jobs (not started)."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    clock = clock or SystemClock()
    texts = texts or Texts()
    limiter = TelegramRateLimiter(
        global_per_second=settings.rate_global_per_second,
        chat_interval=settings.rate_chat_interval,
        group_per_minute=settings.rate_group_per_minute,
        # 429s surface to the Sender, which resends and counts them in the delivery log.
        max_retries=0,
        clock=clock,
    )
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(limiter)
        .concurrent_updates(
            ChatOrderedProcessor(
                workers=settings.update_workers,
                coalesce_seconds=settings.coalesce_seconds,
                clock=clock,
            )
        )
    )
    if read_timeout is not None:
        builder = builder.read_timeout(read_timeout).write_timeout(read_timeout)
    app: BotApp = builder.build()
    if ingester is None and settings.ingest_worker is IngestWorker.PROCESS:
        ingester = ProcessIngester(settings)
    commands = Commands(
        service=service,
        store=store,
        settings=settings,
        clock=clock,
        texts=texts,
        ingester=ingester,
    )
    sender = Sender(app.bot, clock, on_migrated=store.move_chat)
    runner = DeliveryRunner(
        store=store,
        service=service,
        sender=sender,
        texts=texts,
        clock=clock,
        grace=settings.delivery_grace,
        lease=settings.delivery_lease,
        worker=worker,
        concurrency=push_concurrency(
            max(settings.rate_global_per_second, settings.broadcast_ceiling),
            settings.rate_chat_interval,
        ),
    )
    drop = DropFolder(
        settings.sources_dir,
        commands,
        store,
        clock,
        quiet_seconds=settings.watch_quiet_seconds,
        max_bytes=settings.max_source_bytes,
    )
    tg = TelegramBot(
        settings=settings,
        service=service,
        store=store,
        commands=commands,
        sender=sender,
        runner=runner,
        drop=drop,
        clock=clock,
        executor=ThreadPoolExecutor(
            max_workers=settings.update_workers + 4, thread_name_prefix="bot-work"
        ),
    )
    app.add_handler(TypeHandler(Update, tg.on_any), group=-1)
    # Links, feeds, forwarded posts: before the table's catch-all command and text handlers.
    feeds.register(app, tg, jobs=poll_interval_jobs)
    for handler in handler_table(tg):
        app.add_handler(handler)
    app.add_error_handler(tg.on_error)

    if poll_interval_jobs and app.job_queue is not None:
        app.job_queue.run_repeating(
            tg.deliver_job, interval=settings.delivery_interval, first=1, name="deliver"
        )
        app.job_queue.run_repeating(
            tg.drop_job, interval=settings.watch_interval, first=1, name="drop-folder"
        )
    return app, tg
