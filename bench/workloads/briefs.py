"""`/brief` in process: our brief built anew or remembered, and sumy's LexRank as the peer."""

from __future__ import annotations

import re
import time

from bench.workloads.common import BRIEF_NOW
from briefings.render import render_messages
from briefings.sentences import split_sentences
from briefings.service import BriefingService
from briefings.topics import Topic


def brief_latencies(
    service: BriefingService, topic: str, count: int, *, remembered: bool = True
) -> tuple[float, list[float], int]:
    """(first call ms, warm call ms..., messages) of brief + render_messages.

    With `remembered=False` every call asks for a slightly different length, so the service's
    memory of finished briefs never answers and each brief is built (as after an ingest or on
    a new day); per-article caches stay warm, as they would in a running bot.
    """
    t0 = time.perf_counter()
    briefing = service.brief(topic, BRIEF_NOW)
    messages = render_messages(briefing)
    cold = (time.perf_counter() - t0) * 1000
    times = []
    for call in range(count):
        max_chars = 1200 if remembered else 1201 + call
        t0 = time.perf_counter()
        messages = render_messages(service.brief(topic, BRIEF_NOW, max_chars=max_chars))
        times.append((time.perf_counter() - t0) * 1000)
    return cold, times, len(messages)


_WORD = re.compile(r"\w+")


class _SumyTokenizer:
    """sumy's own tokenizer needs NLTK's punkt data (no downloads here): split as we do."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return split_sentences(paragraph)


def lexrank_latencies(
    service: BriefingService, topic: Topic, articles: int, count: int
) -> tuple[list[float], int]:
    """Seconds per request for sumy's LexRank over the topic's newest `articles` articles
    (fetched as the brief fetches them), and the number of sentences it ranked."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _SumyTokenizer()
    times = []
    sentences = 0
    for _ in range(count):
        t0 = time.perf_counter()
        found = service.store.for_topic(topic.id, limit=articles)
        document = ObjectDocumentModel(
            [
                Paragraph([Sentence(s, tokenizer) for s in split_sentences(p)])
                for a in found
                for p in a.paragraphs
            ]
        )
        summarizer = LexRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizer(document, 5)
        times.append(time.perf_counter() - t0)
        sentences = len(document.sentences)
    return times, sentences
