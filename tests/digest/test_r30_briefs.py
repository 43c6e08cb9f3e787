"""Round 30: a line opening in lower case is a cut sentence's tail, never the lead or shown; a
wire's dateline with no comma is furniture; a story's further fact waits for the other
stories' leads (invented sentences)."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.digest.dedup import fingerprint
from briefings.digest.items import Candidate, Option
from briefings.digest.profile import candidate_facts, fragment
from briefings.digest.scoring import attribution
from briefings.digest.selection import SAME_ARTICLE_DECAY, Selection
from briefings.digest.spans import is_furniture
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


def _option(article_id: str, index: int, text: str, score: float, prior: float) -> Option:
    article = make_article(id=article_id, title=f"Story {article_id}", paragraphs=[text])
    candidate = Candidate(article, 0, index, 5.0, score, prior, text)
    return Option(
        candidate,
        [text],
        fingerprint(text),
        attribution(article),
        [text],
        fingerprint(article.title),
        hash(article_id) % 1000,
    )


def test_a_further_fact_waits_for_another_story_s_lead() -> None:
    """Room for one more line: another story's lead goes before a further fact of a story
    told, unless that fact is worth more than twice as much."""
    first = _option("a", 0, "Ostrand deminers cleared 40 hectares near Dunmore.", 1.0, 0.8)
    further = _option("a", 1, "The teams found 212 anti-tank mines and 97 shells.", 0.6, 0.5)
    other = _option("b", 0, "Velmora opened a mine-action school for 60 trainees.", 0.35, 0.5)
    assert further.candidate.score * SAME_ARTICLE_DECAY < other.candidate.score
    selection = Selection(8)
    limit = 200  # the first item and one more line
    selection.fill([first, further, other], limit)
    shown = [s for item in selection.items for s in item.sentences]
    assert other.sentences[0] in shown
    assert further.sentences[0] not in shown
