"""Candidates for a brief: the topic's articles, their best sentences, expanded to options.

Apart from `selection` because this is the offer, computed once per topic and article set
(and reused when a brief is built anew), while `selection` is the fill: which options a
given budget takes and how they merge into items.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from briefings.digest.dedup import fingerprint
from briefings.digest.items import Candidate, Option
from briefings.digest.keyness import per_char
from briefings.digest.profile import article_candidates
from briefings.digest.scoring import (
    MAX_ITEM_CHARS,
    attribution,
    display_sentence,
    recency,
    refers_back,
)
from briefings.digest.spans import balanced, informative_span, is_furniture, shows_junk
from briefings.digest.stories import story_groups
from briefings.models import Article
from briefings.topics import ArticleSentences, Topic, TopicSet

__all__ = [
    "MAX_CANDIDATE_ARTICLES",
    "MAX_OPTIONS",
    "MAX_PER_ARTICLE",
    "candidate_articles",
    "candidate_sentences",
    "expand",
    "expand_options",
]

MAX_CANDIDATE_ARTICLES = 40
MAX_OPTIONS = 40  # best sentences considered for items (and for spotting duplicates)
MAX_PER_ARTICLE = 8  # an article's best candidates considered for a brief (at most)


def candidate_articles(
    topic: Topic, articles: Sequence[Article], now: dt.datetime
) -> tuple[list[Article], int]:
    """Articles about the topic, best prior first, and how many there were.

    Articles never classified (no topic_scores) are given a chance; those classified without
    this topic are not.
    """
    ranked: list[tuple[float, int, Article]] = []
    for position, article in enumerate(articles):
        if article.topic_scores and topic.id not in article.topics:
            continue
        prior = math.log1p(article.topic_scores.get(topic.id, 10.0))
        ranked.append((prior * recency(article, now), position, article))
    ranked.sort(key=lambda entry: (-entry[0], entry[1]))
    return [article for _, _, article in ranked[:MAX_CANDIDATE_ARTICLES]], len(ranked)


def candidate_sentences(
    topic: Topic,
    articles: Sequence[Article],
    now: dt.datetime,
    topics: TopicSet,
) -> tuple[list[Candidate], dict[str, ArticleSentences]]:
    """Every article's best sentences for the topic, best first.

    What depends only on the article comes from its profile (see `profile`); here only
    recency is added, so a brief built anew does little per article.
    """
    found: list[Candidate] = []
    texts: dict[str, ArticleSentences] = {}
    for article in articles:
        texts[article.id] = topics.article_sentences(article)
        fresh = recency(article, now)
        # Best first: an article's further candidates only matter at SAME_ARTICLE_DECAY**k,
        # and a long article must not crowd the others out of the options.
        for entry in article_candidates(article, topic, topics)[:MAX_PER_ARTICLE]:
            prior = entry.prior * fresh
            found.append(
                Candidate(
                    article,
                    entry.paragraph,
                    entry.index,
                    entry.relevance,
                    prior * entry.density,
                    prior,
                    entry.shown,
                )
            )
    found.sort(key=lambda c: (-c.score, c.article.id, c.paragraph, c.index))
    return found, texts


def expand(
    candidate: Candidate, paragraph: Sequence[str], scores: Sequence[float], topic: Topic
) -> list[str]:
    """The fact's sentence plus one neighbour when it needs its context or carries the figure."""
    i = candidate.index
    main = display_sentence(paragraph[i])
    if i > 0 and _closes_open_quote(main):
        # The splitter cut inside a quotation: show it from the sentence that opens it.
        before = display_sentence(paragraph[i - 1])
        if _opens_quote(before) and len(before) + len(main) <= MAX_ITEM_CHARS:
            return [before, main]
        return [main]
    if i > 0 and refers_back(main) and not paragraph[i - 1].rstrip().endswith("?"):
        before = display_sentence(paragraph[i - 1])
        if len(before) + len(main) <= MAX_ITEM_CHARS:
            return [before, main]
    if i + 1 < len(paragraph):
        after = paragraph[i + 1]
        # Only a relevant follow-up: "Об этом сообщили …" points back but adds no fact.
        useful = scores[i + 1] >= topic.sentence_threshold and refers_back(after)
        useful = useful and not is_furniture(after)
        if useful and not after.rstrip().endswith("?"):
            after = display_sentence(after)
            if len(main) + len(after) <= MAX_ITEM_CHARS:
                return [main, after]
    return [main]


def _closes_open_quote(sentence: str) -> bool:
    """True when the sentence closes a quotation that opened in an earlier sentence."""
    opened = sentence.count("“") + sentence.count("«")
    closed = sentence.count("”") + sentence.count("»")
    if closed > opened:
        return True
    first = sentence.find('"')
    return sentence.count('"') % 2 == 1 and first > 0 and not sentence[first - 1].isspace()


def _opens_quote(sentence: str) -> bool:
    """True when the sentence opens a quotation it does not close."""
    opened = sentence.count("“") + sentence.count("«")
    closed = sentence.count("”") + sentence.count("»")
    if opened > closed:
        return True
    first = sentence.find('"')
    return sentence.count('"') % 2 == 1 and (first == 0 or sentence[first - 1].isspace())


def expand_options(
    candidates: Sequence[Candidate],
    texts: dict[str, ArticleSentences],
    topic: Topic,
    topics: TopicSet,
) -> list[Option]:
    """The best candidates expanded to what an item would show, rescored, best first.

    Weight per character is judged on the expanded text: a sentence that needs its long
    neighbour to make sense costs both.
    """
    options: list[Option] = []
    groups = story_groups([c.article for c in candidates[:MAX_OPTIONS]], topics)
    for candidate in candidates[:MAX_OPTIONS]:
        article = candidate.article
        paragraph = texts[article.id][candidate.paragraph]
        scores = topics.sentence_scores(article, topic)[candidate.paragraph]
        sentences = expand(candidate, paragraph, scores, topic)
        joined = " ".join(sentences)
        if len(sentences) == 1 and candidate.shown:
            # Profiled: never furniture; only the quotation marks are left to check.
            display = [candidate.shown]
            if not (balanced(joined) and balanced(candidate.shown)):
                continue
        else:
            display = [informative_span(s) for s in sentences]
            if shows_junk(joined) or shows_junk(" ".join(display)):
                continue
        words = fingerprint(joined)
        if len(sentences) > 1:
            shown = " ".join(display)
            candidate.score = candidate.prior * per_char(shown)
        story = fingerprint(article.title)
        options.append(
            Option(
                candidate,
                sentences,
                words,
                attribution(article),
                display,
                story,
                groups[article.id],
            )
        )
    options.sort(
        key=lambda o: (
            -o.candidate.score,
            o.candidate.article.id,
            o.candidate.paragraph,
            o.candidate.index,
        )
    )
    return options
