"""Round 23 (wave 2): attacks on energy sites, in sentences of our own.

A drone strike on a pipeline terminal or a refinery is defence news as well as energy news. When
energy leads the article, a sentence naming the armed act stays security's, however much the
pipeline it names weighs for energy (`struck_under`, `acts`). One such line in the lede of an
exports story is a passing mention, and war named as background is no act.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article

_EXPORTS = [
    "The Norvale pipeline carries about a million barrels of crude oil a day to the port.",
    "Oil exports through the terminal fell by a third in March, the operator said.",
    "Traders expect the pipeline to return to full capacity by the summer.",
]


def test_drone_strikes_on_a_pipeline_terminal_are_security_too(topics: TopicSet) -> None:
    article = make_article(
        title="Oil exports from Norvale terminal slump",
        paragraphs=[
            *_EXPORTS[:2],
            "On Sunday a drone attack damaged a mooring point at the oil terminal.",
            "Earlier drone strikes had hit two pumping stations of the pipeline, cutting"
            " crude oil flows.",
            _EXPORTS[2],
        ],
    )
    assert topics.classify(article).topics == ["energy", "security"]


def test_russian_attacks_on_a_pipeline_office_are_security_too(topics: TopicSet) -> None:
    article = make_article(
        title="Отгрузка нефти через терминал в Норвале идет штатно",
        paragraphs=[
            "Отгрузка нефти через морской терминал трубопроводной компании идет штатно на фоне"
            " атак ВСУ на порт, сообщили в министерстве энергетики.",
            "Накануне офис трубопроводной компании пострадал при атаке беспилотников на город.",
            "Прием нефти от поставщиков ведется без ограничений, добавили в компании.",
        ],
    )
    assert topics.classify(article).topics == ["energy", "security"]


def test_one_line_on_an_attack_in_an_exports_lede_is_a_passing_mention(topics: TopicSet) -> None:
    article = make_article(
        title="Damage to a pipeline office did not affect oil exports",
        paragraphs=[
            "Damage to the pipeline operator's office in a drone attack on the port has not"
            " affected crude oil exports, the energy ministry said.",
            *_EXPORTS,
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_war_as_the_background_of_an_exports_story_is_no_act(topics: TopicSet) -> None:
    article = make_article(
        title="Oil exports from Norvale terminal slump",
        paragraphs=[
            *_EXPORTS[:2],
            "Since the war began, the pipeline's oil exports have faced military checks at"
            " the border.",
            "The war has also raised tanker insurance for crude oil cargoes, and the army"
            " guards the oil terminal.",
            _EXPORTS[2],
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_the_russian_front_line_adds_to_defence_news_but_never_makes_it(topics: TopicSet) -> None:
    """'Линия фронта' is 'front line': context, as in English."""
    security = topics.get("security")
    assert topics.score_sentence("Инспекторы пересекли линию фронта у реки.", security) == 2
    article = make_article(
        title="Инспекторы пересекли линию фронта",
        paragraphs=["Инспекторы пересекли линию фронта у реки, чтобы осмотреть плотину."],
    )
    assert topics.classify(article).topics == []


def test_a_topic_set_without_energy_still_loads(topics: TopicSet) -> None:
    """`struck_under` naming a topic the set lacks is ignored, as `cedes_to` is."""
    without = TopicSet([t for t in topics if t.id != "energy"], topics.shared)
    article = make_article(
        title="Drone strike hits a depot",
        paragraphs=["A drone strike hit an army depot overnight, the defence ministry said."],
    )
    assert without.classify(article).topics == ["security"]
