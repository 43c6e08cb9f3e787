"""`briefings-bot db copy --to URL`: move everything from the current database to an empty one
(SQLite → PostgreSQL, typically).

The target is migrated first (both histories), must then hold no rows at all (a copy never
merges), and is filled in one transaction, tables in foreign-key order, through the declared
tables so that every value crosses with its type (SQLite's naive UTC text becomes
`timestamp with time zone`, JSON becomes JSONB). Afterwards each table's row count is compared
and PostgreSQL's id sequences are moved past the copied ids. The process registry is not
copied: it describes running processes, not data.

Exit codes: 0 copied, 2 refused (target not empty, same database), 1 counts differ.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator

import sqlalchemy as sa

from bot.budget import ProcessRow
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore
from bot.tables import Base
from briefings.db import create_engine
from briefings.store import Store
from briefings.store import metadata as core_metadata

logger = logging.getLogger(__name__)

BATCH = 1000
SKIPPED = {ProcessRow.__tablename__}
EXIT_REFUSED = 2
EXIT_MISMATCH = 1


class CopyRefused(Exception):
    """The target cannot take the copy (it holds data, or it is the source)."""


def copied_tables() -> list[sa.Table]:
    """Every table of both histories, parents before children."""
    tables = [*core_metadata.sorted_tables, *Base.metadata.sorted_tables]
    return [t for t in tables if t.name not in SKIPPED]


def migrate(url: str) -> None:
    store = Store(url)
    try:
        store.migrate()
    finally:
        store.close()
    bot_store = SubscriptionStore.from_url(url)
    try:
        bot_store.migrate()
    finally:
        bot_store.engine.dispose()


def counts(engine: sa.Engine, tables: list[sa.Table]) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)
            for t in tables
        }


def _batches(conn: sa.Connection, table: sa.Table) -> Iterator[list[dict[str, object]]]:
    result = conn.execution_options(stream_results=True).execute(sa.select(table))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def _reset_sequences(conn: sa.Connection, tables: list[sa.Table]) -> None:
    """PostgreSQL hands out SERIAL ids from a sequence the copy did not advance."""
    for table in tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and isinstance(column.type, sa.Integer)
            ):
                conn.execute(
                    sa.text(
                        "SELECT setval(pg_get_serial_sequence(:t, :c), "
                        f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, '
                        "false) WHERE pg_get_serial_sequence(:t, :c) IS NOT NULL"
                    ),
                    {"t": table.name, "c": column.name},
                )


def copy_database(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every row; returns rows per table. Raises CopyRefused, changing nothing."""
    if sa.make_url(source_url) == sa.make_url(target_url):
        raise CopyRefused("the target is the current database")
    migrate(source_url)
    migrate(target_url)
    tables = copied_tables()
    source, target = create_engine(source_url), create_engine(target_url)
    try:
        full = {name: n for name, n in counts(target, tables).items() if n}
        if full:
            listed = ", ".join(f"{name} ({n} rows)" for name, n in sorted(full.items()))
            raise CopyRefused(f"the target database is not empty: {listed}")
        with source.connect() as src, target.begin() as dst:
            for table in tables:
                for rows in _batches(src, table):
                    dst.execute(table.insert(), rows)
            if target.dialect.name == "postgresql":
                _reset_sequences(dst, tables)
        before, after = counts(source, tables), counts(target, tables)
    finally:
        source.dispose()
        target.dispose()
    if before != after:
        differ = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
        raise RuntimeError(f"row counts differ after the copy (source, target): {differ}")
    return after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefings-bot db", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    copy = commands.add_parser(
        "copy",
        help="copy articles, subscribers and the delivery log to an empty database",
        description="Copy articles, subscribers and the delivery log from DATABASE_URL (or "
        "the default SQLite file) to an empty database, then compare row counts.",
    )
    copy.add_argument("--to", required=True, metavar="URL", help="e.g. postgresql+psycopg://…")
    args = parser.parse_args(argv)

    settings = BotSettings()
    source = settings.resolved_database_url()
    target = args.to
    shown = sa.make_url(target).render_as_string(hide_password=True)
    try:
        copied = copy_database(source, target)
    except CopyRefused as exc:
        print(f"refused: {exc}; nothing was copied", file=sys.stderr)
        return EXIT_REFUSED
    except RuntimeError as exc:
        print(f"copy failed: {exc}", file=sys.stderr)
        return EXIT_MISMATCH
    for name, n in copied.items():
        print(f"{name:<24} {n:>8} rows")
    print(f"copied to {shown}; row counts verified")
    return 0


__all__ = ["CopyRefused", "copied_tables", "copy_database", "main"]
