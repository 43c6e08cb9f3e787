"""A site's furniture and date lines recur on its every page; what such a line is is read
once (round 18, speed), and each page still takes from it what it states: the outlet a
footer names and the date a date line gives. The pages are invented.
"""

from __future__ import annotations

from briefings.load.vocabulary import boilerplate
from tests.extract.extracted import PAGE_BODY, analysed

_FURNITURE = "Home | World | Business"


def _page(headline: str, footer: str) -> str:
    return f"{headline}\n\n12.06.2024\n\n{PAGE_BODY}\n\n{_FURNITURE}\n\n{footer}"


def test_every_page_of_a_site_takes_its_outlet_and_date_from_repeated_lines() -> None:
    domain, outlet = next(iter(boilerplate().domains.items()))
    footer = f"© 2025 {domain}"
    first = analysed(_page("Harbour council backs plan to dredge the channel", footer))
    second = analysed(_page("Ferry operators welcome the dredging plan", footer))
    for article in (first, second):
        assert article.outlet == outlet
        assert article.published is not None
        assert (article.published.year, article.published.month) == (2024, 6)
        assert not any(_FURNITURE in p or domain in p for p in article.paragraphs)
    assert first.title != second.title


def test_a_page_without_the_footer_names_no_outlet_after_one_that_did() -> None:
    domain, _ = next(iter(boilerplate().domains.items()))
    analysed(_page("Harbour council backs plan to dredge the channel", f"© 2025 {domain}"))
    plain = analysed(_page("Ferry operators welcome the dredging plan", "Share on the web"))
    assert plain.outlet is None
