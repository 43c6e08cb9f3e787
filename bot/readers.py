"""What the bot remembers about each reader's chat beyond the subscription: its interface
language, its word filters per topic, and which briefing items it has already been shown.

Tables are created by the bot's Alembic revision `0002_readers`; they are keyed by chat, so a
reader's language and filters hold for the chat whatever command or digest reaches it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import cast

from pydantic import BaseModel, ConfigDict
from sqlalchemy import BigInteger, String, Table, Text, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.i18n import Lang
from bot.subscriptions import Base
from briefings.db import UTCDateTime
from briefings.models import BriefingItem

#: Items remembered per chat for the "new" marks; older ones are forgotten first.
SEEN_LIMIT = 2000


class ReaderRow(Base):
    __tablename__ = "bot_readers"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class FilterRow(Base):
    __tablename__ = "bot_filters"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    topic_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    include: Mapped[str] = mapped_column(Text)  # JSON list of words
    exclude: Mapped[str] = mapped_column(Text)


class SeenRow(Base):
    __tablename__ = "bot_seen_items"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    item_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


class TopicFilter(BaseModel):
    """Words that keep (include) or drop (exclude) a topic's items for one chat."""

    model_config = ConfigDict(frozen=True)

    topic_id: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude)

    def rule(self) -> str:
        """How the reader typed it: '+LNG -coal'."""
        return " ".join([*(f"+{w}" for w in self.include), *(f"-{w}" for w in self.exclude)])


def item_key(item: BriefingItem) -> str:
    """A stable id for an item: its verbatim sentences (the same fact from a re-ingested
    article keeps its key; a new sentence is a new item)."""
    text = " ".join(" ".join(item.sentences).split())
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class ReaderStore:
    """Reader preferences and seen items, on the subscription store's database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # --- language -----------------------------------------------------------------------

    def language(self, chat_id: int) -> Lang | None:
        with self._session() as s:
            value = s.scalar(select(ReaderRow.language).where(ReaderRow.chat_id == chat_id))
        return Lang(value) if value in set(Lang) else None

    def first_language(self, chat_id: int, lang: Lang, now: dt.datetime) -> Lang:
        """The chat's language, storing `lang` when the chat has none yet (first contact)."""
        known = self.language(chat_id)
        if known is not None:
            return known
        try:
            with self._session() as s, s.begin():
                s.add(ReaderRow(chat_id=chat_id, language=lang.value, created_at=now))
        except IntegrityError:  # a concurrent first update of the same chat stored one
            return self.language(chat_id) or lang
        return lang

    def set_language(self, chat_id: int, lang: Lang, now: dt.datetime) -> None:
        with self._session() as s, s.begin():
            row = s.get(ReaderRow, chat_id)
            if row is None:
                s.add(ReaderRow(chat_id=chat_id, language=lang.value, created_at=now))
            else:
                row.language = lang.value

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its language and filters follow it."""
        with self._session() as s, s.begin():
            for table in (_table(ReaderRow), _table(FilterRow), _table(SeenRow)):
                s.execute(
                    update(table).where(table.c.chat_id == old_chat_id).values(chat_id=new_chat_id)
                )

    # --- filters ------------------------------------------------------------------------

    def filters(self, chat_id: int) -> dict[str, TopicFilter]:
        with self._session() as s:
            rows = s.scalars(select(FilterRow).where(FilterRow.chat_id == chat_id)).all()
        return {
            r.topic_id: TopicFilter(
                topic_id=r.topic_id,
                include=tuple(json.loads(r.include)),
                exclude=tuple(json.loads(r.exclude)),
            )
            for r in rows
        }

    def set_filter(self, chat_id: int, rule: TopicFilter) -> None:
        with self._session() as s, s.begin():
            s.execute(
                delete(FilterRow).where(
                    FilterRow.chat_id == chat_id, FilterRow.topic_id == rule.topic_id
                )
            )
            if not rule.empty:
                s.add(
                    FilterRow(
                        chat_id=chat_id,
                        topic_id=rule.topic_id,
                        include=json.dumps(list(rule.include), ensure_ascii=False),
                        exclude=json.dumps(list(rule.exclude), ensure_ascii=False),
                    )
                )

    # --- seen items ---------------------------------------------------------------------

    def unseen(self, chat_id: int, keys: Sequence[str]) -> set[str]:
        """Which of `keys` this chat has not been shown yet."""
        if not keys:
            return set()
        with self._session() as s:
            seen = set(
                s.scalars(
                    select(SeenRow.item_key).where(
                        SeenRow.chat_id == chat_id, SeenRow.item_key.in_(list(keys))
                    )
                )
            )
        return set(keys) - seen

    def mark_seen(self, chat_id: int, keys: Iterable[str], now: dt.datetime) -> None:
        new = self.unseen(chat_id, list(dict.fromkeys(keys)))
        if not new:
            return
        try:
            with self._session() as s, s.begin():
                s.add_all(SeenRow(chat_id=chat_id, item_key=k, seen_at=now) for k in sorted(new))
        except IntegrityError:  # the same items were marked by a concurrent update: fine
            return
        self._forget_oldest(chat_id)

    def _forget_oldest(self, chat_id: int) -> None:
        with self._session() as s, s.begin():
            old = s.scalars(
                select(SeenRow.item_key)
                .where(SeenRow.chat_id == chat_id)
                .order_by(SeenRow.seen_at.desc(), SeenRow.item_key)
                .offset(SEEN_LIMIT)
            ).all()
            if old:
                s.execute(
                    delete(SeenRow).where(SeenRow.chat_id == chat_id, SeenRow.item_key.in_(old))
                )
