"""The baselines a brief is compared with: the same articles' sentences, ranked simply.

Apart from `benchmark` because they are rankers, not measurement: each turns a topic's
articles into an ordered list of sentences, which the benchmark cuts to the brief's length.
LexRank needs the optional `sumy`, imported only when it runs.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence

from briefings.models import Article
from briefings.topics import TopicSet

__all__ = ["lead_k", "lexrank", "random_sentences"]

_WORD = re.compile(r"\w+")


def _newest_first(articles: Sequence[Article]) -> list[Article]:
    def when(article: Article) -> dt.datetime:
        if article.published is not None:
            return dt.datetime.combine(article.published, dt.time(), tzinfo=dt.UTC)
        moment = article.ingested_at or dt.datetime.min
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    return sorted(articles, key=when, reverse=True)


def _sentences(article: Article, topics: TopicSet) -> list[str]:
    return [s for paragraph in topics.article_sentences(article) for s in paragraph]


def lead_k(articles: Sequence[Article], topics: TopicSet) -> list[str]:
    """First sentences round-robin over the articles, newest first."""
    per_article = [_sentences(a, topics) for a in _newest_first(articles)]
    order: list[str] = []
    for depth in range(max((len(s) for s in per_article), default=0)):
        order.extend(s[depth] for s in per_article if depth < len(s))
    return order


def random_sentences(articles: Sequence[Article], topics: TopicSet, seed: int) -> list[str]:
    pool = [s for a in articles for s in _sentences(a, topics)]
    random.Random(seed).shuffle(pool)
    return pool


def lexrank(articles: Sequence[Article], topics: TopicSet) -> list[str]:
    """The articles' sentences, most central first (sumy's LexRank, default settings)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class Tokenizer:  # sumy's own needs NLTK data, which is never downloaded here
        language = "english"

        def to_words(self, sentence: str) -> list[str]:
            return _WORD.findall(sentence)

        def to_sentences(self, paragraph: str) -> tuple[str, ...]:
            return topics.split(paragraph)

    tokenizer = Tokenizer()
    document = ObjectDocumentModel(
        [
            Paragraph([Sentence(s, tokenizer) for s in topics.split(p)])
            for a in articles
            for p in a.paragraphs
        ]
    )
    sentences = list(document.sentences)
    if not sentences:
        return []
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    # sumy returns its best sentences in document order; rank by rating, computed as it does.
    summarizer._ensure_dependencies_installed()
    sets = [summarizer._to_words_set(s) for s in sentences]
    matrix = summarizer._create_matrix(
        sets, summarizer.threshold, summarizer._compute_tf(sets), summarizer._compute_idf(sets)
    )
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    order = sorted(range(len(sentences)), key=lambda i: (-float(scores[i]), i))
    return [str(sentences[i]) for i in order]
