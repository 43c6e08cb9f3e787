"""Round 33: a compact states have not signed is none between them.

"Brazil, India and Pakistan never signed the treaty" names who stays out of a compact, not a
compact signed between them: the agreement-and-signature pair is blocked by the negation.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_states_that_never_signed_a_treaty_are_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Lawmakers vote to leave the cluster bomb treaty",
        paragraphs=[
            "Lithuania's parliament voted on Thursday to quit the Convention on Cluster"
            " Munitions, pointing to the threat on its eastern border.",
            "Clearance teams still find cluster bomblets in fields near the border, the mine"
            " action centre said.",
            "Brazil, India and Pakistan are among the countries that have never signed the treaty.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_states_refusing_to_ratify_a_pact_sign_nothing_together(topics: TopicSet) -> None:
    line = "Chile and Peru have refused to ratify the pact on fishing quotas."
    assert topics.score_sentence(line, topics.get("partnerships")) == 0


def test_a_treaty_two_states_signed_is_still_a_partnership(topics: TopicSet) -> None:
    line = "Chile and Peru signed a treaty on fishing quotas in Lima on Monday."
    assert topics.score_sentence(line, topics.get("partnerships")) >= 10
