"""Outlets, round 25 (second pass): a header line names the site only when the page names it
again as a site does; a breadcrumb it leads ("X | Environment | Region") makes it a column or
section, a headline that opens on it ("X keep pushing for …") and prose that names it are about it.
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            f"Harbour Notes\n\n{_HEADLINE}\n\nHarbour Notes | Environment | Northland\n\n"
            f"{PAGE_BODY}",
            id="breadcrumb",
        ),
        pytest.param(
            "Northport United\n\nNorthport United keep pushing for a new stadium deal\n\n"
            "Northport United continues to press the council for a new lease on its ground. "
            "The club says talks will resume next week.\n\n"
            f"{PAGE_BODY}\n\nNorthport United3 days ago",
            id="story-subject",
        ),
    ],
)
def test_header_the_page_names_only_as_a_section_or_subject(page: str) -> None:
    assert loaded(page).meta.outlet is None


def test_header_the_footer_names_again_is_the_outlet() -> None:
    page = f"Harbour Notes\n\n{_HEADLINE}\n\n{PAGE_BODY}\n\nAbout Harbour Notes\n\nContact"
    assert loaded(page).meta.outlet == "Harbour Notes"
