"""Invented text through the real loader and analyser, shared by the extraction tests."""

from __future__ import annotations

from briefings.extract import analyse
from briefings.figures import find_figures
from briefings.load import RawDocument, load_source
from briefings.models import Article

HEADLINE = "Officials report on the week"

# An invented page body the metadata tests put under headlines, stamps and credits.
PAGE_BODY = (
    "The harbour council approved a plan to dredge the northern channel on Tuesday, its chair "
    "said. Work on the channel will start in the spring and last two years.\n\n"
    "Ferry operators welcomed the decision, which they said would end years of delays."
)
PAGE_BODY_RU = (
    "Совет гавани во вторник одобрил план углубления северного канала, сообщил его "
    "председатель. Работы начнутся весной и продлятся два года.\n\n"
    "Паромные компании приветствовали решение, которое, по их словам, положит конец задержкам."
)


def loaded(text: str, name: str = "page.txt") -> RawDocument:
    """The one document a page file holding `text` loads as (before analysis)."""
    [doc] = load_source(text.encode("utf-8"), name)
    return doc


def analysed(text: str, name: str = "t.txt") -> Article:
    """The article `text` becomes when loaded from a file called `name`."""
    return analyse(load_source(text.encode(), name)[0])


def under_headline(text: str, name: str = "t.txt") -> Article:
    """`text` under a neutral headline, so that its first line is read as body, not title."""
    return analysed(f"{HEADLINE}\n\n{text}", name)


def people_under_headline(text: str) -> list[str]:
    """The names of the people found in `text` read as body."""
    return [p.name for p in under_headline(text).people]


def speaker_of(article: Article, opening: str) -> str | None:
    """The speaker of the one quote that opens with `opening` (it must be found)."""
    found = [q for q in article.quotes if q.text.startswith(opening)]
    assert len(found) == 1, [q.text for q in article.quotes]
    return found[0].speaker


def figure_rows(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    """Each figure found in one sentence as (text, value, upper value, unit), in order."""
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(sentence)]


def quote_speaker(text: str, start: str) -> str | None:
    """The speaker of the one quote of `text` (under a neutral headline) opening with `start`;
    a missing quote fails here rather than passing for an abstention."""
    article = under_headline(text)
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker
