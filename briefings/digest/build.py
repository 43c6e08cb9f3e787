"""Build a short per-topic briefing from articles: extractive, attributed, recent first.

Pure: a function of the topic, the articles and `now`. Every sentence in the result is copied
verbatim from an article paragraph; near-duplicate facts from several sources become one item
that cites them all. Size is budgeted in characters of rendered text (about 1,200 by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from briefings.digest.budget import (
    Dating,
    figures_chars,
    header_chars,
    quote_chars,
)
from briefings.digest.candidates import (
    candidate_articles,
    candidate_sentences,
    expand_options,
)
from briefings.digest.figures import amounts_of, pick_figures
from briefings.digest.items import Option
from briefings.digest.quotes import pick_quote
from briefings.digest.scoring import display_sentence, ranking_time, trusted_date
from briefings.digest.selection import Selection, offered, shows_any
from briefings.models import (
    Article,
    AttributedQuote,
    Attribution,
    Briefing,
    BriefingItem,
    DateOrigin,
    KeyFigure,
)
from briefings.topics import Topic, TopicSet

FIGURE_SHARE = 3  # key figures take at most 1/FIGURE_SHARE of the budget the stories leave
LONG_BRIEF_CHARS = 2400  # from this budget on, a story's lesser facts may be items of their own


def build_briefing(
    topic: Topic,
    articles: Sequence[Article],
    now: dt.datetime,
    *,
    topics: TopicSet,
    max_chars: int = 1200,
    max_items: int = 8,
) -> Briefing:
    """A briefing on `topic` from `articles`, about `max_chars` characters once rendered.

    Stories come first: facts fill the budget, densest first, and key figures get only the
    room the stories leave (at most a third of the budget), their sentences not shown twice.
    Reserving figures before the items (round 25 to 31, while fewer than four stories were
    told) cut a story's own sentences down to a figure's fragment: on the thirteen develop sets
    (round 32) the stories told without it carried 5 more key sentences, none fewer on any set.
    Whatever the figures leave unused goes back to facts. The quote gets only the room the
    stories leave (it is colour, however few the stories).

    The items that repeat the quote are left out only if the quote is shown: when the stories
    take the room the quote needed, the brief is built again without one.
    """
    pool, eligible = candidate_articles(topic, articles, now)
    # Rank by age relative to the newest candidate: when every fact is a year old, the newer
    # one should still lead (the age line tells the reader how old they all are).
    ranking_now = ranking_time(pool, now)
    candidates, texts = candidate_sentences(topic, pool, ranking_now, topics)
    today = now.date()
    dates = [d for a in pool if (d := trusted_date(a.published, today)) is not None]
    # No dated article: the header says so once, and no item repeats "undated".
    dating = Dating(now.year, not dates)
    header = header_chars(dates, today)
    budget = max_chars - header - len(topic.title)

    figure_pool = pick_figures(topic, pool, ranking_now, topics)

    picked = pick_quote(topic, pool, ranking_now, topics)
    if picked is not None and quote_chars(picked, dating) > budget // 3:
        picked = None

    # Every option once: the brief rebuilt without its quote offers all of them, the brief
    # with the quote those that do not repeat it.
    options = expand_options(candidates, texts, topic, topics)

    def select(
        quote: AttributedQuote | None, budget: int, dating: Dating = dating
    ) -> tuple[Briefing, bool]:
        """The brief with `quote` offered, and whether it was offered but not shown."""
        return _select(
            topic,
            now,
            eligible,
            offered(options, quote),
            dating,
            budget,
            max_chars,
            max_items,
            figure_pool,
            quote,
        )

    briefing, dropped = select(picked, budget)
    if dropped:
        picked = None
        briefing, _ = select(None, budget)
    if briefing.items:
        briefing = _refill(briefing, select, picked, dating, header, max_chars - len(topic.title))
    return briefing


def _refill(
    briefing: Briefing,
    select: Callable[[AttributedQuote | None, int, Dating], tuple[Briefing, bool]],
    quote: AttributedQuote | None,
    dating: Dating,
    header: int,
    room: int,
) -> Briefing:
    """The brief chosen again with the room its own facts leave unused.

    The header was charged as the longest the pool's dates could make it, and every item an
    "undated" when any candidate was dated; the facts chosen may need a shorter header ("dates
    unknown", one day) and, none dated, no item says "undated" (the header says so once).
    That room goes to facts, as long as what they add keeps the header and dates as charged.
    """
    today = briefing.generated_at.date()
    shown = _header(briefing, today)
    undated = briefing.newest is None and not dating.undated_brief
    if shown >= header and not undated:
        return briefing
    if undated:
        again, dropped = select(quote, room - shown, Dating(dating.year, True))
        if not dropped and again.newest is None:
            return again
    again, dropped = select(quote, room - shown, dating)
    if not dropped and _header(again, today) <= shown:
        return again
    return briefing


def _header(briefing: Briefing, today: dt.date) -> int:
    """The header the brief's own facts need (`header_chars` over their dates)."""
    if briefing.newest is None or briefing.oldest is None:
        return header_chars([], today)
    return header_chars([briefing.oldest, briefing.newest], today)


def _select(
    topic: Topic,
    now: dt.datetime,
    eligible: int,
    options: list[Option],
    dating: Dating,
    budget: int,
    max_chars: int,
    max_items: int,
    figure_pool: list[KeyFigure],
    quote: AttributedQuote | None,
) -> tuple[Briefing, bool]:
    """Fill the brief's items, figures and quote from the prepared candidates."""
    today = now.date()
    picked = quote is not None
    # A quote is colour: however few the stories, it gets only the room they leave (on the
    # real and team sets 2 of 11 quotes shown carried a key sentence; the fact a quote displaced
    # more often did).

    selection = Selection(max_items, long=max_chars > LONG_BRIEF_CHARS, dating=dating)
    selection.fill(options, budget)
    if not selection.items:
        empty = Briefing(
            topic_id=topic.id,
            topic_title=topic.title,
            generated_at=now,
            items=[],
            article_count=eligible,
        )
        return empty, picked
    if quote is not None and selection.used + quote_chars(quote, dating) > budget:
        quote = None

    shown = [s for item in selection.items for s in item.sentences]
    if quote is not None:
        shown.append(quote.quote.text)  # a figure the quote states is not shown twice
    figures: list[KeyFigure] = []
    room = min(budget - selection.used, budget // FIGURE_SHARE)
    for key in figure_pool:
        sentence = display_sentence(key.figure.sentence)
        if any(sentence in s or s in sentence for s in shown):
            continue  # already visible in an item or the quote
        if figures_chars([*figures, key]) > room:
            break
        figures.append(key)
    # Whatever the quote and figures left unused goes back to facts (not the figures' own).
    figure_sentences = [display_sentence(k.figure.sentence) for k in figures]
    amounts = amounts_of(figures)
    selection.fill(
        [o for o in options if not shows_any(o, figure_sentences, amounts)],
        budget - figures_chars(figures),
    )
    if (
        quote is not None
        and selection.used + figures_chars(figures) + quote_chars(quote, dating) > budget
    ):
        quote = None  # the stories took the room
    # Room still left goes to the shown stories' lesser facts (`Selection.top_up`).
    shown_quote = quote_chars(quote, dating) if quote is not None else 0
    selection.top_up(
        [o for o in options if not shows_any(o, figure_sentences, amounts)],
        budget - figures_chars(figures) - shown_quote,
    )

    items = sorted(selection.items, key=lambda item: -item.score)
    for item in items:
        item.sources = [_dated(s, today) for s in item.sources]
    figures = [k.model_copy(update={"source": _dated(k.source, today)}) for k in figures]
    if quote is not None:
        quote = quote.model_copy(update={"source": _dated(quote.source, today)})
    cited = [s for item in items for s in item.sources]
    cited += [k.source for k in figures]
    if quote is not None:
        cited.append(quote.source)
    # Only dated facts count for the header's "Facts from … days old".
    dates = [s.published for s in cited if s.published is not None]
    briefing = Briefing(
        topic_id=topic.id,
        topic_title=topic.title,
        generated_at=now,
        items=[
            BriefingItem(
                sentences=item.display,
                sources=item.sources,
                score=round(item.score, 4),
                origins=item.origins if any(item.origins) else [],
            )
            for item in items
        ],
        key_figures=figures,
        quote=quote,
        newest=max(dates) if dates else None,
        oldest=min(dates) if dates else None,
        article_count=eligible,
    )
    return briefing, picked and quote is None


def _dated(source: Attribution, today: dt.date) -> Attribution:
    """The source as a reader should see it: a date in the future is shown as undated."""
    if trusted_date(source.published, today) == source.published:
        return source
    return source.model_copy(update={"published": None, "date_origin": DateOrigin.UNKNOWN})
