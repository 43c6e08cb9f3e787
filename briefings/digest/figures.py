"""Key figures: the topic's best amounts, one entry per sentence, each amount once."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Sequence

from briefings.cache import BoundedCache
from briefings.digest.dedup import fingerprint
from briefings.digest.scoring import MAX_RELEVANCE, attribution, display_sentence, recency
from briefings.digest.spans import ELLIPSIS, informative_span
from briefings.models import Article, Figure, KeyFigure
from briefings.topics import Topic, TopicSet

MAX_KEY_FIGURES = 3
FIGURE_CONTEXT_CHARS = 100
FIGURE_GROUP_SPAN_CHARS = 70  # figures of one sentence closer than this show as one span
_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–|—|до|и|по)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"(?:from|between|с|от)\s+$", re.IGNORECASE)


class FigureIndex:
    """An article's figures by the sentence they sit in, found without scanning them all.

    A 10,000-line article with a figure on every line made the digest compare every sentence
    with every figure sentence (10,000 × 10,000); a lookup keeps it linear. A sentence matches
    a figure's sentence when one contains the other (sentence splitting may differ); besides
    the exact sentence, only figure sentences starting the same way are tried.
    """

    __slots__ = ("_by_start", "_exact")

    def __init__(self, figures: Sequence[Figure]) -> None:
        self._exact: dict[str, list[Figure]] = {}
        self._by_start: dict[str, list[str]] = {}
        for figure in figures:
            members = self._exact.setdefault(figure.sentence, [])
            if not members:
                self._by_start.setdefault(_start(figure.sentence), []).append(figure.sentence)
            if figure not in members:
                members.append(figure)

    def __bool__(self) -> bool:
        return bool(self._exact)

    def in_sentence(self, sentence: str) -> list[Figure]:
        """Figures whose sentence is `sentence`, or contains it, or is contained in it."""
        found = self._exact.get(sentence)
        if found is not None:
            return found
        near = self._by_start.get(_start(sentence), ())
        return [
            figure
            for other in near[:_MAX_NEAR]
            if other in sentence or sentence in other
            for figure in self._exact[other]
        ]


_START_CHARS = 24
_MAX_NEAR = 8
_INDEX_CACHE_SIZE = 4096
_indexes: BoundedCache[tuple[str, str, int], FigureIndex] = BoundedCache(_INDEX_CACHE_SIZE)


def _start(sentence: str) -> str:
    return " ".join(display_sentence(sentence).split())[:_START_CHARS].casefold()


def figure_index(article: Article) -> FigureIndex:
    """The article's `FigureIndex` (remembered per article content)."""
    key = (article.id, article.content_hash, len(article.figures))
    return _indexes.get_or_compute(key, lambda: FigureIndex(article.figures))


def figure_context(figure: Figure, width: int = FIGURE_CONTEXT_CHARS) -> str:
    """The figure with enough of its sentence to read on its own, verbatim, cut at words.

    The sentence loses its dateline and attribution tail first; what is still too long is cut
    to a window around the figure, from the sentence's start when the figure comes early (so
    the subject stays), "…" marking every cut.
    """
    width = max(width, len(figure.text) + 30)
    whole = display_sentence(" ".join(figure.sentence.split()))
    span = informative_span(whole)
    lead = span.startswith(ELLIPSIS) and not whole.startswith(ELLIPSIS)
    tail = span.endswith(ELLIPSIS) and not whole.endswith(ELLIPSIS)
    sentence = span[1 if lead else 0 : len(span) - 1 if tail else len(span)]
    if figure.text not in sentence:
        sentence, lead, tail = whole, False, False
    if len(sentence) <= width:
        return span if sentence is not whole else whole
    at = max(sentence.find(figure.text), 0)
    if at + len(figure.text) <= width - 12:
        start = 0
    else:
        centre = at + len(figure.text) // 2
        start = max(0, min(centre - width // 2, len(sentence) - width))
    end = min(len(sentence), start + width)
    if start > 0:
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    if end < len(sentence):
        space = sentence.rfind(" ", at + len(figure.text), end)
        end = space if space > 0 else end
    window = sentence[start:end].strip(" ,;:")
    opened = ELLIPSIS if start > 0 or lead else ""
    closed = ELLIPSIS if end < len(sentence) or tail else ""
    return opened + window + closed


def pick_figures(
    topic: Topic, articles: Sequence[Article], now: dt.datetime, topics: TopicSet
) -> list[KeyFigure]:
    """The topic's best figures, one entry per sentence, no fact twice.

    Figures of one sentence become one entry ("from roughly 12 billion cubic meters to 20");
    the same sentence or the same amount from another source is not shown again.
    """
    ranked: list[tuple[float, int, Figure, list[Figure], Article]] = []
    order = 0
    for article in articles:
        fresh = recency(article, now)
        for relevance, grouped, members in _relevant_figures(article, topic, topics):
            unit_bonus = 1.2 if grouped.unit else 1.0
            count_bonus = 1.0 + 0.1 * (len(members) - 1)
            score = min(relevance, MAX_RELEVANCE) * fresh * unit_bonus * count_bonus
            ranked.append((score, order, grouped, members, article))
            order += 1
    ranked.sort(key=lambda entry: (-entry[0], entry[1]))
    # One figure per article first, then the rest: three figures from one long article
    # crowd out the other stories.
    firsts: set[str] = set()
    leading: set[int] = set()  # `order` of each article's best entry
    for entry in ranked:
        if entry[4].id not in firsts:
            firsts.add(entry[4].id)
            leading.add(entry[1])
    spread = [e for e in ranked if e[1] in leading] + [e for e in ranked if e[1] not in leading]
    chosen: list[KeyFigure] = []
    amounts: set[tuple[float, float | None, str | None]] = set()
    sentences: set[str] = set()
    for _, _, grouped, members, article in spread:
        mine = {(f.value, f.value_max, f.unit) for f in members}
        words = fingerprint(grouped.sentence).text
        if mine & amounts or words in sentences:
            continue
        amounts |= mine
        sentences.add(words)
        chosen.append(KeyFigure(figure=grouped, source=attribution(article)))
        if len(chosen) == MAX_KEY_FIGURES:
            break
    return chosen


_FigureGroups = list[tuple[float, Figure, list[Figure]]]
_FIGURE_CACHE_SIZE = 8192
_figure_groups: weakref.WeakKeyDictionary[
    TopicSet, BoundedCache[tuple[str, str, str], _FigureGroups]
] = weakref.WeakKeyDictionary()


def _relevant_figures(article: Article, topic: Topic, topics: TopicSet) -> _FigureGroups:
    """(relevance, grouped figure, members) per sentence of the article relevant to the topic.

    A function of the article's content and the topic, so it is remembered per topic set:
    a brief re-reads up to 200 candidates, and this was a third of its cost.
    """
    if not any(own is topic for own in topics.topics):
        return _figure_groups_of(article, topic, topics)
    cache = _figure_groups.setdefault(topics, BoundedCache(_FIGURE_CACHE_SIZE))
    key = (topic.id, article.id, article.content_hash)
    return cache.get_or_compute(key, lambda: _figure_groups_of(article, topic, topics))


def _figure_groups_of(article: Article, topic: Topic, topics: TopicSet) -> _FigureGroups:
    found: _FigureGroups = []
    telling = [f for f in article.figures if not trivial(f)]
    for sentence, members in by_sentence(telling).items():
        relevance = topics.score_sentence(sentence, topic)
        if relevance >= topic.sentence_threshold:
            found.append((relevance, group_figures(members), members))
    return found


def by_sentence(figures: Sequence[Figure]) -> dict[str, list[Figure]]:
    grouped: dict[str, list[Figure]] = {}
    for figure in figures:
        members = grouped.setdefault(figure.sentence, [])
        if figure not in members:
            members.append(figure)
    return grouped


def group_figures(figures: Sequence[Figure]) -> Figure:
    """One figure standing for all figures of one sentence, its text a verbatim span.

    Close figures are shown as the span covering them, with a leading "from"/"between" kept
    ("from roughly 12 billion cubic meters to 20"); far-apart ones give the first with a unit.
    """
    sentence = figures[0].sentence
    placed = sorted(
        ((sentence.find(f.text), f) for f in figures if f.text in sentence),
        key=lambda pair: (pair[0], -len(pair[1].text)),
    )
    if len(placed) < 2:
        return figures[0]
    first, last = placed[0], max(placed, key=lambda pair: pair[0] + len(pair[1].text))
    start, end = first[0], last[0] + len(last[1].text)
    if end - start > FIGURE_GROUP_SPAN_CHARS:
        return next((f for _, f in placed if f.unit), placed[0][1])
    lead = _RANGE_LEAD.search(sentence, max(0, start - 12), start)
    if lead is not None:
        start = lead.start()
    low, high = first[1], last[1]
    between = sentence[first[0] + len(low.text) : last[0]]
    ranged = _RANGE_JOIN.fullmatch(between) is not None and high.unit in (None, low.unit)
    return Figure(
        text=sentence[start:end],
        value=low.value,
        value_max=(high.value_max or high.value) if ranged else low.value_max,
        unit=low.unit or high.unit,
        sentence=sentence,
    )


def trivial(figure: Figure) -> bool:
    """ "the two countries", "both sides": a count a reader needs no figure for."""
    return figure.value < 3 and not any(c.isdigit() for c in figure.text)


def amounts_of(keys: Sequence[KeyFigure]) -> set[tuple[float, str | None]]:
    """(value, unit) of every amount the key figures show, for units that identify a fact."""
    found: set[tuple[float, str | None]] = set()
    for key in keys:
        if key.figure.unit:
            found.add((key.figure.value, key.figure.unit))
            if key.figure.value_max is not None:
                found.add((key.figure.value_max, key.figure.unit))
    return found
