"""Choosing items: the options on offer (see `candidates`), filled into a budget.

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
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.digest.budget import Dating, also_chars, item_chars
from briefings.digest.dedup import amounts_agree, fingerprint, same_words
from briefings.digest.figures import figure_index
from briefings.digest.items import Candidate, Item, Option
from briefings.digest.spans import ELLIPSIS
from briefings.models import AttributedQuote

# The records stay importable from here, where the digest's steps first defined them.
__all__ = [
    "MAX_SENTENCES_PER_ITEM",
    "MAX_SOURCES_PER_ITEM",
    "MIN_FURTHER_PRIOR",
    "SAME_ARTICLE_DECAY",
    "TOP_UP_MIN_PRIOR",
    "Candidate",
    "Item",
    "Option",
    "Selection",
    "offered",
    "overlaps",
    "shows_any",
]

MAX_SOURCES_PER_ITEM = 3  # a fact republished by ten outlets cites the three best
SAME_ARTICLE_DECAY = 0.7  # each further fact from one story competes at 70% of its score
MAX_SENTENCES_PER_ITEM = 3  # a story's item shows at most this many of its sentences
#: A further sentence joins its story's item only when at least this likely to be a key
#: sentence (its prior: the key probability times recency); else only a long brief shows it.
MIN_FURTHER_PRIOR = 0.15
#: What room the stories leave goes to their further facts down to this prior (`top_up`):
#: padding, but never with what the model all but rules out (a hedge, a heading).
TOP_UP_MIN_PRIOR = 0.05
_WORD = re.compile(r"\w+")


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
    #: Amounts (value, unit) the items show, with the languages of the articles showing them.
    amounts: dict[tuple[float, str | None], set[str]] = field(default_factory=dict)

    def fill(
        self, options: Sequence[Option], limit: int, *, min_prior: float = MIN_FURTHER_PRIOR
    ) -> None:
        """Add the best options that fit in `limit` characters; twins add their source.

        Options come best first; one from an article that already has k items competes at
        score * SAME_ARTICLE_DECAY**k, so a brief draws on several sources when it can. A
        further fact joins its story's item only with at least `min_prior`.
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
            self._take(option, limit, min_prior)

    def top_up(self, options: Sequence[Option], limit: int) -> None:
        """Fill what room the stories left with their lesser facts.

        The prior gate keeps a story's item from being padded while other stories wait for
        room; once every story that fits is in, a further fact of a story told costs nothing
        another story needed, and is more likely news than the blank it replaces.
        """
        # Only the facts the gate held back can be taken now: anything else was weighed
        # with at least this much room already.
        told = {article_id for item in self.items for article_id in item.article_ids}
        held = [
            o
            for o in options
            if TOP_UP_MIN_PRIOR <= o.candidate.prior < MIN_FURTHER_PRIOR
            and o.source.article_id in told
        ]
        if held:
            self.fill(held, limit, min_prior=TOP_UP_MIN_PRIOR)

    def _repeats_amount(self, option: Option) -> bool:
        """The option states an amount (with its unit) that an item in another language
        already shows: the same fact reported twice ("12.9 billion cubic meters", "12,9 млрд
        кубометров"), shown once. Within a language, a copy shares its words (`overlaps`); the
        same amount in two stories of one language may be two facts.
        """
        language = option.candidate.article.language
        return any(
            self.amounts.get(amount, {language}) != {language} for amount in option_amounts(option)
        )

    def _record_amounts(self, option: Option) -> None:
        for amount in option_amounts(option):
            self.amounts.setdefault(amount, set()).add(option.candidate.article.language)

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

    def _take(self, option: Option, limit: int, min_prior: float) -> None:
        """Merge the option into its twin item, or make it a new item if it fits.

        A further fact from an article that already leads an item joins that item: one item
        per story, and the attribution is paid once.
        """
        twin = self._twin(option)
        if twin is None and self._repeats_amount(option):
            return
        article_id = option.source.article_id
        own = next((i for i in self.items if i.sources[0].article_id == article_id), None)
        if (
            twin is None
            and own is not None
            and (self._extend(own, option, limit, min_prior) or not self.long)
        ):
            return
        if twin is not None:
            if self._join_copy(twin, option, limit, min_prior):
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
        self._record_amounts(option)

    def _join_copy(self, item: Item, option: Option, limit: int, min_prior: float) -> bool:
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
        if option.candidate.prior < min_prior:
            return False
        if _repeats(item, option):
            return True  # nothing new to show
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
        self._record_amounts(option)
        return True

    def _extend(self, item: Item, option: Option, limit: int, min_prior: float) -> bool:
        """Add the option's sentences to its story's item, in the article's order.

        Sentences that are not neighbours in the article are set apart by "…", so every piece
        between the marks stays verbatim. False when the item is full or the fact unlikely to
        be news: then only a long brief may show it, as an item of its own.
        """
        if len(item.sentences) + len(option.sentences) > MAX_SENTENCES_PER_ITEM:
            return False
        if option.candidate.prior < min_prior:
            return False  # a story's item is not padded with what is unlikely to be news
        if _repeats(item, option):
            return True  # the article says it twice ("X was found." … "X was found, TV said.")
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
        self._record_amounts(option)
        return True


def _repeats(item: Item, option: Option) -> bool:
    """Every word the option would show is already in the item's lines: an article that
    states its news twice (a lead, then the same words with a credit), or a copy's sentence
    the item already shows, adds nothing but characters."""
    shown = set(_WORD.findall(" ".join(item.display).casefold()))
    words = set(_WORD.findall(" ".join(option.display).casefold()))
    return bool(words) and words <= shown


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


def option_amounts(option: Option) -> set[tuple[float, str | None]]:
    """The amounts with a unit that the option's sentences state."""
    index = figure_index(option.candidate.article)
    return {(f.value, f.unit) for s in option.sentences for f in index.in_sentence(s) if f.unit}


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
