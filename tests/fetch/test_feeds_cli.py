"""`briefings feeds ...` against a real local site: RSS, Atom, JSON Feed, conditional GET,
duplicates across feeds, and one plain line for every feed that cannot be followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from websites import Site, article_html, article_paragraphs, atom_feed, json_feed, rss_feed

from briefings.cli import main
from briefings.config import CoreSettings
from briefings.store import Store


@pytest.fixture
def feed_env(core_env: Path, monkeypatch: pytest.MonkeyPatch) -> CoreSettings:
    monkeypatch.setenv("FEED_FULL_CONTENT_WORDS", "40")
    return CoreSettings()


def _urls(settings: CoreSettings) -> list[str]:
    store = Store(settings.resolved_database_url())
    store.migrate()
    try:
        return sorted(a.url or "" for a in store.list_recent(limit=500))
    finally:
        store.close()


def _pages(site: Site, names: list[str]) -> list[dict[str, str]]:
    items = []
    for name in names:
        link = site.add(f"/news/{name}", article_html(f"{name.title()} agreement signed", tag=name))
        items.append({"title": f"{name.title()} agreement signed", "link": link})
    return items


def test_add_rss_fetches_teasers_and_uses_full_content(
    site: Site, feed_env: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """Teaser entries are fetched; an entry with the whole article is used without a fetch."""
    items = _pages(site, ["romania", "bulgaria"])
    full_link = site.url("/news/never-fetched")
    items.append(
        {
            "title": "Hungary agreement signed",
            "link": full_link,
            "content": article_paragraphs("Hungary"),
        }
    )
    feed = site.add("/rss.xml", rss_feed(items), content_type="application/rss+xml", etag='"v1"')
    assert main(["feeds", "add", feed]) == 0
    out = capsys.readouterr().out
    assert "3 new entries, 3 added" in out
    assert site.hits["/news/romania"] == 1 and site.hits["/news/bulgaria"] == 1
    assert site.hits["/news/never-fetched"] == 0
    assert _urls(feed_env) == sorted(i["link"] for i in items)

    # Polling again sends the validator; the 304 changes nothing.
    assert main(["feeds", "poll", "--all"]) == 0
    assert "not modified" in capsys.readouterr().out
    assert site.requests[-1].headers.get("If-None-Match") == '"v1"'
    assert len(_urls(feed_env)) == 3

    assert main(["feeds", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Harbour Ledger" in listing and "entries ingested 3" in listing


def test_duplicates_across_feeds_collapse_by_url(
    site: Site, feed_env: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """An Atom feed repeating an RSS feed's link is not fetched or stored again."""
    items = _pages(site, ["georgia", "serbia"])
    rss = site.add("/rss.xml", rss_feed(items), content_type="application/rss+xml")
    assert main(["feeds", "add", rss]) == 0
    more = _pages(site, ["albania"])
    atom = site.add("/atom.xml", atom_feed([items[0], *more]), content_type="application/atom+xml")
    assert main(["feeds", "add", atom]) == 0
    out = capsys.readouterr().out
    assert f"duplicate  {items[0]['link']}" in out
    assert site.hits["/news/georgia"] == 1
    assert _urls(feed_env) == sorted(i["link"] for i in [*items, *more])


def test_json_feed_and_discovery_from_a_page(
    site: Site, feed_env: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON Feed is followed; a home page announcing its feed leads to that feed."""
    items = _pages(site, ["moldova"])
    feed = site.add("/feed.json", json_feed(items), content_type="application/feed+json")
    home = site.add(
        "/",
        '<html><head><link rel="alternate" type="application/feed+json" href="/feed.json">'
        "</head><body><p>Welcome.</p></body></html>",
    )
    assert main(["feeds", "add", home]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["feeds", "list"]) == 0
    assert feed in capsys.readouterr().out


def _bad_feeds(site: Site) -> dict[str, tuple[str, str]]:
    site.add("/page.html", article_html("Just a page"))
    site.add("/broken.xml", "<rss version='2.0'><channel><item><title>cut", content_type="text/xml")
    site.add("/error.xml", "oops", status=500, content_type="text/plain")
    site.add("/slow.xml", rss_feed([]), content_type="text/xml", delay=2.0)
    site.add("/huge.xml", content_type="application/rss+xml", endless=True)
    site.add(
        "/bad.json",
        '{"version": "https://jsonfeed.org/version/1.1", "items": 3}',
        content_type="application/feed+json",
    )
    return {
        "not a feed": (site.url("/page.html"), "not a feed"),
        "malformed xml": (site.url("/broken.xml"), "malformed feed"),
        "404": (site.url("/none.xml"), "404"),
        "500": (site.url("/error.xml"), "500"),
        "slow": (site.url("/slow.xml"), "timed out"),
        "oversized": (site.url("/huge.xml"), "over the limit"),
        "bad json feed": (site.url("/bad.json"), "malformed feed"),
        "private": (site.url("/page.html", host="localhost"), "refused"),
    }


@pytest.mark.parametrize(
    "case",
    ["not a feed", "malformed xml", "404", "500", "slow", "oversized", "bad json feed", "private"],
)
def test_bad_feed_gets_one_line_and_changes_nothing(
    case: str, site: Site, feed_env: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """Following a bad feed: exit 1, one line naming the URL, no feed and no article stored."""
    url, words = _bad_feeds(site)[case]
    assert main(["feeds", "add", url]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and url in lines[0] and words in lines[0]
    assert _urls(feed_env) == []
    assert main(["feeds", "list"]) == 0
    assert "no feeds followed yet" in capsys.readouterr().out


def test_remove_feed_keeps_articles(
    site: Site, feed_env: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """Removing a feed stops following it; what it brought stays stored."""
    feed = site.add("/rss.xml", rss_feed(_pages(site, ["latvia"])), content_type="text/xml")
    assert main(["feeds", "add", feed]) == 0
    assert main(["feeds", "remove", feed]) == 0
    assert "removed feed 1" in capsys.readouterr().out
    assert main(["feeds", "remove", "1"]) == 1
    assert len(_urls(feed_env)) == 1
