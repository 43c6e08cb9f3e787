"""Build a short per-topic briefing from articles: extractive, attributed, recent first.

Pure: a function of the topic, the articles and `now`. Every sentence in the result is copied
verbatim from an article paragraph; near-duplicate facts from several sources become one item
that cites them all. Size is budgeted in characters of rendered text (about 1,200 by default).

A brief is short, so facts compete on density: topic relevance, figures and recency (relative to
the newest candidate), times specificity (named entities, numbers; hedges count against), per
character shown, and a bonus for restating the headline. Each fact is shown once: a key
figure's sentence is not repeated as an item, the quote prefers a fact the figures do not show,
and no item repeats the quote.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import weakref
from collections import OrderedDict
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
FIGURE_GROUP_SPAN_CHARS = 70  # figures of one sentence closer than this show as one span
# Fact density: a brief is short, so a sentence earns its place by facts per character.
DENSE_ITEM_CHARS = 150  # longer items pay (DENSE_ITEM_CHARS / length) ** LENGTH_EXPONENT
LENGTH_EXPONENT = 0.6
MAX_RELEVANCE = 10.0
ENTITY_BONUS = 0.15  # per distinct named entity (up to MAX_ENTITIES)
MAX_ENTITIES = 4
NUMBER_BONUS = 0.2  # per number (up to 2): amounts, counts, durations
VAGUE_PENALTY = 0.12  # per hedge or evaluative word ("very important", "I hope")
ANAPHORA_ALONE_PENALTY = 0.3  # a quote opening "This ..." without what it refers to
MIN_QUOTE_CHARS = 40
CLAUSE_PENALTY = 0.8  # part of a sentence quoted, rather than a whole one
TITLE_BONUS = 0.5

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
    r"это|этот|эта|эти|он|она|они|также|так|при этом|об этом|кроме того|по его словам|"
    r"по её словам|по ее словам)\b",
    re.IGNORECASE,
)
# "It was extremely important for NATO allies to ..." refers to nothing before it.
_DUMMY_IT = re.compile(
    r"^it\s+(?:is|was|has\s+been|will\s+be|would\s+be|remains)\s+(?:\w+\s+){0,2}?"
    r"(?:important|necessary|essential|clear|expected|possible|likely|vital|crucial|time)\b",
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
_NAME_RUN = re.compile(r"[A-ZА-ЯЁ][\w’'-]*(?:[ -][A-ZА-ЯЁ][\w’'-]*)*")
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozen|half|"
    r"два|две|три|четыре|пять|десять|сто|тысяч\w*|миллион\w*|миллиард\w*)\b",
    re.IGNORECASE,
)
_VAGUE_TEXT = """
    important very really extremely significant crucial pivotal key hope believe think
    successful prospects possibilities various certain course absolutely actually indeed
    важно важный важная важным очень весьма особо надеюсь считаю перспективы"""
_VAGUE = frozenset(_VAGUE_TEXT.split())
# Where a long sentence may be cut for a quote excerpt: after , ; : or a dash, or before a
# conjunction that starts a new clause.
_CLAUSE_BREAK = re.compile(
    r"(?<=[,;:—–])\s+|\s+(?=(?:and|but|so)\s+(?:that|this|these|it|we|they|he|she|i|you|there)\s)"
    r"|\s+(?=(?:which|because|while)\s)",
    re.IGNORECASE,
)
# A quoted run of clauses must not open mid-thought ("but also ...", "because peace ...").
_DANGLING_START = re.compile(
    r"(?:and|but|or|so|because|which|while|that|to|of|where|when|as|than|not|also|then|"
    r"и|но|а|или|что|который|которая|которые|чтобы)\b",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–|—|до|и|по)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"(?:from|between|с|от)\s+$", re.IGNORECASE)
_DEDUP_MIN_WORDS = 4


@dataclass(slots=True)
class _Candidate:
    article: Article
    paragraph: int
    index: int
    relevance: float
    score: float
    prior: float  # relevance, figures, recency; `score` also weighs fact density


@dataclass(slots=True)
class _Item:
    sentences: list[str]
    words: Fingerprint
    score: float
    sources: list[Attribution] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    shown: frozenset[str] = frozenset()  # its sentences, for quick overlap tests


def refers_back(sentence: str) -> bool:
    """The sentence opens with a word pointing at the one before ("This", "So", "They")."""
    return bool(_ANAPHORA.match(sentence)) and not _DUMMY_IT.match(sentence)


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


def _ranking_time(articles: Sequence[Article], now: dt.datetime) -> dt.datetime:
    """`now`, or the end of the newest article's day when every article is older than that."""
    newest = max((a.published for a in articles if a.published is not None), default=None)
    if newest is None or newest >= now.date():
        return now
    return dt.datetime.combine(newest, dt.time(23, 59), tzinfo=now.tzinfo)


def _aware(moment: dt.datetime, like: dt.datetime) -> dt.datetime:
    """Make `moment` comparable with `like` (naive and aware datetimes cannot be subtracted)."""
    if (moment.tzinfo is None) == (like.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.replace(tzinfo=None)


def _length_factor(length: int) -> float:
    """Shorter is denser: full weight up to DENSE_ITEM_CHARS, then a smooth decline."""
    if length < 40:
        return 0.3
    if length < 60:
        return 0.7
    factor = float((DENSE_ITEM_CHARS / max(DENSE_ITEM_CHARS, length)) ** LENGTH_EXPONENT)
    return factor * 0.5 if length > MAX_ITEM_CHARS else factor


@lru_cache(maxsize=50_000)
def specificity(text: str) -> float:
    """How fact-bearing a sentence reads: named entities and numbers up, hedges down.

    "…the Southern Gas Corridor, which has been delivering gas to Europe … for the past four
    years" beats "I really hope … is of course very important": both are on topic, but only
    the first tells the reader something checkable.
    """
    body = display_sentence(text)
    names = {
        run.casefold()
        for run in _NAME_RUN.findall(body)
        if run != "I" and not (body.startswith(run) and " " not in run)
    }
    numbers = len(_NUMBER.findall(body))
    vague = sum(1 for word in _WORD.findall(body.casefold()) if word in _VAGUE)
    bonus = 1.0 + ENTITY_BONUS * min(len(names), MAX_ENTITIES) + NUMBER_BONUS * min(numbers, 2)
    return bonus / (1.0 + VAGUE_PENALTY * min(vague, 4))


def fact_density(text: str) -> float:
    """Specificity times the length factor: the weight of a sentence per character shown."""
    return specificity(text) * _length_factor(len(display_sentence(text)))


def title_echo(text: str, title: str) -> float:
    """1 + TITLE_BONUS * the share of the title's content words the text repeats.

    A headline names the news; a sentence restating it is usually the article's key fact.
    """
    headline = fingerprint(title).words
    if not headline:
        return 1.0
    return 1.0 + TITLE_BONUS * len(headline & fingerprint(text).words) / len(headline)


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
    width = max(width, len(figure.text) + 30)
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
                figures = sum(1 for f in figure_sentences if sentence in f or f in sentence)
                prior = min(relevance, MAX_RELEVANCE) + FIGURE_BOOST * min(figures, 2)
                prior *= fresh
                if asks or sentence.rstrip().endswith("?"):
                    prior *= QUESTION_PENALTY
                score = prior * fact_density(sentence) * title_echo(sentence, article.title)
                found.append(_Candidate(article, p, i, relevance, score, prior))
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
    if i > 0 and refers_back(main) and not paragraph[i - 1].rstrip().endswith("?"):
        before = display_sentence(paragraph[i - 1])
        if len(before) + len(main) <= MAX_ITEM_CHARS:
            return [before, main]
    if i + 1 < len(paragraph):
        after = paragraph[i + 1]
        useful = scores[i + 1] >= topic.sentence_threshold / 2 and refers_back(after)
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
    TopicSet, OrderedDict[tuple[str, str, tuple[str, ...]], _Excerpt]
]
_excerpts = weakref.WeakKeyDictionary()


def _cached_excerpt(text: str, topic: Topic, topics: TopicSet, avoid: Sequence[str]) -> _Excerpt:
    """`_quote_excerpt`, remembered per topic set: a bot asks for the same topics all day."""
    if not any(own is topic for own in topics.topics):
        return _quote_excerpt(text, topic, topics, avoid)
    cache = _excerpts.setdefault(topics, OrderedDict())
    key = (topic.id, text, tuple(avoid))
    found = cache.get(key)
    if found is None:
        found = _quote_excerpt(text, topic, topics, avoid)
        cache[key] = found
        if len(cache) > _EXCERPT_CACHE_SIZE:
            cache.popitem(last=False)
    return found


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


def _pick_figures(
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
    chosen: list[KeyFigure] = []
    amounts: set[tuple[float, float | None, str | None]] = set()
    sentences: set[str] = set()
    for _, _, grouped, members, article in ranked:
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
    TopicSet, OrderedDict[tuple[str, str, str], _FigureGroups]
]
_figure_groups = weakref.WeakKeyDictionary()


def _relevant_figures(article: Article, topic: Topic, topics: TopicSet) -> _FigureGroups:
    """(relevance, grouped figure, members) per sentence of the article relevant to the topic.

    A function of the article's content and the topic, so it is remembered per topic set:
    a brief re-reads up to 200 candidates, and this was a third of its cost.
    """
    if not any(own is topic for own in topics.topics):
        return _figure_groups_of(article, topic, topics)
    cache = _figure_groups.setdefault(topics, OrderedDict())
    key = (topic.id, article.id, article.content_hash)
    found = cache.get(key)
    if found is None:
        found = _figure_groups_of(article, topic, topics)
        cache[key] = found
        if len(cache) > _FIGURE_CACHE_SIZE:
            cache.popitem(last=False)
    return found


def _figure_groups_of(article: Article, topic: Topic, topics: TopicSet) -> _FigureGroups:
    found: _FigureGroups = []
    telling = [f for f in article.figures if not _trivial(f)]
    for sentence, members in _by_sentence(telling).items():
        relevance = topics.score_sentence(sentence, topic)
        if relevance >= topic.sentence_threshold:
            found.append((relevance, group_figures(members), members))
    return found


def _by_sentence(figures: Sequence[Figure]) -> dict[str, list[Figure]]:
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


def _trivial(figure: Figure) -> bool:
    """ "the two countries", "both sides": a count a reader needs no figure for."""
    return figure.value < 3 and not any(c.isdigit() for c in figure.text)


def _figure_chars(key: KeyFigure) -> int:
    return len(figure_context(key.figure)) + min(len(key.source.outlet or key.source.title), 60) + 6


def _figures_chars(keys: Sequence[KeyFigure]) -> int:
    if not keys:
        return 0
    return FIGURES_HEADER_CHARS + sum(_figure_chars(k) for k in keys)


def _quote_chars(quote: AttributedQuote) -> int:
    speaker = len(quote.quote.speaker or "")
    return len(quote.quote.text) + speaker + QUOTE_OVERHEAD_CHARS + _source_chars(quote.source)


@dataclass(slots=True, eq=False)
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
                list(sentences),
                option.words,
                option.candidate.score,
                [option.source],
                {article_id},
                frozenset(sentences),
            )
        )
        self.used += cost


def _overlaps(item: _Item, option: _Option) -> bool:
    """Same fact as an item, or shares a sentence with it (an expanded neighbour)."""
    if not item.shown.isdisjoint(option.sentences):
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

    The best key figures are reserved first (at most a third of the budget): their sentences
    are shown there, compactly, not again as items. The quote prefers a fact the figures do
    not show, and no item repeats it. Facts fill the rest, densest first; whatever the quote
    and figures leave unused goes back to facts.
    """
    pool, eligible = _candidate_articles(topic, articles, now)
    # Rank by age relative to the newest candidate: when every fact is a year old, the newer
    # one should still lead (the age line tells the reader how old they all are).
    ranking_now = _ranking_time(pool, now)
    candidates, texts = _candidates(topic, pool, ranking_now, topics)
    budget = max_chars - HEADER_CHARS - len(topic.title)

    figure_pool = _pick_figures(topic, pool, ranking_now, topics)
    reserved: list[KeyFigure] = []
    for key in figure_pool:
        if _figures_chars([*reserved, key]) > budget // 3:
            break
        reserved.append(key)
    figure_sentences = [display_sentence(k.figure.sentence) for k in reserved]

    quote = _pick_quote(topic, pool, ranking_now, topics, figure_sentences)
    if quote is not None and _quote_chars(quote) > budget // 3:
        quote = None
    options = _options(candidates, texts, topic, topics, quote)
    reserve_quote = _quote_chars(quote) if quote is not None else 0

    selection = _Selection(max_items)
    amounts = _amounts(reserved)
    facts = [o for o in options if not _shows_any(o, figure_sentences, amounts)]
    selection.fill(facts, budget - reserve_quote - _figures_chars(reserved))
    if not selection.items and len(facts) < len(options):
        # Nothing but the figures' own sentences: show them as facts instead.
        selection.fill(options, budget - reserve_quote)
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
    # Whatever the quote and figures left unused goes back to facts (not the figures' own).
    figure_sentences = [display_sentence(k.figure.sentence) for k in figures]
    amounts = _amounts(figures)
    selection.fill(
        [o for o in options if not _shows_any(o, figure_sentences, amounts)],
        budget - reserve_quote - _figures_chars(figures),
    )

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


def _options(
    candidates: Sequence[_Candidate],
    texts: dict[str, ArticleSentences],
    topic: Topic,
    topics: TopicSet,
    quote: AttributedQuote | None,
) -> list[_Option]:
    """The best candidates expanded to what an item would show, rescored, best first.

    Density is judged on the expanded text: a sentence that needs its long neighbour to make
    sense costs both.
    """
    quote_words = fingerprint(quote.quote.text) if quote is not None else None
    options: list[_Option] = []
    for candidate in candidates[:MAX_OPTIONS]:
        article = candidate.article
        paragraph = texts[article.id][candidate.paragraph]
        scores = topics.sentence_scores(article, topic)[candidate.paragraph]
        sentences = _expand(candidate, paragraph, scores, topic)
        joined = " ".join(sentences)
        words = fingerprint(joined)
        # The quote is shown on its own; an item repeating it would waste the budget.
        if (
            quote is not None
            and quote_words is not None
            and (_same(words, quote_words) or quote.quote.text in joined)
        ):
            continue
        if len(sentences) > 1:
            density = fact_density(joined) * title_echo(joined, article.title)
            candidate.score = candidate.prior * density
        options.append(_Option(candidate, sentences, words, attribution(article)))
    options.sort(
        key=lambda o: (
            -o.candidate.score,
            o.candidate.article.id,
            o.candidate.paragraph,
            o.candidate.index,
        )
    )
    return options


def _shows_any(
    option: _Option, sentences: Sequence[str], amounts: set[tuple[float, str | None]]
) -> bool:
    """The option would show one of `sentences`, or one of the key figures' amounts.

    The same amount in the same unit is the same fact, even reported in another language
    ("12.9 billion cubic meters", "12,9 млрд кубометров").
    """
    if any(shown in s or s in shown for s in option.sentences for shown in sentences):
        return True
    if not amounts:
        return False
    return any(
        (f.value, f.unit) in amounts
        for f in option.candidate.article.figures
        if f.unit and any(f.sentence in s or s in f.sentence for s in option.sentences)
    )


def _amounts(keys: Sequence[KeyFigure]) -> set[tuple[float, str | None]]:
    """(value, unit) of every amount the key figures show, for units that identify a fact."""
    found: set[tuple[float, str | None]] = set()
    for key in keys:
        if key.figure.unit:
            found.add((key.figure.value, key.figure.unit))
            if key.figure.value_max is not None:
                found.add((key.figure.value_max, key.figure.unit))
    return found
