"""Alembic environment for the bot's tables; own version table, so the core's is untouched."""

from __future__ import annotations

from alembic import context

import bot.budget  # noqa: F401 - registers bot_processes in Base.metadata
from bot.tables import Base
from briefings.db import create_engine

VERSION_TABLE = "bot_alembic_version"


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    # Autogenerate must never propose dropping the core's tables that share the database.
    if type_ == "table":
        return name is not None and name.startswith("bot_")
    return True


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _configure_and_run(conn)
    else:
        _configure_and_run(connection)


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        version_table=VERSION_TABLE,
        include_name=_include_name,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
