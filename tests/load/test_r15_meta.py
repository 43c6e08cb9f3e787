"""Title and outlet of a real scrape (round 15): a page's numbered skip links ("1. Skip to
content", "2. Skip to main menu") are no headline; a breadcrumb trail that ends in the
headline the page then gives alone yields that headline; a picture's label glued after the
headline ("… PHOTO") is not part of it; a 'Source:' line with the site's address after its
name still names it. Every name and sentence here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил углубление северного канала"


@pytest.mark.parametrize(
    ("menu", "headline", "body"),
    [
        pytest.param(
            "1. Skip to content\n  2. Skip to main menu\n  3. More from Harbour Radio",
            _HEADLINE,
            PAGE_BODY,
            id="en",
        ),
        pytest.param(
            "1. Перейти к содержанию\n  2. Перейти к главному меню\n  3. Другие проекты Гавани",
            _HEADLINE_RU,
            PAGE_BODY_RU,
            id="ru",
        ),
    ],
)
def test_numbered_skip_links_are_no_headline(menu: str, headline: str, body: str) -> None:
    doc = loaded(f"{menu}\n\n{headline}\n\n{body}")
    assert doc.title == headline


def test_numbered_skip_links_over_a_short_headline_give_no_menu_title() -> None:
    """Over a two-word headline (too short to be taken for one) no skip link or menu entry
    is taken instead: the title stays unknown rather than wrong."""
    menu = "1. Перейти к содержанию\n  2. Перейти к главному меню\n  3. Другие проекты Гавани"
    doc = loaded(f"{menu}\n\nОсторожно, мель\n\n{PAGE_BODY_RU}")
    assert doc.title is None or not doc.title[:1].isdigit()


def test_an_unnumbered_skip_link_is_furniture() -> None:
    doc = loaded(f"Jump to main content\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert not any("Jump to" in p for p in doc.paragraphs)


def test_a_headline_opening_with_its_count_is_still_a_headline() -> None:
    """A numbered line alone (no list around it) may be a headline that opens with a count."""
    headline = "3. Portville ferry crews return to work after the dredging dispute"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_a_breadcrumb_ending_in_the_headline_gives_the_headline() -> None:
    text = f"Home Ruritania News {_HEADLINE}\n\n{_HEADLINE}\n\n\nPortville : {PAGE_BODY}"
    doc = loaded(text)
    assert doc.title == _HEADLINE


def test_a_breadcrumb_under_its_headline_gives_the_headline() -> None:
    """Over the trail, a programme's name with its acronym (which alone reads like a section
    label) is the headline all the same: the trail ends in it."""
    headline = "Northern Channel Dredging Programme (NCDP)"
    text = f"{headline}\n\nHome » Big projects » {headline}\n\n{PAGE_BODY}"
    assert loaded(text).title == headline


def test_a_headline_ending_in_another_line_is_kept_whole() -> None:
    """A long headline whose last words a short line repeats (a tag) is no breadcrumb: the
    words before them are more than a trail's."""
    headline = "After two years of delays and three court rulings the council backs dredging"
    doc = loaded(f"{headline}\n\ncouncil backs dredging\n\n{PAGE_BODY}")
    assert doc.title == headline


@pytest.mark.parametrize(("label", "headline"), [("PHOTO", _HEADLINE), ("ФОТО", _HEADLINE_RU)])
def test_a_picture_label_glued_after_the_headline_is_not_part_of_it(
    label: str, headline: str
) -> None:
    body = PAGE_BODY if label == "PHOTO" else PAGE_BODY_RU
    doc = loaded(f"{headline} {label}\n{body}")
    assert doc.title == headline


def test_a_bracketed_label_is_the_headlines_own() -> None:
    headline = f"{_HEADLINE} (Video)"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_a_headline_in_capitals_keeps_its_last_word() -> None:
    """In a headline set all in capitals a last word such as VIDEO is no glued label."""
    headline = "HARBOUR COUNCIL SHOWS DREDGING PLAN IN NEW VIDEO"
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title is None or doc.title.endswith("VIDEO")


def test_a_source_line_with_the_sites_address_names_the_outlet() -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник: «Вестник Гавани» VESTNIK-GAVAN.RU")
    assert doc.meta.outlet == "Вестник Гавани"


def test_a_source_line_of_prose_names_no_outlet() -> None:
    """A sentence after 'Source:' with an address at its end is no site's name."""
    text = (
        f"{_HEADLINE}\n\n{PAGE_BODY}\n\n"
        "Source: the council said the figures were on its website portville.gov"
    )
    assert loaded(text).meta.outlet is None


_SIDEBAR = (
    "Also in this section\n\n14 March 2025\n\n"
    "Ferry operators in the south report a record winter season for passenger numbers.\n\n"
    "13 March 2025\n\nA new pilot boat joins the harbour fleet after a year of sea trials."
)


def test_dates_under_a_related_heading_after_the_story_do_not_date_it() -> None:
    """An undated story with an 'Also in this section' sidebar under it: the sidebar's dates
    are its items', so the page stays undated."""
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{_SIDEBAR}")
    assert doc.title == _HEADLINE
    assert doc.text_date is None


def test_a_dated_story_keeps_its_date_over_a_related_sidebar() -> None:
    doc = loaded(f"{_HEADLINE}\n\n2 March 2025\n\n{PAGE_BODY}\n\n{_SIDEBAR}")
    assert doc.text_date == dt.date(2025, 3, 2)


def test_a_related_heading_over_the_story_leaves_its_date() -> None:
    """A 'Related' block at the top of the page (before the story) does not undate it."""
    text = f"Related news\n\n{_HEADLINE}\n\n2 March 2025\n\n{PAGE_BODY}"
    assert loaded(text).text_date == dt.date(2025, 3, 2)
