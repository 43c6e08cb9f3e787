"""Choosing items: candidate sentences, expanded to what an item shows, filled into a budget.

One item per story: an article (or several articles telling the same story) offers the
sentences most likely to be its key facts per character shown (see `keyness`), trimmed to
their informative spans. A further fact of a story joins its item (after a "…" when the
sentences are not neighbours) and competes at a discount, so one outlet's long article cannot
fill a brief, and the attribution line is paid once.
Near-duplicates and the same story from several outlets become one item citing them all,
unless their amounts disagree (then each is its own fact, with its own source).
The records passed between these steps (`Candidate`, `Option`, `Item`) are in `items`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.digest.budget import Dating, also_chars, item_chars
from briefings.digest.dedup import amounts_agree, fingerprint, same_words
from briefings.digest.figures import figure_index
from briefings.digest.items import Candidate, Item, Option
from briefings.digest.keyness import per_char
from briefings.digest.profile import article_candidates
from briefings.digest.scoring import (
    MAX_ITEM_CHARS,
    attribution,
    display_sentence,
    recency,
    refers_back,
)
from briefings.digest.spans import ELLIPSIS, balanced, informative_span, is_furniture, shows_junk
from briefings.digest.stories import story_groups
from briefings.models import Article, AttributedQuote
from briefings.topics import ArticleSentences, Topic, TopicSet

# The records stay importable from here, where the digest's steps first defined them.
__all__ = [
    "MAX_CANDIDATE_ARTICLES",
    "MAX_OPTIONS",
    "MAX_PER_ARTICLE",
    "MAX_SENTENCES_PER_ITEM",
    "MAX_SOURCES_PER_ITEM",
    "MIN_FURTHER_PRIOR",
    "SAME_ARTICLE_DECAY",
    "Candidate",
    "Item",
    "Option",
    "Selection",
    "candidate_articles",
    "candidate_sentences",
    "expand",
    "expand_options",
    "offered",
    "overlaps",
    "shows_any",
]

MAX_CANDIDATE_ARTICLES = 40
MAX_OPTIONS = 40  # best sentences considered for items (and for spotting duplicates)
MAX_SOURCES_PER_ITEM = 3  # a fact republished by ten outlets cites the three best
SAME_ARTICLE_DECAY = 0.7  # each further fact from one story competes at 70% of its score
MAX_SENTENCES_PER_ITEM = 3  # a story's item shows at most this many of its sentences
#: A further sentence joins its story's item only when at least this likely to be a key
#: sentence (its prior: the key probability times recency); else only a long brief shows it.
MIN_FURTHER_PRIOR = 0.15
MAX_PER_ARTICLE = 8  # an article's best candidates considered for a brief (at most)


@dataclass(slots=True)
class Selection:
    """Items chosen so far and the characters they will take once rendered."""

    max_items: int
    #: A long brief (a reader's "More") has room for a story's lesser facts as items of their
    #: own; a standard one keeps one item per story.
    long: bool = False
    dating: Dating = field(default_factory=Dating)  # how dates will read (their cost)
    items: list[Item] = field(default_factory=list)
    used: int = 0

    def fill(self, options: Sequence[Option], limit: int) -> None:
        """Add the best options that fit in `limit` characters; twins add their source.

        Options come best first; one from an article that already has k items competes at
        score * SAME_ARTICLE_DECAY**k, so a brief draws on several sources when it can.
        """
        deferred: list[tuple[float, int, int, Option]] = []  # (-score, order, k, option)
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

    def _from_article(self, option: Option) -> int:
        article_id = option.source.article_id
        return sum(1 for item in self.items if article_id in item.article_ids)

    def _twin(self, option: Option) -> Item | None:
        return next((item for item in self.items if overlaps(item, option)), None)

    @staticmethod
    def _defer(
        heap: list[tuple[float, int, int, Option]], option: Option, order: int, k: int
    ) -> None:
        score = option.candidate.score * SAME_ARTICLE_DECAY**k
        heapq.heappush(heap, (-score, order, k, option))

    def _take(self, option: Option, limit: int) -> None:
        """Merge the option into its twin item, or make it a new item if it fits.

        A further fact from an article that already leads an item joins that item: one item
        per story, and the attribution is paid once.
        """
        twin = self._twin(option)
        article_id = option.source.article_id
        own = next((i for i in self.items if i.sources[0].article_id == article_id), None)
        if twin is None and own is not None and (self._extend(own, option, limit) or not self.long):
            return
        if twin is not None:
            if self._join_copy(twin, option, limit):
                return
            if any(article_id in item.article_ids for item in self.items):
                return  # its article is cited already; one mention per article and story
            extra = also_chars(option.source)
            if (
                article_id not in twin.article_ids
                and len(twin.sources) < MAX_SOURCES_PER_ITEM
                and self.used + extra <= limit
            ):
                twin.sources.append(option.source)
                twin.article_ids.add(article_id)
                twin.stories.append(option.story)
                twin.story_ids.add(option.story_id)
                self.used += extra
            return
        if len(self.items) >= self.max_items:
            return
        sentences, display = option.sentences, option.display
        cost = item_chars(display, [option.source], self.dating)
        if self.items and self.used + cost > limit:
            return
        if not self.items and cost > limit and len(sentences) > 1:
            sentences, display = sentences[:1], display[:1]
            cost = item_chars(display, [option.source], self.dating)
        self.items.append(
            Item(
                list(sentences),
                option.words,
                option.candidate.score,
                [option.source],
                {article_id},
                frozenset(sentences),
                list(display),
                [option.story],
                [option.position] * len(sentences),
                {option.story_id},
                [0] * len(sentences),
            )
        )
        self.used += cost

    def _join_copy(self, item: Item, option: Option, limit: int) -> bool:
        """Another outlet's further fact of the item's story joins the item, citing it."""
        article_id = option.source.article_id
        if item.sources[0].article_id == article_id:
            return False
        if not item.shown.isdisjoint(option.sentences) or same_words(item.words, option.words):
            return False
        if article_id not in item.article_ids and any(
            article_id in other.article_ids for other in self.items
        ):
            return False
        if len(item.sentences) + len(option.sentences) > MAX_SENTENCES_PER_ITEM:
            return False
        if option.candidate.prior < MIN_FURTHER_PRIOR:
            return False
        cost = sum(len(s) + 1 for s in option.display) + len(ELLIPSIS)
        cited = article_id in item.article_ids
        if not cited:
            if len(item.sources) >= MAX_SOURCES_PER_ITEM:
                return False
            cost += also_chars(option.source)
        if self.used + cost > limit:
            return True
        display = list(option.display)
        display[0] = _one_mark(item.display[-1], display[0])
        item.sentences.extend(option.sentences)
        item.display.extend(display)
        item.positions.extend([(1_000_000, len(item.positions))] * len(option.sentences))
        item.shown = item.shown | frozenset(option.sentences)
        item.words = fingerprint(" ".join(item.sentences))
        if not cited:
            item.sources.append(option.source)
            item.article_ids.add(article_id)
            item.stories.append(option.story)
            item.story_ids.add(option.story_id)
        origin = next(i for i, s in enumerate(item.sources) if s.article_id == article_id)
        item.origins.extend([origin] * len(option.sentences))
        self.used += cost
        return True

    def _extend(self, item: Item, option: Option, limit: int) -> bool:
        """Add the option's sentences to its story's item, in the article's order.

        Sentences that are not neighbours in the article are set apart by "…", so every piece
        between the marks stays verbatim. False when the item is full or the fact unlikely to
        be news: then only a long brief may show it, as an item of its own.
        """
        if len(item.sentences) + len(option.sentences) > MAX_SENTENCES_PER_ITEM:
            return False
        if option.candidate.prior < MIN_FURTHER_PRIOR:
            return False  # a story's item is not padded with what is unlikely to be news
        cost = sum(len(s) + 1 for s in option.display) + len(ELLIPSIS)
        if self.used + cost > limit:
            return True
        at = bisect.bisect(item.positions, option.position)
        display = list(option.display)
        if at > 0:
            display[0] = _one_mark(item.display[at - 1], display[0])
        if at < len(item.display):
            item.display[at] = _one_mark(display[-1], item.display[at])
        count = len(option.sentences)
        item.sentences[at:at] = option.sentences
        item.display[at:at] = display
        item.positions[at:at] = [option.position] * count
        item.origins[at:at] = [0] * count
        item.shown = item.shown | frozenset(option.sentences)
        item.words = fingerprint(" ".join(item.sentences))
        self.used += cost
        return True


def _one_mark(before: str, after: str) -> str:
    """`after` as shown after `before`: one "…" marks the gap between them, never two.

    A piece ending in a cut tail and one opening after a cut dateline each carry a mark;
    "Monday… …Power" would mark one gap twice.
    """
    if before.endswith(ELLIPSIS):
        return after.removeprefix(ELLIPSIS)
    if after.startswith(ELLIPSIS):
        return after
    return ELLIPSIS + after


def overlaps(item: Item, option: Option) -> bool:
    """Same fact or same story as an item, or shares a sentence with it.

    The same story (near-identical headlines) from another outlet is cited under the item,
    as long as the amounts agree: an outlet is never credited with a figure it did not give.
    """
    if not item.shown.isdisjoint(option.sentences):
        return True
    if same_words(item.words, option.words):
        return True
    if option.source.article_id in item.article_ids:
        # An outlet cited under "also:" told this story; its own article told another.
        return item.sources[0].article_id != option.source.article_id
    if not amounts_agree(item.words.amounts, option.words.amounts):
        return False
    if option.story_id >= 0 and option.story_id in item.story_ids:
        return True
    return any(same_words(story, option.story) for story in item.stories)


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


def shows_any(
    option: Option, sentences: Sequence[str], amounts: set[tuple[float, str | None]]
) -> bool:
    """The option would show one of `sentences`, or one of the key figures' amounts.

    The same amount in the same unit is the same fact, even reported in another language
    ("12.9 billion cubic meters", "12,9 млрд кубометров").
    """
    if any(shown in s or s in shown for s in option.sentences for shown in sentences):
        return True
    if not amounts:
        return False
    index = figure_index(option.candidate.article)
    return any(
        (f.value, f.unit) in amounts
        for s in option.sentences
        for f in index.in_sentence(s)
        if f.unit
    )


def offered(options: list[Option], quote: AttributedQuote | None) -> list[Option]:
    """The options a brief showing `quote` offers: the quote is shown on its own, and an item
    repeating it would waste the budget."""
    if quote is None:
        return options
    words = fingerprint(quote.quote.text)
    return [
        o
        for o in options
        if not (same_words(o.words, words) or quote.quote.text in " ".join(o.sentences))
    ]
