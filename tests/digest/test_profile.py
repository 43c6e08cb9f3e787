"""What a brief needs from an article is computed at ingest, stored, and trusted only when valid."""

from __future__ import annotations

import pytest

from briefings.digest import build_briefing
from briefings.digest.profile import (
    article_candidates,
    compute_candidates,
    profile_article,
    topics_key,
)
from briefings.ingest import prepare_articles
from briefings.models import Article, DigestProfile, SentenceProfile
from briefings.topics import Topic, TopicSet

from .factories import NOW, SAMPLES, figure, make_article


@pytest.fixture(scope="module")
def ingested(topics: TopicSet) -> list[Article]:
    return [
        article
        for path in sorted(SAMPLES.glob("*.txt"))
        for article in prepare_articles(path.read_bytes(), path.name, topics=topics)
    ]


def test_ingest_stores_a_profile_for_every_topic_of_the_article(
    ingested: list[Article], topics: TopicSet
) -> None:
    """Each ingested article carries candidates for exactly its topics, for this topic set."""
    for article in ingested:
        profile = article.digest_profile
        assert profile is not None and profile.topics_key == topics_key(topics)
        assert set(profile.candidates) == set(article.topics)
        assert all(profile.candidates[t] for t in article.topics)


def test_the_profile_survives_the_store_round_trip(ingested: list[Article]) -> None:
    """The profile is part of the article's JSON, so a restart does not lose it."""
    article = ingested[0]
    assert Article.model_validate(article.model_dump(mode="json")) == article


def test_a_brief_from_stored_profiles_equals_one_computed_afresh(
    ingested: list[Article], topics: TopicSet
) -> None:
    """Stored or computed, the candidates (and so the brief) are the same."""
    bare = [a.model_copy(update={"digest_profile": None}) for a in ingested]
    for topic in topics:
        stored = build_briefing(topic, ingested, NOW, topics=topics)
        fresh = build_briefing(topic, bare, NOW, topics=topics)
        assert stored == fresh, topic.id


def test_a_profile_from_another_topic_configuration_is_not_trusted(
    ingested: list[Article], topics: TopicSet
) -> None:
    """After the topic file changes, a stored profile is recomputed, not believed."""
    article = ingested[0]
    topic = topics.get(article.topics[0])
    forged = SentenceProfile(
        paragraph=0, index=0, relevance=99.0, prior=99.0, density=99.0, shown="forged"
    )
    stale = article.model_copy(
        update={"digest_profile": DigestProfile(topics_key="old", candidates={topic.id: [forged]})}
    )
    assert forged not in article_candidates(stale, topic, topics)
    other = TopicSet([Topic.model_validate({**topic.model_dump(), "sentence_threshold": 3.0})])
    assert topics_key(other) != topics_key(topics)
    assert profile_article(article, other).digest_profile != article.digest_profile


def test_the_lead_of_an_article_mainly_on_the_topic_is_a_candidate(topics: TopicSet) -> None:
    """A lead without topic words states the story's news: a candidate for its main topic only."""
    from briefings.digest.profile import compute_candidates

    from .factories import make_article

    lead = "The envoy of the Northern League met rebel leaders in Corvale on Monday."
    article = make_article(
        title="Envoy meets rebels",
        paragraphs=[
            lead,
            "Both sides agreed to hold peace talks on a ceasefire next month.",
            "The army said troops would hold joint drills near the border in May.",
        ],
    ).model_copy(
        update={
            "topics": ["peace-talks", "security"],
            "topic_scores": {"peace-talks": 9.0, "security": 4.0},
        }
    )
    peace, security = topics.get("peace-talks"), topics.get("security")
    assert topics.sentence_scores(article, peace)[0][0] < peace.sentence_threshold
    assert (0, 0) in {(c.paragraph, c.index) for c in compute_candidates(article, peace, topics)}
    assert (0, 0) not in {
        (c.paragraph, c.index) for c in compute_candidates(article, security, topics)
    }


@pytest.mark.parametrize(
    "opener",
    [
        pytest.param("Key points.", id="subheading"),
        pytest.param("3 марта.", id="date-line"),
    ],
)
def test_a_subheading_before_the_lead_does_not_take_its_place(
    topics: TopicSet, opener: str
) -> None:
    """The lead is the first sentence of substance: a two-word line above it is not the lead."""
    lead = "The envoy of the Northern League met rebel leaders in Corvale on Monday."
    article = make_article(
        title="Envoy meets rebels",
        paragraphs=[
            f"{opener} {lead}",
            "Both sides agreed to hold peace talks on a ceasefire next month.",
        ],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 9.0},
    )
    peace = topics.get("peace-talks")
    paragraph = topics.article_sentences(article)[0]
    assert list(paragraph[:2]) == [opener, lead]
    found = {(c.paragraph, c.index) for c in compute_candidates(article, peace, topics)}
    assert (0, 1) in found  # the lead, though it names no "peace"
    assert (0, 0) not in found


def test_a_photo_caption_above_the_lead_is_neither_lead_nor_candidate(topics: TopicSet) -> None:
    """A paragraph ending in a photo credit is a caption; the lead is the paragraph after it."""
    caption = "Voters queue outside a school in the capital of Valmora on Sunday."
    lead = "The envoy of the Northern League met rebel leaders in Corvale on Monday."
    article = make_article(
        title="Envoy meets rebels",
        paragraphs=[
            f"{caption} Image: Ana Petrescu/Valmora Daily",
            lead,
            "Both sides agreed to hold peace talks on a ceasefire next month.",
        ],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 9.0},
    )
    peace = topics.get("peace-talks")
    assert list(topics.article_sentences(article)[0]) == [
        caption,
        "Image: Ana Petrescu/Valmora Daily",
    ]
    found = {(c.paragraph, c.index) for c in compute_candidates(article, peace, topics)}
    assert (1, 0) in found  # the lead, though it names no "peace"
    assert not any(paragraph == 0 for paragraph, _ in found)


def test_a_caption_credited_by_a_wire_above_the_lead_is_neither_lead_nor_candidate(
    topics: TopicSet,
) -> None:
    """A caption ending in "AGENCY PHOTO" (not "Photo: …") is a caption too, not the lead."""
    caption = (
        "Envoys of Valmora and Kestria smile for the cameras during the peace talks in Corvale."
    )
    lead = "The envoy of the Northern League met rebel leaders in Corvale on Monday."
    article = make_article(
        title="Envoy meets rebels",
        paragraphs=[
            f"{caption} TVA PHOTO",
            lead,
            "Both sides agreed to hold peace talks on a ceasefire next month.",
        ],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 9.0},
    )
    peace = topics.get("peace-talks")
    assert list(topics.article_sentences(article)[0]) == [caption, "TVA PHOTO"]
    found = {(c.paragraph, c.index) for c in compute_candidates(article, peace, topics)}
    assert (1, 0) in found  # the lead, though it names no "peace"
    assert not any(paragraph == 0 for paragraph, _ in found)


def _figure_story(main: str) -> Article:
    """An article whose third paragraph states a figure in words no topic cues."""
    paragraphs = [
        "Valmora and Kestria agreed to build a gas pipeline under the Tarvel Sea.",
        "The two energy ministers signed the gas agreement in the capital on Monday.",
        "Engineers from both sides met the governors of the coastal provinces.",
        "The work will cost about 3.5 billion euros, the builders said.",
    ]
    figure_sentence = "The work will cost about 3.5 billion euros, the builders said."
    return make_article(
        paragraphs=paragraphs,
        topics=["energy", "partnerships"],
        topic_scores={"energy": 9.0 if main == "energy" else 4.0, "partnerships": 6.0},
        figures=[figure("3.5 billion euros", figure_sentence, 3.5e9, "EUR")],
    )


def test_a_figure_of_an_article_mainly_about_the_topic_is_a_candidate(topics: TopicSet) -> None:
    """A figure tells the story without the topic's words, in an article mainly about it."""
    energy = topics.get("energy")
    sentence = "The work will cost about 3.5 billion euros, the builders said."
    assert topics.score_sentence(sentence, energy) < energy.sentence_threshold
    shown = [c.shown for c in compute_candidates(_figure_story("energy"), energy, topics)]
    assert any(s.startswith("The work will cost about 3.5 billion euros") for s in shown)
    # Where another topic leads, a figure without the topic's words is not this topic's news.
    other = [c.shown for c in compute_candidates(_figure_story("partnerships"), energy, topics)]
    assert not any("3.5 billion euros" in s for s in other)


def test_a_tail_naming_a_person_the_extractor_filed_in_english_stays(topics: TopicSet) -> None:
    """The people of an article carry canonical names ("Vladimir Putin"); a tail naming one in
    Russian ("…, заявил Владимир Путин …") is who said it, so the shown span keeps it."""
    from briefings.models import Person

    lead = "Флот проведёт учения в трёх морях до конца октября, заявил Владимир Путин в среду."
    article = make_article(
        title="Учения флота",
        paragraphs=[lead, "В учениях примут участие корабли и самолёты флота."],
    ).model_copy(
        update={
            "topics": ["security"],
            "topic_scores": {"security": 9.0},
            "people": [Person(name="Vladimir Putin")],
        }
    )
    shown = {c.shown for c in compute_candidates(article, topics.get("security"), topics)}
    assert lead in shown
    unnamed = article.model_copy(update={"people": []})
    cut = {c.shown for c in compute_candidates(unnamed, topics.get("security"), topics)}
    assert lead not in cut and any(s.endswith("октября…") for s in cut)


@pytest.mark.parametrize(
    ("opener", "replaced"),
    [
        pytest.param("Envoy Meets Rebel Leaders in Corvale.", True, id="title-case-headline"),
        pytest.param("Envoy meets rebel leaders in Corvale.", False, id="sentence-case-lead"),
    ],
)
def test_the_headline_repeated_in_title_case_is_not_the_lead(
    topics: TopicSet, opener: str, replaced: bool
) -> None:
    """A body opening on its headline in title case: the lead is the sentence after it (and
    takes the lead's floor); a sentence-case first line is the lead, though it repeats the
    headline's words."""
    lead = "The envoy of the Northern League met rebel leaders in Corvale on Monday."
    article = make_article(
        title="Envoy Meets Rebel Leaders in Corvale",
        paragraphs=[opener, lead, "Both sides agreed to hold peace talks next month."],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 9.0},
    )
    peace = topics.get("peace-talks")
    found = {(c.paragraph, c.index) for c in compute_candidates(article, peace, topics)}
    assert ((1, 0) in found) is replaced
    assert ((0, 0) in found) is not replaced
