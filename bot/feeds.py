"""Sources that arrive by themselves: links, feeds and channel posts, for admins.

Handlers stay thin: network work is awaited (httpx), blocking core and database calls run
through `asyncio.to_thread`. Each update or poll tick uses its own `Fetcher`, so no client
outlives the event loop that made it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from markupsafe import Markup
from telegram import Message, MessageEntity, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.commands import Caller, Reply
from briefings.errors import FetchFailed
from briefings.fetch import Fetcher, ingest_url

if TYPE_CHECKING:
    from bot.handlers import BotApp, Ctx, TelegramBot

logger = logging.getLogger(__name__)

#: Links taken from one message; more is almost certainly a pasted page, not a request.
MAX_LINKS = 20
URL_PATTERN = re.compile(r"https?://[^\s<>\"']+", re.I)
_TRAILING = ".,;:!?)]}»”’'\""


def links_in(message: Message) -> list[str]:
    """URLs in a message's text or caption: entities first (text links), then bare URLs."""
    found: list[str] = []
    for entity, text in message.parse_entities(
        [MessageEntity.URL, MessageEntity.TEXT_LINK]
    ).items():
        found.append(entity.url if entity.url else text)
    for entity, text in message.parse_caption_entities(
        [MessageEntity.URL, MessageEntity.TEXT_LINK]
    ).items():
        found.append(entity.url if entity.url else text)
    found += URL_PATTERN.findall(message.text or message.caption or "")
    cleaned = [url.rstrip(_TRAILING) for url in found]
    return list(dict.fromkeys(u for u in cleaned if u))[:MAX_LINKS]


class FeedsBot:
    """Links, feeds and channels for one Application; shares the `TelegramBot`'s parts."""

    def __init__(self, tg: TelegramBot) -> None:
        self.tg = tg
        self.settings = tg.settings
        self.service = tg.service
        self.texts = tg.commands.texts

    def _refusal(self, action: str) -> Reply:
        return Reply(html=self.texts.render("refusal", action=action))

    async def link_reply(self, fetcher: Fetcher, url: str) -> Reply:
        """Fetch one link and say what was understood, or why not, naming the URL."""
        try:
            results = await ingest_url(self.service, fetcher, url)
        except FetchFailed as exc:
            return Reply(html=self.texts.render("link_result", url=exc.url, error=exc.reason))
        body = Markup(self.tg.commands.ingest_reply(results).html)  # our own escaped output
        return Reply(html=self.texts.render("link_result", url=url, error=None, body=body))

    async def ingest_links(self, chat_id: int, urls: list[str]) -> None:
        async with Fetcher(self.settings) as fetcher:
            for url in urls:
                await self.tg.show(chat_id, [await self.link_reply(fetcher, url)])

    # --- handlers --------------------------------------------------------------------------

    async def on_links(self, update: Update, _context: Ctx) -> None:
        """An admin's message holding links: each link becomes a source."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        await self.ingest_links(chat.id, links_in(message))

    async def on_addsource_url(self, update: Update, context: Ctx) -> None:
        """`/addsource URL...`"""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        if not self.caller(update).is_admin:
            await self.tg.show(chat.id, [self._refusal("addsource")])
            return
        await self.ingest_links(chat.id, links_in(message))

    def caller(self, update: Update) -> Caller:
        return self.tg.caller(update)


def register(app: BotApp, tg: TelegramBot) -> FeedsBot:
    """Add the handlers to `app` (call before the catch-all text and command handlers)."""
    feeds = FeedsBot(tg)
    admins = filters.User(user_id=tg.settings.admin_ids)
    private = filters.ChatType.PRIVATE
    has_link = filters.Regex(URL_PATTERN) | filters.Entity(MessageEntity.TEXT_LINK)
    app.add_handler(CommandHandler("addsource", feeds.on_addsource_url, filters=has_link))
    app.add_handler(
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & private & admins & has_link, feeds.on_links
        )
    )
    app.bot_data["feeds"] = feeds
    return feeds


__all__ = ["FeedsBot", "links_in", "register"]
