"""Ingest in a child process (production's INGEST_WORKER=process)."""

from __future__ import annotations

from typing import Any

import pytest
from botkit import make_article_text

from bot.config import BotSettings
from bot.worker import ProcessIngester
from briefings.errors import SourceRejected


def test_child_process_ingests_into_the_same_store(settings: BotSettings, service: Any) -> None:
    """What the child stores, the bot's own service reads; a refusal comes back as
    SourceRejected with its reason, as it would in-process."""
    ingester = ProcessIngester(settings)
    try:
        [result] = ingester.ingest_bytes(make_article_text("Moldova", 3), "moldova.txt")
        with pytest.raises(SourceRejected) as refused:
            ingester.ingest_bytes(b"", "empty.txt")
    finally:
        ingester.close()
    assert result.article.source_name == "moldova.txt"
    assert any(a.id == result.article.id for a in service.recent(limit=50))
    assert refused.value.source == "empty.txt" and refused.value.reason
