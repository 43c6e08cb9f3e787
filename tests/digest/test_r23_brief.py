"""Round 23: a wire's photo caption is never an item; a line with no closing mark rarely
carries the news (a heading, a standfirst, a list entry, a text cut off); every item names
its source, an undated one too."""

from __future__ import annotations

import dataclasses

import pytest

from briefings.digest.budget import Dating, item_chars, source_chars
from briefings.digest.keyness import SentenceFacts, key_probability
from briefings.digest.profile import compute_candidates
from briefings.digest.scoring import unterminated
from briefings.digest.spans import informative_span, is_furniture
from briefings.models import Attribution, Briefing
from briefings.render import OutputFormat
from briefings.topics import TopicSet

from .factories import HEADLESS_LEAD, brief_beside_dated, headless_source, make_article, shown


@pytest.mark.parametrize(
    "sentence",
    [
        "In this Oct. 4, 2019 file photo, a deminer probes a field near the village of Ostrand.",
        "In this file photo, envoys of Velmora and Ostrand shake hands in Corvale.",
        "In this photo taken on Monday, workers weld a section of the Velmora pipeline.",
        "In this handout image released by the ministry, sappers clear a road near Corvale.",
        "На фото: переговоры делегаций Велморы и Остранда в Корвале.",
    ],
)
def test_a_caption_describing_its_photo_is_furniture(sentence: str) -> None:
    """'In this … photo, …' describes a picture, however the wire dates it: never shown."""
    assert is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In this case the ministry of Velmora said it would appeal the ruling.",
        "In this year alone, the agency cleared 40 fields and took 300 photos.",
        "In this picture-perfect valley, the mine clearance teams found 12 shells.",
        "In this context, the photo agency of Corvale closed its office.",
    ],
)
def test_prose_opening_in_this_stays(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_a_file_photo_caption_below_the_lead_is_no_candidate(topics: TopicSet) -> None:
    caption = (
        "In this March 3, 2018 file photo, a deminer of the Corvale mine action agency "
        "clears land mines near the village of Ostrand."
    )
    article = make_article(
        title="Velmora declared free of land mines",
        paragraphs=[
            "Velmora was declared free of land mines on Tuesday after 20 years of demining.",
            caption,
            "The mine action agency said it had destroyed 12,000 land mines since 2005.",
        ],
        topics=["demining"],
        topic_scores={"demining": 9.0},
    )
    demining = topics.get("demining")
    sentences = topics.article_sentences(article)
    shown = {sentences[c.paragraph][c.index] for c in compute_candidates(article, demining, topics)}
    assert caption not in shown
    assert any("destroyed 12,000" in s for s in shown)


@pytest.mark.parametrize(
    ("line", "open_end"),
    [
        ("Analysis note by the Institute of Coastal Studies", True),
        ("The envoys hope to agree a ceasefire", True),
        ("The pipeline will carry 10 bcm of gas a yea", True),
        ("The envoys agreed a ceasefire.", False),
        ("“We will sign,” the envoy said.", False),
        ("Посредник заявил: «Мы подпишем»", False),
        ("The talks ended in Corvale (Velmora)", False),
        ("Key points:", False),
    ],
)
def test_a_line_without_a_closing_mark_is_unterminated(line: str, open_end: bool) -> None:
    assert unterminated(line) is open_end


def test_an_unterminated_line_is_less_likely_a_key() -> None:
    plain = SentenceFacts(
        position=0, relevance=3.0, relevant=True, figures=0, echo=0.0, topics=1, question=False
    )
    heading = dataclasses.replace(plain, unterminated=True)
    assert key_probability(heading) < key_probability(plain)


def test_a_standfirst_without_a_stop_ranks_below_the_prose_it_tops(topics: TopicSet) -> None:
    """A dek ("Analysis by …", no stop) above the story: the story's sentence comes first."""
    standfirst = "Peace talks in Corvale: an analysis by the Institute of Coastal Studies"
    fact = "Velmora and Ostrand agreed a ceasefire at peace talks in Corvale on Monday."
    article = make_article(
        title="Velmora and Ostrand agree a ceasefire",
        paragraphs=[standfirst, fact],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 9.0},
    )
    peace = topics.get("peace-talks")
    sentences = topics.article_sentences(article)
    ranked = [sentences[c.paragraph][c.index] for c in compute_candidates(article, peace, topics)]
    assert ranked[0] == fact


# -- an undated item in a dated brief names its source and says "undated" --------------------


def _mixed(told: Attribution) -> Briefing:
    """A brief with one dated item (so dates are shown) and one whose title it repeats."""
    return brief_beside_dated(HEADLESS_LEAD, told)


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_an_undated_item_still_names_its_source(fmt: OutputFormat) -> None:
    """Round 31: every item says where it came from; a title the item repeats gives way to
    "unknown source"."""
    text = shown(_mixed(headless_source(published=None)), fmt)
    assert "— unknown source, undated" in text and "Ostrand Wire, 26 Apr" in text
    named = shown(_mixed(headless_source(published=None, outlet="Velmora Daily")), fmt)
    assert "Velmora Daily, undated" in named


def test_the_budget_counts_an_undated_items_line() -> None:
    """A dated brief pays for ", undated"; an undated one does not (its header says so)."""
    told = headless_source(published=None)
    mixed, undated = Dating(year=2025), Dating(year=2025, undated_brief=True)
    assert source_chars(told, mixed) == source_chars(told, undated) + len(", undated") > 0
    assert item_chars([HEADLESS_LEAD], [told], mixed) > item_chars(
        [HEADLESS_LEAD], [headless_source()], mixed
    )


# -- a dateline with its date in brackets and no dash; a stock picture's label -----------------


@pytest.mark.parametrize(
    "dateline", ["CORVALE (March 3, 2025) ", "CORVALE (3 March 2025) ", "PORT VELL (Mar. 3, 2025) "]
)
def test_a_dateline_with_a_bracketed_date_is_cut(dateline: str) -> None:
    body = "The envoys of Velmora and Ostrand agreed on a ceasefire in the hills."
    assert informative_span(dateline + body) == f"…{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "UNICEF (UN Children's Fund) Executive Director Ana Vell visited the camps of Corvale.",
        "OSCE (2024) Annual figures show the mission cleared 40 fields in the hills of Corvale.",
    ],
)
def test_an_acronym_and_its_bracket_is_no_dateline(sentence: str) -> None:
    assert informative_span(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Illustrative purposes only: Tankers wait off the Velmora terminal on March 3.",
        "Illustration: a drilling rig off the coast of Corvale.",
        "Иллюстративное фото: буровая установка у берегов Корвале.",
    ],
)
def test_a_stock_pictures_label_is_furniture(sentence: str) -> None:
    assert is_furniture(sentence)
    assert not is_furniture("Illustrations of the new Velmora plant were shown on Monday.")
