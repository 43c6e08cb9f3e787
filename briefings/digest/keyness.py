"""How likely a sentence is to be one of its story's key sentences, and what showing it costs.

A brief is judged by how many of the news' key sentences it carries in a fixed number of
characters, so each candidate is weighed as expected keys per character: the probability that
it is a key, over the characters its item takes once rendered (its text plus the attribution
line a new item pays for).

The probability is a logistic model over what news writing makes reliable, each feature
standing for a convention, not a phrase: the lead states the story's news (and the next
sentences elaborate it); a sentence on the topic, the more so the stronger; a figure; a
sentence restating the headline; an article filed under many topics is mostly about none of
them; a question asks rather than tells; hedges and evaluative words ("I really hope",
"very important") mark opinion, not news; a line with no closing mark is not the story's
prose (a heading, a standfirst, a list entry, a caption, a text cut off). The weights were
fitted on the team's labelled sets and three real-article sets (about 1,800 sentences, 220
keys) and checked leaving each set out in turn; they are rounded, as the data supports no
finer. The open-line weight (round 23) was set from two develop sets (such lines carried 2
keys where the model expected 5) and held on the third (none where it expected 4).
Refitted on twenty open sets (about 4,100 sentences, 1,300 carrying a key;
`evaluate/train_keyness.py`) and judged on the briefs leaving each set out, no refit carried
more keys than these weights (README).
Round 28 added two conventions, each fitted on the ten pooled real develop sets (log-loss
better on every set left out) and shrunk: an article filed under a topic it is not mainly about
leads with its main topic's news (its lead gets no lead bonus there, its sentences on the topic
a small one), and a sentence quoting someone's words is colour, the fact reported is the news
(13 keys in 260 such sentences where the model expected 51, fewer on every set).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefings.digest.scoring import MAX_RELEVANCE

#: What an item costs beyond its sentences once rendered: bullet, line breaks and the
#: attribution line ("— Outlet, 28 Dec"), measured on the briefs of the 19 open sets (round
#: 16: 511 items, attribution lines 21 characters on average, as a title repeating the item
#: is left out and a brief's own year is not shown). It was 42 before those changes, which
#: overcharged short sentences. Since round 31 every item shows its line, charged as rendered
#: (33 characters with the bullet on the develop sets); 33 or 40 here chose the same items on
#: all seven, so the weight stays.
ITEM_COST_CHARS = 30
MAX_HEDGES = 3
#: Scales expected keys per character to numbers near 1 (only the order matters).
PER_CHAR_SCALE = 150.0


@dataclass(frozen=True, slots=True)
class KeyWeights:
    """Log-odds weights of the key-sentence model (see the module docstring)."""

    bias: float = -3.7
    lead: float = 1.8  # the article's first sentence of substance
    early: float = 0.8  # its second or third
    relevant: float = 1.0  # at or above the topic's sentence threshold
    relevance: float = 0.65  # times log(1 + relevance), relevance capped at MAX_RELEVANCE
    figure: float = 1.1  # states a figure
    echo: float = 0.75  # times the share of the headline's content words it repeats
    topics: float = -0.7  # times log(number of topics the article is filed under)
    question: float = -0.35  # a sentence of a paragraph that asks a question (an interview)
    hedges: float = -1.0  # per hedge or evaluative word ("I really hope", "very important")
    unterminated: float = -1.0  # no closing mark: a heading, a dek, a list entry or a cut-off
    background: float = -1.0  # defines or ranks its subject ("X is one of the largest …")
    secondary: float = 0.5  # the article is mainly about another topic: its lead is that one's
    speech: float = -1.0  # quotes someone's words: the fact reported is the news, not the quote


WEIGHTS = KeyWeights()


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the model reads about one sentence of an article, for one topic."""

    position: int  # 0 for the lead, 1 and 2 for the next sentences of substance, else -1
    relevance: float
    relevant: bool
    figures: int
    echo: float  # the share of the headline's content words the sentence repeats (0..1)
    topics: int
    question: bool
    hedges: int = 0  # hedge and evaluative words (see `scoring.hedges`)
    unterminated: bool = False  # ends without a sentence's closing mark (see `scoring`)
    background: bool = False  # defines or ranks its subject (see `spans.background`)
    secondary: bool = False  # the article's main topic is another one (see `key_probability`)
    speech: bool = False  # holds a quoted passage of speech (see `extract.marks.is_speech`)


def features(facts: SentenceFacts) -> tuple[float, ...]:
    """The model's inputs, in the order of `KeyWeights`' fields (the bias reads 1)."""
    return (
        1.0,
        float(facts.position == 0 and not facts.secondary),
        float(facts.position in (1, 2)),
        float(facts.relevant),
        math.log1p(min(max(facts.relevance, 0.0), MAX_RELEVANCE)),
        float(facts.figures > 0),
        facts.echo,
        math.log(max(facts.topics, 1)),
        float(facts.question),
        float(min(facts.hedges, MAX_HEDGES)),
        float(facts.unterminated),
        float(facts.background),
        float(facts.secondary),
        float(facts.speech),
    )


def key_probability(facts: SentenceFacts, weights: KeyWeights | None = None) -> float:
    """The probability that the sentence is one of its story's key sentences for the topic.

    Spelled out rather than a dot product with `features` (a third of the time at ingest);
    a test holds the two equal.
    """
    w = WEIGHTS if weights is None else weights
    logit = (
        w.bias
        + w.lead * (facts.position == 0 and not facts.secondary)
        + w.early * (facts.position in (1, 2))
        + w.relevant * facts.relevant
        + w.relevance * math.log1p(min(max(facts.relevance, 0.0), MAX_RELEVANCE))
        + w.figure * (facts.figures > 0)
        + w.echo * facts.echo
        + w.topics * math.log(max(facts.topics, 1))
        + w.question * facts.question
        + w.hedges * min(facts.hedges, MAX_HEDGES)
        + w.unterminated * facts.unterminated
        + w.background * facts.background
        + w.secondary * facts.secondary
        + w.speech * facts.speech
    )
    return 1.0 / (1.0 + math.exp(-logit))


def per_char(shown: str) -> float:
    """Weight per rendered character of an item showing `shown` (scaled; order is what counts)."""
    return PER_CHAR_SCALE / (len(shown) + ITEM_COST_CHARS)
