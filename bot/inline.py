"""Inline sharing: `@bot energy` in any chat offers the current energy brief (and every topic
matching what was typed) as a result the reader can send into that conversation.

Telegram-free: results are plain models the handler turns into `InlineQueryResultArticle`s.
A topic's result is cached per language for `ttl` on the injected clock, so a reader typing
letter by letter does not rebuild a brief per keystroke.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from bot.clock import Clock
from bot.i18n import Lang, catalog, current_language, name_key, topic_words
from bot.texts import Texts
from briefings.render import split_messages, visible_text
from briefings.service import BriefingService
from briefings.topics import Topic

#: Results offered at once (Telegram allows 50).
MAX_RESULTS = 10
#: How long a topic's result is reused, per language.
RESULT_TTL = dt.timedelta(minutes=5)


class InlineResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # ≤ 64 bytes
    title: str
    description: str
    html: str  # the message sent when the reader picks it (≤ 4096 characters)


def _names(topic: Topic) -> list[str]:
    """Every name a topic answers to, in every interface language."""
    names = [topic.id, topic.title, *topic.aliases]
    for lang in Lang:
        words = catalog(lang).topics.get(topic.id)
        if words is not None:
            names.extend([words.title, *words.aliases])
    return names


def matching_topics(topics: Sequence[Topic], query: str) -> list[Topic]:
    """Topics whose name starts with what was typed (any language), every topic for nothing."""
    key = name_key(query)
    if not key:
        return list(topics)
    found = [t for t in topics if any(name_key(n).startswith(key) for n in _names(t))]
    if not found:  # a word inside a longer name: "talks" → "peace talks"
        found = [t for t in topics if any(key in name_key(n) for n in _names(t))]
    return found


class InlineBriefs:
    """Builds (and briefly remembers) the inline results for a query."""

    def __init__(
        self, service: BriefingService, texts: Texts, clock: Clock, ttl: dt.timedelta = RESULT_TTL
    ) -> None:
        self.service = service
        self.texts = texts
        self.clock = clock
        self.ttl = ttl
        self._cache: dict[tuple[str, Lang], tuple[dt.datetime, InlineResult | None]] = {}

    def results(self, query: str) -> list[InlineResult]:
        """In the current language; topics with no news yet are left out."""
        topics = matching_topics(self.service.topics.topics, query)[:MAX_RESULTS]
        found = [self._result(t) for t in topics]
        return [r for r in found if r is not None]

    def _result(self, topic: Topic) -> InlineResult | None:
        lang = current_language()
        now = self.clock.now()
        cached = self._cache.get((topic.id, lang))
        if cached is not None and now - cached[0] < self.ttl:
            return cached[1]
        result = self._build(topic, lang, now)
        self._cache[(topic.id, lang)] = (now, result)
        return result

    def _build(self, topic: Topic, lang: Lang, now: dt.datetime) -> InlineResult | None:
        briefing = self.service.brief_topic(topic, now)
        if briefing.empty:
            return None
        title = topic_words(topic.id, topic.title).title
        html = self.texts.render(
            "brief",
            briefing=briefing,
            items=briefing.items,
            fresh=[False] * len(briefing.items),
            title=title,
            rule="",
            page=False,
        )
        first = split_messages(html)[0]
        lead = " ".join(briefing.items[0].sentences)
        description = re.sub(r"\s+", " ", visible_text(lead)).strip()
        return InlineResult(
            id=f"{topic.id}:{lang.value}:{int(now.timestamp())}",
            title=title,
            description=description[:120],
            html=first,
        )
