"""Stores for the store tests: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set.

Start a throwaway PostgreSQL with `tests/store/pg_test_server.sh` (prints the URL).
Each PostgreSQL test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefings.store import Store

from .factories import FakeClock


def _postgres_url() -> str | None:
    return os.environ.get("TEST_POSTGRES_URL") or None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    base = _postgres_url()
    if base is None:
        pytest.skip("TEST_POSTGRES_URL not set (start a server with tests/store/pg_test_server.sh)")
    name = f"briefings_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty database on each backend."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(database_url: str, clock: FakeClock) -> Iterator[Store]:
    """A migrated, empty store on each backend, with a fake clock."""
    store = Store(database_url, clock=clock)
    store.migrate()
    yield store
    store.close()
