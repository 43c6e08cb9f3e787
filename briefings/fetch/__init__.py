"""Safe fetching of links and feeds: address checks, caps, timeouts, politeness, robots.txt."""

from briefings.fetch.addresses import AddressRefused, GuardedBackend, classify
from briefings.fetch.client import Fetched, Fetcher, FetchKind, check_url, retry_after_seconds
from briefings.fetch.pages import ingest_fetched, ingest_url, source_name
from briefings.fetch.robots import RobotsRules

__all__ = [
    "AddressRefused",
    "FetchKind",
    "Fetched",
    "Fetcher",
    "GuardedBackend",
    "RobotsRules",
    "check_url",
    "classify",
    "ingest_fetched",
    "ingest_url",
    "retry_after_seconds",
    "source_name",
]
