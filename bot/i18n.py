"""Interface languages: which one a chat reads, and the catalogs that hold every word of it.

Each language has one source of truth: its template folder (`bot/templates/` for English,
`bot/templates/<lang>/` for the others: whole messages, so a translation chooses its own word
order and plural forms) and its catalog `bot/locales/<lang>.yaml` (button labels and short
phrases, and the topics' titles, descriptions and aliases in that language). Tests fail when
an id exists in one language and not in another.

The language of the update being handled lives in a `ContextVar` (as aiogram's i18n middleware
keeps it): an update's handlers and the `asyncio.to_thread` calls they make all see it, while
concurrent updates each see their own.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any, ParamSpec, Protocol, TypeVar

import yaml
from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal
from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from briefings.models import Attribution, DateOrigin
from briefings.render import UNKNOWN_SOURCE, item_source_name, source_name


class Lang(StrEnum):
    """Interface languages; the value is the Telegram/BCP 47 code and the catalog's name."""

    EN = "en"
    RU = "ru"


DEFAULT_LANG = Lang.EN

_current: ContextVar[Lang] = ContextVar("interface_language", default=DEFAULT_LANG)


def current_language() -> Lang:
    return _current.get()


@contextmanager
def use_language(lang: Lang) -> Iterator[Lang]:
    """Render in `lang` inside the block (and in threads started from it)."""
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def enter_language(lang: Lang) -> None:
    """Render in `lang` for the rest of the current task: set once per update (PTB handles an
    update's handler groups and its error handler in one task), so even the messages sent
    outside a command (error, stale button) are in the chat's language."""
    _current.set(lang)


P = ParamSpec("P")
R = TypeVar("R")


class _HasLanguage(Protocol):
    def language_of(self, caller: Any) -> Lang: ...


def localized(
    reader: Callable[[Any], _HasLanguage],
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Run a command entry point in the caller's language. `reader(self)` gives the object
    that knows a chat's language; the caller is the entry point's last positional argument."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            lang = reader(args[0]).language_of(args[-1])
            with use_language(lang):
                return method(*args, **kwargs)

        return run

    return decorate


def language_for_code(code: str | None) -> Lang:
    """A Telegram `language_code` ('ru', 'ru-RU', 'en-GB', 'kk') → an interface language."""
    if not code:
        return DEFAULT_LANG
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    # No guessing from neighbouring languages: a reader who wants Russian says /language.
    return Lang(base) if base in set(Lang) else DEFAULT_LANG


def parse_language(text: str) -> Lang | None:
    """What a reader types after /language: a code or a language's own name, any case."""
    key = text.strip().lower()
    for lang in Lang:
        if key == lang.value or key in {n.lower() for n in catalog(lang).names}:
            return lang
    return None


# -- catalogs -------------------------------------------------------------------------------

Label = str | dict[str, str]  # plain text, or one text per plural category ("one", "few"...)


class TopicWords(BaseModel):
    """A topic as readers of one language name it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    description: str = ""
    aliases: list[str] = []


class Catalog(BaseModel):
    """One language's labels and topic names (`bot/locales/<lang>.yaml`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str  # the language's own name, shown on the /language buttons
    names: list[str] = []  # other ways to type it after /language
    labels: dict[str, Label]
    topics: dict[str, TopicWords] = {}
    frequencies: dict[str, list[str]] = {}  # what readers type for /settings frequency


@cache
def catalog(lang: Lang) -> Catalog:
    text = resources.files("bot").joinpath(f"locales/{lang.value}.yaml").read_text("utf-8")
    return Catalog.model_validate(yaml.safe_load(text))


def plural_categories(lang: Lang) -> frozenset[str]:
    """The plural categories a count can fall into in `lang` (CLDR), besides 'other'."""
    return frozenset(Locale.parse(lang.value).plural_form.tags)


def label(key: str, /, count: int | None = None, **values: object) -> str:
    """A short phrase of the current language, with `{name}` fields filled in.

    A plural label picks its form by `count` with the language's CLDR rules.
    """
    lang = current_language()
    entry = catalog(lang).labels[key]
    if isinstance(entry, dict):
        if count is None:
            raise ValueError(f"label {key!r} needs a count")
        form = Locale.parse(lang.value).plural_form(count)
        entry = entry.get(form, entry["other"])
        values = {"count": format_number(count), **values}
    return entry.format(**values)


# -- topics in the reader's language --------------------------------------------------------

_QUERY_JUNK = re.compile(r"[\s_\-.,!?«»\"']+")


def name_key(text: str) -> str:
    """A topic name or query compared loosely: case, spaces, punctuation and ё ignored."""
    return _QUERY_JUNK.sub("", text.casefold().replace("ё", "е"))


@cache
def _topic_names() -> dict[str, str]:
    """Normalised title or alias in any interface language → topic id."""
    names: dict[str, str] = {}
    for lang in Lang:
        for topic_id, words in catalog(lang).topics.items():
            for name in (words.title, *words.aliases):
                names.setdefault(name_key(name), topic_id)
    return names


def exact_topic_id(query: str) -> str | None:
    """A topic id when `query` is exactly a catalog title or alias (any interface language)."""
    return _topic_names().get(name_key(query))


def topic_id_for(query: str) -> str | None:
    """A topic id from a catalog title or alias (any interface language), forgiving typos."""
    key = name_key(query)
    if not key:
        return None
    names = _topic_names()
    if key in names:
        return names[key]
    if len(key) >= 5:
        best = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=85)
        if best is not None:
            return names[best[0]]
    return None


def topic_words(topic_id: str, fallback_title: str) -> TopicWords:
    """The topic in the current language; the core's English title when not translated."""
    words = catalog(current_language()).topics.get(topic_id)
    return words if words is not None else TopicWords(title=fallback_title)


# -- Babel formatting ------------------------------------------------------------------------


def format_number(value: float) -> str:
    return format_decimal(value, locale=current_language().value)


def format_day(day: dt.date | None) -> str:
    """'18 Mar 2024' / '18 мар. 2024', or the language's word for an unknown date."""
    if day is None:
        return label("date.undated")
    return format_date(day, "d MMM y", locale=current_language().value)


def format_span_start(oldest: dt.date, newest: dt.date | None) -> str:
    """The first day of a span: '18 Mar' when the span ends in the same year (its end states
    the year), else the whole date."""
    if newest is not None and oldest.year == newest.year:
        return format_date(oldest, "d MMM", locale=current_language().value)
    return format_day(oldest)


def format_clock(value: dt.time | dt.datetime) -> str:
    return format_time(value, "HH:mm", locale=current_language().value)


def format_moment(value: dt.datetime) -> str:
    """A weekday, date and time in the reader's language, e.g. 'Mon 18 Mar, 07:30'."""
    return format_datetime(value, "EEE d MMM, HH:mm", tzinfo=value.tzinfo, locale=_locale())


def format_weekday(day: int) -> str:
    """Mon=0 → 'Mo' / 'пн' (CLDR short names: each is also typeable, see bot/data/weekdays)."""
    return str(Locale.parse(current_language().value).days["format"]["short"][day])


def format_weekday_name(day: int) -> str:
    """Mon=0 → 'Monday' / 'понедельник'."""
    locale = Locale.parse(current_language().value)
    return str(locale.days["stand-alone"]["wide"][day])


def format_source_name(source: Attribution) -> str:
    """The core's outlet name, with its "unknown source" worded in the current language."""
    name = source_name(source)
    return label("source.unknown") if name == UNKNOWN_SOURCE else name


def format_item_source_name(source: Attribution, sentences: list[str]) -> str:
    """The name under a brief's item, worded in the current language (see the core's
    item_source_name: a title the item already says gives way to "unknown source")."""
    name = item_source_name(source, sentences)
    return label("source.unknown") if name == UNKNOWN_SOURCE else name


def format_source_date(source: Attribution, year: int | None = None) -> str:
    """'18 Mar 2024', or '18 Mar' within `year` (the brief's own, which its header states)."""
    day = source.published
    if day is not None and day.year == year:
        text = format_date(day, "d MMM", locale=current_language().value)
    else:
        text = format_day(day)
    if source.published is not None and source.date_origin is DateOrigin.INFERRED:
        return label("date.inferred", date=text)
    return text


def _locale() -> str:
    return current_language().value


def filters() -> dict[str, Any]:
    """Jinja filters every language's templates share (the current language decides)."""
    return {
        "human_date": format_day,
        "span_start": format_span_start,
        "source_date": format_source_date,
        "source_name": format_source_name,
        "item_source_name": format_item_source_name,
        "clock": format_clock,
        "moment": format_moment,
        "number": format_number,
    }


__all__ = [
    "DEFAULT_LANG",
    "Catalog",
    "Lang",
    "TopicWords",
    "catalog",
    "current_language",
    "enter_language",
    "exact_topic_id",
    "filters",
    "format_clock",
    "format_day",
    "format_moment",
    "format_number",
    "format_weekday",
    "format_weekday_name",
    "label",
    "language_for_code",
    "localized",
    "name_key",
    "parse_language",
    "plural_categories",
    "topic_id_for",
    "topic_words",
    "use_language",
]
