"""A sentence's evidence for a topic is read from one split of its matches (round 18, speed):
the score and the cues `Scorer.sentence` gives are those `score` and `cues` give apart, with
relation cues and without. Sentences are invented.
"""

from __future__ import annotations

import pytest

from briefings.passages import SentenceEvidence
from briefings.topics import TopicSet

_SENTENCES = [
    "The two states signed an agreement on gas supplies and a new pipeline.",
    "Ministers of Armenia and Azerbaijan met for peace talks on the border treaty.",
    "Sappers cleared landmines from farmland near the village this spring.",
    "The defence ministry held joint military drills with its security partners.",
    "Oil, gas and power prices rose as the drought cut hydro output and crops.",
    "The striker scored twice as the club won the cup final on penalties.",
    "A solar farm and wind turbines will cut the region's carbon emissions.",
    "The festival drew crowds to the square on a warm evening.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize("relations", [True, False])
def test_one_split_gives_what_score_and_cues_give(
    topics: TopicSet, sentence: str, relations: bool
) -> None:
    scorer = topics._scorer
    matches = scorer.find(sentence)
    for number in range(len(topics.topics)):
        score = scorer.score(matches, number, relations=relations)
        apart = SentenceEvidence(
            score,
            scorer.off_topic(matches, number),
            scorer.cues(matches, number, relations=relations) if score else (),
        )
        assert scorer.sentence(matches, number, relations=relations) == apart


def test_the_sentences_give_evidence_for_some_topics(topics: TopicSet) -> None:
    """The comparison above covers sentences with a score, not only empty ones."""
    scorer = topics._scorer
    scored = [
        s for s in _SENTENCES if any(e.score > 0 for e in scorer.evidence(scorer.find(s)).values())
    ]
    assert len(scored) >= 4
