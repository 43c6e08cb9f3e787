"""Inline-button payloads are untrusted: a forged one is answered briefly and never acted on."""

from __future__ import annotations

import pytest
from botkit import ADMIN, READER, Running

from bot.callbacks import parse_callback
from bot.subscriptions import SubscriptionStore


async def _press_forged(running: Running, user: int, data: str, message: object) -> str:
    answered, sent, edits = (
        len(running.api.answered_callbacks),
        len(running.api.sent),
        len(running.api.edits),
    )
    running.api.callback(user, data, message)  # type: ignore[arg-type]
    await running.api.wait_for(lambda a: len(a.answered_callbacks) > answered)
    assert len(running.api.sent) == sent and len(running.api.edits) == edits
    return str(running.api.answered_callbacks[-1].get("text", ""))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("set:day:99", id="day-out-of-range"),
        pytest.param("v1:set:day:-1", id="negative-day"),
        pytest.param("set:day:1e3", id="not-an-int"),
        pytest.param("set:colour", id="unknown-setting"),
        pytest.param("v9:set:pause", id="unknown-version"),
        pytest.param("sub:../../etc", id="bad-topic-id"),
        pytest.param("x" * 80, id="too-long"),
    ],
)
async def test_forged_settings_button_is_refused(
    running: Running, store: SubscriptionStore, data: str
) -> None:
    """A forged settings payload gets a short answer, stores nothing, and /mysubs and
    /settings keep working."""
    [menu] = await running.say(READER, "/settings")
    before = store.get(READER)
    note = await _press_forged(running, READER, data, menu)
    assert "out of date" in note
    assert store.get(READER) == before
    [mysubs] = await running.say(READER, "/mysubs")
    assert "something went wrong" not in mysubs.plain
    [settings] = await running.say(READER, "/settings")
    assert "something went wrong" not in settings.plain


@pytest.mark.parametrize(
    "data", [pytest.param("src:-8", id="negative"), pytest.param("src:not-a-number", id="text")]
)
async def test_forged_sources_page_is_refused(running: Running, data: str) -> None:
    """`src:-8` no longer shows "Sources (-7–-5 of 3)": it is answered and ignored."""
    [page] = await running.say(ADMIN, "/sources")
    note = await _press_forged(running, ADMIN, data, page)
    assert "out of date" in note
    assert "Sources (1–" in page.plain  # the page was not replaced


async def test_sources_page_past_the_end_shows_the_last_page(running: Running) -> None:
    """A well-formed offset beyond the sources (an old button after removals) shows the last
    page rather than an empty range."""
    [page] = await running.say(ADMIN, "/sources")
    await running.press(ADMIN, page, "v1:src:800")
    assert "Sources (1–" in page.plain


def test_every_button_we_send_parses() -> None:
    """What `encode` writes, `parse_callback` reads back as the same button."""
    from bot.callbacks import (
        BriefButton,
        Setting,
        SettingButton,
        SourcesButton,
        SubscribeButton,
        encode,
    )

    buttons = [
        BriefButton(topic="peace-talks"),
        SubscribeButton(topic="energy"),
        *(SettingButton(setting=Setting.DAY, day=d) for d in range(7)),
        SettingButton(setting=Setting.PAUSE),
        SettingButton(setting=Setting.NOTE),
        SourcesButton(offset=16),
    ]
    for button in buttons:
        assert parse_callback(encode(button)) == button
    assert parse_callback("brief:energy") == BriefButton(topic="energy")  # pre-v1 buttons
