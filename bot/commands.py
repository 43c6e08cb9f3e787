"""What every command does, independent of transport: Telegram handlers and the console both
call `Commands.handle` / `handle_callback` / `ingest_document` and show the `Reply` list.

Nothing here imports telegram: a reply is HTML text plus an optional inline keyboard. The
commands come in groups along what they touch (`bot.subscription_commands`,
`bot.admin_commands`, `bot.reader_commands`); `bot.commandbase` holds what they share.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from enum import StrEnum

from rapidfuzz import fuzz, process

from bot.admin_commands import AdminCommands
from bot.callbacks import (
    BriefButton,
    CallbackData,
    SettingButton,
    SourcesButton,
    SubscribeButton,
    encode,
)
from bot.i18n import DEFAULT_LANG, Lang, localized, use_language
from bot.inline import InlineResult
from bot.replies import Button as Button
from bot.replies import Caller as Caller
from bot.replies import Reply as Reply
from bot.subscription_commands import SubscriptionCommands
from briefings.errors import UnknownTopic
from briefings.topics import Topic

logger = logging.getLogger(__name__)


class Command(StrEnum):
    START = "start"
    HELP = "help"
    TOPICS = "topics"
    BRIEF = "brief"
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    SETTINGS = "settings"
    MYSUBS = "mysubs"
    ADDSOURCE = "addsource"
    SOURCES = "sources"
    REMOVESOURCE = "removesource"
    PREVIEW = "preview"
    STATS = "stats"
    FILTER = "filter"
    LANGUAGE = "language"
    CHANNEL = "channel"


ADMIN_COMMANDS = frozenset(
    {Command.ADDSOURCE, Command.SOURCES, Command.REMOVESOURCE, Command.PREVIEW, Command.STATS}
)


class Commands(SubscriptionCommands, AdminCommands):
    """The bot's behaviour, shared by every transport."""

    # --- entry points ----------------------------------------------------------------------

    @localized(lambda self: self.reader)
    def handle(self, command: str, args: Sequence[str], caller: Caller) -> list[Reply]:
        """Answer one command (name without '/', lower case) with its arguments."""
        name = command.lower().split("@", 1)[0]
        try:
            cmd = Command(name)
        except ValueError:
            suggestion = process.extractOne(
                name, [c.value for c in Command], scorer=fuzz.ratio, score_cutoff=70
            )
            return [
                self._reply(
                    "unknown_command",
                    command=name,
                    suggestion=suggestion[0] if suggestion else None,
                )
            ]
        if cmd in ADMIN_COMMANDS and not caller.is_admin:
            return [self._reply("refusal", action=cmd.value)]
        handler: Callable[[Sequence[str], Caller], list[Reply]] = getattr(self, f"cmd_{cmd.value}")
        return handler(list(args), caller)

    @localized(lambda self: self.reader)
    def handle_text(self, text: str, caller: Caller) -> list[Reply]:
        """A plain message: a topic name gets its briefing, anything else a pointer to /help."""
        try:
            topic = self.reader.resolve(text)
        except UnknownTopic:
            return [self._reply("not_understood")]
        return self._brief(topic, caller)

    @localized(lambda self: self.reader)
    def press(self, data: str, caller: Caller) -> list[Reply]:
        """A press on a reader button (`bot.actions`: More, Mute, Time, Sources, language,
        filters); it answers an invalid one itself."""
        return self.reader.press(data, caller)

    @localized(lambda self: self.reader)
    def handle_callback(self, button: CallbackData, caller: Caller) -> list[Reply]:
        """An inline button press (already parsed and validated by `bot.callbacks`); replies
        marked `edit` replace the pressed message."""
        match button:
            case BriefButton(topic=topic):
                return self.cmd_brief([topic], caller)
            case SubscribeButton(topic=topic):
                return [self._toggle_topic(topic, caller)]
            case SettingButton():
                return [self._toggle_setting(button, caller)]
            case SourcesButton(offset=offset) if caller.is_admin:
                return [self._sources_page(offset, edit=True)]
            case SourcesButton():
                return [self._reply("refusal", action="sources")]

    # --- everyone ------------------------------------------------------------------------

    def cmd_start(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        self._subscriber(caller)
        offered: Topic | None = None
        if args:
            try:
                offered = self.reader.resolve(" ".join(args).replace("_", " "))
            except UnknownTopic:
                offered = None
        keyboard: list[list[Button]] = []
        if offered is not None:
            keyboard = [
                [
                    Button(
                        text=self._label("offer_brief", title=self.reader.title(offered.id)),
                        data=encode(BriefButton(topic=offered.id)),
                    ),
                    Button(
                        text=self._label("offer_subscribe"),
                        data=encode(SubscribeButton(topic=offered.id)),
                    ),
                ]
            ]
        return [
            self._reply(
                "welcome",
                keyboard,
                name=caller.name,
                topics=self.topics,
                offered=offered,
                is_admin=caller.is_admin,
            )
        ]

    def cmd_help(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return [self._reply("help", is_admin=caller.is_admin, console=caller.console)]

    def cmd_topics(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return [self._reply("topics", self._topic_keyboard(BriefButton), topics=self.topics)]

    def cmd_brief(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        query = " ".join(args).strip()
        if not query:
            return [self._reply("brief_choose", self._topic_keyboard(BriefButton))]
        try:
            topic = self.reader.resolve(query)
        except UnknownTopic:
            return [
                self._reply(
                    "unknown_topic",
                    self._topic_keyboard(BriefButton),
                    query=query,
                    topics=self.topics,
                )
            ]
        return self._brief(topic, caller)

    def _brief(self, topic: Topic, caller: Caller) -> list[Reply]:
        # Handlers run in worker threads: readers asking for the same topic at once wait for
        # one build and share it (the service remembers it) instead of each building it.
        with self._topic_lock(topic.id):
            self.service.brief_topic(topic, self.clock.now())
        return self.reader.brief(topic, caller)

    def cmd_language(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return self.reader.cmd_language(args, caller)

    def cmd_filter(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return self.reader.cmd_filter(args, caller)

    # --- inline sharing --------------------------------------------------------------------

    def inline_results(self, query: str, caller: Caller) -> list[InlineResult]:
        """Briefs to share from any chat (`@bot energy`), in the caller's language."""
        with use_language(self.reader.known_language(caller)):
            return self.inline.results(query)

    # --- menus -----------------------------------------------------------------------------

    def menu(self, *, admin: bool, lang: Lang = DEFAULT_LANG) -> list[tuple[str, str]]:
        """(command, description) pairs for set_my_commands, from the menu template."""
        pairs = []
        with use_language(lang):
            text = self.texts.render("menu", admin=admin)
        for line in text.splitlines():
            name, sep, description = line.partition(" - ")
            if sep:
                pairs.append((name.strip(), html.unescape(description.strip())))
        return pairs
