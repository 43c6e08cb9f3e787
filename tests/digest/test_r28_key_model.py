"""Round 28: the key model reads two more conventions (invented sentences).

- An article filed under a topic it is not mainly about: its lead states the news of its main
  topic, so it gets no lead bonus here; its sentences on this topic are what a brief on it
  should tell.
- A sentence quoting someone's words: the fact reported is the news, the quotation colour.
"""

from __future__ import annotations

import dataclasses

from briefings.digest.keyness import SentenceFacts, key_probability
from briefings.digest.profile import candidate_facts, speaks
from briefings.topics import TopicSet

from .factories import make_article

PLAIN = SentenceFacts(
    position=-1, relevance=3.0, relevant=True, figures=0, echo=0.0, topics=2, question=False
)

LEAD = (
    "Velmora and Ostrand agreed at peace talks on Monday to trade electricity across their border."
)
ON_TOPIC = "Both sides also agreed to hold peace talks on the disputed valley next month."


def _facts(topics: TopicSet, topic_id: str) -> dict[str, SentenceFacts]:
    article = make_article(
        id="pact",
        title="Velmora and Ostrand sign power pact",
        paragraphs=[LEAD, "The line will carry 300 megawatts from 2027.", ON_TOPIC],
        topics=["energy", "peace-talks"],
        topic_scores={"energy": 12.0, "peace-talks": 5.0},
    )
    sentences = topics.article_sentences(article)
    return {
        sentences[p][i]: facts
        for p, i, facts in candidate_facts(article, topics.get(topic_id), topics)
    }


def test_the_lead_of_an_article_mainly_on_another_topic_is_weighed_as_any_sentence() -> None:
    lead = dataclasses.replace(PLAIN, position=0)
    assert key_probability(dataclasses.replace(lead, secondary=True)) < key_probability(lead)
    # Without its lead bonus, the lead weighs what any sentence of the article weighs.
    later = dataclasses.replace(PLAIN, secondary=True)
    assert key_probability(dataclasses.replace(lead, secondary=True)) == key_probability(later)


def test_an_article_mainly_on_another_topic_tells_this_one_in_its_own_sentences() -> None:
    """Its sentences on the topic are likelier keys than a main article's later sentences."""
    assert key_probability(dataclasses.replace(PLAIN, secondary=True)) > key_probability(PLAIN)


def test_the_profile_marks_the_secondary_topic(topics: TopicSet) -> None:
    peace = _facts(topics, "peace-talks")
    energy = _facts(topics, "energy")
    assert all(f.secondary for f in peace.values())
    assert not any(f.secondary for f in energy.values())
    assert energy[LEAD].position == 0
    # Filed mainly under energy, its lead is the energy news: on peace talks it is weighed as
    # any of its sentences on the topic, no longer as the story's lead.
    assert peace[LEAD].position == 0
    lead_bonus = key_probability(dataclasses.replace(peace[LEAD], secondary=False))
    assert key_probability(peace[LEAD]) < lead_bonus


def test_a_sentence_quoting_speech_is_a_less_likely_key() -> None:
    quoted = dataclasses.replace(PLAIN, speech=True)
    assert key_probability(quoted) < key_probability(PLAIN)


def test_speech_is_a_quoted_passage_not_a_quoted_name() -> None:
    assert speaks(
        "“We will not sign anything until the guns fall silent,” the envoy told reporters."
    )
    assert speaks("«Мы продолжим переговоры в следующем месяце», — сказал посол.")
    assert not speaks("The two leaders signed the “Dunmore Accord” on Monday.")
    assert not speaks("Компания «Северный поток» начала поставки в марте.")
    assert not speaks("Velmora and Ostrand signed a pact on Monday.")
