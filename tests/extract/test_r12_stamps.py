"""Wire datelines (round 12) with the city in ordinary case: "Portville, Nov. 3 (Agency) –
Text" (maybe relaying another agency: "(dpa/Agency)") and the Russian agencies' "Портовск,
10 сен — АБВ. Текст". The agency is read and the dateline cut. Every name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        pytest.param("Portville, May 20 (Harbourwire) – ", "Harbourwire", id="month-day"),
        pytest.param("Portville, Nov. 3, (Harbourwire) – ", "Harbourwire", id="comma-after-day"),
        pytest.param("Portville, Nov 3 (dpa/Harbourwire) — ", "Harbourwire", id="relayed"),
    ],
)
def test_an_ordinary_case_city_and_a_bracketed_agency(dateline: str, agency: str) -> None:
    doc = loaded(f"{dateline}{PAGE_BODY}")
    assert doc.meta.outlet == agency
    assert doc.paragraphs[0].startswith("The harbour council")


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        pytest.param("Портовск, 10 сентября — АБВ. ", "АБВ", id="full-month"),
        pytest.param("Портовск, 10 сен — ПОРТ Новости. ", "ПОРТ Новости", id="short-month"),
    ],
)
def test_a_russian_dateline_with_an_ordinary_case_city(dateline: str, agency: str) -> None:
    doc = loaded(f"{dateline}{PAGE_BODY_RU}")
    assert doc.meta.outlet == agency
    assert doc.paragraphs[0].startswith("Совет гавани")


def test_a_sentence_after_the_dash_is_no_agency() -> None:
    """After the dash, a sentence ("Портовск, 10 сен — Председатель …") is no agency."""
    doc = loaded(f"Портовск, 10 сен — Председатель совета гавани выступил. {PAGE_BODY_RU}")
    assert doc.meta.outlet is None


def test_an_agency_signing_its_dateline_with_its_service() -> None:
    """ "City. Day month. AGENCY-SERVICE —": the agency with its service after a hyphen is
    the outlet, and the text starts after the dash."""
    doc = loaded(f"Портовск. 17 октября. ГАВАНЬ-АВН — {PAGE_BODY_RU}")
    assert doc.meta.outlet == "ГАВАНЬ-АВН"
    assert doc.paragraphs[0].startswith("Совет гавани")
