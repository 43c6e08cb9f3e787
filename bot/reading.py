"""A briefing as one reader gets it: their word filters applied, items they have not been
shown marked new, the wording in their language, and the buttons underneath.

Pure functions of their inputs except `ReaderView`, which reads and records the chat's
filters and seen items.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot import actions
from bot.i18n import label, topic_words
from bot.readers import ReaderStore, TopicFilter, item_key
from bot.replies import Button, Reply
from bot.texts import Texts
from briefings.digest import figure_context
from briefings.models import Briefing, BriefingItem
from briefings.render import split_messages
from briefings.topics import Topic

#: Items per "More" page.
MORE_PAGE = 4
#: A briefing with room for several pages of "More".
MORE_CHARS = 1200 * 6


def parse_rule(topic_id: str, words: Sequence[str]) -> TopicFilter | None:
    """'+LNG -coal "green hydrogen"' → a filter; a bare word counts as '+word'. None when a
    word is only a sign."""
    include: list[str] = []
    exclude: list[str] = []
    for raw in words:
        word = " ".join(raw.split())
        sign, term = (word[0], word[1:].strip()) if word[:1] in "+-" else ("+", word)
        if not term:
            return None
        target = include if sign == "+" else exclude
        if term.casefold() not in {t.casefold() for t in target}:
            target.append(term)
    return TopicFilter(topic_id=topic_id, include=tuple(include), exclude=tuple(exclude))


@cache
def _word(term: str) -> re.Pattern[str]:
    # \w is Unicode-aware, so boundaries hold in Cyrillic as in Latin text ("газ" ≠ "газета").
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


def mentions(text: str, term: str) -> bool:
    """Whether `term` occurs in `text` as whole words, ignoring case (ё reads as е)."""
    return (
        _word(term.replace("ё", "е").replace("Ё", "Е")).search(
            text.replace("ё", "е").replace("Ё", "Е")
        )
        is not None
    )


def passes(text: str, rule: TopicFilter) -> bool:
    if any(mentions(text, t) for t in rule.exclude):
        return False
    return not rule.include or any(mentions(text, t) for t in rule.include)


def apply_rule(briefing: Briefing, rule: TopicFilter | None) -> Briefing:
    """The briefing with only what passes the reader's filter (items, figures, the quote)."""
    if rule is None or rule.empty:
        return briefing
    items = [i for i in briefing.items if passes(" ".join(i.sentences), rule)]
    figures = [k for k in briefing.key_figures if passes(figure_context(k.figure), rule)]
    quote = briefing.quote
    if quote is not None and not passes(quote.quote.text, rule):
        quote = None
    return briefing.model_copy(update={"items": items, "key_figures": figures, "quote": quote})


@dataclass(frozen=True)
class BriefView:
    """What one reader is shown of a briefing."""

    topic: Topic
    briefing: Briefing  # already filtered
    items: list[BriefingItem]  # the page shown
    fresh: list[bool]
    rule: TopicFilter | None
    offset: int  # items shown before this page
    unfiltered: int  # items before the reader's filter
    more: bool  # whether a further page exists


def brief_keyboard(
    topic: Topic, *, next_offset: int | None, since: dt.datetime | None = None
) -> list[list[Button]]:
    """More / Mute / Time / Sources under a brief or digest (at most 4 buttons, 64-byte data)."""
    title = topic_words(topic.id, topic.title).title
    first: list[Button] = []
    if next_offset is not None:
        first.append(
            Button(
                text=label("button.more"),
                data=actions.encode(actions.More(topic=topic.id, offset=next_offset)),
            )
        )
    stamp = int(since.timestamp()) if since is not None else 0
    first.append(
        Button(
            text=label("button.sources"),
            data=actions.encode(actions.Sources(topic=topic.id, since=stamp)),
        )
    )
    return [
        first,
        [
            Button(
                text=label("button.mute", topic=title),
                data=actions.encode(actions.Mute(topic=topic.id)),
            ),
            Button(text=label("button.time"), data=actions.encode(actions.Time())),
        ],
    ]


class ReaderView:
    """Builds a reader's replies for a topic from the core's briefing."""

    def __init__(self, texts: Texts, readers: ReaderStore) -> None:
        self.texts = texts
        self.readers = readers

    def view(
        self,
        chat_id: int,
        topic: Topic,
        briefing: Briefing,
        *,
        offset: int = 0,
        page: int | None = None,
    ) -> BriefView:
        rule = self.readers.filters(chat_id).get(topic.id)
        filtered = apply_rule(briefing, rule)
        end = len(filtered.items) if page is None else offset + page
        items = filtered.items[offset:end]
        keys = [item_key(i) for i in items]
        unseen = self.readers.unseen(chat_id, keys)
        return BriefView(
            topic=topic,
            briefing=filtered,
            items=items,
            fresh=[k in unseen for k in keys],
            rule=rule,
            offset=offset,
            unfiltered=len(briefing.items),
            # The first page is the core's brief; whether a longer one holds more is only
            # worth working out when the reader asks, so the first page always offers "More".
            more=bool(items) if page is None else end < len(filtered.items),
        )

    def messages(self, view: BriefView) -> list[str]:
        """Telegram-HTML messages of the view (empty when a filter removed everything and
        there is nothing to say; see `nothing_matched`)."""
        title = topic_words(view.topic.id, view.topic.title).title
        html = self.texts.render(
            "brief",
            briefing=view.briefing,
            items=view.items,
            fresh=view.fresh,
            title=title,
            rule=view.rule.rule() if view.rule else "",
            page=view.offset > 0,
        )
        return split_messages(html)

    def record(self, chat_id: int, view: BriefView, now: dt.datetime) -> None:
        """The reader has now been shown these items: later briefs will not mark them new."""
        self.readers.mark_seen(chat_id, [item_key(i) for i in view.items], now)

    def replies(self, chat_id: int, view: BriefView, now: dt.datetime) -> list[Reply]:
        """The brief as replies, buttons under the last one; or the 'nothing matched' note."""
        title = topic_words(view.topic.id, view.topic.title).title
        if view.rule is not None and not view.items and view.unfiltered > view.offset:
            return [
                Reply(
                    html=self.texts.render("nothing_matched", title=title, rule=view.rule.rule()),
                    keyboard=[[self._clear_button(view.topic)]],
                )
            ]
        parts = self.messages(view)
        self.record(chat_id, view, now)
        next_offset = view.offset + len(view.items) if view.more else None
        keyboard = brief_keyboard(view.topic, next_offset=next_offset)
        if view.briefing.empty:
            keyboard = []
        return [
            Reply(html=part, keyboard=keyboard if n == len(parts) - 1 else [])
            for n, part in enumerate(parts)
        ]

    def _clear_button(self, topic: Topic) -> Button:
        title = topic_words(topic.id, topic.title).title
        return Button(
            text=label("button.filter_clear", topic=title),
            data=actions.encode(actions.ClearFilter(topic=topic.id)),
        )
