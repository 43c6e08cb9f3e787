"""The message catalogs: every id exists in every language, and formats follow the locale."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot import i18n
from bot.actions import (
    ClearFilter,
    Language,
    More,
    Mute,
    Sources,
    Time,
    Unmute,
    encode,
    parse_action,
)
from bot.i18n import Lang, catalog, label, use_language
from bot.texts import Texts


def test_every_template_exists_in_every_language() -> None:
    """A message id (template) present in one language and missing in another fails."""
    texts = Texts()
    english = set(texts.names(Lang.EN))
    for lang in Lang:
        assert set(texts.names(lang)) == english, lang


def test_every_label_exists_in_every_language_with_its_plural_forms() -> None:
    """Labels: same keys everywhere; plural labels cover the language's CLDR categories."""
    keys = set(catalog(Lang.EN).labels)
    for lang in Lang:
        labels = catalog(lang).labels
        assert set(labels) == keys, lang
        for key, value in labels.items():
            if isinstance(value, dict):
                assert i18n.plural_categories(lang) | {"other"} <= set(value), (lang, key)


def test_every_shipped_topic_has_a_russian_title(service: Any) -> None:
    """The shipped topics all have Russian titles, and each Russian title resolves."""
    for topic in service.topics.topics:
        words = catalog(Lang.RU).topics[topic.id]
        assert i18n.topic_id_for(words.title) == topic.id
        for alias in words.aliases:
            assert i18n.topic_id_for(alias) == topic.id, alias


@pytest.mark.parametrize(
    ("count", "text"),
    [
        pytest.param(1, "1 сообщение", id="one"),
        pytest.param(3, "3 сообщения", id="few"),
        pytest.param(5, "5 сообщений", id="many"),
        pytest.param(21, "21 сообщение", id="twenty-one"),
    ],
)
def test_russian_plurals(count: int, text: str) -> None:
    with use_language(Lang.RU):
        assert label("messages", count) == text


def test_numbers_and_dates_follow_the_locale() -> None:
    day = dt.date(2025, 4, 26)
    with use_language(Lang.EN):
        assert (i18n.format_day(day), i18n.format_number(12345)) == ("26 Apr 2025", "12,345")
    with use_language(Lang.RU):
        assert i18n.format_day(day) == "26 апр. 2025"
        assert i18n.format_number(12345).replace("\xa0", " ") == "12 345"


def test_a_span_within_one_year_states_the_year_once() -> None:
    """A brief's header "facts from 18 Mar – 26 Apr 2025": the span's end carries the year."""
    start, end = dt.date(2025, 3, 18), dt.date(2025, 4, 26)
    with use_language(Lang.EN):
        assert i18n.format_span_start(start, end) == "18 Mar"
        assert i18n.format_span_start(dt.date(2024, 12, 30), end) == "30 Dec 2024"
    with use_language(Lang.RU):
        assert i18n.format_span_start(start, end) == "18 мар."


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        pytest.param("ru", Lang.RU, id="ru"),
        pytest.param("ru-RU", Lang.RU, id="ru-region"),
        pytest.param("en-GB", Lang.EN, id="en-region"),
        pytest.param("az", Lang.EN, id="unsupported"),
        pytest.param(None, Lang.EN, id="unknown"),
    ],
)
def test_language_from_telegram_code(code: str | None, lang: Lang) -> None:
    assert i18n.language_for_code(code) is lang


@pytest.mark.parametrize(
    "action",
    [
        More(topic="peace-talks", offset=12),
        Mute(topic="energy"),
        Unmute(topic="energy"),
        Time(),
        Time(minutes=7 * 60 + 30),
        Sources(topic="energy", since=1_711_234_567),
        Language(lang=Lang.RU),
        ClearFilter(topic="energy"),
    ],
)
def test_button_data_round_trips_within_64_bytes(action: Any) -> None:
    data = encode(action)
    assert len(data.encode()) <= 64
    assert parse_action(data) == action


def test_console_chat_switches_language_with_numbered_buttons(
    settings: Any, service: Any, store: Any, clock: Any
) -> None:
    """/language in the console lists the languages as numbered choices; 2 picks Russian."""
    import io

    from bot.commands import Commands
    from bot.console import SEPARATOR, run_console

    commands = Commands(service=service, store=store, settings=settings, clock=clock, texts=Texts())
    out = io.StringIO()
    run_console(
        commands,
        io.StringIO("/language\n2\n/brief energy\n"),
        out,
        admin=False,
        interactive=False,
    )
    choose, switched, brief, _ = out.getvalue().split(SEPARATOR)
    assert "[1] English" in choose and "[2] Русский" in choose
    assert "по-русски" in switched
    assert brief.strip().startswith("Энергетика · ")
    assert "[1] Ещё ▸" in brief


def test_an_unknown_source_is_named_in_the_readers_language() -> None:
    """The core's 'unknown source' stand-in is worded per language in briefs."""
    from briefings.models import Attribution, DateOrigin

    source = Attribution(
        article_id="a1",
        outlet=None,
        title="",
        published=None,
        date_origin=DateOrigin.INFERRED,
        url=None,
    )
    name = i18n.filters()["source_name"]
    with use_language(Lang.RU):
        assert name(source) == "источник неизвестен"
    with use_language(Lang.EN):
        assert name(source) == "unknown source"
