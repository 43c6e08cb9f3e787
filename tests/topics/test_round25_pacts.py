"""Round 25 (third pass): a standing pact of a few states named by its name.

"The Quad" and "AUKUS" are a handful of states at once: their foreign ministers meeting, their
next summit, a state "committed to the Quad" is diplomacy between states (partnerships), as a
summit of the states named one by one is. The other quads (a bike, a chip, a skater's jump)
name no state.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_the_quads_meeting_and_summit_are_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Quad ministers meet in Canberra",
        paragraphs=[
            "Foreign ministers of the Quad met in Canberra on Monday, their first meeting"
            " this year.",
            "They will prepare the next Quad summit, which Japan hosts in the autumn.",
            "The ministers also spoke about shipping lanes and undersea cables.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_state_committed_to_aukus_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Canberra keeps faith with AUKUS",
        paragraphs=[
            "The defence minister said Australia remains committed to AUKUS and will meet"
            " its partners in London next month.",
            "Under the AUKUS pact the navy is to receive nuclear-powered submarines, he said.",
            "Officials of the three states will meet again before the end of the year.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_a_state_committed_to_the_quad_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Токио намерен развивать формат QUAD",
        paragraphs=[
            "Япония привержена QUAD и проведет больше встреч в этом формате, заявил министр"
            " иностранных дел.",
            "Следующая встреча министров QUAD пройдет в Индии, добавил он.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_skaters_quad_and_a_quad_bike_name_no_state(topics: TopicSet) -> None:
    article = make_article(
        title="Skater lands quad jump in Seoul",
        paragraphs=[
            "The Japanese skater landed a quad jump and a quad toe loop ahead of the American"
            " champion, the first meeting of the two this season.",
            "Her coach later rode a quad bike around the arena for the fans.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
