"""Outlets, round 31 (meta 3): a picture's credit line is never the outlet, even with its
label glued to the caption after it or naming a cover picture; a site's credit in a
dateline's brackets before a partner agency and the day names the page. Every sentence and
name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY_RU, loaded

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
