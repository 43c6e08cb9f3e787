"""Alembic environment of the briefing core, run programmatically by `Store.migrate()`.

The core's migrations keep their own version table, so the bot (or anyone) can run a
separate Alembic history against the same database without the two colliding.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

# The feed tables live with the feed registry; importing it puts them into `metadata`, so the
# migrations' target is the whole schema whatever the caller imported (an autogenerate run
# would otherwise propose dropping them).
import briefings.feeds.registry  # noqa: F401
from briefings.db import create_engine
from briefings.store import VERSION_TABLE, metadata


def _configure_and_run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        # SQLite cannot ALTER most things; batch mode rebuilds tables when a later
        # migration needs it.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url or pass a connection in config.attributes")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            _configure_and_run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
