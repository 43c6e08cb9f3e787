"""Weekday names readers may type (`/settings days Mo-Fr`, `mon,wed`, `пн-пт`), from
`bot/data/weekdays.yaml`, so that every label a settings button shows can also be typed."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

ALL_DAYS = frozenset(range(7))
_SETS = {"all": ALL_DAYS, "weekdays": frozenset(range(5)), "weekend": frozenset({5, 6})}
_RANGE = re.compile(r"\s*[-–—]\s*")  # "mo-fr", "Mo – Fr"
_LIST = re.compile(r"[,;/\s]+")


class WeekdayNames(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    days: list[list[str]]
    sets: dict[str, list[str]]

    def label(self, day: int) -> str:
        """The button label (first name of the day), e.g. 'Mo'."""
        return self.days[day][0].capitalize()


@cache
def names() -> WeekdayNames:
    text = resources.files("bot").joinpath("data/weekdays.yaml").read_text(encoding="utf-8")
    loaded = WeekdayNames.model_validate(yaml.safe_load(text))
    if len(loaded.days) != 7 or set(loaded.sets) != set(_SETS):
        raise ValueError("weekdays.yaml needs seven days and the sets all/weekdays/weekend")
    return loaded


@cache
def _index() -> tuple[dict[str, int], dict[str, frozenset[int]]]:
    day_of = {name.lower(): n for n, words in enumerate(names().days) for name in words}
    set_of = {w.lower(): _SETS[key] for key, words in names().sets.items() for w in words}
    return day_of, set_of


def _day(word: str) -> int | None:
    return _index()[0].get(word.strip(" .").lower())


def parse_days(text: str) -> frozenset[int] | None:
    """Weekday numbers (Mon=0) from a reader's text, or None if any part is not a day."""
    key = " ".join(text.lower().split())
    set_of = _index()[1]
    if key in set_of:
        return set_of[key]
    days: set[int] = set()
    # Ranges first, so "mo - fr" is one range, then the rest is a list.
    for part in _LIST.split(_RANGE.sub("-", key)):
        if not part:
            continue
        if "-" in part:
            start, _, end = part.partition("-")
            a, b = _day(start), _day(end)
            if a is None or b is None:
                return None
            days.update((a + i) % 7 for i in range((b - a) % 7 + 1))
            continue
        d = _day(part)
        if d is None:
            return None
        days.add(d)
    return frozenset(days) if days else None
