"""Fixtures for fetching and feed tests: a local web site and settings pointing at it."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from websites import Site

from briefings.config import CoreSettings


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site().start()
    yield server
    server.stop()


@pytest.fixture
def core_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Environment as an operator would set it: the test server's literal address is allowed,
    any other private address (e.g. `localhost`) is refused; timeouts and caps are small."""
    monkeypatch.chdir(tmp_path)
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "FETCH_ALLOW_PRIVATE": "false",
        "FETCH_ALLOW_HOSTS": "127.0.0.1",
        "FETCH_READ_TIMEOUT": "0.5",
        "FETCH_TOTAL_TIMEOUT": "3",
        "MAX_SOURCE_BYTES": "300000",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return tmp_path


@pytest.fixture
def core_settings(core_env: Path) -> CoreSettings:
    return CoreSettings()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend (PostgreSQL only when TEST_POSTGRES_URL is set)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'feeds.db'}"
        return
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL not set (start a server with tests/store/pg_test_server.sh)")
    name = f"feeds_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()
