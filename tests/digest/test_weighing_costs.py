"""What the weighing assumes about a brief matches what the brief renders and how it ranks.

Round 16 measured the briefs of every open labelled set: an item's attribution line had
become shorter than the weighing charged for it, and a story a year old weighed a third of a
fresh one, losing its place to fresher, weaker sentences.
"""

from __future__ import annotations

import datetime as dt

from briefings.digest.budget import Dating, item_chars
from briefings.digest.keyness import ITEM_COST_CHARS
from briefings.digest.scoring import recency
from briefings.models import Attribution, DateOrigin
from tests.digest.factories import make_article

NOW = dt.datetime(2025, 4, 30, 12, tzinfo=dt.UTC)
SENTENCE = "Caspian Wire says the new compressor station doubles the pipeline's capacity."


def _source(outlet: str | None, published: dt.date | None, title: str) -> Attribution:
    return Attribution(
        article_id="a1",
        outlet=outlet,
        title=title,
        published=published,
        date_origin=DateOrigin.METADATA if published else DateOrigin.UNKNOWN,
        url=None,
    )


def test_an_item_is_weighed_at_about_what_the_budget_charges_for_it() -> None:
    """The per-item cost the weighing assumes lies between the line of a four-letter outlet
    and one naming a sixteen-letter outlet, each with a date of the brief's year (round 31:
    the budget charges the line as rendered, 11 characters less than before)."""
    dating = Dating(year=2025)
    date_only = _source("Wire", dt.date(2025, 4, 1), "Caspian Wire says the new compressor")
    named = _source("Caspian Gas Wire", dt.date(2025, 4, 1), "Compressor doubles capacity")
    text = len(SENTENCE) + 1
    low = item_chars([SENTENCE], [date_only], dating) - text
    high = item_chars([SENTENCE], [named], dating) - text
    assert low < high
    assert low <= ITEM_COST_CHARS <= high


def test_an_old_story_keeps_more_than_half_the_weight_of_a_fresh_one() -> None:
    """A year before the newest fact, a story still weighs more than half a fresh one (a
    strong old lead is not buried under a weak fresh sentence), while the fresher of two
    otherwise equal stories still ranks first."""
    fresh = make_article(id="fresh", published=dt.date(2025, 4, 30))
    week = make_article(id="week", published=dt.date(2025, 4, 23))
    year = make_article(id="year", published=dt.date(2024, 4, 30))
    weights = [recency(a, NOW) for a in (fresh, week, year)]
    assert weights[0] > weights[1] > weights[2]
    assert weights[2] > 0.5 * weights[0]
