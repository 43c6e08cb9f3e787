"""The bundled topic set, loaded once per test module (every digest test builds briefs with it)."""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet


@pytest.fixture(scope="module")
def topics() -> TopicSet:
    return TopicSet.load()
