"""Fixtures for fetching and feed tests: a local web site and settings pointing at it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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
