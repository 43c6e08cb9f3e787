"""A topic that does not lead an article needs evidence of its own (precision on real news).

Published peace-talks and mine-clearance pieces are full of armies, troops and fighting: they
are the setting of those stories, not security news. Each article below reproduces, in invented
sentences, such a construction that used to earn a second, wrong topic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.passages import PassageRule, Secondary, SentenceEvidence, gather, secondary_view
from briefings.topics import TopicSet

from .factories import make_article

SETTING_NOT_SUBJECT = [
    pytest.param(
        [
            "The leaders of Eastland and Westmark agreed on Monday to an immediate ceasefire"
            " after a week of clashes along their border.",
            "Prime Minister Tomas Vell, who mediated the talks in his capital, said the truce"
            " would take effect at midnight.",
            "He said senior military officials of both sides would then hold an informal meeting.",
            "A meeting of the region's defence attaches would follow to work out a more"
            " lasting settlement, he added.",
            "Westmark's premier said he hoped to stop the fighting and thanked the mediators for"
            " helping broker the ceasefire.",
        ],
        "peace-talks",
        id="military-officials-at-a-ceasefire-meeting",
    ),
    pytest.param(
        [
            "Министерства обороны двух стран обсудят возобновление перемирия на следующей неделе.",
            "Министр иностранных дел заявил, что для настоящего прекращения огня нужен план"
            " с твёрдыми обязательствами сторон.",
            "Ранее посредники сообщили, что стороны договорились остановить боевые действия и"
            " вернуться к мирному соглашению.",
        ],
        "peace-talks",
        id="ru-defence-ministries-discuss-a-truce",
    ),
    pytest.param(
        [
            "About 400 deminers have begun clearing minefields in four northern provinces,"
            " the national mine action centre said.",
            "The mine action authority signed an agreement with the army and the national"
            " peacekeeping forces' centre on the share of each in mine clearance.",
            "The army has been assigned 3,100 hectares in two districts.",
            "Deminers from the peacekeeping units will clear another 1,900 hectares of"
            " contaminated land.",
        ],
        "demining",
        id="army-deminers-in-a-clearance-plan",
    ),
]


@pytest.mark.parametrize(("paragraphs", "topic"), SETTING_NOT_SUBJECT)
def test_armies_in_another_topics_story_are_not_security(
    topics: TopicSet, paragraphs: list[str], topic: str
) -> None:
    assert topics.classify(make_article(paragraphs=paragraphs)).topics == [topic]


def test_a_security_passage_of_its_own_still_counts(topics: TopicSet) -> None:
    """The same peace piece with a paragraph on the fighting itself is security too."""
    article = make_article(
        paragraphs=[
            "The two governments agreed to resume peace talks in Geneva next month, the"
            " mediators said, and to work on the text of a peace agreement.",
            "On the front line, artillery shelling and drone attacks continued overnight, and"
            " the army moved armed forces to the border.",
        ]
    )
    assert set(topics.classify(article).topics) == {"peace-talks", "security"}


RULE = PassageRule(
    sentence_threshold=2.0,
    min_sentences=2,
    strong_sentence=8.0,
    passage_window=2,
    passage_threshold=4.0,
    secondary=Secondary.OWN,
)


def cued(score: float, *weights: float) -> SentenceEvidence:
    return SentenceEvidence(score, 0.0, tuple(enumerate(weights)))


def test_secondary_view_drops_the_leaders_sentences_and_demotes_single_cues() -> None:
    leader_relevant = cued(3.0, 3.0)
    nothing = SentenceEvidence(0.0)
    assert secondary_view(cued(3.0, 1.5, 1.5), leader_relevant, RULE, 2.0).score == 0.0
    single = secondary_view(cued(2.0, 2.0), nothing, RULE, 2.0)
    assert single.score == 2.0 and single.support_only
    assert not secondary_view(cued(2.5, 2.5), nothing, RULE, 2.0).support_only
    assert not secondary_view(cued(4.0, 2.0, 2.0), nothing, RULE, 2.0).support_only
    shared = PassageRule(2.0, 2, 8.0, 2, 4.0)
    assert secondary_view(cued(3.5, 2.0, 1.5), leader_relevant, shared, 2.0).score == 3.5


def test_secondary_view_keeps_a_shared_sentence_more_about_its_own_topic() -> None:
    """A sentence both topics share counts for the secondary one when it scores higher there.

    "They adopted a declaration on security cooperation that lifts defence and security ties"
    is a partnership sentence and, more so, a security one.
    """
    kept = secondary_view(cued(3.5, 2.0, 1.5), cued(3.0, 3.0), RULE, 2.0)
    assert kept.score == 3.5 and not kept.support_only
    assert secondary_view(cued(3.5, 2.0, 1.5), cued(3.5, 3.5), RULE, 2.0).score == 0.0


def test_support_only_sentences_are_not_relevant_but_join_a_passage() -> None:
    weak = [[cued(2.0, 2.0), cued(2.0, 2.0)]]
    viewed = [[secondary_view(s, SentenceEvidence(0.0), RULE, 2.0) for s in p] for p in weak]
    evidence = gather(viewed, RULE)
    assert (evidence.relevant, evidence.passages) == (0, 0)
    mixed = [[cued(2.5, 2.5), secondary_view(cued(2.0, 2.0), SentenceEvidence(0.0), RULE, 2.0)]]
    assert gather(mixed, RULE).passages == 1


def test_admin_file_can_share_security_vocabulary_again(tmp_path: Path) -> None:
    """`secondary` is data: an admin who wants the old behaviour sets it back to `shared`."""
    paragraphs = SETTING_NOT_SUBJECT[0].values[0]
    override = tmp_path / "topics.yaml"
    override.write_text("topics:\n  - id: security\n    secondary: shared\n", "utf-8")
    article = make_article(paragraphs=paragraphs)
    assert "security" in TopicSet.load(override).classify(article).topics


def test_a_security_dialogue_is_a_security_title(topics: TopicSet) -> None:
    security = topics.get("security")
    score = topics.score_sentence("Two neighbours hold their first security dialogue", security)
    assert score >= security.sentence_threshold


def test_naval_mine_clearance_in_an_exercise_is_not_demining(topics: TopicSet) -> None:
    """Sea mines in a navy drill are defence news; landmine clearance is demining."""
    article = make_article(
        title="Allied navies open their annual exercise in the Northern Sea",
        paragraphs=[
            "An annual allied naval exercise focused on amphibious landings and mine"
            " countermeasures began on Monday with 30 warships taking part.",
            "The drills will include gunnery, anti-submarine, air defence and mine clearance"
            " operations, the fleet command said.",
            "Explosive ordnance disposal teams and unmanned underwater vehicles will also be"
            " tested.",
        ],
    )
    assert topics.classify(article).topics == ["security"]


def test_russian_drills_of_an_alliance_are_security(topics: TopicSet) -> None:
    """'Учения', 'военнослужащие', 'ОДКБ' are the words of Russian defence news."""
    article = make_article(
        language="ru",
        title="Учения ОДКБ пройдут осенью на двух полигонах",
        paragraphs=[
            "Серия совместных учений ОДКБ пройдет осенью на двух полигонах, сообщил"
            " начальник штаба организации Игорь Ланской.",
            "В учениях примут участие около трёх тысяч военнослужащих.",
        ],
    )
    assert topics.classify(article).topics == ["security"]


def test_a_peace_festival_is_no_topic(topics: TopicSet) -> None:
    """Festivals, concerts and parades use 'peace' as a value, however often."""
    article = make_article(
        title="Students gather for a festival of peace",
        paragraphs=[
            "More than 300 students from twelve countries met in Lakeside for the fifth"
            " International Peace Festival to share a message of peace through music.",
            "They spoke of peace, hope and friendship between young people.",
            "Music brings peace to every community, one of the singers said.",
            "The programme also included plays, workshops and peace parades, and a day on"
            " peace and unity.",
        ],
    )
    assert topics.classify(article).topics == []


def test_the_energy_transition_in_an_energy_piece_is_not_climate(topics: TopicSet) -> None:
    """Energy news names decarbonisation and the transition in passing."""
    article = make_article(
        title="Two states agree to ship more gas to the bloc",
        paragraphs=[
            "The two states will export more natural gas to the bloc under a memorandum signed"
            " on Wednesday, with LNG shipped from a terminal on the coast.",
            "The parties will work towards stable gas supplies consistent with long-term"
            " decarbonisation, the text says.",
            "Gas exports through the pipeline rose by a fifth last year.",
            "The commissioner said the partners want the clean energy transition and action"
            " on climate change to guide their ties.",
        ],
    )
    assert "climate" not in topics.classify(article).topics


def test_a_climate_passage_of_its_own_still_counts(topics: TopicSet) -> None:
    article = make_article(
        title="Two states agree to ship more gas to the bloc",
        paragraphs=[
            "The two states will export more natural gas to the bloc under a memorandum signed"
            " on Wednesday, with LNG shipped from a terminal on the coast.",
            "Gas exports through the pipeline rose by a fifth last year.",
            "Separately, both governments pledged at the climate conference to cut greenhouse"
            " gas emissions by 40 per cent by 2035. Their new climate targets will be filed"
            " with the UNFCCC before COP30.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_tie_goes_to_the_topic_with_broader_evidence(topics: TopicSet) -> None:
    """A truce meeting of military chiefs: 'soldiers' in the title ties security with peace."""
    article = make_article(
        title="Two neighbours agree to keep the truce on the ceasefire line after soldiers died",
        paragraphs=[
            "The agreement came at a meeting of the chiefs of military operations of both sides,"
            " their first talks in ten years.",
            "We discussed the ceasefire and the existing mechanisms, one of them said after the"
            " talks.",
            "Both sides decided to respect the ceasefire.",
            "Flag meetings of local commanders will follow to keep the peace.",
            "A military statement said the decision to meet was taken by the two leaders.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_fossil_fuels_in_a_climate_summit_piece_are_not_energy(topics: TopicSet) -> None:
    """Climate news names fossil fuels and renewables in passing; energy counts under its own."""
    paragraphs = [
        "The climate conference closed with a deal on climate finance of 250 billion dollars a"
        " year by 2035 for developing countries.",
        "Island states walked out of the talks, saying the money would not cover the effects of"
        " climate change or a transition away from fossil fuels.",
        "The UN chief urged countries to keep to fossil fuel phase-out plans and to speed up the"
        " transition to renewable energy.",
        "Campaigners said the Paris Agreement goals were slipping away while oil-rich countries"
        " stalled, even as green energy grows cheaper.",
    ]
    assert topics.classify(make_article(paragraphs=paragraphs)).topics == ["climate"]
    with_energy = [
        *paragraphs,
        "Separately, the host's state oil company said gas exports through the pipeline to"
        " Europe would reach 13 billion cubic metres this year, and LNG supplies would grow.",
    ]
    assert set(topics.classify(make_article(paragraphs=with_energy)).topics) == {
        "climate",
        "energy",
    }


def test_own_under_is_data_an_admin_can_clear(tmp_path: Path) -> None:
    article = make_article(
        paragraphs=[
            "The climate conference closed with a deal on climate finance for developing"
            " countries, and a call to cut emissions.",
            "The UN chief urged countries to keep to fossil fuel phase-out plans and to speed up"
            " the transition to renewable energy.",
            "Campaigners said the Paris Agreement goals were slipping away while oil-rich"
            " countries stalled, even as green energy grows cheaper.",
        ]
    )
    assert "energy" not in TopicSet.load().classify(article).topics
    override = tmp_path / "topics.yaml"
    override.write_text("topics:\n  - id: energy\n    own_under: []\n", "utf-8")
    assert "energy" in TopicSet.load(override).classify(article).topics
