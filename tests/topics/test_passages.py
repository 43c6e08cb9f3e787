"""The evidence rule: which shapes of per-sentence scores make a substantive passage."""

from __future__ import annotations

import pytest

from briefings.passages import PassageRule, SentenceEvidence, decide, gather

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
    assert (evidence.relevant, evidence.strong, evidence.passages) == (2, 0, 1)
    assert (evidence.total, evidence.off_topic) == (5.5, 0.0)


def cued(score: float, *cues: tuple[int, float], off_topic: float = 0.0) -> SentenceEvidence:
    return SentenceEvidence(score, off_topic, cues)


def test_a_secondary_topic_on_one_repeated_weak_cue_is_a_passing_mention() -> None:
    """Two relevant sentences naming only the same weak cue do not make a secondary topic."""
    repeated = gather([[cued(2.5, (7, 2.5))], [cued(2.5, (7, 2.5))]], RULE)
    assert decide(repeated, RULE)  # the article's main topic: repetition is its subject
    assert not decide(repeated, RULE, strongest=False)
    varied = gather([[cued(2.5, (7, 2.5))], [cued(2.0, (8, 2.0))]], RULE)
    assert decide(varied, RULE, strongest=False)


def test_one_decisive_cue_is_enough_for_a_secondary_topic() -> None:
    """A cue weighing a whole passage on its own ("peace treaty") is not a passing mention."""
    decisive = gather([[cued(4.0, (3, 4.0))], [cued(4.0, (3, 4.0))]], RULE)
    assert decide(decisive, RULE, strongest=False)


def test_cues_of_weaker_neighbours_count_towards_variety() -> None:
    """A passage's weaker sentence adds its own cue to the variety of the evidence."""
    passage = gather([[cued(2.5, (1, 2.5)), cued(1.5, (2, 1.5))]], RULE)
    assert decide(passage, RULE, strongest=False)


def test_an_off_topic_title_frames_the_article() -> None:
    """Off-topic vocabulary in the title (a commemoration) weighs double against the body."""
    body = gather([[cued(2.5, (1, 2.5)), cued(2.5, (2, 2.5), off_topic=1.5)]], RULE)
    assert decide(body, RULE, title=SentenceEvidence(0.0))
    assert not decide(body, RULE, title=SentenceEvidence(0.0, off_topic=2.0))


def test_one_weak_cue_repeated_is_not_a_topic_even_for_the_strongest() -> None:
    """'Peace' in every sentence of a festival piece: one weak word, however often."""
    weak = gather([[cued(2.25, (5, 1.5))], [cued(2.25, (5, 1.5))]], RULE)
    assert not decide(weak, RULE)
    heavy = gather([[cued(3.0, (6, 3.0))], [cued(3.0, (6, 3.0))]], RULE)
    assert decide(heavy, RULE)


THREAD = PassageRule(
    sentence_threshold=2.5,
    min_sentences=2,
    strong_sentence=10.0,
    passage_window=2,
    passage_threshold=5.0,
    thread_sentences=4,
    thread_threshold=2.0,
)


def _cued(score: float, term: int) -> SentenceEvidence:
    return SentenceEvidence(score, cues=((term, score),))


def test_a_thread_of_four_one_cue_lines_is_a_passage() -> None:
    """Four lines each naming a tie, none at the threshold, make the topic (round 31)."""
    rows = [[_cued(2.0, 1)], [_cued(0.0, 0)], [_cued(2.0, 2)], [_cued(2.0, 3)], [_cued(2.0, 2)]]
    evidence = gather(rows, THREAD)
    assert evidence.relevant == 4
    assert decide(evidence, THREAD)


def test_three_one_cue_lines_are_no_thread() -> None:
    rows = [[_cued(2.0, 1)], [_cued(0.0, 0)], [_cued(2.0, 2)], [_cued(0.0, 0)], [_cued(2.0, 3)]]
    assert not decide(gather(rows, THREAD), THREAD)


def test_one_weak_word_in_four_lines_is_no_thread() -> None:
    """The same weak cue repeated is still one passing word, however often."""
    rows = [[_cued(2.0, 1)] for _ in range(5)]
    assert not decide(gather(rows, THREAD), THREAD)
