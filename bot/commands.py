"""What every command does, independent of transport: Telegram handlers and the console both
call `Commands.handle` / `handle_callback` / `ingest_document` and show the `Reply` list.

Nothing here imports telegram: a reply is HTML text plus an optional inline keyboard.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
import threading
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from rapidfuzz import fuzz, process

from bot.callbacks import (
    BriefButton,
    CallbackData,
    Setting,
    SettingButton,
    SourcesButton,
    SubscribeButton,
    encode,
)
from bot.channels import ChannelCheck, ChannelRequest
from bot.clock import Clock
from bot.config import BotSettings
from bot.delivery import build_digest
from bot.frequency import parse_frequency
from bot.i18n import (
    DEFAULT_LANG,
    Lang,
    exact_topic_id,
    format_weekday,
    localized,
    use_language,
)
from bot.inline import InlineBriefs, InlineResult
from bot.reader_commands import ReaderCommands
from bot.readers import ReaderStore
from bot.replies import Button as Button
from bot.replies import Caller as Caller
from bot.replies import Reply as Reply
from bot.scheduler import next_delivery
from bot.subscriptions import Subscriber, SubscriptionStore
from bot.texts import Texts
from bot.weekdays import parse_days
from bot.worker import Ingester
from briefings.errors import ArticleNotFound, SourceRejected, UnknownTopic
from briefings.ingest import IngestResult
from briefings.service import BriefingService
from briefings.topics import Topic

logger = logging.getLogger(__name__)

SOURCES_PAGE = 8
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
# Anything a reader meant as a time, valid or not ("25:99"), so it is never read as a topic.
_TIME_SHAPED = re.compile(r"^\d{1,2}[:.]\d{1,2}$")


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


def parse_time(text: str) -> dt.time | None:
    m = _TIME.match(text.strip())
    return dt.time(int(m.group(1)), int(m.group(2))) if m else None


def looks_like_time(text: str) -> bool:
    return bool(_TIME_SHAPED.match(text.strip()))


@cache
def _zone_index() -> tuple[dict[str, str], dict[str, str]]:
    """Lower-case IANA name -> name, and lower-case city (last component) -> name."""
    names = sorted(available_timezones())
    exact = {n.lower(): n for n in names}
    cities: dict[str, str] = {}
    # Prefer canonical-looking zones (Area/City) over legacy aliases such as "US/..." ones.
    areas = ("Europe/", "Asia/", "America/", "Africa/", "Australia/", "Pacific/", "Atlantic/")
    for name in sorted(names, key=lambda n: (not n.startswith(areas), n)):
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        cities.setdefault(city, name)
    return exact, cities


def resolve_timezone(text: str) -> str | None:
    """An IANA zone from an IANA name or a city ('Baku', 'new york', 'Berln'), else None."""
    query = " ".join(text.strip().replace("_", " ").split())
    if not query:
        return None
    exact, cities = _zone_index()
    by_name = exact.get(query.replace(" ", "_").lower())
    if by_name:
        return by_name
    key = query.lower()
    if key in cities:
        return cities[key]
    best = process.extractOne(key, list(cities), scorer=fuzz.ratio, score_cutoff=90)
    return cities[best[0]] if best else None


class Commands:
    """The bot's behaviour, shared by every transport."""

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

    def cmd_subscribe(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        sub = self.reader.remember_thread(self._subscriber(caller), caller)
        if not args:
            return [self._subscribe_menu(sub)]
        words = list(args)
        when = parse_time(words[-1])
        if when is None and looks_like_time(words[-1]):
            return [self._reply("settings_error", kind="time", value=words[-1])]
        if when is not None:
            words.pop()
        found, unknown = self._match_topics(words)
        now = self.clock.now()
        if when is not None:
            sub = self.store.update(sub.id, digest_time=when)
        added = [t for t in found if t.id not in sub.topics]
        if found:
            sub = self.store.set_topics(sub.id, [*sub.topics, *(t.id for t in found)], now)
        if not found and when is None:
            return [
                self._reply(
                    "unknown_topic",
                    self._topic_keyboard(SubscribeButton, sub.topics),
                    query=" ".join(args),
                    topics=self.topics,
                )
            ]
        return [
            self._reply(
                "subscribed",
                sub=sub,
                added=self._titles([t.id for t in added]),
                unknown=unknown,
                titles=self._titles(sub.topics),
            )
        ]

    def _subscribe_menu(self, sub: Subscriber, *, edit: bool = False) -> Reply:
        reply = self._reply(
            "subscribe_menu",
            self._topic_keyboard(SubscribeButton, sub.topics),
            sub=sub,
            titles=self._titles(sub.topics),
        )
        return reply.model_copy(update={"edit": edit})

    def _toggle_topic(self, topic_id: str, caller: Caller) -> Reply:
        sub = self._subscriber(caller)
        try:
            topic = self.service.topics.get(topic_id)
        except UnknownTopic:
            return self._reply("unknown_topic", query=topic_id, topics=self.topics)
        wanted = [t for t in sub.topics if t != topic.id]
        if topic.id not in sub.topics:
            wanted.append(topic.id)
        sub = self.store.set_topics(sub.id, wanted, self.clock.now())
        return self._subscribe_menu(sub, edit=True)

    def cmd_unsubscribe(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        sub = self._subscriber(caller)
        if not args:
            keyboard = [
                [Button(text=f"✖ {title}", data=encode(SubscribeButton(topic=tid)))]
                for tid, title in zip(sub.topics, self._titles(sub.topics), strict=True)
            ]
            return [self._reply("unsubscribe_menu", keyboard, titles=self._titles(sub.topics))]
        if [a.lower() for a in args] == ["all"]:
            removed = list(sub.topics)
            unknown: list[str] = []
        else:
            found, unknown = self._match_topics(args)
            removed = [t.id for t in found if t.id in sub.topics]
        sub = self.store.set_topics(
            sub.id, [t for t in sub.topics if t not in removed], self.clock.now()
        )
        return [
            self._reply(
                "unsubscribed",
                removed=self._titles(removed),
                unknown=unknown,
                remaining=self._titles(sub.topics),
            )
        ]

    def cmd_settings(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        sub = self._subscriber(caller)
        if not args:
            return [self._reply("settings", self._settings_keyboard(sub), sub=sub, changed=None)]
        key, value = args[0].lower(), " ".join(args[1:]).strip()
        changed: str  # which setting changed; the template words the confirmation
        if key == "time":
            when = parse_time(value)
            if when is None:
                return [self._reply("settings_error", kind="time", value=value)]
            sub = self.store.update(sub.id, digest_time=when)
            changed = "time"
        elif key in {"timezone", "tz", "zone", "city"}:
            zone = resolve_timezone(value)
            if zone is None:
                return [self._reply("settings_error", kind="timezone", value=value)]
            sub = self.store.update(sub.id, timezone=zone)
            changed = "timezone"
        elif key == "days":
            days = parse_days(value)
            if days is None:
                return [self._reply("settings_error", kind="days", value=value)]
            sub = self.store.update(sub.id, days=days)
            changed = "days"
        elif key in {"frequency", "freq", "частота"}:
            schedule = parse_frequency(value)
            if schedule is None:
                return [self._reply("settings_error", kind="frequency", value=value)]
            sub = self.store.update(sub.id, **schedule.changes())
            changed = schedule.describe(sub)
        elif key in {"pause", "resume"}:
            sub = self.store.update(sub.id, paused=key == "pause")
            changed = key
        elif key == "note":
            if value.lower() not in {"on", "off"}:
                return [self._reply("settings_error", kind="note", value=value)]
            sub = self.store.update(sub.id, nothing_new_note=value.lower() == "on")
            changed = "note"
        else:
            return [self._reply("settings_error", kind="unknown", value=key)]
        return [self._reply("settings", self._settings_keyboard(sub), sub=sub, changed=changed)]

    def _toggle_setting(self, button: SettingButton, caller: Caller) -> Reply:
        sub = self._subscriber(caller)
        if button.setting is Setting.PAUSE:
            sub = self.store.update(sub.id, paused=not sub.paused)
        elif button.setting is Setting.NOTE:
            sub = self.store.update(sub.id, nothing_new_note=not sub.nothing_new_note)
        elif button.day is not None:
            sub = self.store.update(sub.id, days=sub.days ^ {button.day})
        reply = self._reply("settings", self._settings_keyboard(sub), sub=sub, changed=None)
        return reply.model_copy(update={"edit": True})

    def cmd_language(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return self.reader.cmd_language(args, caller)

    def cmd_filter(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        return self.reader.cmd_filter(args, caller)

    def cmd_channel(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        """Linking needs Telegram (the handler checks the channel first); here: how to."""
        return [self._reply("channel", outcome="usage", title="", titles=[], sub=None)]

    @localized(lambda self: self.reader)
    def link_channel(
        self, check: ChannelCheck, request: ChannelRequest, caller: Caller
    ) -> list[Reply]:
        """Link (or unlink) a channel that `check_channel` asked Telegram about."""
        if check.problem is not None:
            return [
                self._reply(
                    "channel", outcome=check.problem.value, title=request.name, titles=[], sub=None
                )
            ]
        now = self.clock.now()
        reader = self._subscriber(caller)
        sub = self.store.ensure(
            check.chat_id,
            check.chat_id,
            name=check.title,
            timezone=reader.timezone,
            digest_time=reader.digest_time,
            now=now,
        )
        if request.off:
            self.store.set_topics(sub.id, [], now)
            return [self._reply("channel", outcome="off", title=check.title, titles=[], sub=None)]
        words = list(request.words)
        when = parse_time(words.pop()) if words and parse_time(words[-1]) else None
        found, _unknown = self._match_topics(words)
        self.readers.set_language(check.chat_id, self.reader.known_language(caller), now)
        sub = self.store.update(sub.id, blocked=False, **({"digest_time": when} if when else {}))
        if found:
            sub = self.store.set_topics(sub.id, [t.id for t in found], now)
        return [
            self._reply(
                "channel",
                outcome="linked",
                title=check.title,
                titles=self._titles(sub.topics),
                sub=sub,
            )
        ]

    def cmd_mysubs(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        sub = self._subscriber(caller)
        nxt = next_delivery(sub, self.clock.now())
        local = nxt.astimezone(ZoneInfo(sub.timezone)) if nxt else None
        return [self._reply("mysubs", sub=sub, titles=self._titles(sub.topics), next_at=local)]

    # --- admins --------------------------------------------------------------------------

    def cmd_addsource(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if not (caller.console and args):
            return [self._reply("addsource_hint", console=caller.console)]
        path = Path(" ".join(args)).expanduser()
        try:
            results = self.ingester.ingest_path(path)
        except SourceRejected as exc:
            return [self._reply("ingest_rejected", name=exc.source, reason=exc.reason)]
        except OSError as exc:
            return [self._reply("ingest_rejected", name=str(path), reason=exc.strerror or str(exc))]
        return [self.ingest_reply(results)]

    @localized(lambda self: self.reader)
    def ingest_document(self, data: bytes, name: str, caller: Caller) -> list[Reply]:
        """A file an admin sent: ingest it and say what was understood or why not."""
        if not caller.is_admin:
            return [self._reply("refusal", action="upload")]
        try:
            results = self.ingester.ingest_bytes(data, name)
        except SourceRejected as exc:
            return [self._reply("ingest_rejected", name=exc.source, reason=exc.reason)]
        return [self.ingest_reply(results)]

    def ingest_reply(self, results: Sequence[IngestResult]) -> Reply:
        return self._reply(
            "ingest_result",
            results=results,
            topic_titles=[self._titles(r.article.topics) for r in results],
        )

    def reject_reply(self, name: str, reason: str) -> Reply:
        return self._reply("ingest_rejected", name=name, reason=reason)

    def cmd_sources(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        page = int(args[0]) if args and args[0].isdigit() else 1
        return [self._sources_page(max(0, (page - 1) * SOURCES_PAGE))]

    def _sources_page(self, offset: int, *, edit: bool = False) -> Reply:
        total = self.service.store.count()
        # A page past the end (an old button after removals) shows the last page instead.
        offset = min(offset, max(0, (total - 1) // SOURCES_PAGE * SOURCES_PAGE))
        articles = self.service.recent(limit=SOURCES_PAGE, offset=offset)
        nav: list[Button] = []
        if offset > 0:
            nav.append(
                Button(
                    text=self._label("newer"),
                    data=encode(SourcesButton(offset=max(0, offset - SOURCES_PAGE))),
                )
            )
        if offset + SOURCES_PAGE < total:
            nav.append(
                Button(
                    text=self._label("older"),
                    data=encode(SourcesButton(offset=offset + SOURCES_PAGE)),
                )
            )
        reply = self._reply(
            "sources", [nav] if nav else [], articles=articles, offset=offset, total=total
        )
        return reply.model_copy(update={"edit": edit})

    def cmd_removesource(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if not args:
            return [self._reply("source_removed", article=None, article_id=None)]
        try:
            article = self.service.remove(args[0])
        except ArticleNotFound:
            return [self._reply("source_removed", article=None, article_id=args[0])]
        return [self._reply("source_removed", article=article, article_id=article.id)]

    def cmd_preview(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        user_id = int(args[0]) if args and args[0].lstrip("-").isdigit() else None
        sub = self.store.get(user_id if user_id is not None else caller.user_id)
        if sub is None or not sub.topics:
            return [self._reply("preview", sub=None, user_id=user_id, count=0)]
        last = self.store.last_success(sub.id)
        messages = build_digest(
            self.service,
            self.texts,
            sub,
            self.clock.now(),
            last.built_at if last else None,
            readers=self.readers,
            record=False,  # a preview shows the reader nothing
        )
        header = self._reply("preview", sub=sub, user_id=user_id, count=len(messages))
        return [header, *(Reply(html=m) for m in messages)]

    def cmd_stats(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        now = self.clock.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return [
            self._reply(
                "stats",
                stats=self.store.stats(midnight),
                articles=self.service.store.count(),
                last_ingest=self.service.store.last_ingest(),
            )
        ]

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
