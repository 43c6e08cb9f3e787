"""The state and helpers every command group builds on (`bot.commands` puts the groups
together); like the commands, nothing here imports telegram."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Sequence

from bot.callbacks import BriefButton, Setting, SettingButton, SubscribeButton, encode
from bot.clock import Clock
from bot.config import BotSettings
from bot.i18n import exact_topic_id, format_weekday
from bot.inline import InlineBriefs
from bot.reader_commands import ReaderCommands
from bot.readers import ReaderStore
from bot.replies import Button, Caller, Reply
from bot.subscriptions import Subscriber, SubscriptionStore
from bot.texts import Texts
from bot.worker import Ingester
from briefings.errors import UnknownTopic
from briefings.service import BriefingService
from briefings.topics import Topic


class CommandBase:
    """What every group of commands shares: the stores, the wording, topic matching and the
    keyboards built from them. `bot.commands.Commands` is all the groups together."""

    def __init__(
        self,
        *,
        service: BriefingService,
        store: SubscriptionStore,
        settings: BotSettings,
        clock: Clock,
        texts: Texts,
        ingester: Ingester | None = None,
    ) -> None:
        self.service = service
        # Where uploads are ingested: the service itself, or a child process (bot.worker).
        self.ingester: Ingester = ingester or service
        self.store = store
        self.settings = settings
        self.clock = clock
        self.texts = texts
        self.readers = ReaderStore(store.engine)
        self.reader = ReaderCommands(
            service=service, store=store, readers=self.readers, texts=texts, clock=clock
        )
        self.inline = InlineBriefs(service, texts, clock)
        self._locks_guard = threading.Lock()
        self._topic_locks: dict[str, threading.Lock] = {}

    # --- helpers ---------------------------------------------------------------------------

    def _reply(
        self, template: str, keyboard: list[list[Button]] | None = None, **ctx: object
    ) -> Reply:
        return Reply(html=self.texts.render(template, **ctx), keyboard=keyboard or [])

    def _label(self, name: str, **ctx: object) -> str:
        """A button label from the `button` template (plain text: labels are not HTML)."""
        return html.unescape(self.texts.render("button", name=name, **ctx))

    def _topic_lock(self, topic_id: str) -> threading.Lock:
        with self._locks_guard:
            return self._topic_locks.setdefault(topic_id, threading.Lock())

    @property
    def topics(self) -> list[Topic]:
        return list(self.service.topics.topics)

    def _subscriber(self, caller: Caller) -> Subscriber:
        return self.store.ensure(
            caller.user_id,
            caller.chat_id,
            name=caller.name,
            timezone=self.settings.default_timezone,
            digest_time=self.settings.default_digest_time,
            now=self.clock.now(),
        )

    def _titles(self, topic_ids: Sequence[str]) -> list[str]:
        return [self.reader.title(t) for t in topic_ids]

    def _exact_topic(self, words: str) -> Topic | None:
        key = re.sub(r"[\s_-]+", "", words.lower())
        in_catalog = exact_topic_id(words)
        for topic in self.topics:
            if topic.id == in_catalog:
                return topic
            names = [topic.id, topic.title, *topic.aliases]
            if key in {re.sub(r"[\s_-]+", "", n.lower()) for n in names}:
                return topic
        return None

    def _match_topics(self, words: Sequence[str]) -> tuple[list[Topic], list[str]]:
        """Topics named in free words: exact names over the longest spans first (so 'peace
        talks' is one topic and 'energy partnerships' two), then forgiving matching per word."""
        tokens = [w for word in words for w in word.replace(",", " ").split()]
        found: list[Topic] = []
        unknown: list[str] = []
        i = 0
        while i < len(tokens):
            topic: Topic | None = None
            for j in range(len(tokens), i, -1):
                topic = self._exact_topic(" ".join(tokens[i:j]))
                if topic is not None:
                    break
            if topic is None:
                j = i + 1
                try:
                    topic = self.reader.resolve(tokens[i])
                except UnknownTopic:
                    unknown.append(tokens[i])
            if topic is not None and topic not in found:
                found.append(topic)
            i = j
        return found, unknown

    def _topic_keyboard(
        self, button: type[BriefButton | SubscribeButton], marked: Sequence[str] = ()
    ) -> list[list[Button]]:
        toggles = button is SubscribeButton
        buttons = [
            Button(
                text=(("✅ " if t.id in marked else "▫️ ") if toggles else "")
                + self.reader.title(t.id),
                data=encode(button(topic=t.id)),
            )
            for t in self.topics
        ]
        return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]

    def _settings_keyboard(self, sub: Subscriber) -> list[list[Button]]:
        days = [
            Button(
                text=("✅" if i in sub.days else "▫️") + format_weekday(i),
                data=encode(SettingButton(setting=Setting.DAY, day=i)),
            )
            for i in range(7)
        ]
        return [
            days[:4],
            days[4:],
            [
                Button(
                    text=self._label("pause", paused=sub.paused),
                    data=encode(SettingButton(setting=Setting.PAUSE)),
                ),
                Button(
                    text=self._label("note", on=sub.nothing_new_note),
                    data=encode(SettingButton(setting=Setting.NOTE)),
                ),
            ],
        ]
