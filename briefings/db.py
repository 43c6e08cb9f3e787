"""Database plumbing shared by the core's tables and the bot's: one engine factory, one UTC
datetime column type and Alembic upgrades serialised by an advisory lock.

Both Alembic histories (the core's `briefings_alembic_version`, the bot's
`bot_alembic_version`) may run against one database, from several processes starting at the
same moment (three bot processes and a CLI ingest behind a deploy script). On PostgreSQL every
upgrade therefore takes one transaction-scoped advisory lock first: the second process waits,
then finds the schema at head and does nothing. SQLite serialises writers by itself.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.pool import StaticPool

#: One key for every history, so the core's and the bot's upgrades never interleave either.
MIGRATION_LOCK_KEY = 0x6272_6566  # "bref"

#: Seconds a SQLite writer waits for another process's write lock before failing.
SQLITE_BUSY_SECONDS = 30


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend.

    PostgreSQL stores `timestamp with time zone`; SQLite has no timezone type, so values are
    stored there as naive UTC and given their timezone back on the way out (comparisons stay
    correct because every stored value is UTC). A naive datetime is refused: its zone would
    be a guess.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class JSONText(str):
    """A value already serialised to JSON text, written to a JSON column as it is.

    The store hands over an article as pydantic's `model_dump_json()`: dumping it to Python
    values and then to text again cost it twice the time (about a quarter of its write).
    """

    __slots__ = ()


def json_dumps(value: Any) -> str:
    """The JSON text of a column value: `JSONText` as it is, anything else as SQLAlchemy and
    psycopg would write it by default (`json.dumps`)."""
    return str(value) if isinstance(value, JSONText) else json.dumps(value)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers work while another process writes; with WAL, synchronous=NORMAL skips
    # the fsync per commit (a killed process still loses nothing committed, only a power cut
    # could). SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked per
    # connection.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_engine(url: str | sa.URL) -> sa.Engine:
    """An engine for `url`: SQLite set up for several processes and cascading deletes, other
    servers with connections checked before use (a restarted PostgreSQL costs one retry, not
    one error per pooled connection)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True, json_serializer=json_dumps)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if in_memory:
        # One shared connection, or every checkout would see a new empty database.
        engine = sa.create_engine(
            parsed,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
            json_serializer=json_dumps,
        )
    else:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS},
            json_serializer=json_dumps,
        )
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def lock_migrations(connection: sa.Connection) -> None:
    """Hold the migration lock until `connection`'s transaction ends (PostgreSQL only)."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
        )


def upgrade(engine: sa.Engine, script_location: Path) -> None:
    """Bring one Alembic history to head in one transaction, under the migration lock."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    with engine.begin() as connection:
        lock_migrations(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def is_postgres(engine: sa.Engine) -> bool:
    return engine.dialect.name == "postgresql"


__all__ = [
    "MIGRATION_LOCK_KEY",
    "JSONText",
    "UTCDateTime",
    "create_engine",
    "is_postgres",
    "json_dumps",
    "lock_migrations",
    "upgrade",
]
