"""Building briefings: extractive, attributed, deduplicated, recent first, within budget."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.digest import build_briefing, refers_back, same_fact, specificity
from briefings.digest.build import LONG_BRIEF_CHARS
from briefings.digest.figures import pick_figures
from briefings.digest.quotes import pick_quote
from briefings.digest.selection import MAX_SENTENCES_PER_ITEM
from briefings.digest.spans import informative_span, verbatim_parts
from briefings.models import Article, Briefing, DateOrigin, KeyFigure, Quote
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.topics import TopicSet

from .factories import NOW, figure, make_article, samples, synthetic


def key_figures(topics: TopicSet, topic_id: str, articles: list[Article]) -> list[KeyFigure]:
    """The figures a brief on the topic may list (in the room its stories leave)."""
    return pick_figures(topics.get(topic_id), articles, NOW, topics)


@pytest.fixture(scope="module")
def sample_articles(topics: TopicSet) -> list[Article]:
    return samples(topics)


def brief(
    topics: TopicSet,
    topic_id: str,
    articles: list[Article],
    *,
    max_chars: int = 1200,
    max_items: int = 5,
) -> Briefing:
    topic = topics.get(topic_id)
    return build_briefing(
        topic, articles, NOW, topics=topics, max_chars=max_chars, max_items=max_items
    )


def assert_extractive(briefing: Briefing, articles: list[Article]) -> None:
    """Every sentence shown is verbatim from a paragraph of one of its sources ("…" marks cuts)."""
    by_id = {a.id: a for a in articles}
    for item in briefing.items:
        for sentence in item.sentences:
            assert any(
                all(part in paragraph for part in verbatim_parts(sentence))
                for source in item.sources
                for paragraph in by_id[source.article_id].paragraphs
            ), sentence
    if briefing.quote is not None:
        source = by_id[briefing.quote.source.article_id]
        assert any(q.speaker == briefing.quote.quote.speaker for q in source.quotes)
        assert any(briefing.quote.quote.text in q.text for q in source.quotes)
    for key in briefing.key_figures:
        source = by_id[key.source.article_id]
        assert key.figure.text in key.figure.sentence
        assert any(key.figure.sentence == f.sentence for f in source.figures)
        assert any(key.figure.sentence in paragraph for paragraph in source.paragraphs)


@pytest.mark.parametrize(
    "topic_id", ["energy", "peace-talks", "partnerships", "security", "climate", "demining"]
)
def test_sample_briefs_are_extractive_and_attributed(
    topics: TopicSet, sample_articles: list[Article], topic_id: str
) -> None:
    """On the samples, every topic's brief quotes its sources verbatim and cites them."""
    briefing = brief(topics, topic_id, sample_articles)
    assert briefing.items, topic_id
    assert_extractive(briefing, sample_articles)
    for item in briefing.items:
        assert item.sources and all(s.outlet in {"AZERTAC", "Caliber.az"} for s in item.sources)
        assert not any(s.rstrip().endswith("?") for s in item.sentences)


def test_energy_brief_has_the_key_facts(topics: TopicSet, sample_articles: list[Article]) -> None:
    """The energy brief carries the gas-export figures, the corridor and the countries supplied."""
    briefing = brief(topics, "energy", sample_articles)
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert "Southern Gas Corridor" in text
    assert "10 European countries" in text
    assert "12 billion cubic meters" in text
    assert briefing.article_count == 2


def test_synthetic_briefs_are_extractive(topics: TopicSet) -> None:
    """Across many recombined articles and every topic, nothing shown is invented."""
    articles = synthetic(150, topics)
    for topic in topics:
        briefing = build_briefing(topic, articles, NOW, topics=topics)
        assert_extractive(briefing, articles)
        assert all(1 <= len(item.sentences) <= MAX_SENTENCES_PER_ITEM for item in briefing.items)


def test_near_duplicates_collapse_into_one_item_citing_both(topics: TopicSet) -> None:
    """Two outlets stating the same fact in other words give one item with both sources."""
    first = make_article(
        id="trend",
        outlet="Trend",
        paragraphs=[
            "Azerbaijan supplies gas to 10 European countries, eight of which are EU members."
        ],
    )
    second = make_article(
        id="apa",
        outlet="APA",
        published=dt.date(2025, 4, 27),
        paragraphs=[
            "Today Azerbaijan supplies natural gas to 10 European countries, "
            "eight of which are members of the EU."
        ],
    )
    other = make_article(
        id="report",
        outlet="Report.az",
        paragraphs=["The Southern Gas Corridor has delivered gas to Europe for four years now."],
    )
    briefing = brief(topics, "energy", [first, second, other])
    cited = sorted(sorted(s.outlet or "" for s in item.sources) for item in briefing.items)
    assert cited == [["APA", "Trend"], ["Report.az"]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(
            "Azerbaijan supplies gas to 10 European countries.",
            "Azerbaijan now supplies natural gas to 10 European countries.",
            True,
            id="reworded",
        ),
        pytest.param(
            "Azerbaijan supplies gas to 10 European countries.",
            "Azerbaijan supplies gas to Europe via the Southern Gas Corridor.",
            False,
            id="different-fact",
        ),
        pytest.param("Gas exports rose.", "Gas exports fell.", False, id="too-short-to-judge"),
    ],
)
def test_same_fact(a: str, b: str, same: bool) -> None:
    """Near-duplicate detection merges rewordings, not different facts sharing words."""
    assert same_fact(a, b) is same


def test_recent_fact_ranks_above_equally_relevant_old_one(topics: TopicSet) -> None:
    """With equal relevance, the fresher article's fact comes first."""
    old = make_article(
        id="old",
        outlet="Old Wire",
        title="Italy buys more Caspian gas",  # headlines of their own: two stories, not one
        published=dt.date(2024, 5, 1),
        paragraphs=["Gas exports through the pipeline to Italy grew strongly last quarter."],
    )
    new = make_article(
        id="new",
        outlet="New Wire",
        title="Azeri oil output steady",
        published=dt.date(2025, 4, 30),
        paragraphs=[
            "Oil output at the Azeri fields held steady at the LNG terminal, pipeline said."
        ],
    )
    briefing = brief(topics, "energy", [old, new])
    assert [i.sources[0].article_id for i in briefing.items] == ["new", "old"]
    assert briefing.newest == dt.date(2025, 4, 30)
    assert briefing.oldest == dt.date(2024, 5, 1)


def test_much_more_relevant_old_fact_still_beats_a_weak_new_one(topics: TopicSet) -> None:
    """Recency breaks ties but does not bury a strong fact under a passing mention."""
    strong = make_article(
        id="strong",
        title="Peace treaty text agreed",
        published=dt.date(2025, 1, 1),
        paragraphs=[
            "Azerbaijan and Armenia agreed the text of the peace treaty after negotiations, "
            "and the peace process now moves to border delimitation."
        ],
    )
    weak = make_article(
        id="weak",
        title="Energy ministers meet in Baku",
        published=dt.date(2025, 4, 30),
        paragraphs=[
            "Energy ministers of the region met in Baku on Monday to discuss gas prices.",
            "They also spoke briefly about lasting peace in the region.",  # a passing mention
        ],
    )
    briefing = brief(topics, "peace-talks", [weak, strong])
    assert briefing.items[0].sources[0].article_id == "strong"


def test_undated_facts_rank_below_dated_ones_and_do_not_set_dates(topics: TopicSet) -> None:
    """An undated article's fact counts as old, and the age line uses dated facts only."""
    undated = make_article(
        id="undated",
        title="Italy buys more Caspian gas",  # headlines of their own: two stories, not one
        published=None,
        date_origin=DateOrigin.UNKNOWN,
        paragraphs=["Gas exports through the pipeline to Italy grew strongly last quarter."],
    )
    dated = make_article(
        id="dated",
        title="Azeri oil output steady",
        published=dt.date(2025, 4, 1),
        paragraphs=[
            "Oil output at the Azeri fields held steady at the LNG terminal, pipeline said."
        ],
    )
    briefing = brief(topics, "energy", [undated, dated])
    assert [i.sources[0].article_id for i in briefing.items] == ["dated", "undated"]
    assert briefing.newest == briefing.oldest == dt.date(2025, 4, 1)


def test_interview_questions_are_not_facts(topics: TopicSet) -> None:
    """A question full of cues loses to the answer: questions are not facts."""
    article = make_article(
        paragraphs=[
            "How do you assess the gas export and pipeline plans, and the Southern Gas Corridor?",
            "- Gas exports to Europe will grow next year, the minister said.",
        ]
    )
    briefing = brief(topics, "energy", [article])
    answer = "Gas exports to Europe will grow next year, the minister said."
    assert briefing.items[0].sentences == [informative_span(answer)]


def test_figure_sentence_is_shown_once_as_an_item(topics: TopicSet) -> None:
    """Stories come first: a sentence carrying a key figure is shown whole in its story's item,
    not cut to the figure's window (reserved before the items, it took the story's room), and
    the figure is not listed again."""
    with_figure = "Gas exports to Europe reached 12 billion cubic meters last year."
    article = make_article(
        paragraphs=["Gas exports to Europe grew again last year, officials said.", with_figure],
        figures=[figure("12 billion cubic meters", with_figure, 12e9, "bcm")],
    )
    briefing = brief(topics, "energy", [article])
    assert [k.figure.sentence for k in key_figures(topics, "energy", [article])] == [with_figure]
    assert any(with_figure in item.sentences for item in briefing.items)
    assert briefing.key_figures == []


def test_figure_sentence_is_an_item_when_it_is_the_only_fact(topics: TopicSet) -> None:
    """An article whose one relevant sentence carries the figure still gets a brief."""
    with_figure = "Gas exports to Europe through the pipeline reached 12 billion cubic meters."
    article = make_article(
        paragraphs=[with_figure],
        figures=[figure("12 billion cubic meters", with_figure, 12e9, "bcm")],
    )
    briefing = brief(topics, "energy", [article])
    assert [item.sentences for item in briefing.items] == [[with_figure]]
    assert briefing.key_figures == []


def test_figure_sentence_ranks_above_an_equal_one_without(topics: TopicSet) -> None:
    """Among items (figures beyond the key-figures block), the one with a figure leads."""
    amounts = (3, 4, 5, 6)
    sentences = [
        "Gas exports through TAP to Italy reached 3 billion cubic meters in the first quarter.",
        "The Shah Deniz field sold 4 billion cubic meters of gas to Greek buyers.",
        "Bulgaria will import 5 billion cubic meters of Caspian gas under the new pipeline deal.",
        "SOCAR plans to pump 6 billion cubic meters of gas into Albania's grid by 2030.",
    ]
    plain = "Gas exports through the pipeline to Serbia grew again last year, officials said."
    lead = "Energy ministers of the region met in Baku on Tuesday."  # the articles' leads
    articles = [
        make_article(
            id=f"story-{n}",
            title=f"Story {n}",  # five stories, one item each
            paragraphs=[lead, text],
            figures=[figure(f"{n} billion cubic meters", text, float(n), "bcm")] if n else [],
        )
        for n, text in [*zip(amounts, sentences, strict=True), (0, plain)]
    ]
    briefing = brief(topics, "energy", articles, max_chars=4000, max_items=5)
    items = [s for item in briefing.items for s in item.sentences if "Baku" not in s]
    plain = informative_span(plain)  # shown without its attribution tail
    assert len(items) == 5 and items.index(plain) == len(items) - 1, items


def test_figures_of_one_sentence_are_one_verbatim_entry(topics: TopicSet) -> None:
    """'from roughly 12 billion cubic meters to 20' is one key figure: a span covering both."""
    gas = (
        "There is a demand now for further increasing the gas export from roughly "
        "12 billion cubic meters to 20, which is a significant part of Europe's gas consumption."
    )
    # After the article's news sentences (the lead and the next two), which a brief shows
    # whole rather than cut to a key figure's window.
    article = make_article(
        paragraphs=[
            "The Southern Gas Corridor carries gas from the Caspian to Italy.",
            "Its operators met in Baku on Monday to review the flows of the past year.",
            "Shippers asked for more room on the Italian leg of the route.",
            gas,
        ],
        figures=[
            figure("roughly 12 billion cubic meters", gas, 12, "bcm"),
            figure("20", gas, 20, "bcm"),
        ],
    )
    found = key_figures(topics, "energy", [article])
    assert len(found) == 1
    shown = found[0].figure
    assert shown.text in gas and "12 billion cubic meters" in shown.text and "20" in shown.text
    assert shown.text.startswith("from ")
    assert (shown.value, shown.value_max, shown.unit) == (12, 20, "bcm")


def test_the_same_figure_from_two_outlets_is_one_entry(topics: TopicSet) -> None:
    """A figure republished verbatim by a second outlet is listed once."""
    gas = "Azerbaijan supplies gas to 10 European countries through the Southern Gas Corridor."
    articles = [
        make_article(
            id=outlet,
            outlet=outlet,
            paragraphs=["Gas exports to Europe through the pipeline rose again.", gas],
            figures=[figure("10 European countries", gas, 10, "countries")],
        )
        for outlet in ("Trend", "APA")
    ]
    found = key_figures(topics, "energy", articles)
    assert [k.figure.text for k in found] == ["10 European countries"]


def test_key_figures_come_from_relevant_sentences_only(topics: TopicSet) -> None:
    """Key figures are the topic's figures, with their source; unrelated figures stay out."""
    gas = "There is demand to raise gas exports from 12 billion cubic meters to 20."
    crowd = "More than 30,000 fans watched the football match at the stadium."
    article = make_article(
        paragraphs=[
            "The Southern Gas Corridor carries gas from the Caspian to Italy via a pipeline.",
            gas,
            crowd,
        ],
        figures=[
            figure("12 billion cubic meters", gas, 12e9, "bcm"),
            figure("30,000", crowd, 30000, "people"),
        ],
    )
    found = key_figures(topics, "energy", [article])
    assert [k.figure.text for k in found] == ["12 billion cubic meters"]
    assert found[0].source.outlet == "Trend"


def test_quote_with_speaker_is_chosen_and_excerpted_verbatim(
    topics: TopicSet, sample_articles: list[Article]
) -> None:
    """The peace-talks brief quotes a named speaker, verbatim, about peace."""
    briefing = brief(topics, "peace-talks", sample_articles)
    assert briefing.quote is not None
    assert briefing.quote.quote.speaker in {"Jens Stoltenberg", "Kaja Kallas", "Jeyhun Bayramov"}
    peace = topics.get("peace-talks")
    assert topics.score_sentence(briefing.quote.quote.text, peace) >= peace.sentence_threshold
    assert len(briefing.quote.quote.text) <= 220


def test_quote_is_not_repeated_by_an_item(topics: TopicSet, sample_articles: list[Article]) -> None:
    """The quote block and the items never show the same words twice."""
    for topic in topics:
        briefing = build_briefing(topic, sample_articles, NOW, topics=topics)
        if briefing.quote is None:
            continue
        for item in briefing.items:
            assert briefing.quote.quote.text not in " ".join(item.sentences), topic.id


def test_quote_without_speaker_is_never_shown(topics: TopicSet) -> None:
    """A quote nobody is named for is not shown as a quote."""
    text = "We will sign the peace treaty this year after the negotiations."
    article = make_article(
        paragraphs=[f"“{text}”, an official said.", "Negotiations on the peace treaty continue."],
        quotes=[Quote(text=text, speaker=None)],
    )
    assert brief(topics, "peace-talks", [article]).quote is None


def test_articles_classified_off_topic_are_ignored(topics: TopicSet) -> None:
    """An article classified without the topic contributes nothing; no facts, empty brief."""
    football = topics.classify(
        make_article(
            paragraphs=[
                "Neftchi showed energy on the pitch and won the derby at the stadium.",
                "The club signed a partnership with sponsors before the league match.",
            ]
        )
    )
    assert football.topics == []
    briefing = brief(topics, "energy", [football])
    assert briefing.empty and briefing.key_figures == [] and briefing.quote is None
    assert briefing.newest is None and briefing.article_count == 0


def test_quotation_cut_by_the_splitter_is_shown_whole(topics: TopicSet) -> None:
    """A fact closing a quotation is shown with the sentence that opens it."""
    article = make_article(
        paragraphs=[
            "“Armenia and Azerbaijan now have such an opportunity. I welcome the agreement "
            "reached on the text of the peace treaty,” said Kaja Kallas."
        ]
    )
    briefing = brief(topics, "peace-talks", [article])
    assert briefing.items[0].sentences == [
        "“Armenia and Azerbaijan now have such an opportunity.",
        "I welcome the agreement reached on the text of the peace treaty,” said Kaja Kallas.",
    ]


def test_brief_draws_on_several_sources(topics: TopicSet) -> None:
    """A second source gets a place even when one article has more strong sentences."""
    rich = make_article(
        id="rich",
        outlet="Trend",
        paragraphs=[
            "Gas exports through the Southern Gas Corridor rose by a tenth last year.",
            "The pipeline to Italy carried more natural gas than ever before.",
            "Oil and gas revenues funded the new LNG terminal on the Caspian coast.",
            "Electricity exports through the new power cable begin next year.",
        ],
    )
    other = make_article(
        id="other",
        outlet="APA",
        title="Slovakia to receive Azerbaijani gas",  # another story, not a second outlet's
        paragraphs=["Azerbaijan will supply gas to Slovakia from next year, officials said."],
    )
    briefing = brief(topics, "energy", [rich, other], max_chars=4000, max_items=4)
    cited = [s.article_id for item in briefing.items for s in item.sources]
    assert "other" in cited
    rich_item = next(item for item in briefing.items if item.sources[0].article_id == "rich")
    assert len(rich_item.sentences) >= 2  # its further facts join its item first
    assert briefing.article_count == 2


def test_anaphoric_sentence_brings_its_antecedent(topics: TopicSet) -> None:
    """A fact starting 'This ...' is shown with the sentence it refers to."""
    article = make_article(
        paragraphs=[
            "The new pipeline to Bulgaria opened on Monday. "
            "This raises gas exports to Europe through the Southern Gas Corridor."
        ]
    )
    briefing = brief(topics, "energy", [article])
    assert briefing.items[0].sentences == [
        "The new pipeline to Bulgaria opened on Monday.",
        "This raises gas exports to Europe through the Southern Gas Corridor.",
    ]


def test_russian_articles_brief_and_collapse(topics: TopicSet) -> None:
    """Russian facts are briefed verbatim, and a Russian rewording collapses with its twin."""
    first = make_article(
        id="ru1",
        outlet="Report.az",
        language="ru",
        paragraphs=[
            "Министры иностранных дел Азербайджана и Армении провели очередной раунд "
            "переговоров по мирному договору в Алматы."
        ],
    )
    second = make_article(
        id="ru2",
        outlet="Trend",
        language="ru",
        paragraphs=[
            "В Алматы министры иностранных дел Азербайджана и Армении провели "
            "новый раунд переговоров по мирному договору."
        ],
    )
    briefing = brief(topics, "peace-talks", [first, second])
    assert len(briefing.items) == 1
    assert {s.article_id for s in briefing.items[0].sources} == {"ru1", "ru2"}
    assert_extractive(briefing, [first, second])


def test_build_is_pure_and_deterministic(topics: TopicSet, sample_articles: list[Article]) -> None:
    """Same inputs, same briefing; the input articles are left untouched."""
    before = [a.model_copy(deep=True) for a in sample_articles]
    first = brief(topics, "energy", sample_articles)
    second = brief(topics, "energy", list(sample_articles))
    assert first == second
    assert sample_articles == before


@pytest.mark.parametrize("max_chars", [600, 1200, 2000, 4000])
def test_rendered_size_follows_the_budget(topics: TopicSet, max_chars: int) -> None:
    """The rendered brief's text stays within the character budget (small margin)."""
    articles = synthetic(120, topics)
    for topic in topics:
        briefing = build_briefing(
            topic, articles, NOW, topics=topics, max_chars=max_chars, max_items=20
        )
        for fmt in (OutputFormat.HTML, OutputFormat.TEXT):
            rendered = render_briefing(briefing, fmt)
            text = visible_text(rendered) if fmt is OutputFormat.HTML else rendered
            if fmt is OutputFormat.TEXT:
                text = "\n".join(line.split(" <http")[0] for line in text.splitlines())
            assert len(text) <= max_chars * 1.1, (topic.id, fmt, len(text))


def test_default_brief_is_about_1200_characters(topics: TopicSet) -> None:
    """With plenty of material the default brief fills most of its 1,200 characters."""
    articles = synthetic(200, topics)
    # The samples hold one climate story (an interview answer) and one demining story (the
    # EU's support for clearing mines), retold by every synthetic article: copies of one
    # story are one item citing the others, so those briefs hold few items however many
    # articles repeat them.
    briefings = [build_briefing(t, articles, NOW, topics=topics) for t in topics]
    lengths = {
        b.topic_id: len(visible_text(render_briefing(b, OutputFormat.HTML))) for b in briefings
    }
    assert all(n <= 1320 for n in lengths.values()), lengths
    retold = {"climate", "demining"}
    assert all(n >= 800 for topic, n in lengths.items() if topic not in retold), lengths


def test_more_budget_more_items(topics: TopicSet) -> None:
    """A bigger budget shows more facts, up to max_items."""
    articles = synthetic(120, topics)
    small = brief(topics, "energy", articles, max_chars=600)
    large = brief(topics, "energy", articles, max_chars=3000, max_items=8)
    assert len(small.items) < len(large.items) <= 8


def test_dense_specific_fact_outranks_a_long_vague_one(topics: TopicSet) -> None:
    """A short sentence naming a project and a figure beats a longer, more cue-laden hedge."""
    vague = (
        "I really hope and believe that energy is very important, and gas and oil and power "
        "will of course remain extremely significant for energy security in the years ahead, "
        "as I think everyone who works on energy and gas and electricity knows very well."
    )
    dense = "The Southern Gas Corridor has delivered gas to Europe for four years."
    article = make_article(paragraphs=[vague, dense])
    energy = topics.get("energy")
    assert topics.score_sentence(vague, energy) > topics.score_sentence(dense, energy)
    briefing = brief(topics, "energy", [article], max_items=1)
    assert briefing.items[0].sentences == [dense]


@pytest.mark.parametrize(
    ("specific", "vague"),
    [
        pytest.param(
            "Azerbaijan supplies gas to 10 European countries via the Southern Gas Corridor.",
            "It is very important that we really work together on this.",
            id="names-and-numbers",
        ),
        pytest.param(
            "Bulgaria and Romania signed the Black Sea cable deal in 2024.",
            "The prospects are significant and the successful work is crucial.",
            id="entities-vs-evaluation",
        ),
    ],
)
def test_specificity_prefers_names_and_numbers_to_hedges(specific: str, vague: str) -> None:
    """Named entities and numbers raise specificity; hedges and evaluations lower it."""
    assert specificity(specific) > 1.0 > specificity(vague)


def test_long_quote_sentence_gives_a_verbatim_run_of_clauses(topics: TopicSet) -> None:
    """A quote sentence over the limit is excerpted as whole clauses, verbatim, not mid-thought."""
    said = (
        "Yes absolutely, we are now in the process of agreeing a new framework for partnership "
        "between NATO and Azerbaijan and that framework will focus on the issues like "
        "inter-operability which exactly how to ensure that the Armed Forces of Azerbaijan can "
        "work together to meet NATO standards, and are fully inter-operable with NATO forces."
    )
    article = make_article(
        title="We are agreeing a new framework for partnership between NATO and Azerbaijan",
        paragraphs=[f"- {said}", "NATO and Azerbaijan expand their partnership and cooperation."],
        quotes=[Quote(text=said, speaker="Jens Stoltenberg", sentence=said)],
    )
    briefing = brief(topics, "partnerships", [article])
    assert briefing.quote is not None
    excerpt = briefing.quote.quote.text
    assert excerpt in said and len(excerpt) <= 220
    assert "new framework for partnership" in excerpt
    assert excerpt.split()[0].casefold() not in {"and", "but", "which", "because", "so"}


def test_quote_prefers_a_fact_the_key_figures_do_not_show(topics: TopicSet) -> None:
    """Asked to avoid a sentence (a key figure shows it), the quote picks another relevant one."""
    figure_sentence = (
        "We will raise gas exports from 12 billion cubic meters to 20 through the pipeline."
    )
    other = (
        "Azerbaijan has become a reliable gas supplier to Europe through the Southern Gas Corridor."
    )
    said = f"{figure_sentence} {other}"
    article = make_article(
        paragraphs=[
            said,
            "Gas exports to Europe through the pipeline keep growing, officials said.",
        ],
        figures=[
            figure("12 billion cubic meters", figure_sentence, 12, "bcm"),
            figure("20", figure_sentence, 20, "bcm"),
        ],
        quotes=[Quote(text=said, speaker="Ilham Aliyev", sentence=said)],
    )
    quote = pick_quote(topics.get("energy"), [article], NOW, topics, [figure_sentence])
    assert quote is not None and quote.quote.text == other


def test_a_key_figure_the_quote_states_is_not_listed_again(topics: TopicSet) -> None:
    """Stories first, then the quote, then key figures in the room left: a figure whose sentence
    the quote shows is not listed under "Key figures" as well."""
    said = "We will raise gas exports from 12 billion cubic meters to 20 through the pipeline."
    lead = "Gas exports to Europe through the pipeline keep growing, officials said."
    article = make_article(
        paragraphs=[lead, said],
        figures=[
            figure("12 billion cubic meters", said, 12, "bcm"),
            figure("20", said, 20, "bcm"),
        ],
        quotes=[Quote(text=said, speaker="Ilham Aliyev", sentence=said)],
    )
    briefing = brief(topics, "energy", [article], max_items=1)
    assert briefing.quote is not None and briefing.quote.quote.text == said
    assert all(k.figure.sentence != said for k in briefing.key_figures)


def test_figures_joined_by_a_clause_are_not_a_range(topics: TopicSet) -> None:
    """'51,2 … а экспорт составил 25,2' is one entry but not a range from 51.2 to 25.2."""
    text = (
        "Всего за прошлый год было добыто 51,2 млрд кубометров газа, "
        "а экспорт составил 25,2 млрд кубометров."
    )
    article = make_article(
        language="ru",
        paragraphs=["Экспорт газа по газопроводу в Европу вырос.", text],
        figures=[
            figure("51,2 млрд кубометров", text, 51.2, "bcm"),
            figure("25,2 млрд кубометров", text, 25.2, "bcm"),
        ],
    )
    found = key_figures(topics, "energy", [article])
    assert len(found) == 1
    shown = found[0].figure
    assert shown.text in text and "51,2" in shown.text and "25,2" in shown.text
    assert shown.value_max is None


def test_a_count_spelled_as_two_is_not_a_key_figure(topics: TopicSet) -> None:
    """'the two countries' is no figure worth a line; a written amount is."""
    talks = "The two countries are negotiating a peace treaty, after more than 12 rounds of talks."
    article = make_article(
        paragraphs=[talks, "Negotiations on the peace treaty text continue in Almaty."],
        figures=[
            figure("two countries", talks, 2, "countries"),
            figure("12 rounds", talks, 12, "rounds"),
        ],
    )
    found = key_figures(topics, "peace-talks", [article])
    assert [k.figure.text for k in found] == ["12 rounds"]


def test_an_item_repeating_a_key_figure_amount_in_another_language_is_dropped(
    topics: TopicSet,
) -> None:
    """The same amount and unit reported in Russian and English is shown once: the item in
    the other language repeating it is left out."""
    ru = "Азербайджан экспортировал в Европу 12,9 млрд кубометров природного газа."
    en = "Azerbaijan exported 12.9 billion cubic meters of natural gas to Europe via TAP."
    other = "The Southern Gas Corridor pipeline now reaches ten European countries."
    articles = [
        make_article(
            id="ru",
            language="ru",
            paragraphs=[ru, "Газопровод TAP работает на полную мощность."],
            figures=[figure("12,9 млрд кубометров", ru, 12.9, "bcm")],
        ),
        make_article(
            id="en",
            outlet="APA",
            paragraphs=[en, other],
            figures=[figure("12.9 billion cubic meters", en, 12.9, "bcm")],
        ),
    ]
    briefing = brief(topics, "energy", articles)
    shown = [s.removeprefix("…") for item in briefing.items for s in item.sentences]
    assert len({ru, en} & set(shown)) == 1, shown


def test_russian_report_credit_gives_way_to_what_was_reported(topics: TopicSet) -> None:
    """'Об этом сообщил …' ('this was reported by …') is a bare credit: the fact is shown alone."""
    article = make_article(
        language="ru",
        paragraphs=[
            "Азербайджан и Турция начали совместные военные учения в Нахчыване. "
            "Об этом сообщил источник в военно-дипломатических кругах."
        ],
    )
    briefing = brief(topics, "security", [article])
    assert [item.sentences for item in briefing.items] == [
        ["Азербайджан и Турция начали совместные военные учения в Нахчыване."]
    ]


def test_with_many_stories_key_figures_do_not_take_their_place(topics: TopicSet) -> None:
    """Five stories with a figure each: every story is told before any key-figures block."""
    places = ("Italy", "Greece", "Bulgaria", "Albania", "Serbia")
    articles = []
    for n, place in enumerate(places, start=3):
        sentence = f"Azerbaijan exported {n} billion cubic meters of gas to {place} last year."
        articles.append(
            make_article(
                id=f"a{n}",
                outlet=f"Outlet {n}",
                title=f"Gas exports to {place}",
                paragraphs=[sentence],
                figures=[figure(f"{n} billion cubic meters", sentence, float(n), "bcm")],
            )
        )
    briefing = brief(topics, "energy", articles, max_chars=800, max_items=8)
    told = {item.sources[0].article_id for item in briefing.items}
    assert len(told) == len(places), [i.sentences for i in briefing.items]
    assert not briefing.key_figures


def test_a_further_fact_joins_its_story_item_marked_as_a_cut(topics: TopicSet) -> None:
    """One item per story: a later fact of the same article joins its item after a "…"."""
    lead = "Azerbaijan will supply gas to Slovakia from next year under a new deal."
    later = "The gas will reach Slovakia through the TAP pipeline and the Balkan gas network."
    story = make_article(
        id="story",
        outlet="Trend",
        title="Azerbaijan to supply gas to Slovakia",
        paragraphs=[
            lead,
            "The ceremony took place in a hotel on the seafront.",
            "Officials from both capitals attended it.",
            later,
        ],
    )
    other = make_article(
        id="other",
        outlet="APA",
        title="Caspian pipeline capacity grows",
        paragraphs=["The capacity of the Caspian pipeline to Europe grew by a fifth last year."],
    )
    briefing = brief(topics, "energy", [story, other], max_chars=4000)
    by_story = {item.sources[0].article_id: item for item in briefing.items}
    assert sorted(by_story) == ["other", "story"]
    shown = by_story["story"].sentences
    assert shown[0] == lead and shown[-1].startswith("…") and later in shown[-1]
    assert_extractive(briefing, [story, other])


def test_one_item_per_story_unless_the_brief_is_long(topics: TopicSet) -> None:
    """A standard brief gives a story one item; a long one ("More") also its lesser facts."""
    story = make_article(
        id="story",
        title="Caspian gas exports grow",
        paragraphs=[
            "Gas exports through the Southern Gas Corridor rose by a tenth last year.",
            "The pipeline to Italy carried more natural gas than ever before.",
            "Oil and gas revenues funded the new LNG terminal on the Caspian coast.",
            "Electricity exports through the new power cable begin next year.",
            "Gas deliveries to Greece and Bulgaria grew as well, officials said.",
        ],
    )
    standard = brief(topics, "energy", [story])
    long = brief(topics, "energy", [story], max_chars=LONG_BRIEF_CHARS + 1000)
    assert len(standard.items) == 1
    assert len(long.items) > 1
    assert all(s.article_id == "story" for item in long.items for s in item.sources)


_LANDS = ("Norland", "Ostria", "Valmora", "Kestria", "Dunmark", "Ferovia", "Lusaria", "Tarvel")


def _short_stories(published: dt.date | None) -> list[Article]:
    """Eight separate gas stories of one short sentence each, all with the given date."""
    return [
        make_article(
            id=f"story{n}",
            outlet="Trend",
            url=None,
            title=f"{land} signs a gas deal",
            published=published,
            date_origin=DateOrigin.METADATA if published else DateOrigin.UNKNOWN,
            paragraphs=[f"{land} will buy {n + 2} bcm of natural gas a year through the pipeline."],
        )
        for n, land in enumerate(_LANDS)
    ]


def test_an_undated_brief_names_every_item_within_its_budget(topics: TopicSet) -> None:
    """Round 31: an undated brief's items each name their source; the header says "dates
    unknown" once, no item repeats "undated", and the budget spends that room on stories."""
    undated = brief(topics, "energy", _short_stories(None), max_chars=600, max_items=8)
    text = visible_text(render_briefing(undated, OutputFormat.HTML))
    assert len(text) <= 600 * 1.1
    assert "dates unknown" in text and "undated" not in text
    assert text.count("\n— Trend\n") == len(undated.items) > 1
    dated = brief(
        topics, "energy", _short_stories(dt.date(2025, 4, 28)), max_chars=600, max_items=8
    )
    assert len(undated.items) >= len(dated.items)


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        pytest.param("Of those, 41 were farm workers clearing fields.", True, id="of-those"),
        pytest.param("Of them, nine returned to the valley last spring.", True, id="of-them"),
        pytest.param("Из них семеро работали в поле у деревни.", True, id="iz-nih"),
        pytest.param("Of course the talks in Lisbon resumed on Monday.", False, id="of-course"),
        pytest.param("Officials of the ministry met the donors.", False, id="officials"),
    ],
)
def test_a_partitive_opening_points_back(sentence: str, points_back: bool) -> None:
    """'Of those, …' / 'Из них …' counts what the sentence before counted."""
    assert refers_back(sentence) is points_back


def test_a_partitive_sentence_brings_its_antecedent(topics: TopicSet) -> None:
    """A count opening with 'Of those' is shown with the count it divides."""
    article = make_article(
        paragraphs=[
            "Engineers at the new gas field near Varna drilled 120 wells this year. "
            "Of those, 35 wells already feed gas into the pipeline to Bulgaria."
        ]
    )
    briefing = brief(topics, "energy", [article])
    shown = [s for item in briefing.items for s in item.sentences]
    assert "Of those, 35 wells already feed gas into the pipeline to Bulgaria." in shown
    assert "Engineers at the new gas field near Varna drilled 120 wells this year." in shown
