"""Does an article hold a substantive passage on a topic? Decided from per-sentence scores.

An article belongs to every topic it says something substantial about, not only to its
strongest one: a visit piece with a paragraph on mine clearance belongs to demining too. Any
one of these shapes of evidence is enough:

- several relevant sentences anywhere (`min_sentences`; one when the title is relevant too,
  and a title, an editor's summary, may be relevant at a lower `title_threshold`);
- one sentence strong on its own (`strong_sentence`: two distinct cues, or a decisive phrase
  such as "peace treaty");
- a passage: two or more of up to `passage_window` consecutive sentences of one paragraph
  that together reach `passage_threshold`, one of them relevant on its own;
- a thread (`thread_sentences` sentences anywhere, each reaching `thread_threshold`, below
  the sentence threshold): a topic whose generic words weigh less than its threshold ("ties
  with", "cooperation", "bilateral") is the story when line after line names one; each
  such line then counts as relevant (round 31);
- the lede, the article's first sentence, relevant with two distinct cues (`with_lede`): it
  says what the story is about, as a headline does; in a short article (`SHORT_ARTICLE`
  sentences), any sentence of its top half read so.

A topic that is not the article's strongest must also rest on more than one weak cue: a
demining report listing the power lines it cleared, twice, is not energy news. It needs two
distinct cues (each counted once, however often repeated), or one decisive cue weighing
`passage_threshold` on its own. Even the strongest topic needs two distinct cues or one
reaching the sentence threshold: "peace" in every line of a festival piece is one weak word.
And no topic rests on its context cues alone (`decide(context=...)`): negotiation words frame
trade rounds and hostage stand-offs as well as peace talks.

A topic whose words are the setting of other stories (armies, troops and fighting run through
peace talks and mine clearance) may ask for evidence of its own when another topic leads the
article (`secondary: own`): its sentences that are relevant to the leading topic, and no more
relevant to it, do not count ("a declaration on security cooperation lifts defence and
security ties" counts for security under a partnership story), and a sentence resting on one
cue no heavier than the threshold ("military officials will meet") only supports a passage,
it is not relevant on its own (`secondary_view`).

Off-topic vocabulary (sport, sponsorship, wage bargaining, commemorations) counts against a
topic twice: within a sentence, where the scorer subtracts it, and over the article, whose
off-topic vocabulary must not outweigh the evidence. The title's off-topic vocabulary counts
double: it frames the whole article ("commemorations will mark the Day of Peacekeepers").
(Damping the neighbours of an off-topic
sentence as well was tried on real news: it lost a peace passage next to a line on COP29 and
kept out nothing the two checks miss.)

Pure functions of numbers, so the rule can be tested without text and tuned as data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

Cues = tuple[tuple[int, float], ...]
"""Distinct cue terms (term number, weight) behind a score."""

TITLE_OFF_TOPIC_WEIGHT = 2.0
MIN_SECONDARY_CUES = 2
LEDE_MIN_CUES = 2
SHORT_ARTICLE = 8  # sentences: a wire brief, whose top half says what it is about

__all__ = [
    "Evidence",
    "PassageRule",
    "Secondary",
    "SentenceEvidence",
    "decide",
    "gather",
    "secondary_view",
    "with_lede",
]


class Secondary(StrEnum):
    """What counts for a topic when another topic leads the article."""

    SHARED = "shared"  # every relevant sentence, also those of the leading topic
    OWN = "own"  # only sentences of its own (see the module docstring)


@dataclass(frozen=True, slots=True)
class PassageRule:
    """How much evidence makes a topic; loaded per topic from topics.yaml."""

    sentence_threshold: float
    min_sentences: int
    strong_sentence: float
    passage_window: int
    passage_threshold: float
    title_threshold: float | None = None  # None: the sentence threshold
    secondary: Secondary = Secondary.SHARED
    thread_sentences: int = 0  # 0: no thread (`gather`)
    thread_threshold: float | None = None

    def lede_like(self, count: int) -> int:
        """How many first sentences of an article of `count` may read as its lede (`with_lede`)."""
        return max(1, (count + 1) // 2) if count <= SHORT_ARTICLE else 1


@dataclass(frozen=True, slots=True)
class SentenceEvidence:
    """One sentence's evidence for a topic: its score and the off-topic vocabulary in it."""

    score: float
    off_topic: float = 0.0
    cues: Cues = ()  # the distinct cues behind `score`; () means one cue of its own
    support_only: bool = False  # may support a passage, is not relevant on its own


@dataclass(frozen=True, slots=True)
class Evidence:
    """What an article offers a topic."""

    relevant: int  # sentences at or above the sentence threshold
    strong: int  # sentences strong on their own
    passages: int  # paragraphs holding a passage (strong sentences included)
    total: float  # summed score of relevant sentences (the article's topic score)
    off_topic: float  # summed off-topic evidence
    cues: Cues = ()  # distinct cues of the sentences with a score


def gather(paragraphs: Sequence[Sequence[SentenceEvidence]], rule: PassageRule) -> Evidence:
    """Count relevant sentences, strong sentences and passages.

    A passage may run across paragraph breaks: real scrapes often put every sentence in a
    paragraph of its own.
    """
    scores: list[float] = []
    support: list[bool] = []
    off_topic = 0.0
    cues: dict[int, float] = {}
    for paragraph in paragraphs:
        if not any(s.score or s.off_topic for s in paragraph):
            scores.append(0.0)  # a paragraph with nothing still separates what is around it
            support.append(False)
            continue
        off_topic += sum(s.off_topic for s in paragraph)
        scores.extend(s.score for s in paragraph)
        support.extend(s.support_only for s in paragraph)
        for s in paragraph:
            if s.score:
                # A sentence that does not name its cues counts as a cue of its own.
                cues.update(s.cues or ((-1 - len(cues), s.score),))
    hits = [
        score >= rule.sentence_threshold and not only
        for score, only in zip(scores, support, strict=True)
    ]
    hits = _thread(scores, support, hits, rule)
    total = sum(score for score, hit in zip(scores, hits, strict=True) if hit)
    strong = sum(
        score >= rule.strong_sentence and hit for score, hit in zip(scores, hits, strict=True)
    )
    window = max(1, rule.passage_window)
    passages = 0
    # Every passage holds a hit: with none (most topics of an article) there is nothing to count.
    start = 0 if any(hits) else len(scores)
    while start < len(scores):
        run = scores[start : start + window]
        if (
            any(hits[start : start + window])
            and sum(score > 0 for score in run) >= 2
            and sum(run) >= rule.passage_threshold
        ):
            passages += 1
            start += window
        else:
            start += 1
    return Evidence(
        sum(hits), strong, passages + strong, total, off_topic, tuple(sorted(cues.items()))
    )


def _thread(
    scores: Sequence[float], support: Sequence[bool], hits: list[bool], rule: PassageRule
) -> list[bool]:
    """`hits`, with every sentence reaching `thread_threshold` relevant too when at least
    `thread_sentences` of them do: one tie named line after line is the story's thread."""
    low = rule.thread_threshold
    if not rule.thread_sentences or low is None:
        return hits
    threaded = [score >= low and not only for score, only in zip(scores, support, strict=True)]
    if sum(threaded) < rule.thread_sentences:
        return hits
    return [hit or thread for hit, thread in zip(hits, threaded, strict=True)]


def with_lede(
    evidence: Evidence,
    *,
    top: Sequence[tuple[SentenceEvidence, SentenceEvidence]],
    rule: PassageRule,
) -> Evidence:
    """`evidence`, with the article's first sentence counted as a passage when it is one.

    A news lede says what the story is (the inverted pyramid): relevant on its own, with
    `LEDE_MIN_CUES` distinct cues, it is a passage, as a relevant title makes one more
    sentence enough. `top` holds the lede, or in a short article each sentence of its top half
    (`PassageRule.lede_like`), with its reading without relation cues, which must keep a cue:
    "the two presidents met and discussed" is any visit's opening. A wire brief of five lines
    may open on who spoke where and say what it is about in the third, its one relevant line;
    in a long article that is one line among many, in a short one's last lines, background.
    """
    for sentence, plain in top:
        if (
            plain.score
            and sentence.score >= rule.sentence_threshold
            and not sentence.support_only
            and len(sentence.cues) >= LEDE_MIN_CUES
        ):
            return replace(evidence, passages=evidence.passages + 1)
    return evidence


def decide(
    evidence: Evidence,
    rule: PassageRule,
    *,
    title: SentenceEvidence | None = None,
    title_score: float = 0.0,
    strongest: bool = True,
    context: frozenset[int] = frozenset(),
) -> bool:
    """Whether the evidence makes the topic (see the module docstring).

    `title` is the title's evidence (`title_score` alone is its score); `strongest` says
    whether no other topic has more evidence in the article; `context` are the topic's
    context cues, which add to its own cues but never make the topic alone.
    """
    title = title or SentenceEvidence(title_score)
    title_relevant = (
        title.score >= (rule.title_threshold or rule.sentence_threshold) and not title.support_only
    )
    needed = 1 if title_relevant else rule.min_sentences
    enough = evidence.relevant >= needed or evidence.passages > 0
    total = evidence.total + (title.score if title_relevant else 0.0)
    against = evidence.off_topic + TITLE_OFF_TOPIC_WEIGHT * title.off_topic
    if not (enough and evidence.relevant > 0 and total > against):
        return False
    cues = dict(evidence.cues)
    if title_relevant:
        cues.update(title.cues)
    if context.issuperset(cues):
        return False
    if strongest:
        return len(cues) >= MIN_SECONDARY_CUES or max(cues.values()) >= rule.sentence_threshold
    return len(cues) >= MIN_SECONDARY_CUES or sum(cues.values()) >= rule.passage_threshold


def secondary_view(
    sentence: SentenceEvidence,
    leader: SentenceEvidence,
    rule: PassageRule,
    leader_threshold: float,
    *,
    cede: bool = False,
) -> SentenceEvidence:
    """What one sentence offers a `secondary: own` topic when another topic leads the article.

    `leader` is the same sentence's evidence for the leading topic, relevant at
    `leader_threshold`. `cede`: any evidence for the leader makes the sentence the leader's
    (the rebels who sign a peace deal, a ceasefire one side demands of the other).
    """
    if rule.secondary is Secondary.SHARED or not sentence.score:
        return sentence
    if (cede and leader.score) or leader.score >= max(leader_threshold, sentence.score):
        return SentenceEvidence(0.0, sentence.off_topic)
    heaviest = max((weight for _, weight in sentence.cues), default=sentence.score)
    if len(sentence.cues) < 2 and heaviest <= rule.sentence_threshold:
        return replace(sentence, support_only=True)
    return sentence
