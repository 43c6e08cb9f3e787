"""Invented text through the real loader and analyser, shared by the extraction tests."""

from __future__ import annotations

from briefings.extract import analyse
from briefings.load import load_source
from briefings.models import Article

HEADLINE = "Officials report on the week"


def analysed(text: str, name: str = "t.txt") -> Article:
    """The article `text` becomes when loaded from a file called `name`."""
    return analyse(load_source(text.encode(), name)[0])


def under_headline(text: str, name: str = "t.txt") -> Article:
    """`text` under a neutral headline, so that its first line is read as body, not title."""
    return analysed(f"{HEADLINE}\n\n{text}", name)


def speaker_of(article: Article, opening: str) -> str | None:
    """The speaker of the one quote that opens with `opening` (it must be found)."""
    found = [q for q in article.quotes if q.text.startswith(opening)]
    assert len(found) == 1, [q.text for q in article.quotes]
    return found[0].speaker
