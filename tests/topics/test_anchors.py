"""A topic's words in a company's or a lecture hall's story: anchors and generic context cues.

Start-ups and vendors announce "strategic partnerships", sign memoranda of understanding and
launch "cybersecurity" platforms against "attacks" on "critical infrastructure"; a lecture series
hosts "talks on conflict resolution". The words are ours; the actors are not. Partnerships and
peace talks need an anchor somewhere in the article (a state, a minister, a bloc; parties to a
conflict), and security's generic words ("security", "attacks", "cybersecurity") add to defence
news but never make it alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.anchors import Anchors
from briefings.errors import TopicConfigError
from briefings.topics import TopicSet

from .factories import make_article


def test_anchors_report_the_topics_whose_terms_occur() -> None:
    """Only topics with anchors need them, and any one term of a topic is enough."""
    anchors = Anchors.build([["minister*", "bilateral"], [], ["ceasefire"]])
    assert anchors.needs(0) and anchors.needs(2) and not anchors.needs(1)
    assert anchors.found(["No one came.", "The Ministers met."]) == frozenset({0})
    assert anchors.found(["A bilateral ceasefire held."]) == frozenset({0, 2})
    assert anchors.found(["Nothing here."]) == frozenset()


COMPANY_STORIES = [
    pytest.param(
        "Kelpie AI and Brightwave announce strategic partnership",
        [
            "Kelpie AI, a London start-up building voice assistants, and payments company"
            " Brightwave announced a strategic partnership on Monday.",
            "Under the partnership, Brightwave will add Kelpie's assistant to its app.",
            "The two companies signed a memorandum of understanding and plan a joint venture.",
        ],
        "partnerships",
        id="startup-partnership",
    ),
    pytest.param(
        "Стартап «Лента данных» и банк «Северный» заключили стратегическое партнерство",
        [
            "Стартап «Лента данных» и банк «Северный» заключили соглашение о стратегическом"
            " партнерстве и сотрудничестве в области искусственного интеллекта.",
            "Стороны подписали меморандум о взаимопонимании.",
        ],
        "partnerships",
        id="ru-startup-partnership",
    ),
    pytest.param(
        "Northgate launches platform to shield banks from ransomware",
        [
            "Cybersecurity firm Northgate Labs launched Sentinel, a platform that detects"
            " ransomware attacks on bank networks.",
            "The software protects critical infrastructure such as payment systems, the"
            " company said.",
            "Attackers move faster every year, and security teams need better tools, its"
            " chief executive said.",
        ],
        "security",
        id="cybersecurity-launch",
    ),
    pytest.param(
        "Riverside lecture night: speakers on conflict and peace",
        [
            "Eight speakers took the stage at the Riverside lecture night, with talks on"
            " conflict resolution, peace in families and mediation at school.",
            "A psychologist spoke on how negotiation skills help children end quarrels.",
        ],
        "peace-talks",
        id="lecture-talks",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "topic"), COMPANY_STORIES)
def test_company_and_lecture_stories_do_not_take_our_topics(
    topics: TopicSet, title: str, paragraphs: list[str], topic: str
) -> None:
    """Our words without our actors make no topic."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert topic not in topics.classify(article).topics


STATE_STORIES = [
    pytest.param(
        "Norland and Estmark announce strategic partnership",
        [
            "Norland and Estmark announced a strategic partnership on Monday after talks"
            " between their foreign ministers.",
            "The two countries signed a memorandum of understanding on energy and transport.",
        ],
        "partnerships",
        id="partnership-of-states",
    ),
    pytest.param(
        "Cyber attacks on the army's networks",
        [
            "Hackers attacked the defence ministry's networks during the military exercise,"
            " the army said.",
            "Troops switched to backup radios while the security service traced the attack.",
        ],
        "security",
        id="attack-on-the-army",
    ),
    pytest.param(
        "Envoys meet on conflict resolution",
        [
            "Envoys of the two governments met in Lakeside for talks on conflict resolution"
            " and a peace agreement.",
            "The delegations agreed to meet again next month.",
        ],
        "peace-talks",
        id="talks-between-governments",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "topic"), STATE_STORIES)
def test_the_same_words_with_states_or_armies_keep_the_topic(
    topics: TopicSet, title: str, paragraphs: list[str], topic: str
) -> None:
    """Anchored, the evidence decides as before."""
    article = make_article(title=title, paragraphs=paragraphs)
    assert topic in topics.classify(article).topics


def test_an_admin_file_can_clear_a_topics_anchors(tmp_path: Path) -> None:
    """Anchors are data: an admin who wants company partnerships removes them."""
    override = tmp_path / "topics.yaml"
    override.write_text("topics:\n  - id: partnerships\n    anchors: []\n", "utf-8")
    article = make_article(
        title="Kelpie AI and Brightwave announce strategic partnership",
        paragraphs=[
            "Kelpie AI and payments company Brightwave announced a strategic partnership.",
            "The two companies signed a memorandum of understanding and plan a joint venture.",
        ],
    )
    assert "partnerships" not in TopicSet.load().classify(article).topics
    assert "partnerships" in TopicSet.load(override).classify(article).topics


def test_a_malformed_anchor_is_a_config_error(tmp_path: Path) -> None:
    """A bad anchor term is reported like a bad cue."""
    override = tmp_path / "topics.yaml"
    override.write_text("topics:\n  - id: partnerships\n    anchors: ['* minister']\n", "utf-8")
    with pytest.raises(TopicConfigError, match="anchors"):
        TopicSet.load(override)


def test_a_hyphenated_word_among_alternatives_is_a_config_error(tmp_path: Path) -> None:
    """'cease-fire|truce' would silently read as two words; the file is rejected instead."""
    override = tmp_path / "topics.yaml"
    override.write_text(
        "topics:\n  - id: peace-talks\n    anchors: ['cease-fire|truce']\n", "utf-8"
    )
    with pytest.raises(TopicConfigError, match="hyphenated"):
        TopicSet.load(override)


def test_a_start_up_press_release_naming_countries_is_not_a_partnership(
    topics: TopicSet,
) -> None:
    """Anchored by 'both countries', a start-up's release is still company news."""
    article = make_article(
        title="Kelpie AI partners with Brightwave to expand in two markets",
        paragraphs=[
            "Kelpie AI, a London start-up, announced a strategic partnership with payments"
            " firm Brightwave to expand in Norland and Estmark.",
            "The partnership will bring Kelpie's assistant to 3 million users in both"
            " countries, the co-founder said.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
