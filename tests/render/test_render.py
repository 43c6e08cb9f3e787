"""Rendering briefings: Telegram-safe HTML, plain text, JSON, and splitting into messages."""

from __future__ import annotations

import datetime as dt
import html
import random

import jinja2
import pytest

from briefings.models import AttributedQuote, Briefing, DateOrigin, Figure, KeyFigure, Quote
from briefings.render import (
    OutputFormat,
    make_environment,
    render_briefing,
    render_messages,
    split_messages,
    utf16_len,
    validate_telegram_html,
    visible_text,
)
from briefings.topics import TopicSet

from .factories import large_briefing, make_briefing, make_item, make_source

HOSTILE = (
    'Tags <script>alert("x")</script> and </b> close, &amp; stays literal, "double" and '
    "'single' quotes, <a href=javascript:alert(1)>click</a> & ampersand > end."
)


def test_environment_is_strict_and_escapes_every_template() -> None:
    """The shared environment autoescapes .html and .txt names alike and rejects undefined."""
    env = make_environment("briefings")
    assert isinstance(env.loader, jinja2.PackageLoader)
    assert env.undefined is jinja2.StrictUndefined
    assert env.trim_blocks and env.lstrip_blocks
    source = env.from_string("{{ x }}")
    assert source.render(x="<b>") == "&lt;b&gt;"
    assert env.autoescape is True  # for every template name, .txt.j2 included
    text_template = env.get_template("briefing.txt.j2")
    assert env.get_template("briefing.html.j2").environment is text_template.environment
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


def test_html_briefing_is_valid_and_complete() -> None:
    """The HTML brief has title, age line, items with sources, key figures and the quote."""
    rendered = render_briefing(make_briefing(), OutputFormat.HTML)
    validate_telegram_html(rendered)
    text = visible_text(rendered)
    assert text.startswith("Energy · facts from 18 Mar 2024 – 26 Apr 2025; newest 5 days old\n")
    assert "Azerbaijan supplies gas to 10 European countries." in text
    # The brief's own year (2025) is not repeated on every item.
    assert '<a href="https://caliber.az/en/post/1">Caliber.az</a>, 26 Apr\n' in rendered
    assert "26 Apr · also: AZERTAC" in text  # further outlets: names only, one line
    assert "<b>12 billion cubic meters</b>" in rendered
    assert "Jens Stoltenberg" in text and "<blockquote>" in rendered


def test_text_briefing_has_no_markup_or_entities() -> None:
    """Plain text shows the same facts with no tags and no HTML entities."""
    briefing = make_briefing(items=[make_item(HOSTILE)])
    rendered = render_briefing(briefing, OutputFormat.TEXT)
    assert HOSTILE in rendered
    assert "&lt;" not in rendered and "&#34;" not in rendered and "<b>" not in rendered
    assert "https://caliber.az/en/post/1" in rendered


def test_text_output_never_escapes_even_in_wording() -> None:
    """Topic titles in the plain-text wording are not HTML-escaped either."""
    empty = make_briefing(items=[], quote=None, topic_title="Trade & <Transit>")
    assert "No news on Trade & <Transit> yet." in render_briefing(empty, OutputFormat.TEXT)
    full = make_briefing(topic_title="Trade & <Transit>")
    assert full.model_dump()["topic_title"] in render_briefing(full, OutputFormat.TEXT)
    assert "Trade &amp; &lt;Transit&gt;" in render_briefing(full, OutputFormat.HTML)


def test_json_is_the_briefing_model() -> None:
    """JSON output parses back into the same Briefing."""
    briefing = make_briefing()
    assert Briefing.model_validate_json(render_briefing(briefing, OutputFormat.JSON)) == briefing


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_empty_briefing_says_no_news(fmt: OutputFormat) -> None:
    """A briefing without facts says so in plain words."""
    briefing = make_briefing(
        items=[], key_figures=[], quote=None, newest=None, oldest=None, topic_title="Peace talks"
    )
    rendered = render_briefing(briefing, fmt)
    assert visible_text(rendered).strip() == "No news on Peace talks yet."
    if fmt is OutputFormat.HTML:
        validate_telegram_html(rendered)


@pytest.mark.parametrize(
    ("newest", "oldest", "expected"),
    [
        pytest.param(
            dt.date(2025, 5, 1),
            dt.date(2025, 5, 1),
            "Energy · facts from 1 May 2025, today",
            id="t",
        ),
        pytest.param(dt.date(2025, 4, 30), dt.date(2025, 4, 30), "30 Apr 2025, 1 day old", id="1"),
        pytest.param(
            dt.date(2025, 4, 26),
            dt.date(2024, 3, 18),
            "Energy · facts from 18 Mar 2024 – 26 Apr 2025; newest 5 days old",
            id="range",
        ),
        pytest.param(
            dt.date(2025, 4, 26),
            dt.date(2025, 3, 18),
            "Energy · facts from 18 Mar – 26 Apr 2025; newest 5 days old",
            id="range-one-year",
        ),
        pytest.param(None, None, "Energy · dates unknown", id="undated"),
    ],
)
def test_age_line_says_how_old_the_facts_are(
    newest: dt.date | None, oldest: dt.date | None, expected: str
) -> None:
    """Every brief states the age of its facts."""
    briefing = make_briefing(newest=newest, oldest=oldest)
    for fmt in (OutputFormat.HTML, OutputFormat.TEXT):
        assert expected in visible_text(render_briefing(briefing, fmt))


def test_hostile_article_text_is_escaped_and_valid() -> None:
    """Tags, entities and quotes in article text arrive as text, never as markup."""
    hostile_source = make_source(
        outlet='Evil <b>"Outlet"</b> & Co', url='https://x.example/?a=1&b="><script>'
    )
    briefing = make_briefing(
        items=[make_item(HOSTILE, sources=[hostile_source])],
        quote=AttributedQuote(
            quote=Quote(text=HOSTILE, speaker="<i>Mr</i> & Mrs"), source=hostile_source
        ),
    )
    rendered = render_briefing(briefing, OutputFormat.HTML)
    validate_telegram_html(rendered)
    assert "<script>" not in rendered and "javascript:" not in rendered.split("href=")[0]
    text = visible_text(rendered)
    assert HOSTILE in text  # the reader sees exactly what the source said
    assert 'Evil <b>"Outlet"</b> & Co' in text and "<i>Mr</i> & Mrs" in text
    assert 'href="https://x.example/?a=1&amp;b=&#34;&gt;&lt;script&gt;"' in rendered


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("javascript:alert(1)", id="javascript"),
        pytest.param("JAVASCRIPT:alert(1)", id="upper"),
        pytest.param("data:text/html,<b>x</b>", id="data"),
        pytest.param("ftp://files.example/x", id="ftp"),
        pytest.param("https://ok.example/a b", id="space"),
    ],
)
def test_only_http_links_become_anchors(url: str) -> None:
    """Non-http(s) URLs are not linked; the outlet is still named."""
    briefing = make_briefing(items=[make_item(sources=[make_source(url=url)])])
    rendered = render_briefing(briefing, OutputFormat.HTML)
    validate_telegram_html(rendered)
    assert "<a " not in rendered.split("Key figures")[0]
    assert "Caliber.az, 26 Apr\n" in visible_text(rendered)


def test_every_configured_topic_renders() -> None:
    """Each topic's brief, full or empty, renders to valid HTML naming the topic."""
    topics = TopicSet.load()
    for topic in topics:
        for briefing in (
            make_briefing(topic_id=topic.id, topic_title=topic.title),
            make_briefing(topic_id=topic.id, topic_title=topic.title, items=[], quote=None),
        ):
            for message in render_messages(briefing):
                validate_telegram_html(message)
            assert topic.title in render_briefing(briefing, OutputFormat.TEXT)


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        pytest.param(
            "90-95%",
            "The new agreement between Azerbaijan and the European Union is 90-95% agreed upon.",
            "The new agreement between Azerbaijan and the European Union is <b>90-95%</b> agreed",
            id="short-sentence-whole",
        ),
        pytest.param(
            "90-95%",
            "After two years of talks in Brussels and in Baku, the two foreign ministers said that "
            "the new agreement between Azerbaijan and the European Union is 90-95% agreed upon, "
            "with trade the last open issue.",
            "…between Azerbaijan and the European Union is <b>90-95%</b> agreed upon",
            id="window-around-figure",
        ),
        pytest.param("10", "Gas goes to ten countries.", "<b>10</b> — Gas goes to", id="not-found"),
        pytest.param(
            "from roughly 12 billion cubic meters to 20",
            "There is a demand now for further increasing the gas export from roughly 12 billion "
            "cubic meters to 20, which is a significant part of Europe`s gas consumption.",
            "gas export <b>from roughly 12 billion cubic meters to 20</b>, which",
            id="grouped-span-keeps-context",
        ),
    ],
)
def test_key_figure_is_shown_in_its_context(text: str, sentence: str, expected: str) -> None:
    """A key figure is highlighted inside a short verbatim window of its sentence."""
    key = KeyFigure(figure=Figure(text=text, value=1, sentence=sentence), source=make_source())
    rendered = render_briefing(make_briefing(key_figures=[key]), OutputFormat.HTML)
    validate_telegram_html(rendered)
    assert expected in rendered


def test_inferred_and_unknown_dates_are_labelled() -> None:
    """A guessed date says it was inferred; a missing one says undated."""
    briefing = make_briefing(
        items=[
            make_item(sources=[make_source(date_origin=DateOrigin.INFERRED)]),
            make_item(
                sources=[
                    make_source(article_id="b", published=None, date_origin=DateOrigin.UNKNOWN)
                ]
            ),
        ]
    )
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert "26 Apr (inferred)" in text and "Caliber.az, undated" in text


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.TEXT])
def test_dates_spend_no_characters_the_header_already_states(fmt: OutputFormat) -> None:
    """Another year's date keeps its year; an undated brief says "dates unknown" once in its
    header, and its items name their sources without repeating "undated"."""
    older = make_source(article_id="b", published=dt.date(2024, 3, 18))
    dated = make_briefing(items=[make_item(sources=[older])], quote=None)
    assert "Caliber.az, 18 Mar 2024" in visible_text(render_briefing(dated, fmt))
    none = make_source(published=None, date_origin=DateOrigin.UNKNOWN)
    undated = make_briefing(
        items=[make_item(sources=[none])], quote=None, key_figures=[], newest=None, oldest=None
    )
    text = visible_text(render_briefing(undated, fmt))
    assert "dates unknown" in text and "undated" not in text
    assert "— Caliber.az" in text


def test_an_outlet_cited_twice_for_one_item_is_named_once() -> None:
    """Two articles of one outlet behind an item: "also:" lists only other outlets."""
    twin = make_source(article_id="a2")
    other = make_source(article_id="a3", outlet="APA")
    briefing = make_briefing(items=[make_item(sources=[make_source(), twin, other])])
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert "Caliber.az, 26 Apr · also: APA\n" in text


def test_a_second_article_of_one_outlet_with_its_own_link_stays_reachable() -> None:
    """Same outlet, another article with its own address: the reader can still open it."""
    second = make_source(article_id="a2", url="https://caliber.az/en/post/2")
    briefing = make_briefing(items=[make_item(sources=[make_source(), second])])
    html = render_briefing(briefing, OutputFormat.HTML)
    assert 'href="https://caliber.az/en/post/1"' in html
    assert 'href="https://caliber.az/en/post/2"' in html


# -- validator --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code>", id="basic"),
        pytest.param('<a href="https://x.example/?a=1&amp;b=2">x</a>', id="link"),
        pytest.param('<pre><code class="language-python">x &lt; 1</code></pre>', id="pre-code"),
        pytest.param("<blockquote expandable>q</blockquote>", id="expandable"),
        pytest.param('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', id="spoiler"),
        pytest.param("&lt; &gt; &amp; &quot; &#39; &#x1F525; текст 🇦🇿", id="entities"),
        pytest.param("<b>bold <i>nested</i></b>", id="nested"),
    ],
)
def test_validator_accepts_telegram_html(text: str) -> None:
    """Everything Telegram's HTML mode accepts passes the validator."""
    validate_telegram_html(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("<script>x</script>", "unsupported tag", id="script"),
        pytest.param("<b>open", "unclosed", id="unclosed"),
        pytest.param("<b><i>x</b></i>", "unexpected", id="misnested"),
        pytest.param("close</b>", "unexpected", id="stray-close"),
        pytest.param("a < b", "unescaped '<'", id="raw-lt"),
        pytest.param("a > b", "unescaped '>'", id="raw-gt"),
        pytest.param("Q&A", "unescaped '&'", id="raw-amp"),
        pytest.param("&nbsp;", "unescaped '&'", id="named-entity"),
        pytest.param("<a>x</a>", "without href", id="a-no-href"),
        pytest.param('<b class="x">x</b>', "unsupported attribute", id="b-attr"),
        pytest.param('<a href="https://a"><a href="https://b">x</a></a>', "inside", id="a-in-a"),
        pytest.param("<code><b>x</b></code>", "inside", id="b-in-code"),
        pytest.param('<a href="https://x?a=1&b=2">x</a>', "unescaped '&'", id="amp-in-attr"),
        pytest.param("<b></b>", "empty", id="empty"),
        pytest.param("x" * 4097, "over 4096", id="too-long"),
        pytest.param("<b>x</b>" * 101, "entities", id="too-many-entities"),
    ],
)
def test_validator_rejects_what_telegram_rejects(text: str, reason: str) -> None:
    """Unsupported tags, bad nesting, raw specials, bad entities and limits are refused."""
    with pytest.raises(ValueError, match=reason):
        validate_telegram_html(text)


def test_validator_counts_utf16_units() -> None:
    """Astral characters count twice, as Telegram counts them."""
    assert utf16_len("🔥") == 2
    validate_telegram_html("🔥" * 2048)
    with pytest.raises(ValueError, match="UTF-16"):
        validate_telegram_html("🔥" * 2049)


# -- splitting --------------------------------------------------------------------------------


def _blocks(rendered: str) -> list[str]:
    return [b.strip() for b in rendered.strip().split("\n\n") if b.strip()]


def _words(fragment: str) -> list[str]:
    return visible_text(fragment).split()


def _chars(fragments: list[str]) -> str:
    """Visible text without whitespace: what a reader gets, wherever the cuts fell."""
    return "".join("".join(_words(f)) for f in fragments)


def test_short_briefing_is_one_message() -> None:
    """A default-size brief fits one message, unchanged."""
    rendered = render_briefing(make_briefing(), OutputFormat.HTML)
    assert render_messages(make_briefing()) == [rendered.strip()]


@pytest.mark.parametrize("seed", range(12))
def test_large_briefings_split_between_items_within_limits(seed: int) -> None:
    """Across many sizes, every message is valid, within limits, and cut only between items."""
    rng = random.Random(seed)
    for items in (1, 5, 20, 60, 150, 400):
        rendered = render_briefing(large_briefing(rng, items), OutputFormat.HTML)
        messages = split_messages(rendered)
        for message in messages:
            validate_telegram_html(message)  # includes 4,096 UTF-16 units and 100 entities
            assert len(message) <= 4096
        blocks = _blocks(rendered)
        assert [b for m in messages for b in _blocks(m)] == blocks  # nothing lost or reordered
        if len(rendered) > 4096:
            assert len(messages) > 1


@pytest.mark.parametrize(
    ("max_chars", "max_entities"),
    [
        pytest.param(4096, 100, id="telegram"),
        pytest.param(1000, 100, id="small-chars"),
        pytest.param(4096, 12, id="few-entities"),
        pytest.param(300, 5, id="both-tight"),
    ],
)
def test_split_respects_custom_limits(max_chars: int, max_entities: int) -> None:
    """Limits are parameters: each message honours the ones given."""
    rendered = render_briefing(large_briefing(random.Random(1), 120), OutputFormat.HTML)
    messages = split_messages(rendered, max_chars=max_chars, max_entities=max_entities)
    for message in messages:
        validate_telegram_html(message, max_chars=max_chars, max_entities=max_entities)
    assert _chars(messages) == _chars([rendered])


def test_oversized_item_is_split_between_sentences_with_tags_reopened() -> None:
    """One item longer than a message is cut between sentences; open tags close and reopen."""
    sentences = [
        f"Sentence {n} about gas & <pipelines> in Baku, told “plainly”." for n in range(200)
    ]
    quote = AttributedQuote(
        quote=Quote(text=" ".join(sentences), speaker="Jens Stoltenberg"), source=make_source()
    )
    briefing = make_briefing(items=[make_item(*sentences)], quote=quote)
    rendered = render_briefing(briefing, OutputFormat.HTML)
    messages = render_messages(briefing)
    assert len(messages) >= 4
    for message in messages:
        validate_telegram_html(message)
    assert _chars(messages) == _chars([rendered])
    cuts = [visible_text(m).rstrip() for m in messages[:-1]]
    assert all(cut.endswith((".", "”", "2025", "(inferred)")) for cut in cuts), cuts
    quoted = [m for m in messages if "<blockquote>" in m]
    assert len(quoted) >= 2  # the long quote was cut and its blockquote reopened


def test_word_without_spaces_is_cut_outside_entities() -> None:
    """A huge unbroken token is cut, never inside an entity such as &amp;."""
    briefing = make_briefing(items=[make_item("&" * 3000 + "x" * 3000 + "<>" * 1000)])
    rendered = render_briefing(briefing, OutputFormat.HTML)
    messages = split_messages(rendered)
    for message in messages:
        validate_telegram_html(message)
    assert _chars(messages) == _chars([rendered])


def test_split_keeps_entities_escaped() -> None:
    """Splitting never unescapes: every message still shows the literal text."""
    briefing = make_briefing(items=[make_item(HOSTILE) for _ in range(40)])
    messages = render_messages(briefing)
    assert len(messages) > 1
    shown = "".join(html.unescape(m) for m in messages)
    assert shown.count("<script>") == 40


def test_blank_lines_inside_an_element_are_not_cut_points() -> None:
    """A <pre> or <blockquote> holding blank lines stays whole (or is split with its tags)."""
    pre = "<pre>" + "\n\n".join(f"line {n} &lt;x&gt;" for n in range(400)) + "</pre>"
    text = "<b>Header</b>\n\n" + pre + "\n\n<i>Footer</i>"
    messages = split_messages(text)
    assert len(messages) > 1
    for message in messages:
        validate_telegram_html(message)
    assert _chars(messages) == _chars([text])
    small = split_messages("<blockquote>a\n\nb</blockquote>\n\nc", max_chars=30)
    assert small[0] == "<blockquote>a\n\nb</blockquote>"


@pytest.mark.parametrize(
    ("outlet", "url", "title", "named"),
    [
        pytest.param(
            None,
            None,
            "date 2025-10-03 Ministers agree on the pipeline route",
            "Ministers agree on the…",
            id="stamp-before-title",
        ),
        pytest.param(
            None, None, "BAKU, March 3 - Ministers agree", "Ministers agree", id="dateline-title"
        ),
        pytest.param(None, None, "May 2024 09:17 (UTC+04:00)", "unknown source", id="stamp-only"),
        pytest.param(
            None, "https://www.news.example/a", "Anything", "news.example", id="link-host"
        ),
        pytest.param("Trend", "https://www.news.example/a", "Anything", "Trend", id="outlet-first"),
        pytest.param(
            None,
            None,
            "“A deal for a whole generation of farmers,” says the minister",
            "A deal for a whole…",
            id="title-cut-inside-a-quote",
        ),
        pytest.param(
            None, None, '"Talks resume," the envoy says', '"Talks resume," the…', id="quote-kept"
        ),
    ],
)
def test_a_source_is_never_named_by_a_page_stamp(
    outlet: str | None, url: str | None, title: str, named: str
) -> None:
    """Outlet, else the link's host, else the title without stamps and datelines."""
    source = make_source(outlet=outlet, url=url, title=title)
    briefing = make_briefing(items=[make_item(sources=[source])], key_figures=[], quote=None)
    text = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert f"— {named}, 26 Apr\n" in text
