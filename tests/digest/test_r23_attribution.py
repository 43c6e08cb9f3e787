"""Round 23: a title standing in for an unknown outlet is cut to its first few words (at most
16 characters, at a word), and the budget pays exactly what the shorter line shows, so the
room it saves goes to a further story."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.digest.budget import TITLE_SOURCE_CHARS, Dating, item_chars, name_chars
from briefings.models import Attribution, Briefing, BriefingItem
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.render.filters import source_name

from .factories import HEADLESS_LEAD as LEAD
from .factories import headless_source as source

NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)
LONG_TITLE = "Grid link for Lunaport weighed by its council"


def _shown(*sources: Attribution, fmt: OutputFormat = OutputFormat.HTML) -> str:
    day = dt.date(2025, 4, 26)
    briefing = Briefing(
        topic_id="energy",
        topic_title="Energy",
        generated_at=NOW,
        items=[BriefingItem(sentences=[LEAD], sources=list(sources), score=1.0)],
        newest=day,
        oldest=day,
    )
    rendered = render_briefing(briefing, fmt)
    return visible_text(rendered) if fmt is OutputFormat.HTML else rendered


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_a_stand_in_title_shows_its_first_words_only(fmt: OutputFormat) -> None:
    text = _shown(source(title=LONG_TITLE), fmt=fmt)
    assert "— Grid link for Lunaport…, 26 Apr\n" in text
    assert "weighed" not in text


def test_the_stand_in_is_cut_at_a_word_within_its_limit() -> None:
    name = source_name(source(title=LONG_TITLE))
    assert len(name.removesuffix("…")) <= TITLE_SOURCE_CHARS
    assert LONG_TITLE.startswith(name.removesuffix("…") + " ")


def test_an_outlet_keeps_its_longer_limit() -> None:
    """Only a stand-in is cut short: an outlet's name is what the reader knows it by."""
    named = source(outlet="Lunaport Evening Courier")
    assert source_name(named) == "Lunaport Evening Courier"
    assert name_chars(named) == len("Lunaport Evening Courier")


def test_the_budget_pays_the_shorter_line() -> None:
    """What the budget charges for the stand-in's line is what it renders, no more."""
    short = source(title="Grid talks")
    cut = source(title=LONG_TITLE)
    rendered = len(_shown(cut)) - len(_shown(short))
    dating = Dating(year=2025)
    assert rendered == item_chars([LEAD], [cut], dating) - item_chars([LEAD], [short], dating)
