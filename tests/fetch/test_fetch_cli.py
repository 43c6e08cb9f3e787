"""`briefings fetch URL...` against a real local web server: good pages, and every bad case
gets one plain line naming the URL while nothing stored changes."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest
from websites import Site, article_html

from briefings.cli import main
from briefings.config import CoreSettings
from briefings.fetch import classify
from briefings.store import Store


def _store_rows(settings: CoreSettings) -> list[tuple[str, str | None, str]]:
    store = Store(settings.resolved_database_url())
    store.migrate()
    try:
        return [(a.id, a.url, a.content_hash) for a in store.list_recent(limit=100)]
    finally:
        store.close()


def test_fetch_stores_the_page_under_its_url_and_refetch_updates(
    site: Site, core_settings: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fetched page is stored with its URL; fetching it again after an edit updates it."""
    url = site.add("/news/deal", article_html("Gas deal with Romania signed"))
    assert main(["fetch", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added") and url in out and "Gas deal with Romania signed" in out
    first = _store_rows(core_settings)
    assert [row[1] for row in first] == [url]

    site.add("/news/deal", article_html("Gas deal with Romania signed", tag="Bulgaria"))
    assert main(["fetch", url]) == 0
    assert capsys.readouterr().out.startswith("updated")
    second = _store_rows(core_settings)
    assert len(second) == 1 and second[0][0] == first[0][0] and second[0][2] != first[0][2]


def test_fetch_reads_gzip_and_names_the_bot(
    site: Site, core_settings: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gzip-encoded page is decoded; the request carries an honest User-Agent."""
    url = site.add("/zipped", article_html("Pipeline talks resume"), gzip=True)
    assert main(["fetch", url]) == 0
    assert "Pipeline talks resume" in capsys.readouterr().out
    headers = site.requests[-1].headers
    assert headers["User-Agent"] == core_settings.fetch_user_agent
    assert "briefings-bot" in headers["User-Agent"]
    assert {"gzip", "br"} <= {e.strip() for e in headers["Accept-Encoding"].split(",")}


def _bad_cases(site: Site) -> dict[str, tuple[str, str]]:
    """name -> (URL, words the one line must contain)."""
    site.add("/error", "boom", status=500, content_type="text/plain")
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    for n in range(7):
        site.redirect(f"/hop{n}", f"/hop{n + 1}")
    site.add("/hop7", article_html("Far away"))
    site.redirect("/to-private", site.url("/news/ok", host="localhost"))
    site.add("/news/ok", article_html("Reachable only by its literal address"))
    site.add("/slow", article_html("Slow news"), delay=2.0)
    site.add("/huge", endless=True)
    site.add("/empty-page", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    site.add(
        "/feed.xml",
        "<rss version='2.0'><channel></channel></rss>",
        content_type="application/rss+xml",
    )
    site.add("/logo.png", b"\x89PNG\r\n", content_type="image/png")
    return {
        "404": (site.url("/nowhere"), "404"),
        "500": (site.url("/error"), "500"),
        "redirect loop": (site.url("/loop-a"), "redirects in a loop"),
        "too many redirects": (site.url("/hop0"), "more than 5 redirects"),
        "redirect to a private address": (
            site.url("/to-private"),
            "refused: localhost resolves to a loopback",
        ),
        "slow": (site.url("/slow"), "timed out"),
        "oversized": (site.url("/huge"), "over the limit of 300,000 bytes"),
        "no article": (site.url("/empty-page"), "no article text"),
        "feed given as a page": (site.url("/feed.xml"), "this is a feed"),
        "image": (site.url("/logo.png"), "image/png"),
        "ftp": ("ftp://127.0.0.1/file.txt", "only http and https"),
        "not a url": ("http://", "no host name"),
        "credentials": ("http://user:pw@127.0.0.1/x", "user name or password"),
    }


CASES = [
    "404",
    "500",
    "redirect loop",
    "too many redirects",
    "redirect to a private address",
    "slow",
    "oversized",
    "no article",
    "feed given as a page",
    "image",
    "ftp",
    "not a url",
    "credentials",
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.replace(" ", "-")) for c in CASES])
def test_bad_url_gets_one_line_and_changes_nothing(
    case: str, site: Site, core_settings: CoreSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad URL: exit 1, exactly one line naming the URL and why, the store untouched."""
    good = site.add("/good", article_html("Stored before the bad link"))
    assert main(["fetch", good]) == 0
    before = _store_rows(core_settings)
    capsys.readouterr()

    url, words = _bad_cases(site)[case]
    assert main(["fetch", url]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("rejected") and url in lines[0] and words in lines[0]
    assert _store_rows(core_settings) == before
    if case == "oversized":
        assert site.streamed < 64 * 1024 * 1024  # stopped long before the 1 GB the server offers


def test_private_addresses_refused_unless_allowed(
    site: Site, core_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Loopback is refused without the allow list; FETCH_ALLOW_PRIVATE lets it through."""
    url = site.add("/page", article_html("Local mirror page"))
    monkeypatch.setenv("FETCH_ALLOW_HOSTS", "")
    assert main(["fetch", url]) == 1
    assert "resolves to a loopback address (127.0.0.1)" in capsys.readouterr().out
    assert site.hits["/page"] == 0
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "true")
    assert main(["fetch", site.url("/page", host="localhost")]) == 0


@pytest.mark.parametrize(
    ("address", "why"),
    [
        pytest.param("10.1.2.3", "a private", id="rfc1918"),
        pytest.param("192.168.0.10", "a private", id="home-lan"),
        pytest.param("127.0.0.2", "a loopback", id="loopback"),
        pytest.param("::1", "a loopback", id="ipv6-loopback"),
        pytest.param("::ffff:127.0.0.1", "a loopback", id="ipv4-mapped"),
        pytest.param("169.254.169.254", "a cloud metadata", id="metadata"),
        pytest.param("fe80::1", "a link-local", id="ipv6-link-local"),
        pytest.param("100.64.0.1", "a non-public", id="carrier-nat"),
        pytest.param("0.0.0.0", "an unspecified", id="unspecified"),
        pytest.param("93.184.216.34", None, id="public"),
    ],
)
def test_address_classes(address: str, why: str | None) -> None:
    """Private, loopback, link-local, metadata and other non-public ranges are named."""
    assert classify(ipaddress.ip_address(address)) == why


def test_total_timeout_spans_every_redirect_hop(
    site: Site, core_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hops each quicker than the read timeout still share one total budget."""
    monkeypatch.setenv("FETCH_TOTAL_TIMEOUT", "1")
    for n in range(4):
        site.add(f"/step{n}", status=302, headers={"Location": f"/step{n + 1}"}, delay=0.4)
    site.add("/step4", article_html("At the end of the steps"))
    assert main(["fetch", site.url("/step0")]) == 1
    assert "took longer than 1 s" in capsys.readouterr().out
    assert site.hits["/step4"] == 0
