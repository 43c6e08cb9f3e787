"""Round 28: how rivals say they mend what broke between them.

Rivals who "repair", "mend", "reboot" or "restore" their ties, who seek to normalise relations
with a word or two between ("normalise their frosty diplomatic ties"), or who ask for a
"non-aggression agreement" are normalising relations, which the peace-talks topic covers. Each
cue is weak alone or needs company: one line of background is no passage.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_rivals_agreeing_to_talks_to_repair_ties_are_at_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Veloria agrees to talks to repair ties with Marland",
        paragraphs=[
            "Veloria's government has agreed to talks with Marland's government to help restore"
            " relations broken off after last year's coup.",
            "The talks will be led by two former presidents, officials in both capitals said.",
            "Veloria's electricity exports to Marland have been halted since the rupture.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_rivals_agreeing_to_reboot_relations_are_at_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Veloria and Marland agree to reboot relations after talks in the capital",
        paragraphs=[
            "The two leaders met for four hours and signed a dozen memoranda on trade,"
            " tourism and education.",
            "They still disagree over the border dispute around the two islands, which the UN"
            " has tried to settle for decades.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_non_aggression_pact_between_rivals_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Envoys of two neighbours meet to normalise their frosty diplomatic ties",
        paragraphs=[
            "Envoys of Veloria and Marland met on Monday, hoping to normalise their frosty"
            " diplomatic ties within the year.",
            "The talks follow a visit by Marland's new president last month.",
            "Veloria's first demand is a non-aggression agreement, its envoy said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_mended_tie_mentioned_once_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Veloria and Marland open a new bridge",
        paragraphs=[
            "The prime ministers of Veloria and Marland opened a road bridge over the river on"
            " Friday.",
            "Traffic across the bridge is expected to double within a year, the transport"
            " ministry said, years after the two restored relations.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics
