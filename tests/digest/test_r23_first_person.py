"""Round 23, wave 3: a lead in the first person outside quotes (the reporter's scene: "… when
our plane lands in …") is a feature's opener, not the news, whatever places it names; the
sentence after it takes the lead's weight. A quoted first person is a speaker's, not the
reporter's."""

from __future__ import annotations

import pytest

from briefings.digest.profile import candidate_facts, generic_opener
from briefings.digest.spans import first_person
from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "It is minus 20C when our small plane lands in the Velmora town of Port Vell.",
        "We reached the Ostrand glacier after a two-day drive from Corvale.",
        "I met the Velmora deminers at dawn near the village of Ostrand.",
        "Мы прилетели в Корвале ранним утром вместе с учёными.",
    ],
)
def test_a_lead_in_the_first_person_is_an_opener(sentence: str) -> None:
    assert first_person(sentence) and generic_opener(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will clear every field,” the Velmora agency chief said on Monday.",
        "Velmora and Ostrand agreed to cut methane flaring by 2030, the US envoy said.",
        "The plan covers phase I of the Ostrand pipeline.",
        "«Мы завершим работы к лету», — заявил глава агентства Велморы.",
    ],
)
def test_a_quoted_first_person_or_none_is_not(sentence: str) -> None:
    assert not first_person(sentence)


def test_the_news_after_a_first_person_scene_is_the_lead(topics: TopicSet) -> None:
    scene = "It is minus 20C when our small plane lands in the Velmora town of Port Vell."
    news = "Scientists in Velmora found that the permafrost near Port Vell thaws twice as fast."
    article = make_article(
        title="Permafrost thaws faster in Velmora",
        paragraphs=[scene, news, "The thaw releases methane, a potent greenhouse gas."],
        topics=["climate"],
        topic_scores={"climate": 9.0},
    )
    sentences = topics.article_sentences(article)
    positions = {
        sentences[p][i]: facts.position
        for p, i, facts in candidate_facts(article, topics.get("climate"), topics)
    }
    assert positions[news] == 0
    assert positions.get(scene, -1) == -1
