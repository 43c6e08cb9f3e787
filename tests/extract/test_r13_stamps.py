"""Wire datelines and lead credits (round 13). A capitals city may carry an accent
("ÉVORA, Ruritania (Agency) —"); a Gulf style dates the dateline and closes it with a colon
("PORTVILLE, July 3, (Agency): Text"); a Russian lead credit that relays another source
("Как передает Site.org со ссылкой на …") names the page's own outlet, known or not.
Every name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("ÉVORA, Ruritania (Harbourwire) — ", id="accented-capitals-city"),
        pytest.param("PORTVILLE, July 3, (Harbourwire): ", id="dated-with-a-colon"),
        pytest.param("PORTVILLE, Nov. 3 (Harbourwire) — ", id="dated-with-a-dash"),
    ],
)
def test_a_capitals_wire_dateline_names_the_agency(dateline: str) -> None:
    doc = loaded(f"{dateline}{PAGE_BODY}")
    assert doc.meta.outlet == "Harbourwire"
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_dated_colon_dateline_gives_its_day() -> None:
    doc = loaded(f"PORTVILLE, July 3, (Harbourwire): {PAGE_BODY}")
    assert doc.dateline_day == (7, 3)


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        pytest.param(
            "Как передает Gavan.info со ссылкой на местные СМИ, ", "Gavan.info", id="unknown-relays"
        ),
        pytest.param(
            "Как передаёт Report со ссылкой на агентство ПОРТ, ", "Report", id="known-relays"
        ),
        pytest.param("Как сообщает Gavan.info, ", None, id="unknown-without-relaying"),
    ],
)
def test_a_lead_credit_that_relays_a_source_is_the_page(lead: str, outlet: str | None) -> None:
    body = PAGE_BODY_RU[0].lower() + PAGE_BODY_RU[1:]
    assert loaded(f"{lead}{body}").meta.outlet == outlet


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        pytest.param(
            ' Об этом сообщает Harbourwire, пишет "Гаванский вестник".',
            "Гаванский вестник",
            id="quoted",
        ),
        pytest.param(
            " Об этом сообщает Harbourwire, пишет «Гаванский вестник».",
            "Гаванский вестник",
            id="guillemets",
        ),
        pytest.param(
            " Об этом сообщает Harbourwire, передает Гаванский Вестник.",
            "Гаванский Вестник",
            id="plain",
        ),
    ],
)
def test_the_page_that_relays_a_source_at_the_end_is_the_outlet(closing: str, outlet: str) -> None:
    assert loaded(f"{PAGE_BODY_RU}{closing}").meta.outlet == outlet
