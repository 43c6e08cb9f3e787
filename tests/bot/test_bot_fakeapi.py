"""The fake Bot API rejects what Telegram rejects (so the other tests mean something)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from botkit import TOKEN
from fakebotapi import FakeBotAPI, Limits, check_telegram_html
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter

from bot.clock import FakeClock


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    b = Bot(TOKEN, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot")
    await b.initialize()
    yield b
    await b.shutdown()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param(
            "<script>x</script>", 'Unsupported start tag "script" at byte offset 0', id="tag"
        ),
        pytest.param(
            "<b>bold", 'Can\'t find end tag corresponding to start tag "b"', id="unclosed"
        ),
        pytest.param("a < b", "Unexpected end of name token at byte offset 2", id="bare-lt"),
        pytest.param("<b>x</i></b>", "Unmatched end tag", id="mismatch"),
    ],
)
async def test_bad_html_is_refused(bot: Bot, text: str, error: str) -> None:
    """HTML Telegram cannot parse gets its 400 "can't parse entities"."""
    with pytest.raises(BadRequest, match="parse entities") as info:
        await bot.send_message(1, text, parse_mode=ParseMode.HTML)
    assert error.lower() in info.value.message.lower()


async def test_good_html_and_length(bot: Bot, api: FakeBotAPI) -> None:
    """Escaped text passes; 4096 visible characters pass, 4097 do not."""
    await bot.send_message(1, "<b>A &lt; B &amp; C</b>", parse_mode=ParseMode.HTML)
    assert api.sent[-1].plain == "A < B & C"
    await bot.send_message(1, "&amp;" * 4096, parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(1, "x" * 4097)


async def test_blocked_and_migrated(bot: Bot, api: FakeBotAPI) -> None:
    """Blocked chats get 403; migrated groups get the new id."""
    api.blocked.add(5)
    api.migrated[-7] = -1007
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(5, "hi")
    with pytest.raises(ChatMigrated) as info:
        await bot.send_message(-7, "hi")
    assert info.value.new_chat_id == -1007


async def test_rate_limits_enforced_on_its_clock(
    bot: Bot, api: FakeBotAPI, clock: FakeClock
) -> None:
    """With limits on: a 2nd message within 1 s to one chat, or a 31st in 1 s, is a 429."""
    api.limits = Limits()
    await bot.send_message(1, "a")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "b")
    clock.advance(1.0)
    await bot.send_message(1, "b")
    for chat in range(100, 129):
        await bot.send_message(chat, "x")
    with pytest.raises(RetryAfter):
        await bot.send_message(999, "x")
    assert api.too_many == 2


def test_html_checker_returns_visible_text() -> None:
    """The checker strips tags and decodes entities as Telegram shows them."""
    assert check_telegram_html('<a href="https://x.az">X</a> &quot;q&quot; &#8212;') == 'X "q" —'
