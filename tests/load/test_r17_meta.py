"""Title, outlet and date of a real scrape (round 17): skip links glued into one line ("Skip
to menuSkip to content…") are site furniture, not a headline; a date line that says "Published
On:" and gives the weekday and an ordinal day ("Thu, Apr 10th, 2025") dates the page and is no
headline; a writer's byline naming the outlet's staff ("By A B, Harbour Ledger Staff") gives the
outlet; a photo caption's date before its bracketed credit does not date the article. Every
name and sentence here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, analysed, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил углубление северного канала"
_PAGE_BODY_FIRST = "The pilots of the harbour say the channel has silted up faster than expected."


@pytest.mark.parametrize(
    "links",
    [
        pytest.param("Skip to searchSkip to contentSkip to footer", id="three"),
        pytest.param(
            "Skip to main contentSkip to searchHelp with this site - Accessibility", id="help"
        ),
        pytest.param("Skip to content", id="one"),
    ],
)
def test_skip_links_glued_in_one_line_are_no_headline(links: str) -> None:
    doc = loaded(f"{links}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert not any("Skip to" in p for p in doc.paragraphs)


def test_russian_skip_links_glued_in_one_line_are_no_headline() -> None:
    doc = loaded(f"Перейти к содержаниюПерейти к меню\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}")
    assert doc.title == _HEADLINE_RU


def test_a_word_glued_to_skip_text_that_is_not_a_link_stays() -> None:
    """Only the link words themselves are furniture: "Skip to contentment" is a headline."""
    headline = "Skip to contentment: why the harbour choir sings again"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        pytest.param("Published On: Thu, Apr 10th, 2025", dt.date(2025, 4, 10), id="on-weekday"),
        pytest.param("Posted on: Tuesday, March 3rd, 2026", dt.date(2026, 3, 3), id="posted"),
        pytest.param("Updated On 12 May 2025", dt.date(2025, 5, 12), id="updated"),
    ],
)
def test_a_published_on_line_dates_the_page_and_is_no_headline(stamp: str, day: dt.date) -> None:
    doc = loaded(f"{stamp}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert doc.text_date == day
    assert not any(p.startswith(stamp[:9]) for p in doc.paragraphs)


def test_a_writer_s_byline_naming_the_outlet_s_staff_gives_the_outlet() -> None:
    doc = loaded(f"{_HEADLINE}\n\nBy Mara Quist,  Harbour Ledger Staff\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert doc.meta.outlet == "Harbour Ledger"
    assert not any("Staff" in p for p in doc.paragraphs)


def test_a_writer_s_rank_on_the_staff_is_no_outlet() -> None:
    doc = loaded(f"{_HEADLINE}\n\nBy Mara Quist, Senior Staff Writer\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


def test_a_photo_caption_s_date_before_its_credit_does_not_date_the_article() -> None:
    """The caption tells when the photo was taken; the page itself states no date."""
    caption = "Mara Quist, the harbour's pilot, in Portville. Oct. 3, 2019. (Harbour Wire)"
    article = analysed(f"{_HEADLINE}\n\n{_PAGE_BODY_FIRST}\n\n{caption}\n\n{PAGE_BODY}")
    assert article.published is None
