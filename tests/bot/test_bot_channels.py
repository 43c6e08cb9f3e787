"""Channels linked from a private chat: checked with Telegram, delivered at their own time and
language, and stopped like a block when the bot loses the right to post."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from botkit import TOKEN, Running
from fakereaders import ReaderBotAPI
from test_bot_delivery import run_until

from bot.clock import FakeClock
from bot.readers import ReaderStore
from bot.subscriptions import SubscriptionStore

CHANNEL = -1009876
OWNER = 6006
STRANGER = 7007
RU_OWNER = 8008


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[ReaderBotAPI]:
    server = ReaderBotAPI(
        token=TOKEN,
        clock=clock,
        languages={RU_OWNER: "ru"},
        channels={"caspian_digest": (CHANNEL, "Caspian Digest"), "quiet": (-1005555, "Quiet")},
        chat_admins={CHANNEL: {OWNER, RU_OWNER}, -1005555: {OWNER}},
        bot_posts_in={CHANNEL},
    )
    await server.start()
    yield server
    await server.stop()


@pytest.mark.parametrize(
    ("user", "text", "expected"),
    [
        pytest.param(OWNER, "/channel @nowhere energy", "can't find", id="unknown"),
        pytest.param(OWNER, "/channel @quiet energy", "can't post", id="bot-cannot-post"),
        pytest.param(STRANGER, "/channel @caspian_digest energy", "Only an admin", id="not-admin"),
        pytest.param(OWNER, "/channel", "Link a channel", id="usage"),
    ],
)
async def test_channel_link_is_checked(
    running: Running, store: SubscriptionStore, user: int, text: str, expected: str
) -> None:
    """Unknown channels, channels the bot cannot post in and other people's are refused."""
    [reply] = await running.say(user, text)
    assert expected in reply.plain
    assert store.get(CHANNEL) is None


async def test_linked_channel_gets_its_digest_in_its_language_until_removed(
    running: Running, store: SubscriptionStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Russian admin links the channel: it gets a Russian digest at its time, once a day;
    removing the bot from the channel stops it like a block."""
    api: ReaderBotAPI = running.api  # type: ignore[assignment]
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=dt.UTC))
    [reply] = await running.say(RU_OWNER, "/channel @caspian_digest энергетика 09:00")
    assert "Caspian Digest" in reply.plain and "подключён" in reply.plain
    sub = store.get(CHANNEL)
    assert sub is not None and sub.topics == ("energy",) and sub.digest_time == dt.time(9, 0)
    assert ReaderStore(store.engine).language(CHANNEL) is not None
    step = dt.timedelta(minutes=30)
    await run_until(running, clock, dt.datetime(2025, 5, 5, 12, 0, tzinfo=dt.UTC), step)
    posts = api.messages_to(CHANNEL)
    assert posts and posts[0].plain.startswith("Энергетика · ")
    blocked = asyncio.Event()
    loop = asyncio.get_running_loop()
    mark = store.mark_chat_blocked

    def marked(chat_id: int) -> None:  # runs in a worker thread
        mark(chat_id)
        loop.call_soon_threadsafe(blocked.set)

    monkeypatch.setattr(store, "mark_chat_blocked", marked)
    api.my_chat_member(CHANNEL, OWNER, old="administrator", new="left")
    async with asyncio.timeout(10):
        await blocked.wait()
    channel = store.get(CHANNEL)
    assert channel is not None and channel.blocked
    [off] = await running.say(RU_OWNER, "/channel @caspian_digest off")
    assert "больше не получает" in off.plain
