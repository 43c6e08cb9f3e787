"""Build a short per-topic briefing from articles: extractive, attributed, recent first.

Pure: a function of the topic, the articles and `now`. Every sentence in the result is copied
verbatim from an article paragraph; near-duplicate facts from several sources become one item
that cites them all. Size is budgeted in characters of rendered text (about 1,200 by default).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from briefings.models import (
    Article,
    AttributedQuote,
    Attribution,
    Briefing,
    BriefingItem,
    DateOrigin,
    Figure,
    KeyFigure,
    Quote,
)
from briefings.topics import ArticleSentences, Topic, TopicSet

MAX_CANDIDATE_ARTICLES = 40
MAX_OPTIONS = 80  # best sentences considered for items (and for spotting duplicates)
MAX_SOURCES_PER_ITEM = 3  # a fact republished by ten outlets cites the three best
SAME_ARTICLE_DECAY = 0.7  # each further item from one article competes at 70% of its score
MAX_KEY_FIGURES = 3
MAX_QUOTE_CHARS = 220
MAX_ITEM_CHARS = 420
RECENCY_HALF_LIFE_DAYS = 90.0
RECENCY_FLOOR = 0.35
UNDATED_AGE_DAYS = 365
QUESTION_PENALTY = 0.25
FIGURE_BOOST = 2.0
DUPLICATE_SET_RATIO = 80.0
DUPLICATE_SORT_RATIO = 50.0
FIGURE_CONTEXT_CHARS = 64

# Rendered overhead, in characters, of the parts around the article text (see templates).
HEADER_CHARS = 70
ITEM_OVERHEAD_CHARS = 8
SOURCE_CHARS = 22
FIGURES_HEADER_CHARS = 14
QUOTE_OVERHEAD_CHARS = 12

_WORD = re.compile(r"\w+")
_LEADING_MARKS = re.compile(r"^[\s\-–—•*]+")
_ANAPHORA = re.compile(
    r"^(?:this|that|these|those|it|its|such|so|and|but|thus|therefore|he|she|they|"
    r"это|этот|эта|эти|он|она|они|также|так|при этом)\b",
    re.IGNORECASE,
)
_STOPWORD_TEXT = """
    a an the and or but of to in on at by for with from as is are was were be been being has
    have had it its this that these those which who whom whose there their they them he she his her
    we our you your i not no also now then than so such very more most into over about after before
    will would can could may might should must do does did done said says say according
    и в во на с со по к ко о об от до из за для не но а же что как это так также уже его ее её их
    они он она мы вы я был была были быть будет который которая которые"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_DEDUP_MIN_WORDS = 4


@dataclass(slots=True)
class _Candidate:
    article: Article
    paragraph: int
    index: int
    relevance: float
    score: float


@dataclass(slots=True)
class _Item:
    sentences: list[str]
    words: Fingerprint
    score: float
    sources: list[Attribution] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)


def display_sentence(sentence: str) -> str:
    """The sentence without an interview's leading dash or bullet (still a verbatim substring)."""
    return _LEADING_MARKS.sub("", sentence)


def attribution(article: Article) -> Attribution:
    """Where a fact comes from, as a briefing cites it."""
    return Attribution(
        article_id=article.id,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        date_origin=article.date_origin,
        url=article.url,
    )


def recency(article: Article, now: dt.datetime) -> float:
    """1.0 for today, halving its lead over the floor every RECENCY_HALF_LIFE_DAYS."""
    if article.published is not None:
        age = max(0, (now.date() - article.published).days)
        factor = 0.95 if article.date_origin is DateOrigin.INFERRED else 1.0
    elif article.ingested_at is not None:
        # Published no later than ingested: a lower bound on its age, so trust it a bit less.
        age = max(0, (now - _aware(article.ingested_at, now)).days)
        factor = 0.85
    else:
        age, factor = UNDATED_AGE_DAYS, 0.85
    decay = math.exp(-math.log(2) * age / RECENCY_HALF_LIFE_DAYS)
    return factor * (RECENCY_FLOOR + (1.0 - RECENCY_FLOOR) * decay)


def _aware(moment: dt.datetime, like: dt.datetime) -> dt.datetime:
    """Make `moment` comparable with `like` (naive and aware datetimes cannot be subtracted)."""
    if (moment.tzinfo is None) == (like.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.replace(tzinfo=None)


def _length_factor(length: int) -> float:
    if length < 40:
        return 0.3
    if length < 60:
        return 0.7
    if length <= 280:
        return 1.0
    if length <= MAX_ITEM_CHARS:
        return 0.75
    return 0.3


class Fingerprint(NamedTuple):
    """A sentence's content words, for near-duplicate detection."""

    text: str  # the content words, in order
    words: frozenset[str]


@lru_cache(maxsize=50_000)
def fingerprint(text: str) -> Fingerprint:
    """Lower-cased content words of `text` (stopwords and one-letter words dropped)."""
    words = [w for w in _WORD.findall(text.casefold()) if w not in _STOPWORDS and len(w) > 1]
    return Fingerprint(" ".join(words), frozenset(words))


def same_fact(a: str, b: str) -> bool:
    """Two sentences state the same fact: nearly the same content words."""
    return _same(fingerprint(a), fingerprint(b))


def _same(a: Fingerprint, b: Fingerprint) -> bool:
    if a.text == b.text:
        return True
    smaller = min(len(a.words), len(b.words))
    # token_set_ratio >= 80 needs most of the smaller set shared; skip rapidfuzz otherwise.
    if smaller < _DEDUP_MIN_WORDS or len(a.words & b.words) < smaller // 2:
        return False
    return (
        fuzz.token_set_ratio(a.text, b.text) >= DUPLICATE_SET_RATIO
        and fuzz.token_sort_ratio(a.text, b.text) >= DUPLICATE_SORT_RATIO
    )


def figure_context(figure: Figure, width: int = FIGURE_CONTEXT_CHARS) -> str:
    """A verbatim window of the figure's sentence around the figure, cut at word boundaries."""
    sentence = display_sentence(" ".join(figure.sentence.split()))
    if len(sentence) <= width:
        return sentence
    at = sentence.find(figure.text)
    if at < 0:
        at = 0
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
    return ("…" if start > 0 else "") + window + ("…" if end < len(sentence) else "")


def _source_chars(source: Attribution) -> int:
    name = source.outlet or source.title
    return min(len(name), 60) + SOURCE_CHARS


def _item_chars(sentences: Sequence[str], sources: Sequence[Attribution]) -> int:
    text = sum(len(s) + 1 for s in sentences)
    return text + ITEM_OVERHEAD_CHARS + sum(_source_chars(s) for s in sources)


def _candidate_articles(
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


def _figure_sentences(article: Article) -> set[str]:
    return {figure.sentence for figure in article.figures}


def _candidates(
    topic: Topic,
    articles: Sequence[Article],
    now: dt.datetime,
    topics: TopicSet,
) -> tuple[list[_Candidate], dict[str, ArticleSentences]]:
    found: list[_Candidate] = []
    texts: dict[str, ArticleSentences] = {}
    for article in articles:
        sentences = topics.article_sentences(article)
        scores = topics.sentence_scores(article, topic)
        texts[article.id] = sentences
        fresh = recency(article, now)
        figure_sentences = _figure_sentences(article)
        for p, (paragraph, paragraph_scores) in enumerate(zip(sentences, scores, strict=True)):
            asks = bool(paragraph) and paragraph[-1].rstrip().endswith("?")
            for i, (sentence, relevance) in enumerate(
                zip(paragraph, paragraph_scores, strict=True)
            ):
                if relevance < topic.sentence_threshold:
                    continue
                score = min(relevance, 10.0)
                figures = sum(1 for f in figure_sentences if sentence in f or f in sentence)
                score += FIGURE_BOOST * min(figures, 2)
                score *= fresh * _length_factor(len(display_sentence(sentence)))
                if asks or sentence.rstrip().endswith("?"):
                    score *= QUESTION_PENALTY
                found.append(_Candidate(article, p, i, relevance, score))
    found.sort(key=lambda c: (-c.score, c.article.id, c.paragraph, c.index))
    return found, texts


def _expand(
    candidate: _Candidate, paragraph: Sequence[str], scores: Sequence[float], topic: Topic
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
    if i > 0 and _ANAPHORA.match(main) and not paragraph[i - 1].rstrip().endswith("?"):
        before = display_sentence(paragraph[i - 1])
        if len(before) + len(main) <= MAX_ITEM_CHARS:
            return [before, main]
    if i + 1 < len(paragraph):
        after = paragraph[i + 1]
        useful = scores[i + 1] >= topic.sentence_threshold / 2 and _ANAPHORA.match(after)
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


def _pick_quote(
    topic: Topic, articles: Sequence[Article], now: dt.datetime, topics: TopicSet
) -> AttributedQuote | None:
    best: tuple[float, Quote, Article] | None = None
    for article in articles:
        fresh = recency(article, now)
        for quote in article.quotes:
            if not quote.speaker:
                continue
            excerpt, relevance = _quote_excerpt(quote.text, topic, topics)
            if relevance < topic.sentence_threshold or not excerpt:
                continue
            score = relevance * fresh
            if best is None or score > best[0]:
                trimmed = quote.model_copy(update={"text": excerpt})
                best = (score, trimmed, article)
    if best is None:
        return None
    return AttributedQuote(quote=best[1], source=attribution(best[2]))


def _quote_excerpt(text: str, topic: Topic, topics: TopicSet) -> tuple[str, float]:
    """The most relevant run of the quote's sentences that fits MAX_QUOTE_CHARS (verbatim).

    A sentence opening with "This"/"So"/"It" takes the one before it, when that fits too.
    """
    sentences = topics.split(text)
    if not sentences:
        return "", 0.0
    scores = [topics.score_sentence(s, topic) for s in sentences]
    fitting = [k for k, s in enumerate(sentences) if len(display_sentence(s)) <= MAX_QUOTE_CHARS]
    if not fitting:
        return "", 0.0
    best = max(fitting, key=lambda k: (scores[k], -k))
    chosen = display_sentence(sentences[best])
    if best > 0 and _ANAPHORA.match(chosen):
        longer = f"{display_sentence(sentences[best - 1])} {chosen}"
        if len(longer) <= MAX_QUOTE_CHARS and longer in text:
            chosen = longer
    elif best + 1 < len(sentences) and scores[best + 1] >= topic.sentence_threshold:
        longer = f"{chosen} {sentences[best + 1]}"
        if len(longer) <= MAX_QUOTE_CHARS and longer in text:
            chosen = longer
    # A quote cut out of a sentence keeps its trailing comma ("next steps,"); drop it.
    return chosen.rstrip(" ,;:"), scores[best]


def _pick_figures(
    topic: Topic, articles: Sequence[Article], now: dt.datetime, topics: TopicSet
) -> list[KeyFigure]:
    ranked: list[tuple[float, int, Figure, Article]] = []
    order = 0
    for article in articles:
        fresh = recency(article, now)
        for figure in article.figures:
            relevance = topics.score_sentence(figure.sentence, topic)
            if relevance < topic.sentence_threshold:
                continue
            unit_bonus = 1.2 if figure.unit else 1.0
            ranked.append((min(relevance, 10.0) * fresh * unit_bonus, order, figure, article))
            order += 1
    ranked.sort(key=lambda entry: (-entry[0], entry[1]))
    chosen: list[KeyFigure] = []
    seen: set[tuple[float, float | None, str | None]] = set()
    for _, _, figure, article in ranked:
        key = (figure.value, figure.value_max, figure.unit)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(KeyFigure(figure=figure, source=attribution(article)))
        if len(chosen) == MAX_KEY_FIGURES:
            break
    return chosen


def _figure_chars(key: KeyFigure) -> int:
    return len(figure_context(key.figure)) + min(len(key.source.outlet or key.source.title), 60) + 6


def _figures_chars(keys: Sequence[KeyFigure]) -> int:
    if not keys:
        return 0
    return FIGURES_HEADER_CHARS + sum(_figure_chars(k) for k in keys)


def _quote_chars(quote: AttributedQuote) -> int:
    speaker = len(quote.quote.speaker or "")
    return len(quote.quote.text) + speaker + QUOTE_OVERHEAD_CHARS + _source_chars(quote.source)


@dataclass(slots=True)
class _Option:
    """A candidate fact, expanded to the sentences an item would show."""

    candidate: _Candidate
    sentences: list[str]
    words: Fingerprint
    source: Attribution


@dataclass(slots=True)
class _Selection:
    """Items chosen so far and the characters they will take once rendered."""

    max_items: int
    items: list[_Item] = field(default_factory=list)
    used: int = 0

    def fill(self, options: Sequence[_Option], limit: int) -> None:
        """Add the best options that fit in `limit` characters; twins add their source.

        Options come best first; one from an article that already has k items competes at
        score * SAME_ARTICLE_DECAY**k, so a brief draws on several sources when it can.
        """
        deferred: list[tuple[float, int, int, _Option]] = []  # (-score, order, k, option)
        position = 0
        while position < len(options) or deferred:
            if deferred and (
                position >= len(options) or -deferred[0][0] >= options[position].candidate.score
            ):
                _, order, seen_k, option = heapq.heappop(deferred)
                k = self._from_article(option)
                if k != seen_k:  # another item from its article was added meanwhile
                    self._defer(deferred, option, order, k)
                    continue
            else:
                option = options[position]
                k = self._from_article(option)
                if k and len(self.items) < self.max_items and not self._twin(option):
                    self._defer(deferred, option, position, k)
                    position += 1
                    continue
                position += 1
            self._take(option, limit)

    def _from_article(self, option: _Option) -> int:
        article_id = option.source.article_id
        return sum(1 for item in self.items if article_id in item.article_ids)

    def _twin(self, option: _Option) -> _Item | None:
        return next((item for item in self.items if _overlaps(item, option)), None)

    @staticmethod
    def _defer(
        heap: list[tuple[float, int, int, _Option]], option: _Option, order: int, k: int
    ) -> None:
        score = option.candidate.score * SAME_ARTICLE_DECAY**k
        heapq.heappush(heap, (-score, order, k, option))

    def _take(self, option: _Option, limit: int) -> None:
        """Merge the option into its twin item, or make it a new item if it fits."""
        twin = self._twin(option)
        article_id = option.source.article_id
        if twin is not None:
            extra = _source_chars(option.source)
            if (
                article_id not in twin.article_ids
                and len(twin.sources) < MAX_SOURCES_PER_ITEM
                and self.used + extra <= limit
            ):
                twin.sources.append(option.source)
                twin.article_ids.add(article_id)
                self.used += extra
            return
        if len(self.items) >= self.max_items:
            return
        sentences = option.sentences
        cost = _item_chars(sentences, [option.source])
        if self.items and self.used + cost > limit:
            return
        if not self.items and cost > limit and len(sentences) > 1:
            sentences = sentences[:1]
            cost = _item_chars(sentences, [option.source])
        self.items.append(
            _Item(
                list(sentences), option.words, option.candidate.score, [option.source], {article_id}
            )
        )
        self.used += cost


def _overlaps(item: _Item, option: _Option) -> bool:
    """Same fact as an item, or shares a sentence with it (an expanded neighbour)."""
    if any(s in item.sentences for s in option.sentences):
        return True
    return _same(item.words, option.words)


def build_briefing(
    topic: Topic,
    articles: Sequence[Article],
    now: dt.datetime,
    *,
    topics: TopicSet,
    max_chars: int = 1200,
    max_items: int = 5,
) -> Briefing:
    """A briefing on `topic` from `articles`, about `max_chars` characters once rendered.

    Facts (items) come first; a quote and a key-figures block take at most a third of the
    budget each, and whatever they leave unused goes back to facts.
    """
    pool, eligible = _candidate_articles(topic, articles, now)
    candidates, texts = _candidates(topic, pool, now, topics)
    budget = max_chars - HEADER_CHARS - len(topic.title)

    quote = _pick_quote(topic, pool, now, topics)
    if quote is not None and _quote_chars(quote) > budget // 3:
        quote = None
    quote_words = fingerprint(quote.quote.text) if quote is not None else None
    options: list[_Option] = []
    for candidate in candidates[:MAX_OPTIONS]:
        article = candidate.article
        paragraph = texts[article.id][candidate.paragraph]
        scores = topics.sentence_scores(article, topic)[candidate.paragraph]
        sentences = _expand(candidate, paragraph, scores, topic)
        words = fingerprint(" ".join(sentences))
        # The quote is shown on its own; an item repeating it would waste the budget.
        if (
            quote is not None
            and quote_words is not None
            and (_same(words, quote_words) or quote.quote.text in " ".join(sentences))
        ):
            continue
        options.append(_Option(candidate, sentences, words, attribution(article)))

    figure_pool = _pick_figures(topic, pool, now, topics)
    reserve_quote = _quote_chars(quote) if quote is not None else 0
    reserve_figures = min(_figures_chars(figure_pool[:2]), budget // 3)
    selection = _Selection(max_items)
    selection.fill(options, budget - reserve_quote - reserve_figures)
    if not selection.items:
        return Briefing(
            topic_id=topic.id,
            topic_title=topic.title,
            generated_at=now,
            items=[],
            article_count=eligible,
        )
    if quote is not None and selection.used + reserve_quote > budget:
        quote, reserve_quote = None, 0

    shown = [s for item in selection.items for s in item.sentences]
    figures: list[KeyFigure] = []
    room = min(budget - selection.used - reserve_quote, budget // 3)
    for key in figure_pool:
        sentence = display_sentence(key.figure.sentence)
        if any(sentence in s or s in sentence for s in shown):
            continue  # already visible in an item
        if _figures_chars([*figures, key]) > room:
            break
        figures.append(key)
    # Whatever the quote and figures left unused goes back to facts.
    selection.fill(options, budget - reserve_quote - _figures_chars(figures))

    items = sorted(selection.items, key=lambda item: -item.score)
    cited = [s for item in items for s in item.sources]
    cited += [k.source for k in figures]
    if quote is not None:
        cited.append(quote.source)
    dates = [s.published for s in cited if s.published is not None]
    return Briefing(
        topic_id=topic.id,
        topic_title=topic.title,
        generated_at=now,
        items=[
            BriefingItem(sentences=item.sentences, sources=item.sources, score=round(item.score, 4))
            for item in items
        ],
        key_figures=figures,
        quote=quote,
        newest=max(dates) if dates else None,
        oldest=min(dates) if dates else None,
        article_count=eligible,
    )
