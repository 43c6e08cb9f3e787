"""Build a short per-topic briefing from articles: extractive, attributed, recent first.

Pure: a function of the topic, the articles and `now`. Every sentence in the result is copied
verbatim from an article paragraph; near-duplicate facts from several sources become one item
that cites them all. Size is budgeted in characters of rendered text (about 1,200 by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefings.digest.budget import (
    Dating,
    figures_chars,
    header_chars,
    quote_chars,
)
from briefings.digest.candidates import (
    MAX_OPTIONS,
    candidate_articles,
    candidate_sentences,
    expand_options,
)
from briefings.digest.figures import amounts_of, figure_context, pick_figures
from briefings.digest.items import Candidate, Option
from briefings.digest.profile import LEAD_SENTENCES, substantive
from briefings.digest.quotes import pick_quote
from briefings.digest.scoring import display_sentence, ranking_time, trusted_date
from briefings.digest.selection import Selection, offered, shows_any
from briefings.digest.spans import ELLIPSIS, is_furniture
from briefings.models import (
    Article,
    AttributedQuote,
    Attribution,
    Briefing,
    BriefingItem,
    DateOrigin,
    KeyFigure,
)
from briefings.topics import ArticleSentences, Topic, TopicSet

FIGURES_MAX_STORIES = 4  # from this many stories on, key figures do not take items' places
FIGURE_SHARE = 3  # key figures reserve at most 1/FIGURE_SHARE of the budget before items
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

    The best key figures are reserved first (at most a third of the budget): their sentences
    are shown there, compactly, not again as items. A figure in one of the sentences that
    carry its article's news (the lead and the next two) is not reserved when its entry
    would cut that sentence: the sentence is shown whole as an item. Facts fill the rest,
    densest first; whatever the figures leave unused goes back to facts. The quote prefers a
    fact the figures do not show, no item repeats it, and it gets only the room the stories
    leave (it is colour, however few the stories).

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
    # Stories come first: with enough of them to tell, key figures only get the room they
    # leave, and a figure's sentence competes as an item of its story.
    told = len({c.article.id for c in candidates[:MAX_OPTIONS]})
    reserving = told < FIGURES_MAX_STORIES
    leads = _leading_sentences(candidates[:MAX_OPTIONS], texts) if reserving else {}
    reserved: list[KeyFigure] = []
    for key in figure_pool if reserving else ():
        if _is_lead(key, leads):
            continue  # its article's news: shown whole as an item, not cut as a figure
        if figures_chars([*reserved, key]) > budget // FIGURE_SHARE:
            break
        reserved.append(key)
    figure_sentences = [display_sentence(k.figure.sentence) for k in reserved]

    picked = pick_quote(topic, pool, ranking_now, topics, figure_sentences)
    if picked is not None and quote_chars(picked, dating) > budget // 3:
        picked = None

    # Every option once: the brief rebuilt without its quote offers all of them, the brief
    # with the quote those that do not repeat it.
    options = expand_options(candidates, texts, topic, topics)

    def select(quote: AttributedQuote | None) -> tuple[Briefing, bool]:
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
            reserved,
            figure_sentences,
            quote,
        )

    briefing, dropped = select(picked)
    if dropped:
        briefing, _ = select(None)
    return briefing


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
    reserved: list[KeyFigure],
    figure_sentences: list[str],
    quote: AttributedQuote | None,
) -> tuple[Briefing, bool]:
    """Fill the brief's items, figures and quote from the prepared candidates."""
    today = now.date()
    picked = quote is not None
    # A quote is colour: however few the stories, it gets only the room they leave (on the
    # real and team sets 2 of 11 quotes shown carried a key sentence; the fact a quote displaced
    # more often did).

    selection = Selection(max_items, long=max_chars > LONG_BRIEF_CHARS, dating=dating)
    amounts = amounts_of(reserved)
    facts = [o for o in options if not shows_any(o, figure_sentences, amounts)]
    selection.fill(facts, budget - figures_chars(reserved))
    if not selection.items and len(facts) < len(options):
        # Nothing but the figures' own sentences: show them as facts instead.
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
    figures: list[KeyFigure] = []
    room = min(budget - selection.used, budget // FIGURE_SHARE)
    for key in figure_pool:
        sentence = display_sentence(key.figure.sentence)
        if any(sentence in s or s in sentence for s in shown):
            continue  # already visible in an item
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


def _leading_sentences(
    candidates: Sequence[Candidate], texts: dict[str, ArticleSentences]
) -> dict[str, list[str]]:
    """Per candidate article, the sentences that carry its news: its first LEAD_SENTENCES
    sentences of substance (not furniture, long enough: `profile.substantive`)."""
    found: dict[str, list[str]] = {}
    for c in candidates:
        if c.article.id not in found:
            found[c.article.id] = _leads(texts[c.article.id])
    return found


def _leads(sentences: ArticleSentences) -> list[str]:
    found: list[str] = []
    for paragraph in sentences:
        for sentence in paragraph:
            if substantive(sentence) and not is_furniture(sentence):
                found.append(sentence)
                if len(found) == LEAD_SENTENCES:
                    return found
    return found


def _is_lead(key: KeyFigure, leads: dict[str, list[str]]) -> bool:
    """Whether the figure sits in one of its article's news sentences (see
    `_leading_sentences`) and would show only a cut piece of it: that sentence is shown whole
    as an item instead."""
    sentence = key.figure.sentence
    found = leads.get(key.source.article_id, [])
    if not any(sentence in lead or lead in sentence for lead in found):
        return False
    return ELLIPSIS in figure_context(key.figure)


def _dated(source: Attribution, today: dt.date) -> Attribution:
    """The source as a reader should see it: a date in the future is shown as undated."""
    if trusted_date(source.published, today) == source.published:
        return source
    return source.model_copy(update={"published": None, "date_origin": DateOrigin.UNKNOWN})
