"""Shared database plumbing: one UTC type for both histories, failure kinds as an enum column,
migrations serialised by an advisory lock on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from bot.subscriptions import SubscriptionStore
from bot.tables import MIGRATIONS_DIR, DeliveryStatus, FailureKind
from briefings.db import MIGRATION_LOCK_KEY, create_engine
from briefings.store import Store

PG = os.environ.get("BOT_TEST_POSTGRES_URL")
NOW = dt.datetime(2025, 5, 5, 4, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=5)


def _upgrade_to(engine: sa.Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def test_legacy_failure_prefixes_become_kinds(db_url: str) -> None:
    """Rows written with the old "transient: " / "permanent: " prefixes (and "blocked") get
    their kind in the enum column and keep only the message; a converted transient failure is
    claimed again, a permanent one is not."""
    engine = create_engine(db_url)
    _upgrade_to(engine, "bot_0001")
    naive = NOW.replace(tzinfo=None)
    with engine.begin() as conn:
        for n in (1, 2, 3):
            conn.execute(
                sa.text(
                    "INSERT INTO bot_subscribers (id, user_id, chat_id, name, timezone, "
                    "digest_time, days, paused, blocked, nothing_new_note, schedule_from, "
                    "created_at) VALUES (:n, :n, :n, 'r', 'UTC', '08:00', '0123456', false, "
                    "false, false, :t, :t)"
                ),
                {"n": n, "t": naive},
            )
        # Typed as revision bot_0001 declared them (naive DateTime), so each backend stores
        # them as that revision did.
        deliveries = sa.table(
            "bot_deliveries",
            *(sa.column(c) for c in ("subscriber_id", "local_date", "status", "claimed_by")),
            sa.column("claimed_at", sa.DateTime()),
            *(sa.column(c) for c in ("messages_sent", "attempts", "failures", "error")),
        )
        legacy = ((1, "transient: timed out"), (2, "permanent: chat not found"), (3, "blocked"))
        conn.execute(
            deliveries.insert(),
            [
                {
                    "subscriber_id": n,
                    "local_date": NOW.date(),
                    "status": "failed",
                    "claimed_by": "old",
                    "claimed_at": naive,
                    "messages_sent": 0,
                    "attempts": 1,
                    "failures": 1,
                    "error": error,
                }
                for n, error in legacy
            ],
        )
    store = SubscriptionStore(engine)
    store.migrate()
    rows = {d.subscriber_id: d for d in store.all_deliveries()}
    assert (rows[1].failure_kind, rows[1].error) == (FailureKind.TRANSIENT, "timed out")
    assert (rows[2].failure_kind, rows[2].error) == (FailureKind.PERMANENT, "chat not found")
    assert rows[3].failure_kind is FailureKind.BLOCKED
    assert rows[1].claimed_at == NOW  # a naive UTC value is the same instant afterwards
    assert store.claim(1, NOW.date(), worker="w", now=NOW, lease=LEASE, max_attempts=3)
    assert store.claim(2, NOW.date(), worker="w", now=NOW, lease=LEASE, max_attempts=3) is None
    engine.dispose()


def test_failure_kind_column_refuses_unknown_kinds(store: SubscriptionStore) -> None:
    """The kind is an enum column: a value outside FailureKind is refused by the database."""
    sub = store.ensure(1, 1, name="r", timezone="UTC", digest_time=dt.time(8), now=NOW)
    store.set_topics(sub.id, ["energy"], NOW)
    claim = store.claim(sub.id, NOW.date(), worker="w", now=NOW, lease=LEASE, max_attempts=3)
    assert claim is not None
    store.finish(claim.id, "w", DeliveryStatus.FAILED, NOW, "gone", FailureKind.PERMANENT)
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE bot_deliveries SET failure_kind = 'sometimes' WHERE id = :i"),
            {"i": claim.id},
        )
    [row] = store.all_deliveries()
    assert row.failure_kind is FailureKind.PERMANENT


@pytest.mark.skipif(not PG, reason="BOT_TEST_POSTGRES_URL not set")
def test_both_histories_store_the_same_timestamp_type(db_url: str, tmp_path: Path) -> None:
    """On PostgreSQL the core's and the bot's datetime columns are all timestamptz."""
    store = Store(db_url)
    store.migrate()
    bot = SubscriptionStore.from_url(db_url)
    bot.migrate()
    with bot.engine.connect() as conn:
        types = dict(
            conn.execute(
                sa.text(
                    "SELECT table_name || '.' || column_name, data_type "
                    "FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND data_type LIKE 'timestamp%'"
                )
            ).all()
        )
    assert "articles.ingested_at" in types and "bot_deliveries.claimed_at" in types
    assert set(types.values()) == {"timestamp with time zone"}
    store.close()
    bot.engine.dispose()


@pytest.mark.skipif(not PG, reason="BOT_TEST_POSTGRES_URL not set")
def test_migrations_wait_for_the_advisory_lock(db_url: str) -> None:
    """While another session holds the migration lock, an upgrade waits; it runs after."""
    holder = create_engine(db_url)
    done = threading.Event()
    failed: list[BaseException] = []

    def migrate() -> None:
        other = SubscriptionStore.from_url(db_url)
        try:
            other.migrate()
        except BaseException as exc:  # pragma: no cover - reported below
            failed.append(exc)
        finally:
            other.engine.dispose()
        done.set()

    with holder.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        worker = threading.Thread(target=migrate)
        worker.start()
        time.sleep(1.0)
        assert not done.is_set()
        conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
        conn.commit()
    worker.join(30)
    assert done.is_set() and not failed
    with holder.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM bot_alembic_version")).scalar()
    assert version == "0003_prod"
    holder.dispose()
