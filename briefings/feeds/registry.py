"""Feeds at rest, in the core's database (migration 0003_feeds), with claims on polls.

A poll is claimed with one conditional UPDATE that only one process can win (the feed is
due, enabled, and nobody holds an unexpired lease); the poll's end moves `next_poll_at` on
and drops the lease in one more. So several processes sharing a database poll each feed
once per interval, and a poll whose process died is taken over when its lease runs out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from briefings.feeds.models import EntryOutcome, EntryStatus, Feed, FeedKind
from briefings.schema import UTCDateTime, articles, metadata

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("interval_seconds", sa.Integer),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.Column("next_poll_at", UTCDateTime),
    sa.Column("lease_owner", sa.String(100)),
    sa.Column("lease_until", UTCDateTime),
    sa.Column("last_success_at", UTCDateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", UTCDateTime),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("entries_ingested", sa.Integer, nullable=False, server_default="0"),
    sa.Column("chat_id", sa.BigInteger),
    sa.Index("ix_feeds_url", "url", unique=True),
    sa.Index("ix_feeds_next_poll_at", "next_poll_at"),
)

feed_entries = sa.Table(
    "feed_entries",
    metadata,
    sa.Column(
        "feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("entry_key", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("article_id", sa.String(200)),
    sa.Column("seen_at", UTCDateTime, nullable=False),
    sa.Index("ix_feed_entries_url", "url"),
)


def _feed(row: Any) -> Feed:
    interval = dt.timedelta(seconds=row.interval_seconds) if row.interval_seconds else None
    return Feed(
        id=row.id,
        url=row.url,
        kind=FeedKind(row.kind),
        title=row.title,
        outlet=row.outlet,
        interval=interval,
        etag=row.etag,
        last_modified=row.last_modified,
        added_at=row.added_at,
        next_poll_at=row.next_poll_at,
        last_success_at=row.last_success_at,
        last_error=row.last_error,
        last_error_at=row.last_error_at,
        failures=row.failures,
        disabled=row.disabled,
        entries_ingested=row.entries_ingested,
        chat_id=row.chat_id,
    )


class FeedRegistry:
    """Registered feeds and the entries taken from them; every method is one transaction."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    # --- the list ------------------------------------------------------------------------

    def add(
        self,
        url: str,
        kind: FeedKind,
        now: dt.datetime,
        *,
        title: str | None = None,
        outlet: str | None = None,
        interval: dt.timedelta | None = None,
        chat_id: int | None = None,
    ) -> tuple[Feed, bool]:
        """Register a feed (due at once); an existing one is re-enabled. Returns (feed, new)."""
        values: dict[str, Any] = {
            "kind": kind.value,
            "title": title,
            "next_poll_at": None if kind is FeedKind.CHANNEL else now,
            "failures": 0,
            "disabled": False,
            "chat_id": chat_id,
        }
        if outlet is not None:
            values["outlet"] = outlet
        if interval is not None:
            values["interval_seconds"] = int(interval.total_seconds())
        with self.engine.begin() as connection:
            existing = connection.execute(sa.select(feeds.c.id).where(feeds.c.url == url)).first()
            if existing is None:
                connection.execute(sa.insert(feeds).values(url=url, added_at=now, **values))
            else:
                connection.execute(sa.update(feeds).where(feeds.c.url == url).values(**values))
            row = connection.execute(sa.select(feeds).where(feeds.c.url == url)).one()
        return _feed(row), existing is None

    def get(self, feed_id: int) -> Feed | None:
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(feeds).where(feeds.c.id == feed_id)).first()
        return None if row is None else _feed(row)

    def find(self, key: str) -> Feed | None:
        """A feed by its id (as text) or its URL."""
        with self.engine.connect() as connection:
            query = sa.select(feeds).where(feeds.c.url == key)
            if key.isdigit():
                query = sa.select(feeds).where(sa.or_(feeds.c.id == int(key), feeds.c.url == key))
            row = connection.execute(query).first()
        return None if row is None else _feed(row)

    def by_chat(self, chat_id: int) -> Feed | None:
        """The followed channel with this chat id, if any."""
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(feeds).where(
                    feeds.c.chat_id == chat_id, feeds.c.kind == FeedKind.CHANNEL.value
                )
            ).first()
        return None if row is None else _feed(row)

    def all(self) -> list[Feed]:
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(feeds).order_by(feeds.c.id)).all()
        return [_feed(row) for row in rows]

    def remove(self, feed_id: int) -> Feed | None:
        """Stop following a feed; the articles it brought stay."""
        with self.engine.begin() as connection:
            row = connection.execute(sa.select(feeds).where(feeds.c.id == feed_id)).first()
            if row is None:
                return None
            connection.execute(sa.delete(feed_entries).where(feed_entries.c.feed_id == feed_id))
            connection.execute(sa.delete(feeds).where(feeds.c.id == feed_id))
        return _feed(row)

    # --- polling -------------------------------------------------------------------------

    def due(self, now: dt.datetime) -> list[Feed]:
        """Enabled feeds whose next poll time has come and that nobody holds a lease on."""
        c = feeds.c
        query = (
            sa.select(feeds)
            .where(
                c.disabled.is_(False),
                c.next_poll_at.is_not(None),
                c.next_poll_at <= now,
                sa.or_(c.lease_until.is_(None), c.lease_until < now),
            )
            .order_by(c.next_poll_at, c.id)
        )
        with self.engine.connect() as connection:
            return [_feed(row) for row in connection.execute(query)]

    def claim(
        self, feed_id: int, worker: str, now: dt.datetime, lease: dt.timedelta, *, force: bool
    ) -> bool:
        """Take the poll of a feed; only one process wins. `force` ignores `next_poll_at`."""
        c = feeds.c
        conditions = [
            c.id == feed_id,
            c.disabled.is_(False),
            sa.or_(c.lease_until.is_(None), c.lease_until < now),
        ]
        if not force:
            conditions += [c.next_poll_at.is_not(None), c.next_poll_at <= now]
        with self.engine.begin() as connection:
            result = connection.execute(
                sa.update(feeds)
                .where(*conditions)
                .values(lease_owner=worker, lease_until=now + lease)
            )
        return result.rowcount == 1

    def finish(self, feed_id: int, worker: str, **values: Any) -> bool:
        """End a claimed poll: store its results and drop the lease (if still ours)."""
        with self.engine.begin() as connection:
            result = connection.execute(
                sa.update(feeds)
                .where(feeds.c.id == feed_id, feeds.c.lease_owner == worker)
                .values(lease_owner=None, lease_until=None, **values)
            )
        return result.rowcount == 1

    def release(self, feed_id: int, worker: str) -> None:
        """Hand a claim back unfinished (a clean stop)."""
        self.finish(feed_id, worker)

    # --- entries -------------------------------------------------------------------------

    def seen(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of these entry keys were already taken from this feed."""
        if not keys:
            return set()
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(feed_entries.c.entry_key).where(
                    feed_entries.c.feed_id == feed_id, feed_entries.c.entry_key.in_(list(keys))
                )
            )
            return {row.entry_key for row in rows}

    def known_urls(self, urls: Sequence[str]) -> dict[str, str]:
        """URL -> id of a stored article (or of any feed's entry) already holding it.

        One query per poll, not one per entry: `articles.url` has no index of its own.
        """
        wanted = list(dict.fromkeys(u for u in urls if u))
        found: dict[str, str] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = connection.execute(
                    sa.select(feed_entries.c.url, feed_entries.c.article_id).where(
                        feed_entries.c.url.in_(chunk), feed_entries.c.article_id.is_not(None)
                    )
                )
                found.update({row.url: row.article_id for row in rows})
                rows = connection.execute(
                    sa.select(articles.c.url, articles.c.id).where(articles.c.url.in_(chunk))
                )
                found.update({row.url: row.id for row in rows})
        return found

    def record(self, feed_id: int, outcomes: Iterable[EntryOutcome], now: dt.datetime) -> None:
        """Remember entries as taken, and count the articles they brought."""
        rows = [
            {
                "feed_id": feed_id,
                "entry_key": o.key,
                "url": o.url,
                "status": o.status.value,
                "article_id": o.article_id,
                "seen_at": now,
            }
            for o in outcomes
        ]
        if not rows:
            return
        with self.engine.begin() as connection:
            known = self._seen_in(connection, feed_id, [str(r["entry_key"]) for r in rows])
            fresh = [r for r in rows if r["entry_key"] not in known]
            added = sum(r["status"] in (EntryStatus.ADDED, EntryStatus.UPDATED) for r in fresh)
            if fresh:
                connection.execute(sa.insert(feed_entries), fresh)
            connection.execute(
                sa.update(feeds)
                .where(feeds.c.id == feed_id)
                .values(entries_ingested=feeds.c.entries_ingested + added)
            )

    @staticmethod
    def _seen_in(connection: sa.Connection, feed_id: int, keys: list[str]) -> set[str]:
        rows = connection.execute(
            sa.select(feed_entries.c.entry_key).where(
                feed_entries.c.feed_id == feed_id, feed_entries.c.entry_key.in_(keys)
            )
        )
        return {row.entry_key for row in rows}
