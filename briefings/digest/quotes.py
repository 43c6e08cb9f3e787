"""The brief's quote: the densest relevant verbatim excerpt of a named speaker's words."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Sequence

from briefings.cache import BoundedCache
from briefings.digest.scoring import (
    MAX_RELEVANCE,
    attribution,
    display_sentence,
    fact_density,
    recency,
    refers_back,
    title_echo,
)
from briefings.models import Article, AttributedQuote, Quote
from briefings.topics import Topic, TopicSet

MAX_QUOTE_CHARS = 220
ANAPHORA_ALONE_PENALTY = 0.3  # a quote opening "This ..." without what it refers to
MIN_QUOTE_CHARS = 40
CLAUSE_PENALTY = 0.8  # part of a sentence quoted, rather than a whole one
_CLAUSE_BREAK = re.compile(
    r"(?<=[,;:—–])\s+|\s+(?=(?:and|but|so)\s+(?:that|this|these|it|we|they|he|she|i|you|there)\s)"
    r"|\s+(?=(?:which|because|while)\s)",
    re.IGNORECASE,
)
_DANGLING_START = re.compile(
    r"(?:and|but|or|so|because|which|while|that|to|of|where|when|as|than|not|also|then|"
    r"и|но|а|или|что|который|которая|которые|чтобы)\b",
    re.IGNORECASE,
)


def pick_quote(
    topic: Topic,
    articles: Sequence[Article],
    now: dt.datetime,
    topics: TopicSet,
    avoid: Sequence[str] = (),
) -> AttributedQuote | None:
    """The densest relevant excerpt of a quote with a named speaker.

    Sentences in `avoid` (those the key figures already show) are a last resort, so the
    quote adds a fact rather than repeating one.
    """
    best: tuple[float, Quote, Article] | None = None
    for article in articles:
        fresh = recency(article, now)
        for quote in article.quotes:
            if not quote.speaker:
                continue
            excerpt, relevance, weight = _cached_excerpt(quote.text, topic, topics, avoid)
            if relevance < topic.sentence_threshold or not excerpt:
                continue
            score = weight * fresh * title_echo(excerpt, article.title)
            if best is None or score > best[0]:
                trimmed = quote.model_copy(update={"text": excerpt})
                best = (score, trimmed, article)
    if best is None:
        return None
    return AttributedQuote(quote=best[1], source=attribution(best[2]))


_Excerpt = tuple[str, float, float]
_EXCERPT_CACHE_SIZE = 20_000
_excerpts: weakref.WeakKeyDictionary[
    TopicSet, BoundedCache[tuple[str, str, tuple[str, ...]], _Excerpt]
] = weakref.WeakKeyDictionary()


def _cached_excerpt(text: str, topic: Topic, topics: TopicSet, avoid: Sequence[str]) -> _Excerpt:
    """`_quote_excerpt`, remembered per topic set: a bot asks for the same topics all day."""
    if not any(own is topic for own in topics.topics):
        return _quote_excerpt(text, topic, topics, avoid)
    cache = _excerpts.setdefault(topics, BoundedCache(_EXCERPT_CACHE_SIZE))
    key = (topic.id, text, tuple(avoid))
    return cache.get_or_compute(key, lambda: _quote_excerpt(text, topic, topics, avoid))


def _quote_excerpt(
    text: str, topic: Topic, topics: TopicSet, avoid: Sequence[str] = ()
) -> tuple[str, float, float]:
    """The best verbatim excerpt of a quote: (text, relevance, weight), or ("", 0, 0).

    A sentence that fits MAX_QUOTE_CHARS is taken whole (a sentence opening with "This"/"So"
    takes the one before it when that fits too, or a relevant one after); a longer one gives
    its densest run of clauses ("we are now in the process of agreeing a new framework for
    partnership between NATO and Azerbaijan").
    """
    sentences = topics.split(text)
    best: tuple[float, float, str] = (0.0, 0.0, "")
    for k, sentence in enumerate(sentences):
        relevance = topics.score_sentence(sentence, topic)
        if relevance < topic.sentence_threshold:
            continue
        chosen = display_sentence(sentence)
        if len(chosen) > MAX_QUOTE_CHARS:
            chosen, relevance = _best_clauses(chosen, topic, topics)
            if not chosen:
                continue
            weight = min(relevance, MAX_RELEVANCE) * fact_density(chosen) * CLAUSE_PENALTY
        else:
            weight = min(relevance, MAX_RELEVANCE) * fact_density(chosen)
            if refers_back(chosen):
                longer = f"{display_sentence(sentences[k - 1])} {chosen}" if k else ""
                if k and len(longer) <= MAX_QUOTE_CHARS and longer in text:
                    chosen = longer
                else:
                    weight *= ANAPHORA_ALONE_PENALTY
            elif k + 1 < len(sentences):
                longer = f"{chosen} {sentences[k + 1]}"
                follows = topics.score_sentence(sentences[k + 1], topic)
                if (
                    follows >= topic.sentence_threshold
                    and len(longer) <= MAX_QUOTE_CHARS
                    and longer in text
                ):
                    chosen = longer
        if any(chosen in shown or shown in chosen for shown in avoid):
            weight *= 0.2
        if weight > best[0]:
            # A quote cut out of a sentence keeps its trailing comma ("next steps,"); drop it.
            best = (weight, relevance, chosen.rstrip(" ,;:—–"))
    return best[2], best[1], best[0]


def _best_clauses(sentence: str, topic: Topic, topics: TopicSet) -> tuple[str, float]:
    """The densest run of clauses of a long sentence that fits MAX_QUOTE_CHARS, verbatim."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    best: tuple[float, str, float] = (0.0, "", 0.0)
    for i in range(len(cuts) - 1):
        for j in range(i + 1, len(cuts)):
            run = sentence[cuts[i] : cuts[j]].strip(" ,;:—–")
            if len(run) > MAX_QUOTE_CHARS:
                break
            if len(run) < MIN_QUOTE_CHARS or _DANGLING_START.match(run):
                continue
            relevance = topics.score_sentence(run, topic)
            if relevance < topic.sentence_threshold:
                continue
            weight = min(relevance, MAX_RELEVANCE) * fact_density(run)
            if weight > best[0]:
                best = (weight, run, relevance)
    return best[1], best[2]
