"""Wire datelines (round 11): the agency of "CITY (Agency) – Text" is read on the second line
of prose too (the first is often a standfirst or a photo caption, maybe printed twice), and
with the comma some sites leave when they drop the date ("CITY, (Agency) – Text"). Every
name here is invented.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.extracted import HEADLINE, PAGE_BODY, PAGE_BODY_RU, analysed, loaded

_STANDFIRST = (
    "The harbour council has decided that the northern channel must be dredged before the "
    "ferries return in the spring, officials said."
)
_CAPTION = (
    "Council members vote on the dredging plan in the town hall of Portville on March 3, 2025. "
    "HARBOURWIRE/Ola Brenner"
)
_LEAD = (
    "The harbour council approved a plan to dredge the northern channel on Tuesday, its chair "
    "said. Work on the channel will start in the spring and last two years."
)


def test_a_wire_dateline_under_a_standfirst_names_the_agency() -> None:
    """A standfirst, then "CITY (Agency) - lead": the agency is read and the dateline cut."""
    doc = loaded(f"{_STANDFIRST}\n\nPORTVILLE (Harbourwire) - {_LEAD}")
    assert doc.meta.outlet == "Harbourwire"
    assert any(p.startswith("The harbour council approved") for p in doc.paragraphs)


def test_a_wire_dateline_under_a_caption_given_twice_with_a_comma() -> None:
    """A caption printed twice, then "CITY, (Agency) – lead": the agency is the outlet."""
    doc = loaded(f"{_CAPTION}\n\n{_CAPTION}\n\nPORTVILLE, (Harbourwire) – {_LEAD}")
    assert doc.meta.outlet == "Harbourwire"
    assert any(p.startswith("The harbour council approved") for p in doc.paragraphs)


def test_a_city_in_the_third_paragraph_is_no_dateline() -> None:
    """Past the lead, a capitalised city before a bracket is the text's own business."""
    doc = loaded(f"{_STANDFIRST}\n\n{_LEAD}\n\nPORTVILLE (Harbourwire) - The ferries wait.")
    assert doc.meta.outlet is None


def test_a_known_agency_is_named_in_the_script_of_its_page() -> None:
    """A Russian page whose only credit is the agency's site is signed with its Russian name;
    an English page with the same credit keeps the English one."""
    russian = loaded(f"{PAGE_BODY_RU}\n\nЧитать на ria.ru")
    english = loaded(f"{PAGE_BODY}\n\nRead more on ria.ru")
    assert (russian.meta.outlet, english.meta.outlet) == ("РИА Новости", "RIA Novosti")


def test_a_press_release_dateline_with_its_date_in_brackets_dates_the_page() -> None:
    """ "CITY (Month D, YYYY) — Text" and "City, State (M/D/YYYY) – Text": the bracketed date
    is when the page was published, and the dateline is no part of the text."""
    spelled = analysed(f"{HEADLINE}\n\nPORTVILLE (October 16, 2024) — {_LEAD}")
    slashed = analysed(f"{HEADLINE}\n\nHarbour Falls, Ruritania (4/24/2023) – {_LEAD}")
    assert (spelled.published, slashed.published) == (dt.date(2024, 10, 16), dt.date(2023, 4, 24))
    assert spelled.paragraphs[0].startswith("The harbour council")


def test_a_slashed_page_stamp_still_reads_day_first() -> None:
    """Only a slashed date whose second number cannot be a month reads month first: a page
    stamp "01/05/2025 — 17:57" is still the first of May."""
    article = analysed(f"{HEADLINE}\nSport 01/05/2025 — 17:57\n\n{_LEAD}")
    assert article.published == dt.date(2025, 5, 1)


def test_a_source_line_naming_an_outlet_with_the_article() -> None:
    """'Source: The Harbour Courier' at the end names the outlet; 'Source: the authors' not."""
    named = loaded(f"{PAGE_BODY}\n\nSource: The Harbour Courier")
    unnamed = loaded(f"{PAGE_BODY}\n\nSource: The authors")
    assert (named.meta.outlet, unnamed.meta.outlet) == ("The Harbour Courier", None)
