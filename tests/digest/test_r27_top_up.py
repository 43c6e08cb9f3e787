"""Round 27: room a brief's stories leave goes to their lesser facts; a bracketed credit ends
a caption; a place with a short code before a colon is a dateline (invented sentences)."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.digest.keyness import SentenceFacts, key_probability
from briefings.digest.profile import candidate_facts
from briefings.digest.selection import MIN_FURTHER_PRIOR, TOP_UP_MIN_PRIOR
from briefings.digest.spans import caption, informative_span, is_furniture
from briefings.topics import TopicSet

from .factories import NOW, make_article

LEAD = "Deminers cleared 40 hectares of farmland near Dunmore of mines in March."
LATER = "The teams will return in the autumn to look for more unexploded mines."


def _only_article(topics: TopicSet) -> tuple[list[str], float]:
    article = make_article(
        id="fields",
        outlet="Velmora Daily",
        title="Dunmore farmland cleared",
        paragraphs=[
            LEAD,
            "Farmers have asked for the work since the war ended.",
            "The council thanked the volunteers.",
            "A new school opened in the town last week.",
            LATER,
        ],
        topics=["demining"],
        topic_scores={"demining": 9.0},
    )
    topic = topics.get("demining")
    sentences = topics.article_sentences(article)
    priors = [
        key_probability(facts)
        for p, i, facts in candidate_facts(article, topic, topics)
        if sentences[p][i] == LATER
    ]
    briefing = build_briefing(topic, [article], NOW, topics=topics)
    return [s for item in briefing.items for s in item.sentences], max(priors, default=0.0)


def test_a_brief_with_room_left_shows_a_lesser_fact_of_its_story(topics: TopicSet) -> None:
    """A later sentence unlikely to be a key waits while other stories need room; alone
    in a brief with room to spare, it is shown rather than blank space."""
    shown, prior = _only_article(topics)
    assert TOP_UP_MIN_PRIOR < prior < MIN_FURTHER_PRIOR  # below the gate of the first fill
    assert any(LEAD in s for s in shown)
    assert any(LATER in s for s in shown)


def test_the_gate_reads_the_key_model() -> None:
    weak = SentenceFacts(
        position=-1, relevance=1.0, relevant=True, figures=0, echo=0.0, topics=1, question=False
    )
    assert key_probability(weak) < MIN_FURTHER_PRIOR


def test_a_bracketed_credit_line_ends_a_caption() -> None:
    credit = "[Ana Petrescu/Corvale Archives/Coast Wire]"
    assert is_furniture(credit)
    assert caption(["Deminers walk a cleared field near Dunmore.", credit])
    assert not is_furniture("[The council later withdrew the claim.]")


def test_a_place_with_a_short_code_before_a_colon_is_a_dateline() -> None:
    fact = "Velmora and Ostrand have signed a pact to trade electricity across their border."
    assert informative_span("Port DC: " + fact) == "…" + fact
    assert informative_span("Velmora EU: " + fact) == "…" + fact
