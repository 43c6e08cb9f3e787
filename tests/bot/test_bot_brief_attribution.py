"""The bot's brief template follows the core's attribution rules (English and Russian): every
item names its source (a title cut at a word stands in for an unknown outlet, the language's
"unknown source" when the item already says that title) and its date or the language's
"undated" (not in an undated brief: its header says so once), and a sentence another outlet
added to the item is followed by that outlet's name."""

from __future__ import annotations

import contextvars
import datetime as dt

import pytest

from bot import i18n
from bot.i18n import Lang
from bot.texts import Texts
from briefings.models import Attribution, Briefing, BriefingItem
from briefings.render import visible_text
from tests.digest.factories import HEADLESS_LEAD as LEAD
from tests.digest.factories import headless_source as source

NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


def shown(
    lang: Lang, *sources: Attribution, item: BriefingItem | None = None, dated: bool = True
) -> str:
    item = item or BriefingItem(sentences=[LEAD], sources=list(sources), score=1.0)
    day = dt.date(2025, 4, 26) if dated else None
    briefing = Briefing(
        topic_id="energy",
        topic_title="Energy",
        generated_at=NOW,
        items=[item],
        newest=day,
        oldest=day,
    )

    def render() -> str:
        i18n.enter_language(lang)
        return Texts().render(
            "brief",
            briefing=briefing,
            items=briefing.items,
            fresh=[False],
            title="Energy",
            rule="",
            page=False,
        )

    return visible_text(contextvars.copy_context().run(render))


TITLED = {"title": "Grid deal signed in Lunaport"}
UNKNOWN = {Lang.EN: "unknown source", Lang.RU: "источник неизвестен"}


@pytest.mark.parametrize("lang", list(Lang))
def test_a_title_stands_in_for_an_unknown_outlet(lang: Lang) -> None:
    assert "\n— Grid deal signed in…, 26 " in shown(lang, source(**TITLED))


@pytest.mark.parametrize("lang", list(Lang))
def test_a_title_the_item_already_says_gives_way_to_unknown_source(lang: Lang) -> None:
    text = shown(lang, source())
    assert f"\n— {UNKNOWN[lang]}, 26 " in text and "Ostrand…" not in text


@pytest.mark.parametrize(("lang", "undated"), [(Lang.EN, "undated"), (Lang.RU, "без даты")])
def test_an_undated_item_says_so_in_the_readers_language(lang: Lang, undated: str) -> None:
    text = shown(lang, source(published=None, **TITLED))
    assert text.endswith(f"\n— Grid deal signed in…, {undated}")
    alone = shown(lang, source(published=None, **TITLED), dated=False)
    assert alone.endswith("\n— Grid deal signed in…") and undated not in alone


@pytest.mark.parametrize("lang", list(Lang))
def test_an_outlet_and_the_other_outlets_stay(lang: Lang) -> None:
    named = shown(lang, source(outlet="Velmora Daily"))
    assert "— Velmora Daily, 26 " in named
    further = shown(lang, source(), source(article_id="a2", outlet="Ostrand Wire"))
    assert "Ostrand Wire" in further and f"— {UNKNOWN[lang]}, 26 " in further


ADDED = "The line will carry 2 gigawatts, the grid operator said."


@pytest.mark.parametrize("lang", list(Lang))
def test_another_outlets_sentence_is_followed_by_its_name(lang: Lang) -> None:
    sources = [
        source(outlet="Velmora Daily", url="https://velmora.example/a1"),
        source(article_id="a2", outlet="Ostrand Wire", url="https://ostrand.example/a2"),
    ]
    item = BriefingItem(sentences=[LEAD, "…" + ADDED], sources=sources, score=1.0, origins=[0, 1])
    text = shown(lang, item=item)
    assert f"{LEAD} …{ADDED} (Ostrand Wire)\n" in text
    assert "— Velmora Daily, 26 " in text and text.count("Ostrand Wire") == 1
