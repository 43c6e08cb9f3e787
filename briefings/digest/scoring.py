"""What a sentence is worth in a brief besides its key probability (see `keyness`).

Recency (relative to the newest candidate), trusted dates, the headline a sentence restates,
its hedge words, and the fact density by which quotes compete (named entities and numbers
per character shown, hedges against).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from functools import lru_cache

from briefings.digest.dedup import fingerprint
from briefings.models import Article, Attribution, DateOrigin

RECENCY_HALF_LIFE_DAYS = 90.0
#: However old, a story keeps 60% of a fresh one's weight: recency orders stories of equal
#: news value but does not bury a strong old lead under a fresh, weaker sentence. Measured
#: on the 19 open labelled sets (1,577 key sentences; round 16), with the item cost of
#: `keyness`: floor 0.35 -> 0.5 / 0.6 / 0.7, +10 / +23 / +23 keys (0.7: one set lower); a
#: 365-day half life instead of the floor, +15; a 30-day one, -5.
RECENCY_FLOOR = 0.6
UNDATED_AGE_DAYS = 365
DENSE_ITEM_CHARS = 110  # longer items pay (DENSE_ITEM_CHARS / length) ** LENGTH_EXPONENT
LENGTH_EXPONENT = 1.0
MAX_ITEM_CHARS = 420
MAX_RELEVANCE = 10.0
ENTITY_BONUS = 0.15  # per distinct named entity (up to MAX_ENTITIES)
MAX_ENTITIES = 4
NUMBER_BONUS = 0.2  # per number (up to 2): amounts, counts, durations
VAGUE_PENALTY = 0.12  # per hedge or evaluative word ("very important", "I hope")
TITLE_BONUS = 0.5
_WORD = re.compile(r"\w+")
_LEADING_MARKS = re.compile(r"^[\s\-–—•*]+")
_ANAPHORA = re.compile(
    r"^(?:this|that|these|those|it|its|such|so|and|but|thus|therefore|he|she|they|"
    r"of (?:those|them|these|whom|which)|"
    r"это|этот|эта|эти|он|она|они|также|так|при этом|об этом|кроме того|по его словам|"
    r"из них|из которых|"
    r"по её словам|по ее словам)\b",
    re.IGNORECASE,
)
_DUMMY_IT = re.compile(
    r"^it\s+(?:is|was|has\s+been|will\s+be|would\s+be|remains)\s+(?:\w+\s+){0,2}?"
    r"(?:important|necessary|essential|clear|expected|possible|likely|vital|crucial|time)\b",
    re.IGNORECASE,
)
#: What closes a sentence of prose: its stop, or a quotation or bracket closing after it.
_CLOSED = re.compile(r"[.!?…:;][\"”»’')\]]*\s*$|[\"”»)\]]\s*$")
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


def refers_back(sentence: str) -> bool:
    """The sentence opens with a word pointing at the one before ("This", "So", "Of those").

    A partitive opening ("Of them, 12 were …", "Из них …") counts what the sentence before
    counted, so it cannot stand on its own either.
    """
    return bool(_ANAPHORA.match(sentence)) and not _DUMMY_IT.match(sentence)


def unterminated(sentence: str) -> bool:
    """The line ends without a sentence's closing mark: not prose but a heading, a standfirst,
    a list entry or a caption ("Analysis by the Institute of Coastal Studies"), or a text cut
    off mid-sentence. Such a line rarely carries the story's news.
    """
    return _CLOSED.search(sentence) is None


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


def trusted_date(published: dt.date | None, today: dt.date) -> dt.date | None:
    """The publication date, unless it lies in the future (a deadline read as a date).

    A day of slack covers time zones: an article from Baku's tomorrow is not a deadline.
    """
    if published is None or published > today + dt.timedelta(days=1):
        return None
    return published


def recency(article: Article, now: dt.datetime) -> float:
    """1.0 for today, halving its lead over the floor every RECENCY_HALF_LIFE_DAYS.

    An undated article (or one dated in the future) is ranked as of its ingest time.
    """
    inferred = article.date_origin is DateOrigin.INFERRED
    # A brief weighs a few hundred articles, most of them sharing a handful of dates.
    return _recency(article.published, inferred, article.ingested_at, now)


@lru_cache(maxsize=4096)
def _recency(
    published: dt.date | None, inferred: bool, ingested_at: dt.datetime | None, now: dt.datetime
) -> float:
    trusted = trusted_date(published, now.date())
    if trusted is not None:
        age = max(0, (now.date() - trusted).days)
        factor = 0.95 if inferred else 1.0
    elif ingested_at is not None:
        # Published no later than ingested: a lower bound on its age, so trust it a bit less.
        age = max(0, (now - aware(ingested_at, now)).days)
        factor = 0.85
    else:
        age, factor = UNDATED_AGE_DAYS, 0.85
    decay = math.exp(-math.log(2) * age / RECENCY_HALF_LIFE_DAYS)
    return factor * (RECENCY_FLOOR + (1.0 - RECENCY_FLOOR) * decay)


def ranking_time(articles: Sequence[Article], now: dt.datetime) -> dt.datetime:
    """`now`, or the end of the newest article's day when every article is older than that."""
    dates = (trusted_date(a.published, now.date()) for a in articles)
    newest = max((d for d in dates if d is not None), default=None)
    if newest is None or newest >= now.date():
        return now
    return dt.datetime.combine(newest, dt.time(23, 59), tzinfo=now.tzinfo)


def aware(moment: dt.datetime, like: dt.datetime) -> dt.datetime:
    """Make `moment` comparable with `like` (naive and aware datetimes cannot be subtracted)."""
    if (moment.tzinfo is None) == (like.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.replace(tzinfo=None)


def length_factor(length: int, whole: int | None = None) -> float:
    """Shorter is denser: full weight up to DENSE_ITEM_CHARS, then a smooth decline.

    Very short sentences are usually fragments ("This matters."), but a span trimmed out of a
    whole sentence of `whole` characters is not: only the whole is judged for that.
    """
    short = length if whole is None else max(length, whole)
    if short < 40:
        return 0.3
    if short < 60:
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


def hedges(text: str) -> int:
    """How many hedge or evaluative words the text holds ("I really hope", "very important")."""
    return sum(1 for word in _WORD.findall(text.casefold()) if word in _VAGUE)


def fact_density(text: str, whole: str | None = None) -> float:
    """Specificity times the length factor: the weight of a sentence per character shown.

    `text` may be a span trimmed out of `whole` (see `length_factor`).
    """
    chars = len(display_sentence(whole)) if whole is not None else None
    return specificity(text) * length_factor(len(display_sentence(text)), chars)


def title_echo(text: str, title: str) -> float:
    """1 + TITLE_BONUS * the share of the title's content words the text repeats.

    A headline names the news; a sentence restating it is usually the article's key fact.
    """
    return 1.0 + TITLE_BONUS * headline_share(text, title)


def headline_share(text: str, title: str) -> float:
    """The share of the title's content words that the text repeats (0 without a title)."""
    headline = fingerprint(title).words
    if not headline:
        return 0.0
    return len(headline & fingerprint(text).words) / len(headline)
