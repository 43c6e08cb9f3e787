"""Scoring extraction against labels: the arithmetic, the matching rules and the real corpus."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefings.evaluate import (
    GoldFileError,
    GoldQuote,
    GoldSet,
    evaluate,
    figure_found,
    format_details,
    format_report,
    load_gold,
    quote_found,
    score,
)
from briefings.models import Article, Figure, Quote, SourceFormat, TitleOrigin

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD = CORPUS / "gold.yaml"
ARTICLES = CORPUS / "articles"


def make_article(**overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "id": "a",
        "title": "T",
        "source_name": "a.txt",
        "source_format": SourceFormat.TEXT,
        "content_hash": "h",
        "paragraphs": ["Text."],
        "published": dt.date(2025, 1, 1),
    }
    fields.update(overrides)
    return Article.model_validate(fields)


def fig(text: str) -> Figure:
    return Figure(text=text, value=1.0, sentence=text)


def gold(*articles: dict[str, Any]) -> GoldSet:
    return GoldSet.model_validate({"articles": list(articles)})


def test_off_topic_article_with_topics_lowers_precision() -> None:
    """A topic predicted for an article labelled with none is a false positive."""
    labels = gold(
        {"file": "gas.txt", "topics": ["energy"]},
        {"file": "football.txt", "topics": []},
    )
    clean = score(
        labels,
        {
            "gas.txt": make_article(topics=["energy"]),
            "football.txt": make_article(topics=[]),
        },
    )
    noisy = score(
        labels,
        {
            "gas.txt": make_article(topics=["energy"]),
            "football.txt": make_article(topics=["energy"]),
        },
    )
    [clean_energy] = clean.topics
    [noisy_energy] = noisy.topics
    assert (clean_energy.tp, clean_energy.fp, clean_energy.fn) == (1, 0, 0)
    assert (noisy_energy.tp, noisy_energy.fp, noisy_energy.fn) == (1, 1, 0)
    assert noisy_energy.precision < clean_energy.precision == 1.0
    assert noisy_energy.recall == clean_energy.recall == 1.0
    assert noisy.micro.precision == pytest.approx(0.5)
    assert (clean.off_topic_articles, clean.off_topic_with_topics) == (1, 0)
    assert (noisy.off_topic_articles, noisy.off_topic_with_topics) == (1, 1)


def test_per_topic_counts_and_f1() -> None:
    """Misses and extras are counted per topic; F1 is the harmonic mean of P and R."""
    labels = gold(
        {"file": "1", "topics": ["energy", "peace-talks"]},
        {"file": "2", "topics": ["energy"]},
    )
    report = score(
        labels,
        {"1": make_article(topics=["energy", "security"]), "2": make_article(topics=[])},
    )
    rows = {row.topic: (row.tp, row.fp, row.fn) for row in report.topics}
    assert rows == {"energy": (1, 0, 1), "peace-talks": (0, 0, 1), "security": (0, 1, 0)}
    energy = next(row for row in report.topics if row.topic == "energy")
    assert energy.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert report.micro.tp == 1 and report.micro.fp == 1 and report.micro.fn == 2


def test_missing_or_rejected_article_counts_as_all_missed() -> None:
    """A labelled file that produced no article misses every label it has."""
    labels = gold(
        {
            "file": "lost.txt",
            "topics": ["energy"],
            "figures": ["12 bcm"],
            "quotes": [{"speaker": "A B", "text": "words"}],
            "people": ["A B"],
        }
    )
    report = score(labels, {}, {"lost.txt": "empty file"})
    assert report.topics[0].fn == 1
    assert (report.figures.found, report.figures.total) == (0, 1)
    assert report.quotes.recall == 0.0 and report.people.recall == 0.0
    assert report.outcomes[0].rejected == "empty file"
    assert "rejected lost.txt: empty file" in format_report(report)


@pytest.mark.parametrize(
    ("gold_text", "extracted", "found"),
    [
        pytest.param(
            "12 billion cubic meters", ["roughly 12 billion cubic meters"], True, id="inside"
        ),
        pytest.param(
            "from roughly 12 billion cubic meters", ["12 billion cubic meters"], True, id="holds"
        ),
        pytest.param("90-95%", ["90–95%"], True, id="dash-variants"),
        pytest.param("12,7 км", ["12,7 км"], True, id="russian"),
        pytest.param("10 European countries", ["eight"], False, id="other-figure"),
        pytest.param("4 GW", [], False, id="nothing-extracted"),
        pytest.param("more than 20 documents", ["more than"], False, id="no-digits-in-figure"),
    ],
)
def test_figure_matching(gold_text: str, extracted: list[str], found: bool) -> None:
    """A gold figure is found inside an extracted figure's text, or holds one with digits."""
    assert figure_found(gold_text, [fig(t) for t in extracted]) is found


@pytest.mark.parametrize(
    ("speaker", "text", "found"),
    [
        pytest.param("Kaja Kallas", "I welcome the agreement reached", True, id="right-speaker"),
        pytest.param(
            "Jeyhun Bayramov", "I welcome the agreement reached", False, id="wrong-speaker"
        ),
        pytest.param(
            "Kaja Kallas", "I welcome the agreement reached on the text", True, id="fuzzy"
        ),
        pytest.param("Kaja Kallas", "Something she never said", False, id="wrong-text"),
    ],
)
def test_quote_matching(speaker: str, text: str, found: bool) -> None:
    """A gold quote counts only when the text matches and the speaker is the same person."""
    quotes = [
        Quote(
            text="Armenia and Azerbaijan now have such an opportunity. I welcome the agreement "
            "reached on the text of the peace treaty",
            speaker="Kaja Kallas",
        ),
        Quote(text="I welcome the agreement reached", speaker=None),
    ]
    assert quote_found(GoldQuote(speaker=speaker, text=text), quotes) is found


def test_people_recall_by_name() -> None:
    """People are matched by name, tolerant of case and typographic apostrophes only."""
    labels = gold({"file": "x", "people": ["Kaja Kallas", "Jeyhun Bayramov", "Ilham Aliyev"]})
    article = make_article(
        people=[
            {"name": "kaja kallas"},
            {"name": "Jeyhun Bayramov", "role": "Minister"},
            {"name": "Aliyev"},
        ]
    )
    report = score(labels, {"x": article})
    assert (report.people.found, report.people.total) == (2, 3)
    assert report.people.missed == ["x: Ilham Aliyev"]


@pytest.mark.parametrize(
    ("label", "extracted", "same"),
    [
        pytest.param("Modi", "Narendra Modi", True, id="surname-label-full-name"),
        pytest.param("Байден", "Joe Biden", True, id="russian-surname-gazetteer-name"),
        pytest.param("Narendra Modi", "Modi", False, id="surname-alone-is-less-than-asked"),
        pytest.param("Modi", "Shehbaz Sharif", False, id="another-person"),
        pytest.param("Aliyev", "Ilham Aliyeva", False, id="another-surname"),
        pytest.param("Байден", "Joe Bidenov", False, id="gazetteer-person-differs"),
        pytest.param("Tomas Vell", "Tomas Arvo Vell", True, id="fuller-form-same-first-last"),
        pytest.param("Tomas Arvo Vell", "Tomas Vell", True, id="shorter-form-same-first-last"),
        pytest.param("Tomas Vell", "Tomas Arvo Vellin", False, id="other-last-word"),
        pytest.param("Tomas Vell", "Karin Tomas Vell", False, id="other-first-word"),
    ],
)
def test_a_surname_label_names_the_full_name_bearer(label: str, extracted: str, same: bool) -> None:
    """Labellers write a speaker as the page last named them; the extractor gives the fullest
    form the article has. The surname counts for the full name, never the reverse."""
    quote = Quote(text="We will keep the pipeline running all winter", speaker=extracted)
    assert quote_found(GoldQuote(speaker=label, text=quote.text), [quote]) is same


def test_report_json_has_computed_scores() -> None:
    """The JSON report carries precision, recall and F1, not only raw counts."""
    report = score(
        gold({"file": "x", "topics": ["energy"]}), {"x": make_article(topics=["energy"])}
    )
    data = report.model_dump(mode="json")
    assert data["topics"][0]["f1"] == 1.0
    assert data["micro"]["precision"] == 1.0
    assert data["figures"]["recall"] == 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("articles: [\n  {file: x\n", "malformed YAML at line", id="malformed"),
        pytest.param(
            "articles:\n  - topics: [energy]\n",
            "articles.0.file: Field required",
            id="missing-file",
        ),
        pytest.param("articles: []\n", "articles", id="empty"),
    ],
)
def test_bad_gold_files(tmp_path: Path, content: str, message: str) -> None:
    """A broken gold file is a GoldFileError naming the file and the problem."""
    path = tmp_path / "gold.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(GoldFileError, match=message):
        load_gold(path)


def test_corpus_gold_file_is_consistent() -> None:
    """Every labelled file exists, figures and quotes are verbatim in it, and topics are known."""
    labels = load_gold(GOLD)
    known = {"energy", "peace-talks", "partnerships", "security", "climate", "demining"}
    assert len(labels.articles) >= 14
    assert sum(1 for a in labels.articles if not a.topics) >= 3
    for article in labels.articles:
        base = ARTICLES / article.file.split("#", 1)[0]
        assert base.is_file(), article.file
        data = base.read_bytes()
        raw = data.decode("cp1251" if "cp1251" in base.name else "utf-8")
        text = raw.replace("&amp;", "&").replace("&gt;", ">").replace("&euro;", "€")
        assert set(article.topics) <= known, article.file
        for figure in article.figures:
            assert figure in text, (article.file, figure)
        for quote in article.quotes:
            assert quote.text in text.replace("&quot;", '"').replace('\\"', '"'), quote.text


def test_eval_on_corpus(tmp_path: Path) -> None:
    """The whole corpus loads, and the report covers every labelled article and topic."""
    report = evaluate(GOLD, ARTICLES)
    labels = yaml.safe_load(GOLD.read_text("utf-8"))["articles"]
    assert report.articles == len(labels)
    assert [o.rejected for o in report.outcomes] == [None] * len(labels)
    gold_topics = {t for a in labels for t in a["topics"]}
    assert gold_topics <= {row.topic for row in report.topics}
    for recall in (report.figures, report.quotes, report.people):
        assert recall.total > 0 and 0.0 <= recall.recall <= 1.0
    assert report.figures.total == sum(len(a["figures"]) for a in labels)
    table = format_report(report)
    assert table.splitlines()[0].split() == ["topic", "tp", "fp", "fn", "prec", "recall", "f1"]
    assert f"{report.articles} labelled articles" in table


def test_eval_missing_corpus_folder(tmp_path: Path) -> None:
    """A corpus path that is not a folder is a plain error."""
    with pytest.raises(GoldFileError, match="not a folder"):
        evaluate(GOLD, tmp_path / "nowhere")


def test_eval_names_records_of_list_files(tmp_path: Path) -> None:
    """Gold entries `file.json#N` are matched to the N-th record of a list file."""
    records = [
        {
            "title": "Gas",
            "outlet": "Trend",
            "text": "Azerbaijan exported 12.9 bcm of gas to Europe via TAP.",
        },
        {
            "title": "Match",
            "outlet": "APA",
            "text": "Neftçi lost the Baku derby 1-3 on Saturday evening.",
        },
    ]
    (tmp_path / "list.json").write_text(json.dumps(records), "utf-8")
    (tmp_path / "gold.yaml").write_text(
        textwrap.dedent(
            """\
            articles:
              - {file: "list.json#0", figures: ["12.9 bcm"]}
              - {file: "list.json#1", figures: ["12.9 bcm"]}
            """
        ),
        "utf-8",
    )
    report = evaluate(tmp_path / "gold.yaml", tmp_path)
    assert [o.rejected for o in report.outcomes] == [None, None]
    assert [o.title for o in report.outcomes] == ["Gas", "Match"]


def test_details_list_every_miss() -> None:
    """The details view names each topic mismatch and each missed label with its file."""
    labels = gold(
        {"file": "a.txt", "topics": ["energy"], "figures": ["12 bcm"], "people": ["Kaja Kallas"]},
        {"file": "b.txt", "topics": []},
    )
    report = score(
        labels,
        {
            "a.txt": make_article(topics=["energy"], people=[{"name": "Kaja Kallas"}]),
            "b.txt": make_article(topics=["climate"]),
        },
    )
    assert format_details(report).splitlines() == [
        "topics  b.txt: labelled [], predicted ['climate']",
        "figure  missed a.txt: 12 bcm",
    ]
    perfect = score(gold({"file": "a.txt"}), {"a.txt": make_article()})
    assert format_details(perfect) == "nothing missed"


def test_wrong_speaker_is_counted_apart_from_a_miss() -> None:
    """A labelled quote credited to someone else is a wrong speaker; an empty one is not."""
    said = "We will open the new terminal before the end of the season"
    labels = gold(
        {
            "file": "a.txt",
            "quotes": [
                {"speaker": "Kaja Kallas", "text": said},
                {"speaker": None, "text": "Nobody here knows who wrote these words at all"},
            ],
        }
    )
    quotes = [
        Quote(text=said, speaker="Jeyhun Bayramov"),
        Quote(text="Nobody here knows who wrote these words at all", speaker="Kaja Kallas"),
        Quote(text="A sentence nobody labelled, with a speaker", speaker="Kaja Kallas"),
    ]
    report = score(labels, {"a.txt": make_article(quotes=quotes)})
    assert report.quotes.found == 0
    assert report.wrong_speakers == [
        f"a.txt: Jeyhun Bayramov: {said}",
        "a.txt: Kaja Kallas: Nobody here knows who wrote these words at all",
    ]
    assert "quotes, wrong speaker:" in format_report(report)
    assert "speaker wrong  a.txt: Jeyhun Bayramov" in format_details(report)
    unattributed = score(labels, {"a.txt": make_article(quotes=[Quote(text=said)])})
    assert unattributed.wrong_speakers == []


def test_a_speaker_named_in_part_is_neither_right_nor_wrong() -> None:
    """The label's surname, its last words or a body's initials are the labelled speaker named
    in part: counted apart, not as right (the reader gets less) and not as another speaker."""
    said = [
        "The reservoir will reach its full level before the dry months",
        "Our consulate has asked for a second survey of the border strip",
        "The two ministries will sign the transit protocol next spring",
        "We expect the grid link to carry power by the end of the year",
    ]
    labels = gold(
        {
            "file": "a.txt",
            "quotes": [
                {"speaker": "Oskar Linde", "text": said[0]},
                {"speaker": "Marco De Luca", "text": said[1]},
                {
                    "speaker": "Ministry of Foreign Affairs",
                    "speaker_kind": "organisation",
                    "text": said[2],
                },
                {"speaker": "Oskar Linde", "text": said[3]},
            ],
        }
    )
    quotes = [
        Quote(text=said[0], speaker="Linde"),
        Quote(text=said[1], speaker="De Luca"),
        Quote(text=said[2], speaker="MFA", speaker_kind="organisation"),
        Quote(text=said[3], speaker="Lind"),
    ]
    report = score(labels, {"a.txt": make_article(quotes=quotes)})
    assert report.quotes.found == 0
    assert report.partial_speakers == [
        f"a.txt: Linde: {said[0]}",
        f"a.txt: De Luca: {said[1]}",
        f"a.txt: MFA: {said[2]}",
    ]
    assert report.wrong_speakers == [f"a.txt: Lind: {said[3]}"]
    assert "quotes, speaker in part:" in format_report(report)
    assert "speaker part   a.txt: Linde" in format_details(report)


def test_organisation_speaker_must_be_an_organisation() -> None:
    """A ministry's words credited to a person of the same name do not count as right."""
    text = "The sides discussed the next round of consultations in detail"
    labelled = GoldQuote(speaker="Foreign Ministry", speaker_kind="organisation", text=text)
    as_person = Quote(text=text, speaker="Foreign Ministry")
    as_body = Quote(text=text, speaker="Foreign Ministry", speaker_kind="organisation")
    assert not quote_found(labelled, [as_person])
    assert quote_found(labelled, [as_body])


def test_gazetteer_spellings_of_one_person_match() -> None:
    """A Russian label names the same person as the extractor's English canonical name."""
    labels = gold({"file": "x", "people": ["Арарат Мирзоян", "Ilham Aliyev"]})
    article = make_article(people=[{"name": "Ararat Mirzoyan"}, {"name": "Aliyev"}])
    report = score(labels, {"x": article})
    assert report.people.missed == ["x: Ilham Aliyev"]


def test_metadata_scored_only_where_stated() -> None:
    """Title, outlet, date and language count only where the label states them; a stated
    null means the article must leave the field unknown."""
    labels = gold(
        {"file": "a.txt", "title": "Gas flows  east", "outlet": None, "language": "en"},
        {"file": "b.txt", "published": "2025-03-12", "outlet": "Trend"},
    )
    report = score(
        labels,
        {
            "a.txt": make_article(title="gas flows east", outlet="Menu Home", language="en"),
            "b.txt": make_article(published=dt.date(2025, 3, 12), outlet=None),
        },
    )
    rows = {m.field: (m.right, m.total) for m in report.metadata}
    assert rows == {"title": (1, 1), "outlet": (0, 2), "published": (1, 1), "language": (1, 1)}
    table = format_report(report)
    assert "outlet right:" in table and "0/2" in table
    details = format_details(report).splitlines()
    assert "outlet    wrong a.txt: labelled None, got Menu Home" in details
    assert "outlet    wrong b.txt: labelled Trend, got None" in details
    data = report.model_dump(mode="json")
    assert data["metadata"][1] == {
        "field": "outlet",
        "right": 0,
        "total": 2,
        "missed": [
            "a.txt: labelled None, got Menu Home",
            "b.txt: labelled Trend, got None",
        ],
        "unknown": 1,
        "invented": 1,
        "wrong": 0,
        "first_sentence": 0,
    }


def test_metadata_misses_sorted_by_kind() -> None:
    """An outlet left unknown is honest, an invented one is not; a date is right, missing,
    made up for an undated page, or another day; a title from the first sentence is counted
    apart from a wrong headline."""
    labels = gold(
        {"file": "a.txt", "outlet": "Harbour Daily", "published": None, "title": "Dredging starts"},
        {"file": "b.txt", "outlet": None, "published": "2025-03-12", "title": "Ferries return"},
        {"file": "c.txt", "outlet": "Harbour Daily", "published": "2025-03-12", "title": "Quay"},
        {"file": "d.txt", "outlet": "Harbour Daily", "published": "2025-03-12", "title": "Tide"},
    )
    report = score(
        labels,
        {
            "a.txt": make_article(
                outlet=None,
                published=dt.date(2025, 3, 1),
                title="Crews began dredging the channel on Monday.",
                title_origin=TitleOrigin.FIRST_SENTENCE,
            ),
            "b.txt": make_article(outlet="Dark", published=None, title="Menu"),
            "c.txt": make_article(outlet="Coast Weekly", published=dt.date(2025, 3, 11)),
            "d.txt": make_article(
                outlet="harbour daily", published=dt.date(2025, 3, 12), title="Tide"
            ),
        },
    )
    rows = {m.field: m for m in report.metadata}
    outlet, published, title = rows["outlet"], rows["published"], rows["title"]
    assert (outlet.right, outlet.unknown, outlet.invented, outlet.wrong) == (1, 1, 1, 1)
    assert (published.right, published.unknown, published.invented, published.wrong) == (
        1,
        1,
        1,
        1,
    )
    assert (title.right, title.first_sentence, title.wrong) == (1, 1, 2)
    table = format_report(report).splitlines()
    assert "outlet: 1 right, 1 unknown, 1 invented, 1 wrong" in table
    assert "published: 1 right, 1 undated when dated, 1 dated when undated, 1 wrong date" in table
    assert "title: 1 right, 1 first sentence, 2 wrong" in table


def test_stand_in_title_is_right_for_a_page_without_headline() -> None:
    """A page labelled as having no headline is right when the title is only the first
    sentence standing in for one, and wrong when a line was taken for its headline."""
    labels = gold(
        {"file": "a.txt", "title": None},
        {"file": "b.txt", "title": None},
    )
    report = score(
        labels,
        {
            "a.txt": make_article(
                title="Crews began dredging the channel on Monday",
                title_origin=TitleOrigin.FIRST_SENTENCE,
            ),
            "b.txt": make_article(title="Share this story", title_origin=TitleOrigin.HEADLINE),
        },
    )
    title = {m.field: m for m in report.metadata}["title"]
    assert (title.right, title.invented, title.first_sentence) == (1, 1, 0)


def test_gazetteer_spellings_of_one_body_match() -> None:
    """A labelled body's alias is the extractor's canonical name for it."""
    text = "The crossing will open to freight in March and to passengers in June"
    labelled = GoldQuote(
        speaker="Armenian Foreign Ministry", speaker_kind="organisation", text=text
    )
    quote = Quote(
        text=text, speaker="Ministry of Foreign Affairs of Armenia", speaker_kind="organisation"
    )
    assert quote_found(labelled, [quote])
