"""Round 31: ordnance dated by its war in English, and what else round 31 changed in topics.

A bomb dated by its war ("a World War II bomb", "WWII-era shells") is an explosive remnant of
that war, as "снаряд времён войны" is: the army that makes it safe does not make it defence news.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_world_war_two_bomb_found_by_builders_is_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Town centre evacuated over WWII bomb",
        paragraphs=[
            "Some 900 residents of Hallberg left their flats on Sunday after builders dug up"
            " a World War II bomb beside the old brewery.",
            "Army specialists made the device safe by the evening and residents went home.",
        ],
    )
    result = topics.classify(article).topics
    assert result == ["demining"]


def test_a_second_world_war_anniversary_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Hallberg remembers the Second World War raids",
        paragraphs=[
            "Hallberg marked 80 years since the Second World War raids on its harbour.",
            "The mayor laid flowers at the memorial.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_a_visit_whose_every_line_names_a_tie_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Norvand president lands in Kestria",
        paragraphs=[
            "The president of Norvand arrived in Kestria on Wednesday on a state visit.",
            "She will open a business forum of the two countries' firms on Thursday.",
            "Her aides said the talks would cover cooperation in farming and ports.",
            "The visit follows years of warm ties with the Kestrian government.",
            "A programme of cooperation until 2030 is to be approved, an aide said.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_state_visit_of_banquets_is_still_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Queen of Norvand begins a state visit",
        paragraphs=[
            "The queen began a state visit to Kestria on Monday with a parade.",
            "The state visit continues with a gala dinner and an opera.",
            "The state visit ends on Friday at the royal stables.",
            "Crowds cheered throughout the state visit, police said.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
