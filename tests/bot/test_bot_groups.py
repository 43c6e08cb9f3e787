"""Groups: the group subscribes (its admins decide, checked with getChatMember and cached),
everyone may ask for briefs, and commands addressed to other bots are left alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from botkit import READER, TOKEN, Running, make_article_text
from fakereaders import ReaderBotAPI
from test_bot_delivery import run_until

from bot.clock import FakeClock
from bot.subscriptions import SubscriptionStore

GROUP = -1001234
ADMIN_OF_GROUP = 4004
MEMBER = 5005


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[ReaderBotAPI]:
    server = ReaderBotAPI(token=TOKEN, clock=clock, chat_admins={GROUP: {ADMIN_OF_GROUP}})
    await server.start()
    yield server
    await server.stop()


async def _say(running: Running, user: int, text: str) -> str:
    before = len(running.api.messages_to(GROUP))
    running.api.message(user, text, chat_id=GROUP, name="Newsroom")
    got = await running.api.wait_messages(before + 1, chat_id=GROUP)
    return "\n".join(m.plain for m in got[before:])


async def test_only_group_admins_subscribe_the_group(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """A member's /subscribe is refused; an admin's subscribes the group itself, not them."""
    api: ReaderBotAPI = running.api  # type: ignore[assignment]
    refused = await _say(running, MEMBER, "/subscribe energy")
    assert "only its administrators" in refused
    assert store.get(GROUP) is None
    done = await _say(running, ADMIN_OF_GROUP, "/subscribe energy 09:00")
    assert "Subscribed to Energy" in done
    group_sub = store.get(GROUP)
    assert group_sub is not None and group_sub.chat_id == GROUP and group_sub.topics == ("energy",)
    assert store.get(ADMIN_OF_GROUP) is None
    checks = api.member_checks()
    await _say(running, ADMIN_OF_GROUP, "/settings")
    assert api.member_checks() == checks  # answered from the cache
    clock.advance(6 * 60)
    await _say(running, ADMIN_OF_GROUP, "/settings")
    assert api.member_checks() == checks + 1  # asked again once the cache expired


async def test_everyone_may_brief_and_other_bots_commands_are_ignored(running: Running) -> None:
    """/brief answers any member; /brief@OtherBot gets nothing from us."""
    running.api.message(MEMBER, "/brief@OtherBot energy", chat_id=GROUP)
    text = await _say(running, MEMBER, "/brief@briefings_test_bot peace talks")
    assert text.startswith("Peace talks · ")
    assert not any(m.plain.startswith("Energy") for m in running.api.messages_to(GROUP))


async def test_members_cannot_press_the_groups_settings_buttons(
    running: Running, store: SubscriptionStore
) -> None:
    """Mute under a brief in a group is an admin's tap; a member gets a short refusal."""
    await _say(running, ADMIN_OF_GROUP, "/subscribe energy peace talks")
    await _say(running, MEMBER, "/brief energy")
    last = running.api.messages_to(GROUP)[-1]
    answered = len(running.api.answered_callbacks)
    running.api.callback(MEMBER, "v1:mute:energy", last)
    await running.api.wait_for(lambda a: len(a.answered_callbacks) > answered)
    assert "administrators" in str(running.api.answered_callbacks[-1].get("text"))
    sub = store.get(GROUP)
    assert sub is not None and "energy" in sub.topics
    await running.press(ADMIN_OF_GROUP, last, "v1:mute:energy")
    sub = store.get(GROUP)
    assert sub is not None and sub.topics == ("peace-talks",)


async def test_the_group_gets_its_digest(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """The group's subscription is delivered to the group chat at its time."""
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=dt.UTC))
    await _say(running, ADMIN_OF_GROUP, "/subscribe energy 08:00")
    before = len(running.api.messages_to(GROUP))
    await run_until(
        running, clock, dt.datetime(2025, 5, 5, 12, 0, tzinfo=dt.UTC), dt.timedelta(minutes=30)
    )
    digest = running.api.messages_to(GROUP)[before:]
    assert digest and digest[0].plain.startswith("Energy · ")
    assert not running.api.messages_to(READER)


async def test_forum_topic_subscription_delivers_into_that_topic(
    running: Running, store: SubscriptionStore, clock: FakeClock, service: Any
) -> None:
    """Subscribed from a forum topic: replies and the digest go to that topic; once the topic
    is deleted the subscription pauses and the group is told in its general topic."""
    api: ReaderBotAPI = running.api  # type: ignore[assignment]
    clock.set(dt.datetime(2025, 5, 5, 0, 0, tzinfo=dt.UTC))
    api.forum_message(ADMIN_OF_GROUP, "/subscribe energy 08:00", chat_id=GROUP, thread_id=77)
    [reply] = await api.wait_messages(1, chat_id=GROUP)
    assert api.thread_of[reply.message_id] == 77
    sub = store.get(GROUP)
    assert sub is not None and sub.thread_id == 77
    step = dt.timedelta(minutes=30)
    await run_until(running, clock, dt.datetime(2025, 5, 5, 12, 0, tzinfo=dt.UTC), step)
    digest = api.messages_to(GROUP)[1:]
    assert digest and all(api.thread_of[m.message_id] == 77 for m in digest)
    api.deleted_threads.add((GROUP, 77))
    service.ingest_bytes(make_article_text("Slovakia"), "slovakia.txt")
    await run_until(running, clock, dt.datetime(2025, 5, 6, 12, 0, tzinfo=dt.UTC), step)
    note = api.messages_to(GROUP)[-1]
    assert "was deleted" in note.plain and api.thread_of[note.message_id] is None
    sub = store.get(GROUP)
    assert sub is not None and sub.paused and sub.thread_id is None
