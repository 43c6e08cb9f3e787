"""Scheduled digests as each reader gets them: their language, their filters, buttons under
the last message that still work after a restart, and items remembered as shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from botkit import READER, TOKEN, Running, start_app, stop_app
from fakereaders import ReaderBotAPI
from sqlalchemy import event as sa_event
from test_bot_delivery import run_until, subscribe
from test_bot_readers import COAL_STORY, LNG_STORY, _items

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.i18n import Lang
from bot.readers import ReaderStore, TopicFilter
from bot.reading import mentions
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus

UTC = dt.UTC
RU_READER = 3003
DAY = dt.datetime(2025, 5, 5, 0, 0, tzinfo=UTC)
STEP = dt.timedelta(minutes=30)


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[ReaderBotAPI]:
    server = ReaderBotAPI(token=TOKEN, clock=clock, languages={RU_READER: "ru"})
    await server.start()
    yield server
    await server.stop()


def _readers(store: SubscriptionStore) -> ReaderStore:
    return ReaderStore(store.engine)


async def test_russian_digest_with_buttons(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """A Russian chat's digest is worded in Russian; the last message carries per-topic
    More, Sources and Mute and a Time button, all within Telegram's limits."""
    clock.set(DAY)
    _readers(store).set_language(RU_READER, Lang.RU, clock.now())
    subscribe(store, clock, RU_READER, topics=("energy", "peace-talks"))
    subscribe(store, clock, READER, topics=("energy",))
    await run_until(running, clock, DAY + dt.timedelta(hours=12), STEP)
    ru = running.api.messages_to(RU_READER)
    en = running.api.messages_to(READER)
    assert ru[0].plain.startswith("Энергетика · ")
    assert any(m.plain.startswith("Мирные переговоры · ") for m in ru)
    assert en[0].plain.startswith("Energy · ")
    data = [b["callback_data"] for b in ru[-1].buttons]
    assert {"v1:more:energy:0", "v1:mute:peace-talks", "v1:time"} <= set(data)
    assert all(len(d.encode()) <= 64 for d in data) and len(data) <= 100
    assert all(not m.buttons for m in ru[:-1])
    assert "Энергетика: ещё ▸" in [b["text"] for b in ru[-1].buttons]


async def test_digest_buttons_answer_after_a_restart(
    running: Running,
    settings: BotSettings,
    service: Any,
    store: SubscriptionStore,
    clock: FakeClock,
) -> None:
    """Buttons of a digest sent before a restart still work in the new process."""
    clock.set(DAY)
    subscribe(store, clock, READER, topics=("energy", "peace-talks"))
    await run_until(running, clock, DAY + dt.timedelta(hours=12), STEP)
    digest_last = running.api.messages_to(READER)[-1]
    api = running.api
    await stop_app(running)
    restarted = await start_app(settings, service, store, clock, api)
    try:
        await restarted.press(READER, digest_last, "v1:mute:energy")
        sub = store.get(READER)
        assert sub is not None and list(sub.topics) == ["peace-talks"]
        await restarted.press(READER, digest_last, "v1:arts:peace-talks:0")
        assert api.messages_to(READER)[-1].plain.startswith("Sources · Peace talks")
    finally:
        await stop_app(restarted)


async def test_filters_apply_to_the_digest_and_say_when_nothing_matched(
    running: Running, store: SubscriptionStore, clock: FakeClock, service: Any
) -> None:
    """A reader's filter shapes their digest only; a filter that removes everything is named
    in a 'nothing matched' note instead of silence."""
    clock.set(DAY)
    service.ingest_bytes(LNG_STORY, "lng.txt")
    service.ingest_bytes(COAL_STORY, "coal.txt")
    readers = _readers(store)
    subscribe(store, clock, READER, topics=("energy", "peace-talks"))
    subscribe(store, clock, RU_READER, topics=("energy",))
    readers.set_filter(READER, TopicFilter(topic_id="energy", include=("lng",)))
    readers.set_filter(READER, TopicFilter(topic_id="peace-talks", include=("zzzunmatched",)))
    await run_until(running, clock, DAY + dt.timedelta(hours=12), STEP)
    mine = running.api.messages_to(READER)
    other = _items(running.api.messages_to(RU_READER))
    energy = _items([m for m in mine if m.plain.startswith("Energy")])
    assert energy and all(mentions(i, "LNG") for i in energy)
    assert any(not mentions(i, "LNG") for i in other)
    text = "\n".join(m.plain for m in mine)
    assert "Your filter: +lng" in text
    assert "matched your filter +zzzunmatched" in text
    statuses = {d.status for d in store.all_deliveries()}
    assert statuses == {DeliveryStatus.SENT}


async def test_items_of_a_digest_are_not_new_in_a_later_brief(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """What a digest showed is not marked new in the reader's next /brief."""
    clock.set(DAY)
    subscribe(store, clock, READER, topics=("energy",))
    await run_until(running, clock, DAY + dt.timedelta(hours=12), STEP)
    brief = "\n".join(m.plain for m in await running.say(READER, "/brief energy"))
    assert "Energy · " in brief and "🆕" not in brief


async def test_preview_shows_the_readers_digest_without_marking_it_seen(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """An admin's /preview is the subscriber's digest, and does not count as shown to them."""
    from botkit import ADMIN

    clock.set(DAY)
    subscribe(store, clock, READER, topics=("energy",))
    shown = await running.say(ADMIN, f"/preview {READER}", replies=2)
    assert "Energy · " in shown[1].plain
    brief = "\n".join(m.plain for m in await running.say(READER, "/brief energy"))
    assert "🆕" in brief


READER_TABLES = ("bot_readers", "bot_filters", "bot_seen_items")


async def test_a_push_reads_and_marks_readers_per_batch_not_per_digest(
    running: Running, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Twelve digests of one claim batch cost a handful of statements on the readers' tables
    (preferences read once, shown items written once), not several per digest; languages,
    filters and seen marks still hold for each chat."""
    clock.set(DAY)
    readers = _readers(store)
    chats = [7000 + n for n in range(12)]
    for chat in chats:
        subscribe(store, clock, chat, topics=("energy", "peace-talks"))
    readers.set_language(chats[0], Lang.RU, clock.now())
    readers.set_filter(chats[1], TopicFilter(topic_id="peace-talks", include=("zzzunmatched",)))
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, sql: str, *_rest: Any) -> None:
        if any(table in sql for table in READER_TABLES):
            statements.append(sql)

    sa_event.listen(store.engine, "before_cursor_execute", count)
    try:
        await run_until(running, clock, DAY + dt.timedelta(hours=12), STEP)
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", count)
    assert {d.status for d in store.all_deliveries()} == {DeliveryStatus.SENT}
    assert len(statements) <= 4, statements
    assert running.api.messages_to(chats[0])[0].plain.startswith("Энергетика · ")
    assert "matched your filter +zzzunmatched" in "\n".join(
        m.plain for m in running.api.messages_to(chats[1])
    )
    for chat in chats:
        brief = "\n".join(m.plain for m in await running.say(chat, "/brief energy"))
        assert "🆕" not in brief


def test_seen_marks_of_many_chats_keep_old_marks_and_the_limit(
    store: SubscriptionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marking a batch keeps each key once with its first time, and trims only a chat that
    went past the limit, dropping its oldest keys."""
    monkeypatch.setattr("bot.readers.SEEN_LIMIT", 3)
    readers = _readers(store)
    first = DAY
    later = DAY + dt.timedelta(hours=1)
    readers.mark_seen(1, ["a"], first)
    readers.mark_seen(1, ["b"], first + dt.timedelta(minutes=1))
    readers.mark_seen_many({1: ["b", "c", "d"], 2: ["x", "x", "y"]}, later)
    assert readers.unseen(1, ["a", "b", "c", "d"]) == {"a"}
    assert readers.unseen(2, ["x", "y"]) == set()
    readers.mark_seen_many({1: ["e"]}, later + dt.timedelta(hours=1))
    assert readers.unseen(1, ["b", "c", "d", "e"]) == {"b"}
