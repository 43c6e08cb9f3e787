"""The evidence rule: which shapes of per-sentence scores make a substantive passage."""

from __future__ import annotations

import pytest

from briefings.passages import Evidence, PassageRule, SentenceEvidence, decide, gather

RULE = PassageRule(
    sentence_threshold=2.0,
    min_sentences=2,
    strong_sentence=6.0,
    passage_window=3,
    passage_threshold=4.0,
)


def paragraphs(*scores: list[float]) -> list[list[SentenceEvidence]]:
    return [[SentenceEvidence(score) for score in paragraph] for paragraph in scores]


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        pytest.param([[2.0], [0.0, 2.5]], True, id="two-relevant-sentences-anywhere"),
        pytest.param([[0.0, 6.5, 0.0]], True, id="one-strong-sentence"),
        pytest.param([[2.5, 1.5]], True, id="passage-relevant-plus-weaker-neighbour"),
        pytest.param([[1.5, 1.0, 2.0]], True, id="passage-relevant-last-in-window"),
        pytest.param([[3.0]], False, id="one-passing-mention"),
        pytest.param([[2.5], [1.5]], True, id="passage-across-a-paragraph-break"),
        pytest.param([[2.5], [0.0], [0.0], [1.5]], False, id="paragraphs-without-cues-between"),
        pytest.param([[2.5, 0.0, 0.0, 1.5]], False, id="neighbour-outside-window"),
        pytest.param([[1.5, 1.5, 1.5]], False, id="weak-cues-only"),
    ],
)
def test_shapes_of_evidence(scores: list[list[float]], expected: bool) -> None:
    """Several sentences, one strong sentence or a local passage make a topic; a mention not."""
    evidence = gather(paragraphs(*scores), RULE)
    assert decide(evidence, RULE) is expected


def test_relevant_title_halves_what_is_needed() -> None:
    """A relevant title and one relevant sentence are enough."""
    evidence = gather(paragraphs([3.0]), RULE)
    assert not decide(evidence, RULE)
    assert decide(evidence, RULE, title_score=2.0)


def test_off_topic_vocabulary_outweighing_the_evidence_vetoes() -> None:
    """An article whose sport vocabulary outweighs its topic evidence gets no topic."""
    sport = [[SentenceEvidence(2.0, 3.0), SentenceEvidence(2.0, 3.0)]]
    assert not decide(gather(sport, RULE), RULE)
    light = [[SentenceEvidence(2.0, 1.0), SentenceEvidence(2.0)]]
    assert decide(gather(light, RULE), RULE)


def test_evidence_totals_only_relevant_sentences() -> None:
    """The article's topic score sums relevant sentences; weak cues do not inflate it."""
    evidence = gather(paragraphs([2.5, 1.5], [3.0]), RULE)
    assert evidence == Evidence(relevant=2, strong=0, passages=1, total=5.5, off_topic=0.0)
