"""robots.txt for pages fetched on a feed's behalf (an admin's own link is fetched as asked).

Following RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot
be fetched (5xx, timeout, refused) disallows everything until it is fetched again.
"""

from __future__ import annotations

import asyncio
import logging
import time
import urllib.robotparser
from collections.abc import Callable

import httpx

from briefings.errors import FetchFailed
from briefings.fetch.client import Fetcher, FetchKind

logger = logging.getLogger(__name__)


class RobotsRules:
    """Cached robots.txt rules per origin, asked through the same safe fetcher."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        ttl: float = 3600.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetcher = fetcher
        self._ttl = ttl
        self._monotonic = monotonic
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def agent(self) -> str:
        """The product token robots.txt groups are matched against."""
        return self._fetcher.settings.fetch_user_agent.split("/", 1)[0].split()[0]

    async def allowed(self, url: str) -> bool:
        """Whether robots.txt of `url`'s origin lets us fetch it."""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        # Entries of a feed are taken concurrently: one of them loads the rules, the rest wait.
        async with self._locks.setdefault(origin, asyncio.Lock()):
            cached = self._rules.get(origin)
            now = self._monotonic()
            if cached is None or now - cached[0] > self._ttl:
                cached = (now, await self._load(origin))
                self._rules[origin] = cached
        return cached[1].can_fetch(self.agent, url)

    async def _load(self, origin: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser()
        try:
            fetched = await self._fetcher.fetch(f"{origin}/robots.txt", FetchKind.ROBOTS)
        except FetchFailed as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                parser.parse([])
            else:
                logger.info("robots.txt of %s unavailable (%s): not fetching there", origin, exc)
                parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        return parser
