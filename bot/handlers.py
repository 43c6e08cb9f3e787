"""The Telegram side: PTB handlers that turn updates into `Commands` calls and replies.

Handlers never pass `Update` objects inward; they build a `Caller` and show the `Reply` list.
Every `Commands`, store and drop-folder call runs in a worker thread (`TelegramBot.call`), so
one huge article or upload never stalls other readers' updates on the event loop. Edited
messages are never re-run: a command edited in a private chat gets a short note instead.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

import sqlalchemy.exc
from markupsafe import Markup
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    Chat,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.actions import Language, is_action, parse_action
from bot.callbacks import parse_callback
from bot.channels import (
    check_channel,
    lost_posting_rights,
    parse_channel_args,
    regained_posting_rights,
)
from bot.clock import Clock
from bot.commands import Caller, Command, Commands, Reply
from bot.config import BotSettings
from bot.delivery import DeliveryRunner
from bot.groups import AdminCache, button_needs_admin, command_needs_admin, is_group
from bot.i18n import DEFAULT_LANG, Lang, enter_language
from bot.inline import RESULT_TTL
from bot.plain import html_to_plain
from bot.ptb import BotApp, Ctx, keyboard_markup, thread_of
from bot.sender import Sender, SendOutcome
from bot.subscriptions import SubscriptionStore
from bot.watcher import DropFolder
from bot.worker import ProcessIngester
from briefings.errors import StoreUnavailable
from briefings.render import split_messages
from briefings.service import BriefingService

logger = logging.getLogger(__name__)

#: How long Telegram may reuse a reader's inline results (as long as we reuse ours).
INLINE_CACHE_SECONDS = RESULT_TTL.total_seconds()

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class TelegramBot:
    """Everything the handlers and jobs share; one per Application."""

    settings: BotSettings
    service: BriefingService
    store: SubscriptionStore
    commands: Commands
    sender: Sender
    runner: DeliveryRunner
    drop: DropFolder
    clock: Clock
    group_admins: AdminCache | None = None
    # Our own threads, one per update that may be handled at once plus the jobs: a few slow
    # calls (a huge upload, a brief being built) can never leave a quick one waiting for a
    # thread, as they could in asyncio's small default pool.
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(thread_name_prefix="bot-work")
    )
    _scanning: asyncio.Lock = field(default_factory=asyncio.Lock)

    # --- off the event loop ----------------------------------------------------------------

    async def call(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run a core or database call in a worker thread; a database that refuses to read or
        write (read-only file, server down, locked) becomes `StoreUnavailable`."""
        loop = asyncio.get_running_loop()
        # The thread runs in a copy of this context, so its log records keep the chat id.
        call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
        try:
            return await loop.run_in_executor(self.executor, call)
        except sqlalchemy.exc.OperationalError as exc:
            raise StoreUnavailable(type(exc.orig).__name__ if exc.orig else "database") from exc

    async def close(self) -> None:
        """Release the worker threads and the ingest process."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        ingester = self.commands.ingester
        if isinstance(ingester, ProcessIngester):
            await asyncio.to_thread(ingester.close)

    # --- replies ---------------------------------------------------------------------------

    async def show(
        self, chat_id: int, replies: list[Reply], *, thread_id: int | None = None
    ) -> None:
        for reply in replies:
            # A long reply (e.g. a 50-record upload) is cut between blocks; buttons go last.
            parts = split_messages(reply.html)
            for n, part in enumerate(parts):
                markup = keyboard_markup(reply) if n == len(parts) - 1 else None
                result = await self.sender.send(chat_id, part, markup, message_thread_id=thread_id)
                if result.outcome is SendOutcome.BLOCKED:
                    await self.call(self.store.mark_chat_blocked, chat_id)
                    return

    async def may_manage(self, update: Update) -> bool:
        """In a group, whether the sender administers it (asked of Telegram, cached); in a
        private chat, always."""
        user, chat = update.effective_user, update.effective_chat
        if not is_group(chat) or user is None or chat is None:
            return True
        if self.group_admins is None:
            self.group_admins = AdminCache(self.clock)
        return await self.group_admins.is_admin(self.sender.bot, chat.id, user.id)

    def group_admins_only(self) -> Reply:
        return Reply(html=self.commands.texts.render("group_admins_only"))

    async def notify_admins(self, replies: list[Reply]) -> None:
        for admin in sorted(self.settings.admin_ids):
            await self.show(admin, replies)

    def caller(self, update: Update) -> Caller:
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        group = is_group(chat)
        return Caller(
            # In a group the group is the subscriber (its admins manage it for everyone).
            user_id=chat.id if group else user.id,
            chat_id=chat.id,
            name=(chat.title or "") if group else (user.first_name or ""),
            is_admin=user.id in self.settings.admin_ids,
            language_code=user.language_code,
            thread_id=thread_of(update),
        )

    # --- handlers --------------------------------------------------------------------------

    async def on_any(self, update: Update, _context: Ctx) -> None:
        """Whoever writes to us is reachable again (they may have unblocked the bot)."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            return
        try:
            back = await self.call(self.store.seen, user.id, chat.id)
            enter_language(await self.call(self.commands.reader.language_of, self.caller(update)))
        except StoreUnavailable:
            return  # best effort; the command itself will tell the reader if it cannot save
        if back:
            logger.info("user %s is back; digests resume", user.id)

    async def on_command(self, update: Update, context: Ctx) -> None:
        message = update.effective_message
        if message is None or not message.text or update.effective_chat is None:
            return
        name = message.text.split()[0][1:]
        logger.debug("command /%s", name)
        if command_needs_admin(name) and not await self.may_manage(update):
            await self.show(
                update.effective_chat.id, [self.group_admins_only()], thread_id=thread_of(update)
            )
            return
        replies = await self.call(
            self.commands.handle, name, list(context.args or []), self.caller(update)
        )
        await self.show(update.effective_chat.id, replies, thread_id=thread_of(update))
        if name.lower().split("@", 1)[0] == Command.LANGUAGE.value:
            await self.after_language_change(update)

    async def on_channel(self, update: Update, context: Ctx) -> None:
        """/channel @name [topics] [HH:MM]: asks Telegram first, then links (see bot.channels)."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        request = parse_channel_args(list(context.args or []))
        if request is None or chat.type != Chat.PRIVATE:
            await self.on_command(update, context)
            return
        check = await check_channel(self.sender.bot, request.name, user.id)
        replies = await self.call(self.commands.link_channel, check, request, self.caller(update))
        await self.show(chat.id, replies)

    async def on_my_member(self, update: Update, _context: Ctx) -> None:
        """The bot was removed or demoted in a chat (like a block), or is back."""
        change = update.my_chat_member
        if change is None:
            return
        old, new, chat = change.old_chat_member, change.new_chat_member, change.chat
        if lost_posting_rights(old, new, chat):
            logger.info("bot can no longer post in chat %s; its digests stop", chat.id)
            await self.call(self.store.mark_chat_blocked, chat.id)
        elif regained_posting_rights(new, chat):
            await self.call(self.store.seen, chat.id, chat.id)

    async def on_edited(self, update: Update, _context: Ctx) -> None:
        """An edited command is not run again (it already ran once); say so."""
        if update.effective_chat is not None:
            note = Reply(html=self.commands.texts.render("edited_command"))
            await self.show(update.effective_chat.id, [note])

    async def on_addsource(self, update: Update, context: Ctx) -> None:
        message = update.effective_message
        if message is None or update.effective_chat is None:
            return
        original = message.reply_to_message
        if original is not None and original.document is not None:
            await self._ingest(update, original)
            return
        await self.on_command(update, context)

    async def on_document(self, update: Update, _context: Ctx) -> None:
        message = update.effective_message
        if message is not None:
            await self._ingest(update, message)

    async def _ingest(self, update: Update, message: Any) -> None:
        caller = self.caller(update)
        chat_id = caller.chat_id
        document = message.document
        name = document.file_name or "document"
        if not caller.is_admin:
            await self.show(
                chat_id, await self.call(self.commands.ingest_document, b"", name, caller)
            )
            return
        limit = self.settings.max_source_bytes
        if document.file_size is not None and document.file_size > limit:
            reason = f"the file is {document.file_size} bytes, over the {limit}-byte limit"
            await self.show(chat_id, [self.commands.reject_reply(name, reason)])
            return
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
        await self.show(chat_id, await self.call(self.commands.ingest_document, data, name, caller))

    async def on_text(self, update: Update, _context: Ctx) -> None:
        message = update.effective_message
        if message is None or not message.text or update.effective_chat is None:
            return
        replies = await self.call(self.commands.handle_text, message.text, self.caller(update))
        await self.show(update.effective_chat.id, replies)

    async def on_callback(self, update: Update, _context: Ctx) -> None:
        query = update.callback_query
        if query is None or update.effective_chat is None:
            return
        if button_needs_admin(query.data) and not await self.may_manage(update):
            await query.answer(html_to_plain(self.group_admins_only().html))
            return
        if is_action(query.data):  # a reader button (bot.actions); it answers bad ones itself
            replies = await self.call(self.commands.press, query.data or "", self.caller(update))
        else:
            button = parse_callback(query.data)
            if button is None:  # forged or from a version we no longer know: never acted on
                logger.info("ignored invalid callback data from user %s", query.from_user.id)
                await query.answer(html_to_plain(self.commands.texts.render("bad_button")))
                return
            replies = await self.call(self.commands.handle_callback, button, self.caller(update))
        notices = [r.notice for r in replies if r.notice]
        await query.answer(notices[0] if notices else None)
        for reply in replies:
            if not reply.html:
                continue
            if reply.edit and query.message is not None:
                try:
                    await query.edit_message_text(
                        reply.html,
                        parse_mode=ParseMode.HTML,
                        reply_markup=keyboard_markup(reply),
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                except BadRequest as exc:
                    if "not modified" not in exc.message.lower():
                        raise
                continue
            await self.show(update.effective_chat.id, [reply], thread_id=thread_of(update))
        if isinstance(parse_action(query.data), Language):
            await self.after_language_change(update)

    async def on_inline(self, update: Update, _context: Ctx) -> None:
        """`@bot energy` in any chat: the matching topics' briefs, ready to send there."""
        query = update.inline_query
        if query is None:
            return
        user = query.from_user
        caller = Caller(user_id=user.id, chat_id=user.id, language_code=user.language_code)
        results = await self.call(self.commands.inline_results, query.query, caller)
        await query.answer(
            [
                InlineQueryResultArticle(
                    id=r.id,
                    title=r.title,
                    description=r.description,
                    input_message_content=InputTextMessageContent(
                        r.html,
                        parse_mode=ParseMode.HTML,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    ),
                )
                for r in results
            ],
            # Per user: results are in each reader's language.
            cache_time=int(INLINE_CACHE_SECONDS),
            is_personal=True,
        )

    async def on_error(self, update: object, context: Ctx) -> None:
        template = "error"
        if isinstance(context.error, StoreUnavailable):
            # Nothing half-written: every store write is one transaction, rolled back.
            logger.error("database unavailable: %s", context.error.__cause__ or context.error)
            template = "store_unavailable"
        else:
            logger.error("error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await self.show(
                    update.effective_chat.id, [Reply(html=self.commands.texts.render(template))]
                )
            except TelegramError:
                logger.warning("could not tell chat %s about the error", update.effective_chat.id)

    # --- jobs ------------------------------------------------------------------------------

    async def deliver_job(self, _context: Ctx) -> None:
        await self.runner.tick()

    async def drop_job(self, _context: Ctx) -> None:
        await self.scan_drop_folder()

    async def scan_drop_folder(self) -> None:
        if self._scanning.locked():  # a big file is still being ingested: next interval
            return
        async with self._scanning:
            outcomes = await self.call(self.drop.scan)
        for outcome in outcomes:
            body = self.commands.texts.render(
                "drop_result",
                name=outcome.name,
                body=Markup(outcome.reply.html),  # our own escaped template output
            )
            await self.notify_admins([Reply(html=body)])

    async def register_menus(self, app: BotApp) -> None:
        """Everyone sees the reader commands; admins see theirs too, in their own chat scope."""
        for lang in Lang:
            # The default language's menu is also the one for every language we lack.
            code = None if lang is DEFAULT_LANG else lang.value
            everyone = [BotCommand(n, d) for n, d in self.commands.menu(admin=False, lang=lang)]
            await app.bot.set_my_commands(
                everyone, scope=BotCommandScopeDefault(), language_code=code
            )
        for admin in sorted(self.settings.admin_ids):
            await self.register_admin_menu(admin)

    async def register_admin_menu(self, admin: int) -> None:
        """A chat scope has one menu whatever the app's language: the admin chat's language
        (set again whenever an admin changes it)."""
        lang = await self.call(self.commands.readers.language, admin) or DEFAULT_LANG
        admins = [BotCommand(n, d) for n, d in self.commands.menu(admin=True, lang=lang)]
        try:
            await self.sender.bot.set_my_commands(admins, scope=BotCommandScopeChat(admin))
        except BadRequest as exc:  # the admin has not started the bot yet
            logger.warning("admin menu for %s not set: %s", admin, exc.message)

    async def after_language_change(self, update: Update) -> None:
        user, chat = update.effective_user, update.effective_chat
        private = user is not None and chat is not None and chat.id == user.id
        if private and user is not None and user.id in self.settings.admin_ids:
            await self.register_admin_menu(user.id)
