"""Subscription commands: /subscribe, /unsubscribe, /settings (and their buttons), /mysubs and
linking a channel; they change when and what a chat's digest brings."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.callbacks import Setting, SettingButton, SubscribeButton, encode
from bot.channels import ChannelCheck, ChannelRequest
from bot.commandbase import CommandBase
from bot.frequency import parse_frequency
from bot.i18n import localized
from bot.replies import Button, Caller, Reply
from bot.scheduler import next_delivery
from bot.subscriptions import Subscriber
from bot.timeparse import looks_like_time, parse_time, resolve_timezone
from bot.weekdays import parse_days
from briefings.errors import UnknownTopic


class SubscriptionCommands(CommandBase):
    """What a reader's (or a group's, or a channel's) subscription is."""

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
