"""What the bot remembers about each reader's chat beyond the subscription: its interface
language, its word filters per topic, and which briefing items it has already been shown.

Tables are created by the bot's Alembic revision `0002_readers`; they are keyed by chat, so a
reader's language and filters hold for the chat whatever command or digest reaches it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from pydantic import BaseModel, ConfigDict
from sqlalchemy import BigInteger, String, Table, Text, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.i18n import Lang
from bot.tables import Base
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


@dataclass(frozen=True)
class ReaderPrefs:
    """What a digest needs to know about its chat: language (None: not chosen) and filters."""

    lang: Lang | None = None
    rules: Mapping[str, TopicFilter] = field(default_factory=dict)


def _filter(row: FilterRow) -> TopicFilter:
    return TopicFilter(
        topic_id=row.topic_id,
        include=tuple(json.loads(row.include)),
        exclude=tuple(json.loads(row.exclude)),
    )


def _lang(value: str | None) -> Lang | None:
    return Lang(value) if value in set(Lang) else None


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
        return _lang(value)

    def preferences(self, chat_ids: Iterable[int]) -> dict[int, ReaderPrefs]:
        """Language and filters of many chats in two queries: the push reads a whole claim
        batch at once instead of two round trips per digest. Every chat asked for is in the
        result (defaults when it has stored nothing)."""
        chats = sorted(set(chat_ids))
        langs: dict[int, Lang | None] = {}
        rules: dict[int, dict[str, TopicFilter]] = {}
        with self._session() as s:
            for part in _chunks(chats):
                rows = s.execute(
                    select(ReaderRow.chat_id, ReaderRow.language).where(ReaderRow.chat_id.in_(part))
                )
                langs.update((chat, _lang(value)) for chat, value in rows)
                for row in s.scalars(select(FilterRow).where(FilterRow.chat_id.in_(part))):
                    rules.setdefault(row.chat_id, {})[row.topic_id] = _filter(row)
        return {c: ReaderPrefs(lang=langs.get(c), rules=rules.get(c, {})) for c in chats}

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
        return {r.topic_id: _filter(r) for r in rows}

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

    def mark_seen_many(self, shown: Mapping[int, Iterable[str]], now: dt.datetime) -> None:
        """`mark_seen` for many chats in one transaction (a push's claim batch): rows already
        there are left as they are, and only chats past `SEEN_LIMIT` are trimmed."""
        rows = [
            {"chat_id": chat, "item_key": key, "seen_at": now}
            for chat, keys in sorted(shown.items())
            for key in sorted(set(keys))
        ]
        if not rows:
            return
        table = _table(SeenRow)
        statement = _insert_ignore(self.engine.dialect.name, table)
        if statement is None:  # a dialect without ON CONFLICT: the careful path, chat by chat
            for chat, keys in shown.items():
                self.mark_seen(chat, keys, now)
            return
        with self.engine.begin() as conn:
            conn.execute(statement, rows)
            full: list[int] = []
            for part in _chunks(sorted(shown)):
                full += conn.scalars(
                    select(table.c.chat_id)
                    .where(table.c.chat_id.in_(part))
                    .group_by(table.c.chat_id)
                    .having(func.count() > SEEN_LIMIT)
                ).all()
            for chat in full:
                _forget_oldest(conn, chat)

    def _forget_oldest(self, chat_id: int) -> None:
        with self.engine.begin() as conn:
            _forget_oldest(conn, chat_id)


def _forget_oldest(conn: Connection, chat_id: int) -> None:
    """Drop a chat's seen items beyond the newest `SEEN_LIMIT`."""
    table = _table(SeenRow)
    old = conn.scalars(
        select(table.c.item_key)
        .where(table.c.chat_id == chat_id)
        .order_by(table.c.seen_at.desc(), table.c.item_key)
        .offset(SEEN_LIMIT)
    ).all()
    if old:
        conn.execute(
            delete(table).where(table.c.chat_id == chat_id, table.c.item_key.in_(list(old)))
        )


def _insert_ignore(dialect: str, table: Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING for the dialects that have it, else None."""
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return None


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """IN lists short enough for SQLite's parameter limit."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
