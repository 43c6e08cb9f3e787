"""Outlets, round 31 (meta 3): a picture's credit line is never the outlet, even with its
label glued to the caption after it or naming a cover picture; a site's credit in a
dateline's brackets before a partner agency and the day names the page. Every sentence and
name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, analysed, loaded

_HEADLINE_RU = "Совет гавани одобрил ремонт причала"


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("© HNA PhotoПричал в Портовске", id="label-glued-to-caption"),
        pytest.param("Обложка © Gavan.ru", id="cover-picture"),
    ],
)
def test_a_pictures_credit_line_is_no_outlet(credit: str) -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{credit}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("PORTVILLE (Harbour Daily / Partnerwire - 3rd May, 2024) ", id="city"),
        pytest.param("PORT ELLIS, (Harbour Daily / Partnerwire - 14th Jan, 2023) ", id="comma"),
    ],
)
def test_a_sites_credit_before_its_partner_in_a_datelines_brackets_names_the_page(
    dateline: str,
) -> None:
    headline = "Harbour council backs the channel dredging plan"
    doc = loaded(f"{headline}\n\n{dateline}{PAGE_BODY}")
    assert doc.meta.outlet == "Harbour Daily"
    assert doc.paragraphs[0].startswith("The harbour council approved")


def test_the_day_in_a_sites_dateline_credit_dates_a_page_with_no_other_stamp() -> None:
    page = (
        "Harbour council backs the channel dredging plan\n\n"
        f"PORTVILLE (Harbour Daily / Partnerwire - 3rd May, 2024) {PAGE_BODY}"
    )
    assert str(analysed(page).published) == "2024-05-03"


def test_a_scrapers_stamp_over_a_sites_dateline_credit_keeps_its_day() -> None:
    page = (
        " date 2024-05-04 Harbour council backs the channel dredging plan\n\n"
        f"PORTVILLE (Harbour Daily / Partnerwire - 3rd May, 2024) {PAGE_BODY}"
    )
    assert str(analysed(page).published) == "2024-05-04"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        pytest.param(
            "Совет гавани одобрил ремонт причала, передает GAVAN.KZ cо ссылкой на мэрию. "
            "Работы начнутся весной.",
            "GAVAN.KZ",
            id="relaying-address-mid-paragraph",
        ),
        pytest.param(
            "Южный причал Портовска закрыт для судов с понедельника. Как стало известно "
            "gavan-24.ru, ремонт займет не меньше двух месяцев, а паромы уйдут к северному молу.",
            "gavan-24.ru",
            id="learned-by-address",
        ),
    ],
)
def test_a_site_by_its_address_crediting_itself_in_the_lead_names_the_page(
    lead: str, outlet: str
) -> None:
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == outlet


def test_a_site_that_can_report_names_itself() -> None:
    lead = (
        "The harbour council will vote next week on the plan to dredge the northern channel "
        "and move the ferry berths, Portvillenews.com can report."
    )
    doc = loaded(f"Harbour council to vote on the dredging plan\n\n{lead}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Portvillenews.com"


def test_another_papers_exclusive_in_the_dative_names_no_outlet() -> None:
    lead = "Как стало известно «Гаванскому вестнику», ремонт причала займет два месяца."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet is None
