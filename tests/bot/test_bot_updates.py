"""How updates are run: one reader's burst does not hold up another, a chat's updates keep
their order, identical pending commands are answered once, edits are not re-run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from botkit import READER, Running, start_app, stop_app
from fakebotapi import FakeBotAPI

from bot.clock import FakeClock
from bot.commands import Caller
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore

OTHER = 3003


@pytest.fixture
async def uncoalesced(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock, api: FakeBotAPI
) -> AsyncIterator[Running]:
    """The application with coalescing off, so every command of a burst is really run."""
    r = await start_app(
        settings.model_copy(update={"coalesce_seconds": 0.0}), service, store, clock, api
    )
    yield r
    await stop_app(r)


def _brief_size(running: Running) -> int:
    caller = Caller(user_id=READER, chat_id=READER)
    return len(running.tg.commands.handle("brief", ["energy"], caller))


async def test_burst_from_one_reader_does_not_delay_another(uncoalesced: Running) -> None:
    """20 /brief from reader A, then /help from reader B (one batch of updates): B's answer
    goes out before A's twenty are done, and A's answers keep A's order."""
    api = uncoalesced.api
    per_brief = _brief_size(uncoalesced)
    for _ in range(20):
        api.message(READER, "/brief energy")
    api.message(OTHER, "/help")
    await api.wait_messages(20 * per_brief, chat_id=READER, within=60)
    await api.wait_messages(1, chat_id=OTHER)
    order = [m.chat_id for m in api.sent if m.chat_id in (READER, OTHER)]
    last_a = len(order) - 1 - order[::-1].index(READER)
    assert order.index(OTHER) < last_a
    assert order.count(READER) == 20 * per_brief


async def test_chat_order_is_kept(uncoalesced: Running, store: SubscriptionStore) -> None:
    """A chat's updates run one after another in the order sent, even with other chats busy."""
    api = uncoalesced.api
    api.message(READER, "/subscribe energy")
    api.message(OTHER, "/help")
    api.message(READER, "/settings time 07:30")
    api.message(READER, "/unsubscribe energy")
    api.message(READER, "/mysubs")
    replies = await api.wait_messages(4, chat_id=READER)
    assert "Energy" in replies[0].plain and "07:30" in replies[1].plain
    sub = store.get(READER)
    assert sub is not None and sub.topics == () and sub.digest_time.strftime("%H:%M") == "07:30"


async def test_identical_burst_is_answered_once(running: Running) -> None:
    """Twenty identical /brief sent while the first is pending are answered once; another
    reader is answered meanwhile and the chat's next different command still runs."""
    api = running.api
    per_brief = _brief_size(running)
    for _ in range(20):
        api.message(READER, "/brief energy")
    api.message(OTHER, "/help")
    api.message(READER, "/mysubs")
    await api.wait_messages(1, chat_id=OTHER)
    got = await api.wait_messages(per_brief + 1, chat_id=READER)
    assert len(got) == per_brief + 1
    assert running.app.update_processor.coalesced == 19


async def test_edited_command_is_not_run_again(running: Running, store: SubscriptionStore) -> None:
    """Editing a message into `/subscribe climate` does not subscribe; the reader is told
    that edits are not re-run."""
    await running.say(READER, "/start")
    before = store.get(READER)
    running.api.edit(READER, "/subscribe climate")
    got = await running.api.wait_messages(2, chat_id=READER)
    [note] = got[1:]
    assert "edited" in note.plain.lower()
    assert store.get(READER) == before
