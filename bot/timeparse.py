"""Times and time zones as readers type them: '7:30', '07.30', 'Baku', 'new york', 'Berln'."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from zoneinfo import available_timezones

from rapidfuzz import fuzz, process

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
# Anything a reader meant as a time, valid or not ("25:99"), so it is never read as a topic.
_TIME_SHAPED = re.compile(r"^\d{1,2}[:.]\d{1,2}$")


def parse_time(text: str) -> dt.time | None:
    m = _TIME.match(text.strip())
    return dt.time(int(m.group(1)), int(m.group(2))) if m else None


def looks_like_time(text: str) -> bool:
    return bool(_TIME_SHAPED.match(text.strip()))


@cache
def _zone_index() -> tuple[dict[str, str], dict[str, str]]:
    """Lower-case IANA name -> name, and lower-case city (last component) -> name."""
    names = sorted(available_timezones())
    exact = {n.lower(): n for n in names}
    cities: dict[str, str] = {}
    # Prefer canonical-looking zones (Area/City) over legacy aliases such as "US/..." ones.
    areas = ("Europe/", "Asia/", "America/", "Africa/", "Australia/", "Pacific/", "Atlantic/")
    for name in sorted(names, key=lambda n: (not n.startswith(areas), n)):
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        cities.setdefault(city, name)
    return exact, cities


def resolve_timezone(text: str) -> str | None:
    """An IANA zone from an IANA name or a city ('Baku', 'new york', 'Berln'), else None."""
    query = " ".join(text.strip().replace("_", " ").split())
    if not query:
        return None
    exact, cities = _zone_index()
    by_name = exact.get(query.replace(" ", "_").lower())
    if by_name:
        return by_name
    key = query.lower()
    if key in cities:
        return cities[key]
    best = process.extractOne(key, list(cities), scorer=fuzz.ratio, score_cutoff=90)
    return cities[best[0]] if best else None
