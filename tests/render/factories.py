"""Briefings for render tests, built directly (no articles, no digest stage)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from briefings.models import (
    AttributedQuote,
    Attribution,
    Briefing,
    BriefingItem,
    DateOrigin,
    Figure,
    KeyFigure,
    Quote,
)

NOW = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


def make_source(**overrides: Any) -> Attribution:
    fields: dict[str, Any] = {
        "article_id": "a1",
        "outlet": "Caliber.az",
        "title": "Baku – Brussels: A new level of interaction",
        "published": dt.date(2025, 4, 26),
        "date_origin": DateOrigin.TEXT,
        "url": "https://caliber.az/en/post/1",
    }
    fields.update(overrides)
    return Attribution.model_validate(fields)


def make_item(*sentences: str, sources: list[Attribution] | None = None) -> BriefingItem:
    return BriefingItem(
        sentences=list(sentences) or ["Azerbaijan supplies gas to 10 European countries."],
        sources=sources or [make_source()],
        score=1.0,
    )


def make_briefing(**overrides: Any) -> Briefing:
    """A small, complete briefing: two items, a key figure and a quote."""
    sentence = "There is a demand now for raising gas exports from 12 billion cubic meters to 20."
    fields: dict[str, Any] = {
        "topic_id": "energy",
        "topic_title": "Energy",
        "generated_at": NOW,
        "items": [
            make_item(),
            make_item(
                "The Southern Gas Corridor has delivered gas to Europe for four years.",
                sources=[
                    make_source(),
                    make_source(
                        article_id="a2",
                        outlet="AZERTAC",
                        published=dt.date(2024, 3, 18),
                        date_origin=DateOrigin.INFERRED,
                        url=None,
                    ),
                ],
            ),
        ],
        "key_figures": [
            KeyFigure(
                figure=Figure(
                    text="12 billion cubic meters", value=12e9, unit="bcm", sentence=sentence
                ),
                source=make_source(article_id="a2", outlet="AZERTAC", url=None),
            )
        ],
        "quote": AttributedQuote(
            quote=Quote(text="Azerbaijan is a reliable partner.", speaker="Jens Stoltenberg"),
            source=make_source(article_id="a2", outlet="AZERTAC", url=None),
        ),
        "newest": dt.date(2025, 4, 26),
        "oldest": dt.date(2024, 3, 18),
        "article_count": 2,
    }
    fields.update(overrides)
    return Briefing.model_validate(fields)


_WORD_TEXT = (
    "gas pipeline Baku Brussels agreement <b> </i> & &amp; \"quoted\" 'single' <script> "
    "переговоры мирный договор газ 🇦🇿 🔥 € — … https://example.com/x?a=1&b=2 #COP29 @someone"
)
_WORDS = _WORD_TEXT.split()


def random_sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def large_briefing(rng: random.Random, items: int, max_sentence_words: int = 40) -> Briefing:
    """A briefing far beyond the default budget, with hostile and astral-plane characters."""
    return make_briefing(
        items=[
            make_item(
                *(
                    random_sentence(rng, rng.randint(1, max_sentence_words))
                    for _ in range(rng.randint(1, 2))
                ),
                sources=[
                    make_source(
                        article_id=f"a{n}-{k}",
                        outlet=rng.choice(["AZERTAC", "Caliber.az", None, "<Evil & Co>"]),
                        url=rng.choice([None, f"https://news.example/{n}", "javascript:alert(1)"]),
                    )
                    for k in range(rng.randint(1, 3))
                ],
            )
            for n in range(items)
        ]
    )
