"""Round 24 (wave 5): a plan put forward as the way out of a conflict is peace-talks news.

A "lasting solution to the dispute" or "a resolution to the decades-long conflict" is what a
settlement plan or a court's ruling is offered as (five articles of five outlets on the real
sets, all labelled peace talks); in sentences of our own. A club's dispute with its coach is
not a conflict between states: the topic's anchors keep it out.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_council_backing_a_plan_as_the_solution_to_a_dispute_is_peace_talks(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Council backs Karvania's plan for the Drelsk valley",
        paragraphs=[
            "The UN Security Council on Tuesday adopted a resolution on the Drelsk valley that"
            " welcomes Karvania's plan for the region.",
            "Several members called the plan a fair and lasting solution to the long-running"
            " dispute.",
            "Others said it could still become a resolution to the Drelsk valley conflict if both"
            " governments accept it.",
            "The council will review the mission's tasks in six months.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_clubs_dispute_with_its_coach_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Club and coach part ways",
        paragraphs=[
            "The football club said on Monday it had found a solution to the dispute with its"
            " head coach, who leaves at the end of the month.",
            "The club thanked him for three seasons and two cup finals.",
        ],
    )
    assert topics.classify(article).topics == []
