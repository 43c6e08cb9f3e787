"""Title and date of a real scrape (round 6): the US government banner over agency pages, an
advertisement's call to action, a tag list printed twice, a section name above the headline,
a byline with its date and no mark between, a year-first slashed stamp, an event's date span,
and the sentence a scrape was cut off in.

Every sentence here is invented; each page reproduces a construction seen on real news pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed
from tests.extract.extracted import loaded as _load

HEADLINE = "Harbour council backs northern channel dredging"


def test_us_government_banner_is_not_the_title() -> None:
    """The banner of .gov and .mil sites ('An official website of …', 'Here's how you
    know', the lock notice) is furniture; the headline under the date line is the title."""
    doc = _load(
        "An official website of the United States government\nHere's how you know\n"
        "A .mil website belongs to one of the commands listed in our directory.\n"
        "A lock (lock ) or https:// means the page you see is ours.\n\n"
        f"NEWS | March 20, 2023\n\n{HEADLINE}\n\n{BODY}"
    )
    assert doc.title == HEADLINE
    assert doc.text_date == dt.date(2023, 3, 20)


def test_call_to_action_line_is_an_advertisement() -> None:
    """'… Jobs - JOIN NOW' over the page is an advertisement, not the headline."""
    doc = _load(
        "The Biggest Network for Harbour Pilots and Dredging Jobs - JOIN NOW\n\n"
        f"{HEADLINE}\n\n{BODY}"
    )
    assert doc.title == HEADLINE


def test_tag_list_printed_twice_is_not_the_title() -> None:
    """A line of tags that repeats its own words ('A B C в мире A B C') is no headline."""
    doc = _load(
        "Ардания Совет гавани Северный канал в мире экономика Ардания Совет гавани Северный "
        f"канал\n\nСовет гавани одобрил углубление северного канала\n\n{RU_BODY}"
    )
    assert doc.title == "Совет гавани одобрил углубление северного канала"


def test_section_name_over_headline_is_not_its_first_line() -> None:
    """A section's name glossed by its acronym above the headline is a label: the headline
    over the byline is the title, not the section."""
    doc = _load(
        "Ports and Inland Waterways (PIW)\n\n"
        f"{HEADLINE}\n\nBy Mara Quist February 07, 2019\n\n{BODY}"
    )
    assert doc.title == HEADLINE
    assert doc.text_date == dt.date(2019, 2, 7)


def test_year_first_slashed_stamp_dates_the_page() -> None:
    """'2018/2/15 8:42' alone on a line: year first, then month and day."""
    doc = _load(f"{HEADLINE}\n\n2018/2/15 8:42\n\n{BODY}")
    assert doc.text_date == dt.date(2018, 2, 15)
    assert all("8:42" not in p for p in doc.paragraphs)


def test_date_span_of_an_event_does_not_date_the_article() -> None:
    """'4–5 апреля 2025 года' in the lead is when the event ran; with no stamp on the page,
    the article stays undated."""
    article = analysed(
        "Совет гавани на новом уровне\n\n"
        "В Портвилле 4–5 апреля 2025 года прошло первое заседание совета гавани. "
        "В нём приняли участие капитаны пяти портов.\n\n"
        "Стороны договорились встречаться ежегодно."
    )
    assert article.published is None


def test_single_date_in_the_lead_still_dates_the_article() -> None:
    """A single date standing as a stamp before the lead's sentence still dates the article
    (a date inside the sentence is the event's: see test_r8_metadata)."""
    article = analysed(
        "Совет гавани на новом уровне\n\n"
        "(Портвилль, 5 апреля 2025 года) В Портвилле прошло первое заседание совета гавани. "
        "В нём приняли участие капитаны пяти портов.\n\n"
        "Стороны договорились встречаться ежегодно."
    )
    assert article.published == dt.date(2025, 4, 5)


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(
            "Leading the delegation, senior adviser Kuol Deng urged other groups to also join th",
            id="sentence",
        ),
        pytest.param(
            "“We have cleared more than 1,200 shells, from rifle rounds to mortars and hand g",
            id="opening-quote",
        ),
    ],
)
def test_sentence_cut_off_at_the_end_of_the_scrape_is_kept(cut: str) -> None:
    """A scrape cut at a length limit stops mid-word; the words before the cut are still the
    article's (a person or a figure named there is the article's)."""
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{cut}")
    assert doc.paragraphs[-1] == cut


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Harbour Desk News Agency", id="name"),
        pytest.param("Written by Mara Quist and Tom Berg for the Harbour Desk", id="credit"),
    ],
)
def test_footer_at_the_end_is_not_kept(footer: str) -> None:
    """A closing line that is a name or a credit, not a cut sentence, stays out."""
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{footer}")
    assert doc.paragraphs[-1].endswith("years of delays.")


def test_reprint_notice_names_the_outlet() -> None:
    """'This article was originally published by X and is reprinted with permission.': the
    republished copy's outlet is X, and the notice is not article text."""
    doc = _load(
        "This article was originally published by Harbour Ledger and is reprinted with "
        f"permission.\n\n{HEADLINE}\n\n{BODY}"
    )
    assert doc.meta.outlet == "Harbour Ledger"
    assert all("reprinted" not in p for p in doc.paragraphs)


def test_relaying_outlet_after_a_cited_source_is_the_page() -> None:
    """'Об этом пишет <source>, передает <outlet>.': the second name relays the first, so it
    is the page's own even when the vocabulary does not know it."""
    doc = _load(
        f"{HEADLINE}\n\nСовет гавани во вторник одобрил план углубления канала. Об этом пишет "
        f"Reuters, передает ПКН.\n\n{RU_BODY}"
    )
    assert doc.meta.outlet == "ПКН"


def test_cited_source_alone_is_not_the_outlet() -> None:
    """'Об этом пишет <source>.' alone cites a source: an unknown name there is not taken."""
    doc = _load(
        f"{HEADLINE}\n\nСовет гавани во вторник одобрил план углубления канала, пишет "
        f"Портовый Вестник.\n\n{RU_BODY}"
    )
    assert doc.meta.outlet is None
