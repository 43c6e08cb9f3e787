"""A subscriber's digest as that reader gets it: in the chat's language, through the chat's word
filters, with buttons under it, and its items remembered as shown (for the "new" marks).

`bot.delivery` decides when and claims; this module decides what. Briefings are shared across
subscribers (a morning push is thousands of equal digests): the core's briefing once per topic
and starting point, its rendering once per language, and only readers with a filter get their
own rendering.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot import actions
from bot.i18n import DEFAULT_LANG, Lang, label, topic_words, use_language
from bot.readers import ReaderPrefs, ReaderStore, item_key
from bot.reading import apply_rule
from bot.replies import Button
from bot.subscriptions import Subscriber
from bot.texts import Texts
from briefings.models import Briefing
from briefings.render import split_messages
from briefings.service import BriefingService


@dataclass
class DigestCache:
    """What one delivery tick shares between subscribers."""

    briefings: dict[tuple[str, dt.datetime | None], Briefing] = field(default_factory=dict)
    rendered: dict[tuple[str, dt.datetime | None, Lang], list[str]] = field(default_factory=dict)
    keys: dict[tuple[str, dt.datetime | None], list[str]] = field(default_factory=dict)


def topic_since(sub: Subscriber, topic_id: str, since: dt.datetime | None) -> dt.datetime | None:
    """Where a topic's part of the digest starts: the previous digest, unless the topic was
    added after it (then its current briefing)."""
    added = sub.topics_added.get(topic_id)
    return since if since is not None and added is not None and added <= since else None


def _render(texts: Texts, briefing: Briefing, title: str, rule: str) -> list[str]:
    html = texts.render(
        "brief",
        briefing=briefing,
        items=briefing.items,
        fresh=[False] * len(briefing.items),  # a digest is all new by construction
        title=title,
        rule=rule,
        page=False,
    )
    return split_messages(html)


@dataclass
class ReaderDigest:
    """One subscriber's digest and the items it shows (remembered as seen by the caller)."""

    messages: list[str]
    shown: list[str]


def build_reader_digest(
    service: BriefingService,
    texts: Texts,
    readers: ReaderStore | None,
    sub: Subscriber,
    now: dt.datetime,
    since: dt.datetime | None,
    cache: DigestCache | None = None,
    *,
    record: bool = True,
) -> list[str]:
    """The messages of a subscriber's digest (empty: nothing to send). With `record`, the
    items are remembered as shown to the chat; a preview passes False."""
    prefs = readers.preferences([sub.chat_id])[sub.chat_id] if readers else ReaderPrefs()
    digest = compose_digest(service, texts, prefs, sub, now, since, cache)
    if record and readers is not None and digest.shown:
        readers.mark_seen(sub.chat_id, digest.shown, now)
    return digest.messages


def compose_digest(
    service: BriefingService,
    texts: Texts,
    prefs: ReaderPrefs,
    sub: Subscriber,
    now: dt.datetime,
    since: dt.datetime | None,
    cache: DigestCache | None = None,
) -> ReaderDigest:
    """A subscriber's digest from preferences already read (the push reads a whole batch's
    at once); nothing is written."""
    cache = cache if cache is not None else DigestCache()
    lang = prefs.lang or DEFAULT_LANG
    rules = prefs.rules
    messages: list[str] = []
    shown: list[str] = []
    known = [t for t in sub.topics if t in set(service.topics.ids)]
    with use_language(lang):
        for topic_id in known:
            start = topic_since(sub, topic_id, since)
            briefing = cache.briefings.get((topic_id, start))
            if briefing is None:
                briefing = service.brief_topic(service.topics.get(topic_id), now, since=start)
                cache.briefings[(topic_id, start)] = briefing
            if briefing.empty:
                continue
            title = topic_words(topic_id, briefing.topic_title).title
            rule = rules.get(topic_id)
            if rule is None:
                key = (topic_id, start, lang)
                if key not in cache.rendered:
                    cache.rendered[key] = _render(texts, briefing, title, "")
                messages.extend(cache.rendered[key])
                if (topic_id, start) not in cache.keys:
                    cache.keys[(topic_id, start)] = [item_key(i) for i in briefing.items]
                shown.extend(cache.keys[(topic_id, start)])
                continue
            filtered = apply_rule(briefing, rule)
            if filtered.empty:
                messages.append(texts.render("nothing_matched", title=title, rule=rule.rule()))
                continue
            messages.extend(_render(texts, filtered, title, rule.rule()))
            shown.extend(item_key(i) for i in filtered.items)
        if not messages and sub.nothing_new_note and known:
            titles = [topic_words(t, service.topics.get(t).title).title for t in known]
            messages = [
                texts.render("nothing_new", topics=titles, since=since, timezone=sub.timezone)
            ]
    return ReaderDigest(messages=messages, shown=shown)


def digest_keyboard(
    service: BriefingService,
    prefs: ReaderPrefs,
    sub: Subscriber,
    since: dt.datetime | None,
) -> list[list[Button]]:
    """Buttons under a digest's last message: per topic More, Sources and Mute, then Time
    (at most 3 per topic + 1, far below Telegram's 100)."""
    lang = prefs.lang or DEFAULT_LANG
    rows: list[list[Button]] = []
    with use_language(lang):
        for topic_id in sub.topics:
            if topic_id not in set(service.topics.ids):
                continue
            title = topic_words(topic_id, service.topics.get(topic_id).title).title
            start = topic_since(sub, topic_id, since)
            stamp = int(start.timestamp()) if start is not None else 0
            rows.append(
                [
                    Button(
                        text=label("button.digest_more", topic=title),
                        data=actions.encode(actions.More(topic=topic_id, offset=0)),
                    ),
                    Button(
                        text=label("button.sources"),
                        data=actions.encode(actions.Sources(topic=topic_id, since=stamp)),
                    ),
                    Button(
                        text=label("button.mute", topic=title),
                        data=actions.encode(actions.Mute(topic=topic_id)),
                    ),
                ]
            )
        rows.append([Button(text=label("button.time"), data=actions.encode(actions.Time()))])
    return rows


def thread_gone(error: str | None) -> bool:
    """Whether Telegram refused a message because its forum topic no longer exists."""
    return error is not None and "thread not found" in error.lower()


def topic_gone_note(texts: Texts, readers: ReaderStore | None, sub: Subscriber) -> str:
    lang = (readers.language(sub.chat_id) if readers else None) or DEFAULT_LANG
    with use_language(lang):
        return texts.render("topic_gone")
