"""A topic's evidence of its own under a leading topic (TopicSet.classify's secondary check).

A topic that does not lead an article and is `Secondary.OWN`, or names the leader in `own_under`,
keeps only sentences that are its own rather than the leader's (briefings.passages.secondary_view).
Under a leader it `cedes_to` (security under peace talks) a sentence with a word of the leader's
own is the leader's, and the topic's words naming the sides at the table count nothing; under a
leader it is `struck_under` (security under energy) a sentence naming an armed act stays its own.
Beside a chosen topic it is the `setting_of` (security beside mine clearance), it stays only with
a strong sentence of its own (`as_setting`). Under a leader it cedes to or is struck under, its line
holding only generic (context or paired) words counts nothing, not even towards a passage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from briefings.cues import Match
from briefings.passages import (
    Evidence,
    PassageRule,
    Secondary,
    SentenceEvidence,
    gather,
    secondary_view,
    with_lede,
)
from briefings.scoring import Scorer
from briefings.topic_file import Topic

NOTHING = SentenceEvidence(0.0)


def own_evidence(
    *,
    scorer: Scorer,
    topics: Sequence[Topic],
    rules: Sequence[PassageRule],
    find: Callable[[str], list[Match]],
    found: Sequence[Sequence[dict[int, SentenceEvidence]]],
    sentences: Sequence[Sequence[str]],
    title: list[Match],
    number: int,
    leader: int,
) -> tuple[Evidence, SentenceEvidence]:
    """Evidence and title evidence for topic `number` from sentences of its own, when `leader`
    leads; `found` is every sentence's evidence per topic, `find` a sentence's cue matches."""
    rule = replace(rules[number], secondary=Secondary.OWN)
    threshold = rules[leader].sentence_threshold
    cede = topics[leader].id in topics[number].cedes_to
    # Only a word of the leader's own cedes a sentence: "despite negotiating, the militants
    # bombed a convoy" is fighting; "the rebels must agree to a ceasefire" is the talks'.
    # Paired cues are no word of its own either: "militants" next to "negotiating" makes
    # talks with an armed group, it does not make their ambush the talks'.
    generic = scorer.generic[leader]
    # Under a leader whose words name what an armed act hits ("a drone attack damaged the
    # pipeline's terminal"), a sentence naming the act is the topic's, however much the
    # target weighs for the leader: an attack on a refinery is defence news too.
    struck = topics[leader].id in topics[number].struck_under
    # A relation topic that keeps only its own sentences under a leader (a partnership under
    # energy) still keeps a sentence naming two states or blocs and no word against it: "the
    # two neighbours' long cooperation in hydropower" is their tie; "the state utility's
    # subsidiary signed a memorandum with a local firm" is a commercial deal. The states must
    # count there (its relation cues raise the sentence's score): in a clearance story, "the
    # valley where the two fought over a border dispute" names the mines' setting.
    kept_by_states = number in scorer.related and topics[leader].id in topics[number].own_under

    def view(
        per: dict[int, SentenceEvidence], matches: list[Match], *, acts: bool = True
    ) -> SentenceEvidence:
        led = per.get(leader, NOTHING)
        if acts and struck and scorer.names_act(matches, number):
            led = NOTHING
        if (
            kept_by_states
            and scorer.names_states(matches, number)
            and scorer.score(matches, number) > scorer.score(matches, number, relations=False)
        ):
            led = NOTHING
        if led.score and leader in scorer.related:
            # The leader's own words, as it was chosen to lead (not its relation cues).
            led = scorer.sentence(matches, leader, relations=False)
        # ... nor a word the ceding topic claims as well: the rebels' disarmament is theirs
        # to settle and still a defence matter.
        own_word = cede and any(
            term not in generic and not scorer.claims(term, number) for term, _ in led.cues
        )
        mine = per.get(number, NOTHING)
        if cede and mine.score:
            mine = scorer.sentence(scorer.without_sides(matches, number), number)
        # A sentence strong for the topic on two weighty phrases of its own is not the
        # leader's to take: the ceasefire proposed and the military aid and intelligence
        # sharing resumed in one line are two stories. Armies, troops and rebels weigh no
        # more than the threshold: they are who the ceasefire binds.
        weighty = sum(weight > rule.sentence_threshold for _, weight in mine.cues)
        own_word = own_word and (mine.score < rule.strong_sentence or weighty < 2)
        return secondary_view(mine, led, rule, threshold, cede=own_word)

    title_view = view({n: scorer.sentence(title, n) for n in (number, leader)}, title)
    # A title of the topic's own (an editor's summary: "three states agree on water and energy
    # cooperation") says what the body's one-cue lines are about: they are relevant again, as
    # a relevant title makes one more sentence enough for any topic.
    titled = (
        title_view.score >= (rule.title_threshold or rule.sentence_threshold)
        and not title_view.support_only
    )
    viewed = [
        [_unless(titled, view(per, find(s))) for per, s in zip(row, para, strict=True)]
        for row, para in zip(found, sentences, strict=True)
    ]
    # The lede says what the story is, for a topic of its own as for any other ("the US will
    # resume security assistance", first line of a ceasefire story); as ever it must keep a
    # cue without relation cues.
    # ... unless the act is the leader's story: a lede on the pipeline's exports "after a
    # drone attack" is energy news, the attack one passing line of it.
    lede = view(found[0][0], find(sentences[0][0]), acts=False) if viewed and viewed[0] else NOTHING
    plain = lede
    if lede.score and number in scorer.related:
        plain = scorer.sentence(find(sentences[0][0]), number, relations=False)
    if (cede or struck) and not titled:
        # Under a leader whose story the topic is the setting of (fighting around peace talks,
        # attacks on a grid), a line holding only the topic's generic words ("where the
        # security situation allows", "national security concerns") does not extend its one
        # relevant line into a passage: there the generic word is the leader's story's (under
        # a title of the topic's own it is the topic's, as above).
        generic_only = scorer.generic[number]
        viewed = [[NOTHING if _only_of(x, generic_only) else x for x in row] for row in viewed]
    evidence = with_lede(gather(viewed, rule), top=[(lede, plain)], rule=rule)
    return evidence, title_view


def as_setting(
    chosen: list[tuple[float, str]],
    *,
    scorer: Scorer,
    topics: Sequence[Topic],
    rules: Sequence[PassageRule],
    number: Mapping[str, int],
    found: Sequence[Sequence[dict[int, SentenceEvidence]]],
    title: list[Match],
) -> list[tuple[float, str]]:
    """Chosen topics (score, id), less those that are only the setting of another chosen one
    (`setting_of`). A topic stays beside it with a title naming it with two cues ("army
    casualties mount as troops lay mines"), or a sentence (or title) in which that one has no
    evidence and which is strong or holds a cue weighing more than the threshold ("armed
    forces"). Armies, weapons, the war and its shelling weigh no more: in a clearance story
    they are who clears the shells and what left them."""
    ids = {topic_id for _, topic_id in chosen}
    readings = [per for row in found for per in row]
    kept: list[tuple[float, str]] = []
    for score, topic_id in chosen:
        n = number[topic_id]
        rule = rules[n]
        headline = scorer.sentence(title, n)
        titled = len(headline.cues) >= 2 and headline.score >= (
            topics[n].title_threshold or rule.sentence_threshold
        )
        others = [] if titled else [number[o] for o in topics[n].setting_of if o in ids]
        if all(
            any(
                _apart(per, n, m, rule)
                for per in (*readings, {k: scorer.sentence(title, k) for k in (n, m)})
            )
            for m in others
        ):
            kept.append((score, topic_id))
    return kept


def _apart(per: dict[int, SentenceEvidence], n: int, m: int, rule: PassageRule) -> bool:
    """Whether a sentence is topic `n`'s apart from topic `m`: none of `m`'s evidence, and
    strong or holding a cue heavier than the threshold."""
    mine = per.get(n, NOTHING)
    if not mine.score or per.get(m, NOTHING).score:
        return False
    heaviest = max((weight for _, weight in mine.cues), default=mine.score)
    return mine.score >= rule.strong_sentence or heaviest > rule.sentence_threshold


def _only_of(sentence: SentenceEvidence, terms: frozenset[int]) -> bool:
    """Whether all the cues behind `sentence`'s score are among `terms`."""
    return bool(sentence.cues) and terms.issuperset(term for term, _ in sentence.cues)


def _unless(titled: bool, sentence: SentenceEvidence) -> SentenceEvidence:
    """`sentence`, relevant on its own again under a title of the topic's own."""
    return replace(sentence, support_only=False) if titled and sentence.support_only else sentence


__all__ = ["NOTHING", "as_setting", "own_evidence"]
