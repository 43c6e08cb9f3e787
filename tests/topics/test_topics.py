"""Topic configuration, lookup and relevance scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import UnknownTopic
from briefings.topics import Topic, TopicConfigError, TopicSet

from .factories import DATA, make_article, sample, text_article


def test_shipped_topics_have_ids_titles_and_cues(topics: TopicSet) -> None:
    """The defaults cover the product's topics, each with a human title and cues."""
    assert {"energy", "peace-talks", "partnerships", "security", "climate", "demining"} <= set(
        topics.ids
    )
    for topic in topics:
        assert topic.title and topic.title != topic.id
        assert topic.cues and topic.description


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        pytest.param(
            "000",
            {"energy", "partnerships", "peace-talks", "security", "climate"},
            id="azertac-interview",
        ),
        pytest.param("001", {"energy", "partnerships", "peace-talks", "demining"}, id="caliber"),
    ],
)
def test_sample_articles_get_their_topics(
    topics: TopicSet, prefix: str, expected: set[str]
) -> None:
    """Each bundled sample gets exactly the topics a reader would file it under."""
    article = topics.classify(sample(prefix))
    assert set(article.topics) == expected
    assert set(article.topic_scores) == set(topics.ids)
    assert all(article.topic_scores[t] > 0 for t in expected)


def test_single_passing_mention_does_not_make_a_topic(topics: TopicSet) -> None:
    """The interview mentions 'demining equipment' once: a cue, but not a topic."""
    article = topics.classify(sample("000"))
    assert "demining" not in article.topics
    assert article.topic_scores["demining"] > 0


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("football_baku.txt", id="football-derby"),
        pytest.param("grand_prix_baku.txt", id="grand-prix"),
        pytest.param("ted_peacekeeping.txt", id="ted-talks-and-peacekeeping"),
    ],
)
def test_off_topic_articles_in_baku_get_no_topic(topics: TopicSet, name: str) -> None:
    """Sport and events in Baku, full of false friends, belong to no topic."""
    article = topics.classify(text_article(DATA / name))
    assert article.topics == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("energy_ru.txt", "energy", id="ru-energy"),
        pytest.param("peace_ru.txt", "peace-talks", id="ru-peace"),
    ],
)
def test_russian_articles_match_by_stem(topics: TopicSet, name: str, expected: str) -> None:
    """Russian inflections ('переговоров', 'газа', 'мирному договору') match their stems."""
    article = topics.classify(text_article(DATA / name, language="ru"))
    assert article.topics[0] == expected


@pytest.mark.parametrize(
    ("topic_id", "sentence"),
    [
        pytest.param("peace-talks", "Azerbaijan took part in NATO peacekeeping missions.", id="pk"),
        pytest.param("peace-talks", "The striker talks about football every day.", id="talks"),
        pytest.param("peace-talks", "She gave one of the TED talks in Baku.", id="ted"),
        pytest.param("peace-talks", "The Partnership for Peace programme is 30.", id="pfp"),
        pytest.param("energy", "The players showed real energy on the pitch.", id="pitch"),
        pytest.param("energy", "Their power play won the hockey game.", id="power-play"),
        pytest.param("partnerships", "The club signed a partnership with sponsors.", id="sponsor"),
        pytest.param("security", "Europe's energy security depends on supply.", id="energy-sec"),
        pytest.param("climate", "The investment climate improved this year.", id="invest"),
        pytest.param(
            "peace-talks",
            "After long negotiations, COP29 agreed on a climate finance goal.",
            id="climate-negotiations",
        ),
        pytest.param("peace-talks", "Trade talks with the EU resume in June.", id="trade-talks"),
        pytest.param(
            "climate", "The Green Energy Corridor will carry power to Europe.", id="corridor"
        ),
    ],
)
def test_false_friends_score_nothing(topics: TopicSet, topic_id: str, sentence: str) -> None:
    """Phrases that look like a topic but are not score zero for it."""
    assert topics.score_sentence(sentence, topics.get(topic_id)) == 0.0


@pytest.mark.parametrize(
    ("topic_id", "sentence"),
    [
        pytest.param("peace-talks", "Both sides agreed the text of the peace treaty.", id="treaty"),
        pytest.param("peace-talks", "Negotiations resume in Washington next week.", id="negot"),
        pytest.param("peace-talks", "Стороны продолжат переговоры в Алматы.", id="ru-talks"),
        pytest.param("energy", "Azerbaijan supplies gas to 10 European countries.", id="gas"),
        pytest.param("energy", "Экспорт газа вырос до 13 миллиардов кубометров.", id="ru-gas"),
        pytest.param("demining", "Demining remains a significant challenge.", id="demining"),
        pytest.param("climate", "COP29 will focus on climate financing.", id="cop29"),
        pytest.param("security", "NATO forces train with the Armed Forces.", id="nato"),
        pytest.param(
            "partnerships",
            "The new agreement between Azerbaijan and the European Union is 90-95% agreed upon.",
            id="eu-agreement",
        ),
        pytest.param(
            "partnerships",
            "We are agreeing a new framework for partnership between NATO and Azerbaijan.",
            id="nato-framework",
        ),
    ],
)
def test_real_cues_score_at_threshold(topics: TopicSet, topic_id: str, sentence: str) -> None:
    """Sentences that are plainly about a topic reach its sentence threshold."""
    topic = topics.get(topic_id)
    assert topics.score_sentence(sentence, topic) >= topic.sentence_threshold


def test_russian_gas_cue_does_not_match_newspaper(topics: TopicSet) -> None:
    """'газета' (newspaper) is not 'газ' (gas): stems are bounded where they must be."""
    energy = topics.get("energy")
    assert topics.score_sentence("Газета вышла в понедельник большим тиражом.", energy) == 0.0


def test_gazakh_district_is_not_gas(topics: TopicSet) -> None:
    """'Газах' (Gazakh, a border district) is not a form of 'газ' (gas)."""
    energy = topics.get("energy")
    sentence = "Работа на участке Газах – Тавуш может ускорить переговоры по мирному соглашению."
    assert topics.score_sentence(sentence, energy) == 0.0


def test_sport_vocabulary_outweighs_a_stray_cue(topics: TopicSet) -> None:
    """A sports sentence with one topic word is pulled below relevance by sport cues."""
    energy = topics.get("energy")
    sentence = "The oil company sponsors the Grand Prix and its football league."
    assert topics.score_sentence(sentence, energy) == 0.0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("energy", "energy", id="id"),
        pytest.param("Peace Talks", "peace-talks", id="title-case"),
        pytest.param("peace_talks", "peace-talks", id="underscore"),
        pytest.param("  PEACE-TALKS ", "peace-talks", id="spaces-upper"),
        pytest.param("gas", "energy", id="alias-gas"),
        pytest.param("LNG", "energy", id="alias-lng"),
        pytest.param("pipeline", "energy", id="alias-pipeline"),
        pytest.param("negotiations", "peace-talks", id="alias-negotiations"),
        pytest.param("treaty", "peace-talks", id="alias-treaty"),
        pytest.param("cooperation", "partnerships", id="alias-cooperation"),
        pytest.param("defence", "security", id="alias-defence"),
        pytest.param("enrgy", "energy", id="typo-enrgy"),
        pytest.param("partnerhsips", "partnerships", id="typo-transposed"),
        pytest.param("peace tlaks", "peace-talks", id="typo-title"),
        pytest.param("demning", "demining", id="typo-demining"),
    ],
)
def test_resolve_is_forgiving(topics: TopicSet, query: str, expected: str) -> None:
    """Ids, titles and aliases resolve regardless of case, spaces and small typos."""
    assert topics.resolve(query).id == expected


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("football", id="unrelated"),
        pytest.param("gaz", id="short-typo-not-guessed"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
    ],
)
def test_resolve_unknown_raises_with_known_ids(topics: TopicSet, query: str) -> None:
    """An unknown topic raises UnknownTopic carrying every known id."""
    with pytest.raises(UnknownTopic) as caught:
        topics.resolve(query)
    assert caught.value.known == topics.ids
    assert caught.value.query == query


def test_get_needs_the_exact_id(topics: TopicSet) -> None:
    """get() is strict: a title is not an id."""
    assert topics.get("peace-talks").title == "Peace talks"
    with pytest.raises(UnknownTopic):
        topics.get("Peace talks")


def test_override_file_changes_extends_and_removes(tmp_path: Path) -> None:
    """An admin file overrides a topic field by id, adds a topic and removes one."""
    override = tmp_path / "topics.yaml"
    override.write_text(
        """
topics:
  - id: energy
    title: Energy and power
    aliases: [hydrocarbons]
  - id: transport
    title: Transport
    description: Rail, ports and the Middle Corridor.
    cues: {"Middle Corridor": 4, railway*: 2}
remove: [demining]
""",
        "utf-8",
    )
    topics = TopicSet.load(override)
    energy = topics.get("energy")
    assert energy.title == "Energy and power"
    assert topics.resolve("hydrocarbons") is energy
    assert "gas" in energy.cues  # fields not overridden keep their defaults
    assert "demining" not in topics.ids
    transport = topics.resolve("transport")
    assert topics.score_sentence("Cargo on the Middle Corridor doubled.", transport) >= 2.0
    article = make_article(
        paragraphs=[
            "Freight volumes on the Middle Corridor doubled this year.",
            "New railway lines link the port of Alat with Georgia.",
        ]
    )
    assert topics.classify(article).topics == ["transport"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param("topics: [\n  - id: x\n", "malformed YAML at line", id="yaml"),
        pytest.param("topics:\n  - id: Bad Id\n    title: X\n    cues: {a: 1}\n", "id", id="id"),
        pytest.param("topics:\n  - title: No id\n", "no string 'id'", id="no-id"),
        pytest.param("topics:\n  - id: x\n    title: X\n    cues: {}\n", "cues", id="no-cues"),
        pytest.param("- just a list\n", "mapping", id="not-mapping"),
        pytest.param(
            "topics:\n  - id: x\n    title: X\n    cues: {'a*': 1}\n", "stem", id="bad-cue"
        ),
    ],
)
def test_bad_override_file_names_the_problem(tmp_path: Path, content: str, reason: str) -> None:
    """A broken admin file is refused with its name and what is wrong."""
    override = tmp_path / "topics.yaml"
    override.write_text(content, "utf-8")
    with pytest.raises(TopicConfigError) as caught:
        TopicSet.load(override)
    assert str(override) in str(caught.value)
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("term", "text", "matches"),
    [
        pytest.param("gas", "Gases and gas", True, id="plural"),
        pytest.param("gas", "Gasoline prices", False, id="word-boundary"),
        pytest.param("переговор*", "в ходе переговоров", True, id="ru-stem"),
        pytest.param("переговор*", "в ходе ПЕРЕГОВОРОВ", True, id="ru-case"),
        pytest.param("peace treaty", "a peace-treaty draft", True, id="hyphen-between-words"),
        pytest.param("peace treaty", "peace, treaty", False, id="not-across-punctuation"),
        pytest.param("resolution of the * conflict", "resolution of the Karabakh conflict", True),
        pytest.param("газ|газа", "поставки газа", True, id="alternatives"),
        pytest.param("газ|газа", "газета", False, id="alternatives-exact"),
        pytest.param("re:cop\\d\\d", "at COP29 in Baku", True, id="regex-word"),
        pytest.param("COP-29", "at COP 29 in Baku", True, id="hyphen-or-space"),
        pytest.param("ёлк*", "елки", True, id="yo-is-ye"),
    ],
)
def test_cue_syntax(term: str, text: str, matches: bool) -> None:
    """Cue terms match whole words, plurals, stems and phrases as documented in topics.yaml."""
    topic = Topic(id="t", title="T", cues={term: 2.0})
    topics = TopicSet([topic])
    assert (topics.score_sentence(text, topic) > 0) is matches


@pytest.mark.parametrize(
    "term",
    [
        pytest.param("a*", id="stem-too-short"),
        pytest.param("re:(", id="bad-regex"),
        pytest.param("   ", id="empty"),
    ],
)
def test_bad_cue_terms_are_refused(term: str) -> None:
    """A cue the matcher cannot understand is a configuration error, not a silent miss."""
    with pytest.raises(TopicConfigError):
        TopicSet([Topic(id="t", title="T", cues={term: 2.0})])


def test_topic_specific_false_friend_does_not_hide_other_topics(topics: TopicSet) -> None:
    """'energy security' is evidence for energy even though it is a false friend for security."""
    sentence = "Azerbaijan is a strategic partner in ensuring Europe's energy security."
    assert topics.score_sentence(sentence, topics.get("energy")) >= 2.0
    assert topics.score_sentence(sentence, topics.get("security")) == 0.0


def test_repeated_cue_adds_half_its_weight(topics: TopicSet) -> None:
    """A cue said twice counts one and a half times; a third time adds nothing."""
    security = topics.get("security")
    once = topics.score_sentence("Security matters here.", security)
    twice = topics.score_sentence("Security here is European security.", security)
    thrice = topics.score_sentence("Security, security and security.", security)
    assert twice == pytest.approx(once * 1.5) == pytest.approx(thrice)
    assert twice >= security.sentence_threshold > once


def test_longest_cue_counts_once(topics: TopicSet) -> None:
    """'Southern Gas Corridor' scores as itself, not again as 'gas'."""
    energy = topics.get("energy")
    assert (
        topics.score_sentence("the Southern Gas Corridor", energy)
        == energy.cues["Southern Gas Corridor"]
    )


def test_classify_keeps_article_and_orders_topics(topics: TopicSet) -> None:
    """classify returns a copy with only topics and scores changed, best topic first."""
    original = sample("001")
    article = topics.classify(original)
    assert article.paragraphs == original.paragraphs and article.id == original.id
    scores = [article.topic_scores[t] for t in article.topics]
    assert scores == sorted(scores, reverse=True)
    assert original.topics == []
