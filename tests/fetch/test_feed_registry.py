"""The feed registry's schema and claims: migration up and down, and one winner per claim."""

from __future__ import annotations

import datetime as dt
import threading

import sqlalchemy as sa

from briefings.feeds import FeedKind, FeedRegistry
from briefings.store import MIGRATIONS_DIR, VERSION_TABLE, Store

NOW = dt.datetime(2025, 3, 24, 6, 0, tzinfo=dt.UTC)


def test_migration_creates_and_drops_feed_tables(database_url: str) -> None:
    """0003_feeds adds the feed tables on upgrade and removes them on downgrade."""
    from alembic import command
    from alembic.config import Config

    store = Store(database_url)
    store.migrate()
    assert {"feeds", "feed_entries"} <= set(sa.inspect(store.engine).get_table_names())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_articles")
    tables = set(sa.inspect(store.engine).get_table_names())
    assert "feeds" not in tables and "articles" in tables and VERSION_TABLE in tables
    store.close()


def test_racing_claims_have_one_winner(database_url: str) -> None:
    """Eight workers claiming the same due feed at once: exactly one gets it."""
    store = Store(database_url)
    store.migrate()
    registry = FeedRegistry(store.engine)
    feed, new = registry.add("http://example.org/rss.xml", FeedKind.RSS, NOW)
    assert new
    wins: list[str] = []
    barrier = threading.Barrier(8)

    def claim(worker: str) -> None:
        barrier.wait()
        if registry.claim(feed.id, worker, NOW, dt.timedelta(minutes=5), force=False):
            wins.append(worker)

    threads = [threading.Thread(target=claim, args=(f"w{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(wins) == 1
    assert registry.due(NOW) == []  # leased
    assert [f.id for f in registry.due(NOW + dt.timedelta(minutes=6))] == [feed.id]
    store.close()
