"""How often a digest comes: daily, weekdays only, weekly on a day, or twice a day.

Weekdays-only and weekly are the `days` a subscriber chose; twice a day is a second time on
those days. The delivery log keeps one row per delivery slot (`bot.scheduler`), so restart
safety holds for each of the two daily digests as for one. The words a reader may type come
from every interface language's catalog (`frequencies` in `bot/locales/*.yaml`).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict

from bot.i18n import Lang, catalog, format_clock, format_weekday_name, label
from bot.subscriptions import ALL_DAYS, Subscriber
from bot.weekdays import parse_days

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    WEEKLY = "weekly"
    TWICE = "twice"


class Schedule(BaseModel):
    """What a frequency sets on the subscription (None: leave as it is)."""

    model_config = ConfigDict(frozen=True)

    frequency: Frequency
    days: frozenset[int] | None = None
    digest_time: dt.time | None = None
    second_time: dt.time | None = None

    def changes(self) -> dict[str, object]:
        """Keyword arguments for `SubscriptionStore.update`."""
        out: dict[str, object] = {"second_time": self.second_time}
        if self.days is not None:
            out["days"] = self.days
        if self.digest_time is not None:
            out["digest_time"] = self.digest_time
        return out

    def describe(self, sub: Subscriber) -> str:
        """The confirmation, in the current language."""
        if self.frequency is Frequency.WEEKLY:
            return label("changed.weekly", day=format_weekday_name(min(sub.days)))
        if self.frequency is Frequency.TWICE and sub.second_time is not None:
            return label(
                "changed.twice",
                first=format_clock(sub.digest_time),
                second=format_clock(sub.second_time),
            )
        return label(f"changed.{self.frequency.value}")


@cache
def _words() -> dict[str, Frequency]:
    words: dict[str, Frequency] = {}
    for lang in Lang:
        for key, names in catalog(lang).frequencies.items():
            for name in (key, *names):
                words[" ".join(name.lower().split())] = Frequency(key)
    return words


def _time(text: str) -> dt.time | None:
    m = _TIME.match(text.strip())
    return dt.time(int(m.group(1)), int(m.group(2))) if m else None


def parse_frequency(text: str) -> Schedule | None:
    """'daily', 'weekdays', 'weekly fri', 'twice 08:00 18:00' (or the Russian words)."""
    words = text.lower().split()
    for n in range(len(words), 0, -1):  # the longest known phrase first ("раз в неделю")
        kind = _words().get(" ".join(words[:n]))
        if kind is not None:
            rest = words[n:]
            break
    else:
        return None
    match kind:
        case Frequency.DAILY if not rest:
            return Schedule(frequency=kind, days=ALL_DAYS, second_time=None)
        case Frequency.WEEKDAYS if not rest:
            return Schedule(frequency=kind, days=frozenset(range(5)), second_time=None)
        case Frequency.WEEKLY if rest:
            days = parse_days(" ".join(rest))
            if days is None or len(days) != 1:
                return None
            return Schedule(frequency=kind, days=days, second_time=None)
        case Frequency.TWICE if len(rest) == 2:
            first, second = _time(rest[0]), _time(rest[1])
            if first is None or second is None or first == second:
                return None
            return Schedule(frequency=kind, digest_time=first, second_time=second)
    return None
