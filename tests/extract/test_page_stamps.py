"""Page stamps, wire datelines, credits and bylines of real scrapes are metadata, not text.

Every article here is invented; each reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefings.load import RawDocument, load_source
from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import loaded as _load

FIRST = "The harbour council approved a plan"


def _all_text(doc: RawDocument) -> str:
    return "\n".join(doc.paragraphs)


def test_scrape_date_stamp_glued_to_the_title() -> None:
    """` date 2025-10-03 <title>`: the date is the page's, the title is the rest of the line."""
    doc = _load(" date 2025-10-03 Harbour council backs channel dredging\n" + BODY)
    assert doc.title == "Harbour council backs channel dredging"
    assert doc.text_date == dt.date(2025, 10, 3)
    assert "date 2025" not in _all_text(doc)


def test_scrape_date_stamp_with_url_gives_the_address() -> None:
    """` date 2026-02-22 https://…` alone on the first line: date and address are metadata."""
    doc = _load(" date 2026-02-22 https://harbour-news.example/2026/02/22/channel\n" + BODY)
    assert doc.text_date == dt.date(2026, 2, 22)
    assert str(doc.meta.url) == "https://harbour-news.example/2026/02/22/channel"
    assert doc.paragraphs[0].startswith(FIRST)


def test_numeric_stamp_glued_to_first_sentence() -> None:
    """`27.06.2024 | 14:58<first sentence>` leaves the sentence whole and dates the page."""
    doc = _load("Channel plan approved\n27.06.2024 | 14:58" + BODY)
    assert doc.paragraphs[0].startswith(FIRST)
    assert doc.text_date == dt.date(2024, 6, 27)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        pytest.param("26 April 2025 16:31", dt.date(2025, 4, 26), id="day-month-year-time"),
        pytest.param("# 25 May 2023 13:24 (UTC +04:00)", dt.date(2023, 5, 25), id="heading-utc"),
        pytest.param("    29.09.2017 [00:04]", dt.date(2017, 9, 29), id="bracketed-time"),
        pytest.param("- 26 September, 2025\n- 10:41", dt.date(2025, 9, 26), id="bullets"),
        pytest.param("Воскресенье, 23 Ноя 2025, 10:35", dt.date(2025, 11, 23), id="ru-weekday"),
    ],
)
def test_date_lines_are_read_and_dropped(stamp: str, date: dt.date) -> None:
    """A line that is only a date (and a time) is the page's date, never a paragraph."""
    doc = _load(f"Harbour council backs channel dredging\n{stamp}\n\n{BODY}")
    assert doc.text_date == date
    assert doc.title == "Harbour council backs channel dredging"
    assert doc.paragraphs[0].startswith(FIRST)


@pytest.mark.parametrize(
    ("prefix", "outlet", "day"),
    [
        pytest.param("YEREVAN, April 13. /TASS/. ", "TASS", (4, 13), id="tass"),
        pytest.param("BAKU, March 13 (Reuters) - ", "Reuters", (3, 13), id="reuters"),
        pytest.param("МОСКВА, 7 мар - РИА Новости. ", "РИА Новости", (3, 7), id="ria"),
        pytest.param("Baku, September 29, AZERTAC\n\n", "AZERTAC", (9, 29), id="city-day-agency"),
        pytest.param("PORTVILLE, 22 фев – ГАВАНЬ. ", "ГАВАНЬ", (2, 22), id="ru-caps-agency"),
        pytest.param(
            "(MENAFN- Harbour Wire) BAKU, Azerbaijan, January 18 . ",
            "Harbour Wire",
            (1, 18),
            id="menafn",
        ),
        pytest.param("BAKU, Azerbaijan, September 22. ", None, (9, 22), id="city-country-day"),
        pytest.param("YEREVAN, DECEMBER 14, HARBOURPRESS. ", "HARBOURPRESS", (12, 14), id="caps"),
        pytest.param("BAKU, March 3 - ", None, (3, 3), id="city-day-dash"),
        pytest.param("(HARBOUR RADIO) -", "HARBOUR RADIO", None, id="bracket-credit"),
        pytest.param("GENEVA/BAKU — ", None, None, id="city-slash-city"),
        pytest.param("Washington DC - ", None, None, id="capital-mixed-case"),
    ],
)
def test_wire_datelines_become_metadata(
    prefix: str, outlet: str | None, day: tuple[int, int] | None
) -> None:
    """The dateline goes; the agency it credits is the outlet, its day the dateline's day."""
    doc = _load(prefix + BODY)
    assert doc.paragraphs[0].startswith(FIRST)
    assert doc.meta.outlet == outlet
    assert doc.dateline_day == day


def test_headline_with_city_and_dash_is_kept() -> None:
    """ "Baku – Brussels: …" is a headline, not a dateline before a sentence."""
    doc = _load("Baku – Brussels: a channel of trade\n\n" + BODY)
    assert doc.title == "Baku – Brussels: a channel of trade"


def test_dash_after_a_dateline_is_no_outlet() -> None:
    """A sentence after a dash is never taken for an outlet's name."""
    doc = _load("BAKU, March 3 - the harbour council approved a plan on Tuesday, its chair said.")
    assert doc.meta.outlet is None
    assert doc.paragraphs[0].startswith("the harbour council")


@pytest.mark.parametrize(
    "junk",
    [
        pytest.param("1080 views", id="views"),
        pytest.param("Поделиться:", id="share-ru"),
        pytest.param("Read more", id="read-more"),
        pytest.param("© Photo : Northwind Images", id="photo-credit"),
        pytest.param("PHOTO MIRA TOLL, HARBOUR PRESS", id="photo-credit-caps"),
        pytest.param("+ ↺ − 16 px", id="font-widget"),
        pytest.param("/By Harbourwire/", id="slash-credit"),
        pytest.param("Click to follow", id="call-to-action"),
    ],
)
def test_page_furniture_is_never_title_or_text(junk: str) -> None:
    """Stamps and credits around the headline are neither the title nor a paragraph."""
    doc = _load(f"Harbour council backs channel dredging\n{junk}\n\n{BODY}\n{junk}")
    assert doc.title == "Harbour council backs channel dredging"
    assert all(junk not in p for p in doc.paragraphs)


def test_byline_is_the_author_not_the_title() -> None:
    """ "By Tamsin Arlow" is the author; the first sentence, not the byline, leads the text."""
    doc = _load("By Tamsin Arlow\n" + BODY)
    assert doc.meta.author == "Tamsin Arlow"
    assert doc.title != "By Tamsin Arlow"
    assert doc.paragraphs[0].startswith(FIRST)


def test_glued_byline_after_dateline() -> None:
    """ "Baku, Azerbaijan, Apr. 27By Name - Agency:" gives the day, the author and the outlet."""
    doc = _load("Baku, Azerbaijan, Apr. 27By Ilyas Farro - Harbourwire:" + BODY)
    assert doc.dateline_day == (4, 27)
    assert doc.meta.author == "Ilyas Farro"
    assert doc.meta.outlet == "Harbourwire"
    assert doc.paragraphs[0].startswith(FIRST)


def test_caption_repeated_in_photo_credit_is_not_the_title() -> None:
    """A caption the credit repeats ("© APA | <caption>") sits above the date, yet is no title."""
    page = (
        "Harbour council backs channel dredging\n\nMira Toll, chair of the harbour council\n\n"
        "© Harbour Press | Mira Toll, chair of the harbour council\n\n"
        "# 25 May 2023 13:24 (UTC +04:00)\n\n" + BODY
    )
    doc = _load(page)
    assert doc.title == "Harbour council backs channel dredging"
    assert doc.text_date == dt.date(2023, 5, 25)


def test_caption_ending_with_photo_credit_is_dropped() -> None:
    """A stamp glued to a photo caption ("… Photo: Agency") leaves neither in the text."""
    page = (
        " date 2020-08-26 Ferries and fishing boats waiting at the northern pier of the old "
        "harbour during the dredging survey. Photo: Harbour Authority\n"
        "Harbour council backs channel dredging\n\n26/08/2020 - 13:01\n" + BODY
    )
    doc = _load(page)
    assert doc.title == "Harbour council backs channel dredging"
    assert doc.text_date == dt.date(2020, 8, 26)
    assert "Photo:" not in _all_text(doc)


def test_record_text_loses_its_dateline() -> None:
    """A JSON record's text starting with a wire dateline: same treatment as a page."""
    record = {"title": "Channel plan approved", "text": "YEREVAN, April 13. /TASS/. " + BODY}
    [doc] = load_source(json.dumps(record).encode(), "rec.json")
    assert doc.paragraphs[0].startswith(FIRST)
    assert doc.meta.outlet == "TASS"
    assert doc.dateline_day == (4, 13)


@pytest.mark.parametrize(
    ("header", "fmt"),
    [
        pytest.param(
            "---\ntitle: T\npubDate: 2025-03-01T10:00:00Z\n---\n", "md", id="front-matter"
        ),
        pytest.param(None, "json", id="record"),
        pytest.param(None, "sidecar", id="sidecar"),
    ],
)
def test_one_metadata_normaliser_for_every_source(
    header: str | None, fmt: str, tmp_path: object
) -> None:
    """Records, front matter and sidecars accept the same date fields (here `pubDate`)."""
    from pathlib import Path

    from briefings.load import read_sidecar

    if fmt == "md":
        [doc] = load_source((str(header) + BODY).encode(), "a.md")
        published = doc.meta.published
    elif fmt == "json":
        record = {"title": "T", "text": BODY, "pubDate": "2025-03-01T10:00:00Z"}
        [doc] = load_source(json.dumps(record).encode(), "a.json")
        published = doc.meta.published
    else:
        folder = Path(str(tmp_path))
        (folder / "a.txt").write_text(BODY, "utf-8")
        (folder / "a.meta.yaml").write_text("pubDate: 2025-03-01T10:00:00Z\n", "utf-8")
        meta = read_sidecar(folder / "a.txt")
        assert meta is not None
        published = meta.published
    assert published == dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("By Tamsin Arlow", id="byline"),
        pytest.param("YEREVAN, April 13. /TASS/.", id="dateline"),
        pytest.param("PHOTO MIRA TOLL, HARBOUR PRESS", id="photo-credit"),
    ],
)
def test_stamp_given_as_title_is_not_the_title(stamp: str) -> None:
    """Whatever a loader hands over, a stamp, dateline or credit is never an article's title."""
    from briefings.extract import analyse
    from briefings.models import SourceFormat, SourceMeta

    doc = RawDocument(
        source_name="x.txt",
        source_format=SourceFormat.TEXT,
        title=stamp,
        paragraphs=BODY.split("\n\n"),
        meta=SourceMeta(),
    )
    assert analyse(doc).title.startswith(FIRST)


def test_future_and_target_dates_are_not_publication_dates() -> None:
    """Targets ("by January 1, 2027") and dates after the ingest day are not publication dates."""
    from briefings.extract.dating import published
    from briefings.models import DateOrigin, SourceFormat, SourceMeta

    text = (
        "(Harbour Desk, 3 March 2026) The harbour council said capacity would double by "
        "January 1, 2027. The new terminal opens on 1 June 2030, its chair said."
    )
    doc = RawDocument(
        source_name="x.txt",
        source_format=SourceFormat.TEXT,
        title=None,
        paragraphs=[text],
        meta=SourceMeta(),
    )
    assert published(doc, [], today=dt.date(2026, 3, 4)) == (dt.date(2026, 3, 3), DateOrigin.TEXT)
    target_only = doc.model_copy(update={"paragraphs": [text.split(" The new")[0]]})
    assert published(target_only, [], today=dt.date(2028, 1, 1))[0] == dt.date(2026, 3, 3)
    future_stamp = doc.model_copy(update={"text_date": dt.date(2026, 9, 1)})
    assert published(future_stamp, [], today=dt.date(2026, 3, 4))[0] == dt.date(2026, 3, 3)


def test_wire_dateline_day_rules_out_other_dates() -> None:
    """Under "YEREVAN, November 10." a deadline of January 1 is not the date; undated stays so."""
    from briefings.extract.dating import published
    from briefings.models import DateOrigin

    doc = _load(
        "YEREVAN, November 10. /TASS/. The harbour council hopes to finish the channel by "
        "January 1, 2024, and to reopen it on 15 March 2023 at the latest, its chair said."
    )
    assert doc.dateline_day == (11, 10)
    assert published(doc, [], today=dt.date(2026, 1, 1)) == (None, DateOrigin.UNKNOWN)
    same_day = _load(
        "YEREVAN, November 10. /TASS/. The council met on 10 November 2023 and approved the plan."
    )
    assert published(same_day, [], today=dt.date(2026, 1, 1)) == (
        dt.date(2023, 11, 10),
        DateOrigin.TEXT,
    )


def test_history_further_down_is_not_the_date() -> None:
    """A full date deep in the story ("29 March 2022: first talks") does not date the article."""
    from briefings.extract.dating import published

    paragraphs = [
        "The harbour council approved a plan to dredge the northern channel, its chair said.",
        "Ferry operators welcomed the decision, which they said would end years of delays.",
        "Work will start in the spring and last two years, the council said.",
        "On 29 March 2022 the council held its first hearing on the channel.",
    ]
    doc = _load("\n\n".join(paragraphs))
    assert published(doc, [], today=dt.date(2026, 1, 1))[0] is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param(
            "Как сообщает Report, совет гавани одобрил план углубления канала. Работы начнутся "
            "весной и продлятся два года.",
            "Report",
            id="ru-as-reports",
        ),
        pytest.param(
            "The harbour council approved the dredging plan on Tuesday, APA reports.",
            "APA",
            id="en-tail-credit",
        ),
        pytest.param(
            "Как сообщает Гаванский вестник, совет одобрил план углубления канала на этой неделе.",
            None,
            id="unknown-name-is-a-cited-source",
        ),
    ],
)
def test_agency_crediting_itself_in_the_lead(text: str, outlet: str | None) -> None:
    """A known agency's self-credit names the outlet; an unknown name may be a cited source."""
    assert _load(text).meta.outlet == outlet


def test_stamp_dateline_and_byline_lines_of_an_agency_page() -> None:
    """ " date …", "BAKU, Azerbaijan, Oct.14", "By Name - Agency:" above the text: all metadata."""
    doc = _load(
        " date 2021-10-14 BAKU, Azerbaijan, Oct.14\n\nBy Lale Orman - Harbourwire:\n\n" + BODY
    )
    assert doc.text_date == dt.date(2021, 10, 14)
    assert doc.dateline_day == (10, 14)
    assert (doc.meta.author, doc.meta.outlet) == ("Lale Orman", "Harbourwire")
    assert doc.paragraphs[0].startswith(FIRST)


def test_day_and_time_line_is_no_title() -> None:
    """ "3 May. 12:20 (UTC+3 MSK)" under a scrape stamp is a stamp, not a headline."""
    doc = _load(" date 2025-05-03 3 May. 12:20 (UTC+3 MSK)\n\n" + BODY)
    assert doc.text_date == dt.date(2025, 5, 3)
    assert doc.title is None
    assert doc.paragraphs[0].startswith(FIRST)


def test_city_day_agency_dots_and_closing_credit() -> None:
    """ "Москва. 12 декабря. INTERFAX.RU -Text" and a closing "(Tass)" credit name the outlet
    (an address as the page writes it, round 21)."""
    doc = _load("Москва. 12 декабря. INTERFAX.RU -Совет гавани одобрил план углубления канала.")
    assert (doc.meta.outlet, doc.dateline_day) == ("INTERFAX.RU", (12, 12))
    assert doc.paragraphs[0].startswith("Совет гавани")
    closing = _load(BODY + " (Tass)")
    assert closing.meta.outlet == "TASS"


def test_known_site_of_the_url_names_the_outlet() -> None:
    """A record whose URL is on a known outlet's site, with no outlet field, is that outlet's."""
    record = {"title": "T", "url": "https://www.apa.az/en/harbour/123", "text": BODY}
    [doc] = load_source(json.dumps(record).encode(), "rec.json")
    assert doc.meta.outlet == "APA"
    unknown = {"title": "T", "url": "https://harbour-blog.example/1", "text": BODY}
    [other] = load_source(json.dumps(unknown).encode(), "rec.json")
    assert other.meta.outlet is None
