"""Reader-facing commands and buttons: /language, /filter, and the buttons under every brief
and digest (More, Mute with undo, Time in two taps, Sources).

`Commands` owns one `ReaderCommands` and hands it these commands; like `Commands`, nothing here
imports telegram.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from bot import actions
from bot.clock import Clock
from bot.i18n import (
    Lang,
    catalog,
    format_clock,
    label,
    language_for_code,
    parse_language,
    topic_id_for,
    topic_words,
    use_language,
)
from bot.readers import ReaderStore, TopicFilter
from bot.reading import MORE_CHARS, MORE_PAGE, ReaderView, parse_rule
from bot.replies import Button, Caller, Reply
from bot.subscriptions import Subscriber, SubscriptionStore
from bot.texts import Texts
from briefings.errors import UnknownTopic
from briefings.models import Attribution
from briefings.service import BriefingService
from briefings.topics import Topic

logger = logging.getLogger(__name__)

#: Delivery times offered by the Time button (local hours).
TIME_CHOICES = tuple(range(6, 22))


class ReaderCommands:
    """The reader's language, filters and brief buttons."""

    def __init__(
        self,
        *,
        service: BriefingService,
        store: SubscriptionStore,
        readers: ReaderStore,
        texts: Texts,
        clock: Clock,
    ) -> None:
        self.service = service
        self.store = store
        self.readers = readers
        self.texts = texts
        self.clock = clock
        self.view = ReaderView(texts, readers)

    # --- language -------------------------------------------------------------------------

    def language_of(self, caller: Caller) -> Lang:
        """The chat's language; on first contact, Telegram's guess from the user's app."""
        return self.readers.first_language(
            caller.chat_id, language_for_code(caller.language_code), self.clock.now()
        )

    def known_language(self, caller: Caller) -> Lang:
        """The chat's language if it has one, else Telegram's guess (nothing stored)."""
        return self.readers.language(caller.chat_id) or language_for_code(caller.language_code)

    def remember_thread(self, sub: Subscriber, caller: Caller) -> Subscriber:
        """A subscription made in a forum topic delivers into that topic."""
        if sub.chat_id == caller.chat_id and sub.thread_id != caller.thread_id:
            return self.store.update(sub.id, thread_id=caller.thread_id)
        return sub

    def cmd_language(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if args:
            lang = parse_language(" ".join(args))
            if lang is not None:
                return [self._set_language(caller, lang, edit=False)]
        buttons = [
            Button(text=catalog(lang).name, data=actions.encode(actions.Language(lang=lang)))
            for lang in Lang
        ]
        return [
            Reply(
                html=self.texts.render("language", changed=False, asked=" ".join(args)),
                keyboard=[buttons],
            )
        ]

    def _set_language(self, caller: Caller, lang: Lang, *, edit: bool) -> Reply:
        self.readers.set_language(caller.chat_id, lang, self.clock.now())
        with use_language(lang):
            html = self.texts.render("language", changed=True, asked="")
        return Reply(html=html, edit=edit)

    # --- topics in the reader's words -----------------------------------------------------

    def resolve(self, query: str) -> Topic:
        """A topic from any interface language's title or alias, else the core's names;
        raises UnknownTopic."""
        topic_id = topic_id_for(query)
        if topic_id is not None and topic_id in set(self.service.topics.ids):
            return self.service.topics.get(topic_id)
        return self.service.topics.resolve(query)

    def title(self, topic_id: str) -> str:
        try:
            fallback = self.service.topics.get(topic_id).title
        except UnknownTopic:
            fallback = topic_id
        return topic_words(topic_id, fallback).title

    # --- briefs ---------------------------------------------------------------------------

    def brief(self, topic: Topic, caller: Caller) -> list[Reply]:
        now = self.clock.now()
        briefing = self.service.brief_topic(topic, now)
        view = self.view.view(caller.chat_id, topic, briefing)
        return self.view.replies(caller.chat_id, view, now)

    # --- filters --------------------------------------------------------------------------

    def cmd_filter(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if not args:
            return [self._filter_list(caller)]
        words = list(args)
        # The topic is the words before the first +/- word ("peace talks +treaty").
        split = next((i for i, w in enumerate(words) if w[:1] in "+-"), len(words))
        if split == len(words) and len(words) > 1 and words[-1].lower() in {"off", "clear"}:
            split = len(words) - 1
        try:
            topic = self.resolve(" ".join(words[:split]))
        except UnknownTopic:
            return [Reply(html=self.texts.render("filter_error", query=" ".join(words[:split])))]
        rest = words[split:]
        if [w.lower() for w in rest] in (["off"], ["clear"]) or not rest:
            rule: TopicFilter | None = TopicFilter(topic_id=topic.id)
        else:
            rule = parse_rule(topic.id, rest)
        if rule is None:
            return [Reply(html=self.texts.render("filter_error", query=" ".join(rest)))]
        self.readers.set_filter(caller.chat_id, rule)
        return [self._filter_list(caller, changed=topic.id)]

    def _filter_list(self, caller: Caller, *, changed: str | None = None) -> Reply:
        rules = self.readers.filters(caller.chat_id)
        rows = [(self.title(topic_id), rule.rule()) for topic_id, rule in sorted(rules.items())]
        keyboard = [
            [
                Button(
                    text=label("button.filter_clear", topic=self.title(topic_id)),
                    data=actions.encode(actions.ClearFilter(topic=topic_id)),
                )
            ]
            for topic_id in sorted(rules)
        ]
        html = self.texts.render(
            "filters",
            rows=rows,
            changed=self.title(changed) if changed else None,
            cleared=changed is not None and changed not in rules,
        )
        return Reply(html=html, keyboard=keyboard)

    # --- buttons --------------------------------------------------------------------------

    def press(self, data: str, caller: Caller) -> list[Reply]:
        """A press on one of our buttons; an unknown or tampered one gets a short answer."""
        action = actions.parse_action(data)
        if action is None:
            return [Reply(notice=label("answer.bad_button"))]
        try:
            return self._press(action, caller)
        except UnknownTopic:  # a topic removed from the topics file since the button was sent
            return [Reply(notice=label("answer.bad_button"))]

    def _press(self, action: actions.Action, caller: Caller) -> list[Reply]:
        match action:
            case actions.Language(lang=lang):
                return [self._set_language(caller, lang, edit=True)]
            case actions.Filters():
                return [self._filter_list(caller)]
            case actions.ClearFilter(topic=topic_id):
                topic = self.service.topics.get(topic_id)
                self.readers.set_filter(caller.chat_id, TopicFilter(topic_id=topic.id))
                reply = self._filter_list(caller, changed=topic.id)
                return [reply.model_copy(update={"edit": True})]
            case actions.More(topic=topic_id, offset=offset):
                return self._more(self.service.topics.get(topic_id), offset, caller)
            case actions.Mute(topic=topic_id):
                return [self._mute(self.service.topics.get(topic_id), caller, mute=True)]
            case actions.Unmute(topic=topic_id):
                return [self._mute(self.service.topics.get(topic_id), caller, mute=False)]
            case actions.Time(minutes=None):
                return [self._time_choices(caller)]
            case actions.Time(minutes=int(minutes)):
                return [self._set_time(dt.time(minutes // 60, minutes % 60), caller)]
            case actions.Sources(topic=topic_id, since=since):
                return [self._sources(self.service.topics.get(topic_id), since, caller)]
        return [Reply(notice=label("answer.bad_button"))]  # pragma: no cover - exhaustive

    def _more(self, topic: Topic, offset: int, caller: Caller) -> list[Reply]:
        now = self.clock.now()
        briefing = self.service.brief_topic(topic, now, max_chars=MORE_CHARS)
        view = self.view.view(caller.chat_id, topic, briefing, offset=offset, page=MORE_PAGE)
        if not view.items:
            return [Reply(notice=label("answer.no_more", topic=self.title(topic.id)))]
        return self.view.replies(caller.chat_id, view, now)

    def _mute(self, topic: Topic, caller: Caller, *, mute: bool) -> Reply:
        sub = self.store.get(caller.user_id)
        now = self.clock.now()
        if sub is not None:
            topics = [t for t in sub.topics if t != topic.id]
            if not mute:
                topics.append(topic.id)
            if topics != list(sub.topics):
                sub = self.store.set_topics(sub.id, topics, now)
        action = actions.Unmute(topic=topic.id) if mute else actions.Mute(topic=topic.id)
        button = label("button.undo") if mute else label("button.mute", topic=self.title(topic.id))
        return Reply(
            html=self.texts.render(
                "muted",
                title=self.title(topic.id),
                muted=mute,
                subscribed=sub is not None and bool(sub.topics),
            ),
            keyboard=[[Button(text=button, data=actions.encode(action))]],
            edit=not mute,  # an undo replaces the "muted" note it was pressed under
        )

    def _time_choices(self, caller: Caller) -> Reply:
        sub = self.store.get(caller.user_id)
        buttons = [
            Button(
                text=format_clock(dt.time(hour, 0)),
                data=actions.encode(actions.Time(minutes=hour * 60)),
            )
            for hour in TIME_CHOICES
        ]
        return Reply(
            html=self.texts.render(
                "time_choose",
                current=sub.digest_time if sub else None,
                zone=sub.timezone if sub else None,
            ),
            keyboard=[buttons[i : i + 4] for i in range(0, len(buttons), 4)],
        )

    def _set_time(self, when: dt.time, caller: Caller) -> Reply:
        sub = self.store.get(caller.user_id)
        if sub is None:
            return Reply(notice=label("answer.bad_button"))
        sub = self.store.update(sub.id, digest_time=when)
        return Reply(
            html=self.texts.render("time_set", sub=sub, titles=[self.title(t) for t in sub.topics]),
            edit=True,
        )

    def _sources(self, topic: Topic, since: int, caller: Caller) -> Reply:
        now = self.clock.now()
        after = dt.datetime.fromtimestamp(since, dt.UTC) if since else None
        briefing = self.service.brief_topic(topic, now, since=after)
        view = self.view.view(caller.chat_id, topic, briefing)
        seen: dict[str, Attribution] = {}
        for item in view.items:
            for source in item.sources:
                seen.setdefault(source.article_id, source)
        return Reply(
            html=self.texts.render(
                "brief_sources", title=self.title(topic.id), sources=list(seen.values())
            )
        )
