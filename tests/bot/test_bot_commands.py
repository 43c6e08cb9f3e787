"""Every command, driven through the real PTB Application against the fake Bot API."""

from __future__ import annotations

import json
from typing import Any

import pytest
from botkit import ADMIN, READER, Running, make_article_text

from bot.subscriptions import SubscriptionStore


def _button_data(message: Any) -> list[str]:
    return [b["callback_data"] for b in message.buttons]


async def test_start_welcomes_and_registers_menus(running: Running) -> None:
    """/start greets by name; menus: readers' commands for all, admin ones in the admin chat."""
    [reply] = await running.say(READER, "/start", name="Leyla")
    assert "Hello, Leyla" in reply.plain
    assert "/brief energy" in reply.plain
    everyone = {c["command"] for c in running.api.commands["default"]}
    admin = {c["command"] for c in running.api.commands[f"chat:{ADMIN}"]}
    assert {"start", "help", "brief", "subscribe", "settings", "mysubs"} <= everyone
    assert not everyone & {"stats", "sources", "removesource", "preview", "addsource"}
    assert {"stats", "sources", "removesource", "preview", "addsource"} <= admin


async def test_start_deep_link_offers_the_topic(running: Running) -> None:
    """/start energy (a t.me deep link) offers that topic's briefing and subscription."""
    [reply] = await running.say(READER, "/start energy")
    assert "You came here for" in reply.plain
    assert _button_data(reply) == ["v1:brief:energy", "v1:sub:energy"]


@pytest.mark.parametrize(
    ("user", "admin_visible"),
    [pytest.param(READER, False, id="reader"), pytest.param(ADMIN, True, id="admin")],
)
async def test_help_documents_every_command(
    running: Running, user: int, admin_visible: bool
) -> None:
    """/help mentions every reader command, and the admin ones only to admins."""
    from bot.commands import ADMIN_COMMANDS, Command

    [reply] = await running.say(user, "/help")
    for command in Command:
        shown = f"/{command.value}" in reply.plain
        assert shown == (admin_visible or command not in ADMIN_COMMANDS), command


async def test_topics_lists_every_topic(running: Running, service: Any) -> None:
    """/topics names every configured topic, with a button for each."""
    [reply] = await running.say(READER, "/topics")
    for topic in service.topics.topics:
        assert topic.title in reply.plain
        assert f"v1:brief:{topic.id}" in _button_data(reply)


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("energy", id="id"),
        pytest.param("Energy", id="case"),
        pytest.param("gas", id="alias"),
        pytest.param("enrgy", id="typo"),
    ],
)
async def test_brief_answers_from_the_samples(running: Running, query: str) -> None:
    """/brief energy and its aliases/typos give the energy briefing from the sample sources."""
    reply = await running.say(READER, f"/brief {query}")
    text = "\n".join(m.plain for m in reply)
    assert "Energy" in text
    assert "AZERTAC" in text or "Caliber" in text
    assert all(m.parse_mode == "HTML" for m in reply)


async def test_brief_multiword_topic(running: Running, service: Any) -> None:
    """/brief Peace Talks resolves the two-word title."""
    topic = service.topics.resolve("peace talks")
    reply = await running.say(READER, "/brief Peace Talks")
    assert topic.title in reply[0].plain


async def test_brief_unknown_topic_lists_topics(running: Running, service: Any) -> None:
    """An unknown topic gets the list of topics, not an error."""
    [reply] = await running.say(READER, "/brief football")
    assert "I don't know a topic called “football”" in reply.plain
    assert all(t.title in reply.plain for t in service.topics.topics)


async def test_brief_without_topic_offers_keyboard(running: Running) -> None:
    """/brief alone shows topic buttons; pressing one sends that briefing."""
    [menu] = await running.say(READER, "/brief")
    assert "v1:brief:energy" in _button_data(menu)
    before = len(running.api.messages_to(READER))
    await running.press(READER, menu, "v1:brief:energy")
    new = running.api.messages_to(READER)[before:]
    assert new and "Energy" in new[0].plain


async def test_subscribe_with_topics_and_time(running: Running, store: SubscriptionStore) -> None:
    """/subscribe energy peace talks 07:30 stores both topics and the time."""
    [reply] = await running.say(READER, "/subscribe energy peace talks 07:30")
    sub = store.get(READER)
    assert sub is not None
    assert set(sub.topics) == {"energy", "peace-talks"}
    assert sub.digest_time.strftime("%H:%M") == "07:30"
    assert "Subscribed to" in reply.plain and "07:30" in reply.plain


async def test_subscribe_reports_unmatched_words(
    running: Running, store: SubscriptionStore
) -> None:
    """Words that match no topic are named back; the rest still subscribes."""
    [reply] = await running.say(READER, "/subscribe energy quidditch")
    assert "quidditch" in reply.plain
    sub = store.get(READER)
    assert sub is not None and sub.topics == ("energy",)


async def test_subscribe_keyboard_toggles_topics(
    running: Running, store: SubscriptionStore
) -> None:
    """Inline toggles switch a topic on and off and the menu is edited in place."""
    [menu] = await running.say(READER, "/subscribe")
    await running.press(READER, menu, "v1:sub:energy")
    sub = store.get(READER)
    assert sub is not None and sub.topics == ("energy",)
    assert "✅ Energy" in [b["text"] for b in menu.buttons]
    await running.press(READER, menu, "v1:sub:energy")
    sub = store.get(READER)
    assert sub is not None and sub.topics == ()


async def test_unsubscribe_one_and_all(running: Running, store: SubscriptionStore) -> None:
    """/unsubscribe energy drops one topic; /unsubscribe all drops the rest."""
    await running.say(READER, "/subscribe energy partnerships")
    [one] = await running.say(READER, "/unsubscribe energy")
    sub = store.get(READER)
    assert sub is not None and "energy" not in sub.topics and sub.topics
    assert "Unsubscribed from Energy" in one.plain
    [rest] = await running.say(READER, "/unsubscribe all")
    sub = store.get(READER)
    assert sub is not None and sub.topics == ()
    assert "no digests" in rest.plain
    [menu] = await running.say(READER, "/unsubscribe")
    assert "not subscribed" in menu.plain


@pytest.mark.parametrize(
    ("command", "field", "expected"),
    [
        pytest.param("/settings timezone Berlin", "timezone", "Europe/Berlin", id="city"),
        pytest.param("/settings tz new york", "timezone", "America/New_York", id="two-word-city"),
        pytest.param("/settings timezone Asia/Tokyo", "timezone", "Asia/Tokyo", id="iana"),
        pytest.param("/settings timezone berln", "timezone", "Europe/Berlin", id="typo"),
        pytest.param("/settings time 06:45", "digest_time", "06:45", id="time"),
        pytest.param("/settings days mon-fri", "days", frozenset(range(5)), id="days"),
        pytest.param("/settings days mo,tu", "days", frozenset({0, 1}), id="button-labels"),
        pytest.param("/settings days Mo-Fr", "days", frozenset(range(5)), id="label-range"),
        pytest.param("/settings days пн-пт", "days", frozenset(range(5)), id="russian-range"),
        pytest.param("/settings days Sa Su", "days", frozenset({5, 6}), id="label-list"),
        pytest.param("/settings pause", "paused", True, id="pause"),
        pytest.param("/settings note on", "nothing_new_note", True, id="note"),
    ],
)
async def test_settings_change(
    running: Running, store: SubscriptionStore, command: str, field: str, expected: object
) -> None:
    """Each /settings form changes exactly its setting and confirms it."""
    [reply] = await running.say(READER, command)
    sub = store.get(READER)
    assert sub is not None
    value = getattr(sub, field)
    if field == "digest_time":
        value = value.strftime("%H:%M")
    assert value == expected
    assert "✅" in reply.plain


@pytest.mark.parametrize(
    ("command", "phrase"),
    [
        pytest.param("/settings timezone Atlantis", "I don't know the timezone", id="timezone"),
        pytest.param("/settings time 25:99", "is not a time", id="time"),
        pytest.param("/settings days someday", "is not a list of days", id="days"),
        pytest.param("/settings days mo-xx", "is not a list of days", id="half-range"),
        pytest.param("/subscribe energy 25:99", "is not a time", id="subscribe-time"),
        pytest.param("/settings colour blue", "I don't know the setting", id="unknown"),
    ],
)
async def test_settings_errors_explain(
    running: Running, store: SubscriptionStore, command: str, phrase: str
) -> None:
    """Bad settings get a plain explanation and change nothing."""
    await running.say(READER, "/start")
    before = store.get(READER)
    [reply] = await running.say(READER, command)
    assert phrase in reply.plain
    assert store.get(READER) == before


async def test_settings_keyboard(running: Running, store: SubscriptionStore) -> None:
    """Settings buttons pause/resume, toggle the note and the weekdays."""
    [menu] = await running.say(READER, "/settings")
    await running.press(READER, menu, "v1:set:pause")
    await running.press(READER, menu, "v1:set:note")
    await running.press(READER, menu, "v1:set:day:6")
    sub = store.get(READER)
    assert sub is not None
    assert sub.paused and sub.nothing_new_note and 6 not in sub.days
    assert "paused" in menu.plain
    await running.press(READER, menu, "v1:set:pause")
    sub = store.get(READER)
    assert sub is not None and not sub.paused


async def test_every_button_label_can_be_typed(running: Running, store: SubscriptionStore) -> None:
    """Whatever the day buttons show (Mo, Tu, ...) is accepted by /settings days."""
    [menu] = await running.say(READER, "/settings")
    labels = [b["text"].lstrip("✅▫️") for b in menu.buttons if "day" in b["callback_data"]]
    assert len(labels) == 7
    [reply] = await running.say(READER, f"/settings days {','.join(labels[:2])}")
    assert "✅" in reply.plain
    sub = store.get(READER)
    assert sub is not None and sub.days == frozenset({0, 1})


async def test_mysubs_shows_topics_and_next_digest(running: Running) -> None:
    """/mysubs lists topics, time, zone and when the next digest comes."""
    [empty] = await running.say(READER, "/mysubs")
    assert "no subscriptions" in empty.plain
    await running.say(READER, "/subscribe energy 09:15")
    [reply] = await running.say(READER, "/mysubs")
    assert "Energy" in reply.plain and "09:15 (Asia/Baku)" in reply.plain
    assert "Next digest:" in reply.plain and "09:15" in reply.plain.split("Next digest:")[1]


async def test_unknown_command_points_to_help(running: Running) -> None:
    """An unknown command gets a friendly pointer (with a suggestion when close)."""
    [reply] = await running.say(READER, "/breif energy")
    assert "I don't know /breif" in reply.plain and "/brief" in reply.plain


async def test_plain_text_topic_gets_a_briefing(running: Running) -> None:
    """Typing a topic name answers with its briefing; other text gets a hint."""
    reply = await running.say(READER, "energy")
    assert "Energy" in reply[0].plain
    [hint] = await running.say(READER, "hello there")
    assert "/help" in hint.plain


@pytest.mark.parametrize(
    "command", ["/stats", "/sources", "/removesource x", "/preview", "/addsource"]
)
async def test_admin_commands_refused_for_readers(running: Running, command: str) -> None:
    """Readers get a polite refusal for every admin command."""
    [reply] = await running.say(READER, command)
    assert "only the bot's admins" in reply.plain


async def test_admin_upload_good_file(running: Running, service: Any) -> None:
    """An admin's document is downloaded, ingested, and described back."""
    count = service.store.count()
    data = make_article_text("Georgia", 4)
    running.api.document(ADMIN, "stoltenberg_update.txt", data)
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    text = reply.plain
    assert "Added: Caspian gas deal with Georgia signed" in text
    assert "Figures:" in text and "Quotes:" in text and "Topics:" in text
    assert service.store.count() == count + 1


async def test_upload_of_many_records_is_answered_in_several_valid_messages(
    running: Running, service: Any
) -> None:
    """A 60-record JSON upload: the long answer is split under Telegram's limits, none lost."""
    records = [
        {
            "title": f"Gas item {i} <draft> & notes",
            "outlet": "Wire",
            "published": "2025-05-01",
            "text": f"Azerbaijan exported {i + 1} billion cubic meters of gas to Europe, "
            f"the ministry said in its report number {i}.",
        }
        for i in range(60)
    ]
    running.api.document(ADMIN, "batch.json", json.dumps(records).encode())
    await running.api.wait_for(
        lambda a: "Gas item 59" in "".join(m.plain for m in a.messages_to(ADMIN)), within=20
    )
    replies = running.api.messages_to(ADMIN)
    assert len(replies) > 1
    assert all(len(m.plain) <= 4096 for m in replies)
    text = "".join(m.plain for m in replies)
    assert all(f"Gas item {i} <draft> & notes" in text for i in range(60))
    assert not running.api.rejected


async def test_admin_upload_bad_file_says_why(running: Running, service: Any) -> None:
    """A binary file is rejected with the reason and nothing stored changes."""
    count = service.store.count()
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    running.api.document(ADMIN, "picture.txt", png)
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    assert "Rejected picture.txt" in reply.plain
    assert "Nothing stored was changed" in reply.plain
    assert service.store.count() == count


async def test_oversized_upload_is_refused_before_download(
    running: Running, service: Any, settings: Any
) -> None:
    """A document over the size limit is rejected from its announced size, never downloaded."""
    big = b"x" * (settings.max_source_bytes + 1)
    running.api.document(ADMIN, "huge.txt", big)
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    assert "Rejected huge.txt" in reply.plain and "limit" in reply.plain
    assert not any(method == "getFile" for method, _ in running.api.calls)


async def test_reader_upload_is_refused(running: Running, service: Any) -> None:
    """A reader's document is refused and not ingested (not even downloaded)."""
    count = service.store.count()
    running.api.document(READER, "article.txt", b"Energy news. Gas flows rose by 5%.")
    [reply] = await running.api.wait_messages(1, chat_id=READER)
    assert "only the bot's admins can add sources" in reply.plain
    assert service.store.count() == count
    assert not any(method == "getFile" for method, _ in running.api.calls)


async def test_addsource_as_reply_to_a_document(running: Running, service: Any) -> None:
    """/addsource replying to a document ingests that document."""
    data = make_article_text("Serbia", 1)
    running.api.document(ADMIN, "kallas.txt", data, reply_command="/addsource")
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    assert "Added: Caspian gas deal with Serbia signed" in reply.plain
    [hint] = await running.say(ADMIN, "/addsource")
    assert "reply" in hint.plain


async def test_sources_paging_and_remove(running: Running, service: Any) -> None:
    """/sources pages with buttons; /removesource deletes by id and explains unknown ids."""
    from bot.admin_commands import SOURCES_PAGE

    for i in range(SOURCES_PAGE):
        service.ingest_bytes(
            (
                f"Gas exports item {i}\n\nAzerbaijan exported {i + 2} billion cubic meters "
                "of gas to Europe in the period, the ministry said."
            ).encode(),
            f"note{i}.txt",
        )
    [page] = await running.say(ADMIN, "/sources")
    assert "Sources (1–" in page.plain
    assert _button_data(page) == [f"v1:src:{SOURCES_PAGE}"]
    await running.press(ADMIN, page, f"v1:src:{SOURCES_PAGE}")
    assert f"({SOURCES_PAGE + 1}–" in page.plain
    victim = service.recent(limit=1)[0]
    [removed] = await running.say(ADMIN, f"/removesource {victim.id}")
    assert "Removed" in removed.plain
    [missing] = await running.say(ADMIN, f"/removesource {victim.id}")
    assert "There is no source with id" in missing.plain


async def test_preview_and_stats(running: Running, store: SubscriptionStore) -> None:
    """/preview shows a subscriber's next digest without sending it; /stats counts them."""
    await running.say(READER, "/subscribe energy")
    reader_before = len(running.api.messages_to(READER))
    replies = await running.say(ADMIN, f"/preview {READER}", replies=2)
    assert "Preview for" in replies[0].plain and "Nothing was sent to them" in replies[0].plain
    assert "Energy" in replies[1].plain
    assert len(running.api.messages_to(READER)) == reader_before
    [stats] = await running.say(ADMIN, "/stats")
    assert "Subscribers: 1 (active 1, paused 0, blocked 0)" in stats.plain
    assert "last ingest" in stats.plain
    [nobody] = await running.say(ADMIN, "/preview 555")
    assert "No subscriber with user id 555" in nobody.plain


async def test_handler_error_is_logged_and_answered(
    running: Running, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash in a handler is logged with its traceback and the user gets a short apology."""

    def broken(*_args: object) -> list[object]:
        raise RuntimeError("a bug in /stats")

    # A forged button used to be the way to crash a handler; now those are refused.
    monkeypatch.setattr(running.tg.commands, "cmd_stats", broken)
    with caplog.at_level("ERROR"):
        before = len(running.api.messages_to(ADMIN))
        running.api.message(ADMIN, "/stats")
        got = await running.api.wait_messages(before + 1, chat_id=ADMIN)
    assert "something went wrong" in got[-1].plain
    assert "a bug in /stats" not in got[-1].plain
    assert any(r.exc_info for r in caplog.records if "error while handling" in r.getMessage())


async def test_groups_get_answers_to_commands_only(running: Running) -> None:
    """In a group the bot ignores chatter and other bots' commands but answers its own."""
    group = -500
    running.api.message(READER, "hello everyone", chat_id=group)
    running.api.message(READER, "/weather@other_bot", chat_id=group)
    running.api.message(READER, "/brief energy", chat_id=group)
    [reply, *_] = await running.api.wait_messages(1, chat_id=group)
    assert "Energy" in reply.plain
    assert all("/help" not in m.plain for m in running.api.messages_to(group))
