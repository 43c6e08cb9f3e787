"""Round 30: a line opening in lower case is a cut sentence's tail, never the lead or shown; a
wire's dateline with no comma is furniture; a span's cuts together keep enough of its
sentence (invented sentences)."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.digest.profile import candidate_facts, fragment
from briefings.digest.spans import informative_span, is_furniture
from briefings.topics import TopicSet

from .factories import NOW, make_article

TEASER = "crews lifted a rusted 300-kg naval mine from the harbour floor."
LEAD = (
    "Hundreds of dock workers left Port Velmora on Friday while navy crews lifted a rusted "
    "300-kg naval mine from the harbour floor, the port authority said."
)


def test_a_line_opening_in_lower_case_is_a_fragment() -> None:
    assert fragment(TEASER)
    assert fragment("turbine park in the northern steppe.")
    assert not fragment(LEAD)
    assert not fragment("iPhone sales in Velmora fell by a third in March.")
    assert not fragment("de Montfort said the talks would resume in June.")
    assert not fragment("al-Rahim said the convoy had crossed the border.")
    assert not fragment("12 deminers were hurt in the blast.")
    assert not fragment("«Мы продолжим работу», — сказал министр.")


def test_a_teaser_tail_is_neither_the_lead_nor_shown(topics: TopicSet) -> None:
    """A scraped teaser repeating the lead's end ("crews lifted …") is shorter, so denser; shown,
    it reads as a broken line and drops who and where. The whole lead is shown instead."""
    article = make_article(
        id="harbour",
        outlet="Velmora Daily",
        title="Port Velmora evacuated as navy lifts old mine",
        paragraphs=[
            TEASER,
            LEAD,
            "The mine was laid during the 1940s and had drifted into the shipping lane.",
        ],
        topics=["demining"],
        topic_scores={"demining": 9.0},
    )
    topic = topics.get("demining")
    sentences = topics.article_sentences(article)
    found = {sentences[p][i]: facts for p, i, facts in candidate_facts(article, topic, topics)}
    assert TEASER not in found
    assert found[LEAD].position == 0
    briefing = build_briefing(topic, [article], NOW, topics=topics)
    shown = [s for item in briefing.items for s in item.sentences]
    assert not any(s.startswith("crews") for s in shown)
    assert any("dock workers left Port Velmora" in s for s in shown)


def test_a_dateline_without_a_comma_is_furniture() -> None:
    assert is_furniture("КОРВАЛЕ 3 мар – Велмора Ньюс.")
    assert is_furniture("CORVALE 14 Oct - Wire.")
    assert not is_furniture("NATO 3 members said the deal - signed in May - still holds.")


TAIL_AND_CLAUSE = (
    "Velmora considers the naval exercises held by the Ostrand fleet around the island this "
    "week a provocation and reckless actions, which gravely undermine regional peace and the "
    "stability of shipping across the whole strait, the defence ministry of Velmora said on "
    "Thursday."
)
TAIL_AND_CLAUSE_RU = (
    "Велмора считает морские учения флота Остранда вокруг острова на этой неделе провокацией "
    "и безрассудными действиями, которые подрывают мир и стабильность в регионе, заявило в "
    "четверг министерство обороны Велморы."
)


def test_a_clause_is_kept_when_the_tail_s_cut_already_took_enough() -> None:
    """Cut after its attribution tail, the sentence would lose its fact-free clause too, and
    with it over a third of its words: the clause stays, the tail goes."""
    for sentence, clause in (
        (TAIL_AND_CLAUSE, "which gravely undermine regional peace"),
        (TAIL_AND_CLAUSE_RU, "которые подрывают мир и стабильность в регионе"),
    ):
        shown = informative_span(sentence)
        assert clause in shown
        assert shown.endswith("…")
        assert "said on Thursday" not in shown and "заявило" not in shown


def test_a_short_fact_free_clause_still_goes() -> None:
    sentence = (
        "The council of Dunmore approved a new programme of repairs for the old harbour wall, "
        "the fishing pier, the lighthouse and the ferry slip this spring after years of delay, "
        "which was welcomed by locals."
    )
    assert informative_span(sentence).endswith("after years of delay…")
