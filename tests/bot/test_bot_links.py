"""Links sent to the real bot (fake Bot API): an admin's link becomes a source with its URL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from botkit import ADMIN, READER, Running
from websites import Site, article_html

from bot.config import BotSettings


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site().start()
    yield server
    server.stop()


@pytest.fixture
def settings(settings: BotSettings) -> BotSettings:
    """The bot's test settings, allowed to reach the local site by its literal address only."""
    return settings.model_copy(
        update={
            "fetch_allow_hosts": frozenset({"127.0.0.1"}),
            "fetch_read_timeout": 0.5,
            "fetch_total_timeout": 3.0,
        }
    )


async def test_admin_message_with_links_adds_each_page(
    running: Running, site: Site, service: Any
) -> None:
    """Every link in an admin's message is fetched; each gets its own reply naming the URL."""
    good = site.add("/news/deal", article_html("Caspian gas deal with Romania signed"))
    missing = site.url("/gone")
    replies = await running.say(ADMIN, f"Two for today: {good}, and {missing}.", replies=2)
    assert "Added" in replies[0].plain and good in replies[0].plain
    assert "Caspian gas deal with Romania signed" in replies[0].plain
    assert f"Could not add {missing}: the server answered 404" in replies[1].plain
    assert [a.url for a in service.recent(limit=50) if a.url] == [good]


async def test_addsource_url_and_private_redirect(
    running: Running, site: Site, service: Any
) -> None:
    """`/addsource URL` fetches; a redirect to a private address is refused, nothing stored."""
    before = service.store.count()
    site.redirect("/jump", site.url("/news/x", host="localhost"))
    site.add("/news/x", article_html("Never fetched through localhost"))
    [reply] = await running.say(ADMIN, f"/addsource {site.url('/jump')}")
    assert "refused: localhost resolves to a loopback address" in reply.plain
    assert service.store.count() == before
    assert site.hits["/news/x"] == 0

    url = site.add("/news/y", article_html("Ministers meet on the corridor"))
    [reply] = await running.say(ADMIN, f"/addsource {url}")
    assert "Added" in reply.plain and url in reply.plain
    assert service.store.count() == before + 1


async def test_readers_links_are_not_fetched(running: Running, site: Site, service: Any) -> None:
    """A reader's link is not fetched, and `/addsource URL` from a reader is refused."""
    url = site.add("/news/z", article_html("Readers cannot add this"))
    await running.say(READER, f"look {url}")
    [reply] = await running.say(READER, f"/addsource {url}")
    assert "admin" in reply.plain.lower()
    assert site.hits["/news/z"] == 0


async def test_a_slow_link_does_not_hold_up_other_users(running: Running, site: Site) -> None:
    """While an admin's link is being fetched, a reader's command is answered."""
    url = site.add("/news/slow", article_html("Slow but fine"), delay=0.4)
    running.api.message(ADMIN, url, name="Admin")
    running.api.message(READER, "/topics")
    await running.api.wait_messages(1, chat_id=ADMIN)
    order = [m.chat_id for m in running.api.sent if m.chat_id in (ADMIN, READER)]
    assert order[:2] == [READER, ADMIN]
