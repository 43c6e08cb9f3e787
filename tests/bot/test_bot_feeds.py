"""Feeds, forwarded posts and followed channels through the real bot (fake Bot API, fake
clock): an admin follows an outlet with one command and its new articles reach the briefs."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from botkit import ADMIN, READER, TOKEN, Running
from fakebotapi import BOT_ID, FakeBotAPI
from websites import Site, article_html, article_paragraphs, rss_feed

from bot.clock import FakeClock
from bot.config import BotSettings
from bot.feeds import FeedCommand

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = {"id": -1001234, "type": "channel", "title": "Caspian Wire", "username": "caspianwire"}


class ChannelsAPI(FakeBotAPI):
    """The fake Bot API plus channels: getChat, getChatMember, forwards and channel posts."""

    admin_of: set[int]

    def forward(self, user_id: int, text: str, *, post_id: int, date: int) -> None:
        msg = self._base_message(user_id, None, "Admin")
        msg["text"] = text
        msg["forward_origin"] = {
            "type": "channel",
            "chat": CHANNEL,
            "message_id": post_id,
            "date": date,
        }
        self._push({"message": msg})

    def edited(self, user_id: int, text: str) -> None:
        msg = self._base_message(user_id, None, "Admin")
        msg["text"] = text
        msg["edit_date"] = msg["date"]
        self._push({"edited_message": msg})

    def channel_post(self, text: str, *, post_id: int) -> None:
        post = {"message_id": post_id, "date": int(time.time()), "chat": CHANNEL, "text": text}
        self._push({"channel_post": post})

    async def _m_getChat(self, p: dict[str, Any]) -> Any:
        if str(p.get("chat_id")) in ("@caspianwire", str(CHANNEL["id"])):
            return self._ok({**CHANNEL, "accent_color_id": 0, "max_reaction_count": 1})
        return self._error("getChat", 400, "Bad Request: chat not found")

    async def _m_getChatMember(self, p: dict[str, Any]) -> Any:
        user = {"id": BOT_ID, "is_bot": True, "first_name": "Briefings"}
        if int(p["chat_id"]) in getattr(self, "admin_of", set()):
            flags = dict.fromkeys(
                [
                    "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                    "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                    "can_change_info", "can_invite_users", "can_post_stories",
                    "can_edit_stories", "can_delete_stories",
                ],
                False,
            )  # fmt: skip
            return self._ok({"status": "administrator", "user": user, **flags})
        return self._ok({"status": "member", "user": user})


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[FakeBotAPI]:
    server = ChannelsAPI(token=TOKEN, clock=clock)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site().start()
    yield server
    server.stop()


@pytest.fixture
def settings(settings: BotSettings) -> BotSettings:
    return settings.model_copy(
        update={
            "fetch_allow_hosts": frozenset({"127.0.0.1"}),
            "fetch_read_timeout": 0.5,
            "fetch_total_timeout": 3.0,
            "feed_full_content_words": 40,
        }
    )


def _item(site: Site, name: str) -> dict[str, str]:
    title = f"Gas deal with {name} signed"
    return {"title": title, "link": site.add(f"/news/{name}", article_html(title, tag=name))}


async def test_follow_a_feed_and_its_new_articles_reach_the_brief(
    running: Running, site: Site, service: Any, clock: FakeClock
) -> None:
    """/addfeed takes the entries now; a poll after the interval brings new ones, with URLs."""
    first = _item(site, "Romania")
    feed_url = site.add("/rss.xml", rss_feed([first]), content_type="application/rss+xml")
    [reply] = await running.say(ADMIN, f"/addfeed {feed_url}")
    assert "Following Harbour Ledger" in reply.plain and "1 added" in reply.plain

    feeds = running.app.bot_data["feeds"]
    assert await feeds.poll_due() == []  # not due before its interval
    clock.advance(30 * 60)
    second = _item(site, "Moldova")
    site.add("/rss.xml", rss_feed([second, first]), content_type="application/rss+xml")
    [outcome] = await feeds.poll_due()
    assert [e.url for e in outcome.entries] == [second["link"]]

    [listing] = await running.say(ADMIN, "/feeds")
    assert "Articles taken: 2" in listing.plain and feed_url in listing.plain
    [brief] = await running.say(READER, "/brief energy")
    assert f'href="{second["link"]}"' in brief.text


async def test_failing_feed_is_disabled_and_admins_told(
    running: Running, site: Site, clock: FakeClock, settings: BotSettings
) -> None:
    """After FEED_MAX_FAILURES failed polls the feed is disabled and admins get one note."""
    feed_url = site.add("/rss.xml", rss_feed([_item(site, "Serbia")]), content_type="text/xml")
    await running.say(ADMIN, f"/addfeed {feed_url} Danube Daily")
    site.add("/rss.xml", "gone", status=410, content_type="text/plain")
    feeds = running.app.bot_data["feeds"]
    before = len(running.api.messages_to(ADMIN))
    for _ in range(settings.feed_max_failures):
        clock.advance(13 * 3600)
        await feeds.poll_due()
    notes = running.api.messages_to(ADMIN)[before:]
    assert len(notes) == 1
    assert "Danube Daily" in notes[0].plain and "disabled" in notes[0].plain
    assert "410" in notes[0].plain

    [listing] = await running.say(ADMIN, "/feeds")
    assert "disabled" in listing.plain and "410" in listing.plain
    [removed] = await running.say(ADMIN, "/removefeed 1")
    assert "No longer following" in removed.plain


async def test_bad_feed_one_line_and_reader_refused(running: Running, site: Site) -> None:
    """A page that is not a feed gets one plain answer; readers cannot follow feeds."""
    page = site.add("/page.html", article_html("Just an article"))
    [reply] = await running.say(ADMIN, f"/addfeed {page}")
    assert f"Could not follow {page}: not a feed" in reply.plain
    [refused] = await running.say(READER, f"/addfeed {page}")
    assert "admins" in refused.plain
    [empty] = await running.say(ADMIN, "/feeds")
    assert "No feeds followed yet" in empty.plain


async def test_forwarded_post_becomes_a_source(running: Running, service: Any) -> None:
    """A forwarded channel post: outlet is the channel's title, date the post's date."""
    body = "\n\n".join(
        p.replace("<p>", "").replace("</p>", "").replace("&quot;", '"')
        for p in article_paragraphs("Latvia").split("</p>")
        if p
    )
    posted = 1742292000  # 2025-03-18 10:00 UTC
    running.api.forward(ADMIN, "Latvia gas deal signed\n\n" + body, post_id=77, date=posted)
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    assert "Added" in reply.plain and "Caspian Wire" in reply.plain
    stored = next(a for a in service.recent(limit=50) if a.url)
    assert stored.url == "https://t.me/caspianwire/77"
    assert stored.outlet == "Caspian Wire" and str(stored.published) == "2025-03-18"


async def test_forwarded_teaser_fetches_its_link(running: Running, site: Site) -> None:
    """A short forwarded post with a link: the linked page is the source."""
    link = site.add("/news/full", article_html("Full story on the corridor"))
    running.api.forward(ADMIN, f"New corridor story: {link}", post_id=78, date=1742292000)
    [reply] = await running.api.wait_messages(1, chat_id=ADMIN)
    assert link in reply.plain and "Full story on the corridor" in reply.plain
    assert site.hits["/news/full"] == 1


async def test_addchannel_then_channel_posts_are_ingested(running: Running, service: Any) -> None:
    """/addchannel needs the bot to be an admin there; then new posts become sources."""
    [refused] = await running.say(ADMIN, "/addchannel @caspianwire")
    assert "not an administrator" in refused.plain
    running.api.admin_of = {int(CHANNEL["id"])}  # type: ignore[attr-defined]
    [ok] = await running.say(ADMIN, "/addchannel @caspianwire")
    assert "Following the channel Caspian Wire" in ok.plain
    [missing] = await running.say(ADMIN, "/addchannel @nosuchchannel")
    assert "no such channel" in missing.plain

    text = "Georgia gas deal signed\n\n" + (
        "Azerbaijan and Georgia signed a gas supply deal on Tuesday in Baku, the energy ministry "
        "said. Under the agreement SOCAR will deliver 2 billion cubic meters of natural gas a year "
        "through the Southern Gas Corridor pipeline."
    )
    running.api.channel_post(text, post_id=501)
    # The post makes no Bot API call to wait for, and chats may be handled in parallel: ask
    # /feeds until the channel shows the post taken.
    for _attempt in range(200):
        [listing] = await running.say(ADMIN, "/feeds")
        if "Articles taken: 1" in listing.plain:
            break
    assert "Caspian Wire" in listing.plain and "Articles taken: 1" in listing.plain
    stored = next(a for a in service.recent(limit=5) if a.url == "https://t.me/caspianwire/501")
    assert stored.outlet == "Caspian Wire"


async def test_edited_link_is_not_fetched_again(running: Running, site: Site) -> None:
    """Editing a message that held a link does not fetch it (again)."""
    url = site.add("/news/edited", article_html("Edited message link"))
    running.api.edited(ADMIN, f"see {url}")
    # A chat's updates are handled in order. A new link to a slow page follows the edit: had the
    # edit been fetched (a quick page), its reply would be in long before the slow one's.
    slow = site.add("/news/slow", article_html("Slow page after the edit"), delay=0.3)
    running.api.message(ADMIN, slow, name="Admin")
    await running.api.wait_for(lambda api: any(slow in m.plain for m in api.messages_to(ADMIN)))
    assert not any(url in m.plain for m in running.api.messages_to(ADMIN))
    assert site.hits["/news/edited"] == 0


def test_feed_job_is_scheduled_and_commands_documented(
    settings: BotSettings, service: Any, store: Any, clock: FakeClock
) -> None:
    """The feed poll job is registered; every feed command is in the README and admin help."""
    from bot.application import build_application
    from bot.texts import Texts

    app, _tg = build_application(settings, service=service, store=store, clock=clock)
    assert "feeds" in {job.name for job in app.job_queue.jobs()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = Texts().render("help", is_admin=True, console=False)
    for command in FeedCommand:
        assert f"/{command.value}" in readme, command
        assert f"/{command.value} " in help_text, command
