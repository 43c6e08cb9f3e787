"""Sources that arrive by themselves, for admins: links, feeds, forwarded and channel posts.

Handlers stay thin: network work is awaited (httpx), blocking core and database calls run
through `asyncio.to_thread`. Each update or poll tick uses its own `Fetcher`, so no client
outlives the event loop that made it. Feeds are polled by a JobQueue job that asks the
database which feeds are due on the bot's injectable clock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Coroutine
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from telegram import Message, MessageEntity, MessageOriginChannel, MessageOriginChat, Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.commands import Reply
from briefings.errors import FetchFailed, SourceRejected
from briefings.feeds import EntryOutcome, EntryStatus, FeedKind, FeedPoller, PollOutcome
from briefings.fetch import Fetcher, ingest_url
from briefings.models import SourceMeta

if TYPE_CHECKING:
    from bot.handlers import TelegramBot
    from bot.ptb import BotApp, Ctx

logger = logging.getLogger(__name__)

#: Links taken from one message; more is almost certainly a pasted page, not a request.
MAX_LINKS = 20
#: A post with a link and fewer words than this (links aside) is a teaser for the link.
TEASER_WORDS = 60
URL_PATTERN = re.compile(r"https?://[^\s<>\"']+", re.I)
_TRAILING = ".,;:!?)]}»”’'\""


class FeedCommand(StrEnum):
    ADDFEED = "addfeed"
    FEEDS = "feeds"
    REMOVEFEED = "removefeed"
    ADDCHANNEL = "addchannel"


def links_in(message: Message) -> list[str]:
    """URLs in a message's text or caption: entities first (text links), then bare URLs."""
    kinds: list[str | None] = [MessageEntity.URL, MessageEntity.TEXT_LINK]
    found = [
        entity.url or text
        for entities in (message.parse_entities(kinds), message.parse_caption_entities(kinds))
        for entity, text in entities.items()
    ]
    found += URL_PATTERN.findall(message.text or message.caption or "")
    cleaned = [url.rstrip(_TRAILING) for url in found]
    return list(dict.fromkeys(u for u in cleaned if u))[:MAX_LINKS]


def is_teaser(text: str, links: list[str]) -> bool:
    """A short post pointing at a link: the link holds the article, not the post."""
    return bool(links) and len(URL_PATTERN.sub(" ", text).split()) < TEASER_WORDS


def background(context: Ctx, update: Update, work: Coroutine[Any, Any, None]) -> None:
    """Run slow work (fetching, a feed's first poll) beside the update queue.

    Updates are handled one at a time, so a 30-second fetch awaited in a handler would hold
    up every other user. PTB awaits these tasks when it stops and reports their errors to
    the error handler with the update.
    """
    context.application.create_task(work, update=update)


class FeedsBot:
    """Links, feeds and channels for one Application; shares the `TelegramBot`'s parts."""

    def __init__(self, tg: TelegramBot) -> None:
        self.tg = tg
        self.settings = tg.settings
        self.service = tg.service
        self.texts = tg.commands.texts
        self.poller = FeedPoller(self.service, clock=tg.clock.now)

    def _reply(self, template: str, **context: Any) -> Reply:
        return Reply(html=self.texts.render(template, **context))

    def _admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.admin_ids

    async def _guard(self, update: Update, action: str) -> int | None:
        """The chat to answer in, or None (after refusing a non-admin)."""
        chat = update.effective_chat
        if chat is None or update.effective_message is None:
            return None
        if not self._admin(update):
            await self.tg.show(chat.id, [self._reply("refusal", action=action)])
            return None
        return chat.id

    # --- links -----------------------------------------------------------------------------

    async def link_reply(
        self,
        fetcher: Fetcher,
        url: str,
        *,
        outlet: str | None = None,
        published: dt.date | None = None,
    ) -> Reply:
        """Fetch one link and say what was understood, or why not, naming the URL."""
        reply, _stored = await self._link(fetcher, url, outlet=outlet, published=published)
        return reply

    async def _link(
        self,
        fetcher: Fetcher,
        url: str,
        *,
        outlet: str | None = None,
        published: dt.date | None = None,
    ) -> tuple[Reply, bool]:
        try:
            results = await ingest_url(
                self.service, fetcher, url, outlet=outlet, published=published
            )
        except FetchFailed as exc:
            return self._reply("link_result", url=exc.url, error=exc.reason), False
        body = Markup(self.tg.commands.ingest_reply(results).html)  # our own escaped output
        return self._reply("link_result", url=url, error=None, body=body), True

    async def ingest_links(self, chat_id: int, urls: list[str]) -> None:
        async with Fetcher(self.settings) as fetcher:
            for url in urls:
                await self.tg.show(chat_id, [await self.link_reply(fetcher, url)])

    async def on_links(self, update: Update, context: Ctx) -> None:
        """An admin's message holding links: each link becomes a source."""
        message, chat = update.effective_message, update.effective_chat
        if message is not None and chat is not None:
            background(context, update, self.ingest_links(chat.id, links_in(message)))

    async def on_addsource_url(self, update: Update, context: Ctx) -> None:
        """`/addsource URL...`"""
        chat_id = await self._guard(update, "addsource")
        if chat_id is not None and update.effective_message is not None:
            urls = links_in(update.effective_message)
            background(context, update, self.ingest_links(chat_id, urls))

    # --- feeds -----------------------------------------------------------------------------

    async def on_addfeed(self, update: Update, context: Ctx) -> None:
        """`/addfeed URL [outlet name]`"""
        chat_id = await self._guard(update, FeedCommand.ADDFEED)
        if chat_id is None:
            return
        args = list(context.args or [])
        if not args:
            await self.tg.show(chat_id, [self._reply("feed_usage", command=FeedCommand.ADDFEED)])
            return
        outlet = " ".join(args[1:]) or None
        background(context, update, self.add_feed(chat_id, args[0], outlet))

    async def add_feed(self, chat_id: int, url: str, outlet: str | None) -> None:
        """Follow a feed, take its entries now and say what came of it."""
        async with Fetcher(self.settings) as fetcher:
            try:
                outcome = await self.poller.add(fetcher, url, outlet=outlet)
            except FetchFailed as exc:
                reply = self._reply("feed_added", url=exc.url, error=exc.reason)
            else:
                reply = self._reply("feed_added", url=url, error=None, outcome=outcome)
        await self.tg.show(chat_id, [reply])

    async def on_feeds(self, update: Update, _context: Ctx) -> None:
        chat_id = await self._guard(update, FeedCommand.FEEDS)
        if chat_id is not None:
            feeds = await asyncio.to_thread(self.poller.registry.all)
            await self.tg.show(chat_id, [self._reply("feeds", feeds=feeds)])

    async def on_removefeed(self, update: Update, context: Ctx) -> None:
        chat_id = await self._guard(update, FeedCommand.REMOVEFEED)
        if chat_id is None:
            return
        key = " ".join(context.args or []).strip()
        registry = self.poller.registry
        feed = await asyncio.to_thread(registry.find, key) if key else None
        if feed is not None:
            await asyncio.to_thread(registry.remove, feed.id)
        await self.tg.show(chat_id, [self._reply("feed_removed", feed=feed, key=key)])

    async def poll_job(self, _context: Ctx) -> None:
        await self.poll_due()

    async def poll_due(self) -> list[PollOutcome]:
        """Poll the due feeds this process can claim; tell admins about disabled feeds."""
        outcomes = await self.poller.poll_due()
        for outcome in outcomes:
            if outcome.disabled:
                note = self._reply("feed_disabled", feed=outcome.feed, error=outcome.error)
                await self.tg.notify_admins([note])
        return outcomes

    # --- forwarded and channel posts ---------------------------------------------------------

    async def post_reply(
        self, message: Message, outlet: str | None, url: str | None
    ) -> tuple[Reply, bool]:
        """A post becomes a source: its text, or the page it links to when it is a teaser.

        Returns the reply and whether anything was stored.
        """
        text = message.text or message.caption or ""
        published = message.forward_origin.date if message.forward_origin else message.date
        links = links_in(message)
        if is_teaser(text, links):
            async with Fetcher(self.settings) as fetcher:
                return await self._link(fetcher, links[0])
        meta = SourceMeta.model_validate(
            {"outlet": outlet, "published": published.date(), "url": url}
        )
        name = (url or f"post-{message.message_id}").rsplit("/", 2)[-2:]
        try:
            results = await asyncio.to_thread(
                self.service.ingest_bytes, text.encode(), "-".join(name) + ".txt", meta=meta
            )
        except SourceRejected as exc:
            return self._reply("link_result", url=url or outlet or "post", error=exc.reason), False
        return self.tg.commands.ingest_reply(results), True

    async def on_forward(self, update: Update, context: Ctx) -> None:
        """An admin forwarded a post: the channel's title is the outlet, its date the date."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        origin = message.forward_origin
        outlet, url = None, None
        if isinstance(origin, MessageOriginChannel):
            outlet = origin.chat.title
            if origin.chat.username:
                url = f"https://t.me/{origin.chat.username}/{origin.message_id}"
        elif isinstance(origin, MessageOriginChat):
            outlet = origin.sender_chat.title
        background(context, update, self._answer_post(chat.id, message, outlet, url))

    async def _answer_post(
        self, chat_id: int, message: Message, outlet: str | None, url: str | None
    ) -> None:
        reply, _stored = await self.post_reply(message, outlet, url)
        await self.tg.show(chat_id, [reply])

    async def on_addchannel(self, update: Update, context: Ctx) -> None:
        """`/addchannel @name`: follow a channel where the bot is an administrator."""
        chat_id = await self._guard(update, FeedCommand.ADDCHANNEL)
        if chat_id is None:
            return
        args = list(context.args or [])
        if not args:
            reply = self._reply("feed_usage", command=FeedCommand.ADDCHANNEL)
            await self.tg.show(chat_id, [reply])
            return
        name = args[0] if args[0].startswith("@") else f"@{args[0]}"
        await self.tg.show(chat_id, [await self._follow_channel(update, name)])

    async def _follow_channel(self, update: Update, name: str) -> Reply:
        bot = update.get_bot()
        try:
            channel = await bot.get_chat(name)
            member = await bot.get_chat_member(channel.id, bot.id)
        except TelegramError as exc:
            logger.info("addchannel %s: %s", name, exc)
            return self._reply("channel_added", feed=None, name=name, error="no such channel")
        if member.status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
            error = "I am not an administrator there; add me as one so I receive its posts"
            return self._reply("channel_added", feed=None, name=name, error=error)
        url = f"https://t.me/{channel.username or name.lstrip('@')}"
        feed, _new = await asyncio.to_thread(
            self.poller.registry.add,
            url,
            FeedKind.CHANNEL,
            self.tg.clock.now(),
            title=channel.title,
            chat_id=channel.id,
        )
        return self._reply("channel_added", feed=feed)

    async def on_channel_post(self, update: Update, _context: Ctx) -> None:
        """A new post in a followed channel becomes a source; others are ignored."""
        message = update.channel_post
        if message is None:
            return
        registry = self.poller.registry
        feed = await asyncio.to_thread(registry.by_chat, message.chat.id)
        if feed is None:
            return
        username = message.chat.username
        url = f"https://t.me/{username}/{message.message_id}" if username else None
        _reply, stored = await self.post_reply(message, message.chat.title or feed.name, url)
        outcome = EntryOutcome(
            key=f"post-{message.message_id}",
            url=url,
            status=EntryStatus.ADDED if stored else EntryStatus.REJECTED,
        )
        await asyncio.to_thread(registry.record, feed.id, [outcome], self.tg.clock.now())
        logger.info("channel %s post %s: %s", feed.name, message.message_id, outcome.status)


def register(app: BotApp, tg: TelegramBot, *, jobs: bool = True) -> FeedsBot:
    """Add the handlers (call before the catch-all text and command handlers) and the job."""
    feeds = FeedsBot(tg)
    # Only new messages: an edited link or command must not be fetched or followed again.
    fresh = filters.UpdateType.MESSAGE
    admins = filters.User(user_id=tg.settings.admin_ids)
    private = filters.ChatType.PRIVATE
    has_link = filters.Regex(URL_PATTERN) | filters.Entity(MessageEntity.TEXT_LINK)
    post = (filters.TEXT | filters.CAPTION) & ~filters.Document.ALL
    commands = {
        FeedCommand.ADDFEED: feeds.on_addfeed,
        FeedCommand.FEEDS: feeds.on_feeds,
        FeedCommand.REMOVEFEED: feeds.on_removefeed,
        FeedCommand.ADDCHANNEL: feeds.on_addchannel,
    }
    app.add_handler(CommandHandler("addsource", feeds.on_addsource_url, filters=fresh & has_link))
    for command, callback in commands.items():
        app.add_handler(CommandHandler(command.value, callback, filters=fresh))
    app.add_handler(
        MessageHandler(fresh & filters.FORWARDED & private & admins & post, feeds.on_forward)
    )
    app.add_handler(
        MessageHandler(
            fresh & filters.TEXT & ~filters.COMMAND & private & admins & has_link, feeds.on_links
        )
    )
    app.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POST & post, feeds.on_channel_post))
    if jobs and app.job_queue is not None:
        app.job_queue.run_repeating(
            feeds.poll_job, interval=tg.settings.feed_check_interval, first=5, name="feeds"
        )
    app.bot_data["feeds"] = feeds
    return feeds


__all__ = ["FeedCommand", "FeedsBot", "is_teaser", "links_in", "register"]
