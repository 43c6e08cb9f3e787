"""Outlets (round 31): a news agency's abbreviation before its quoted name is a word of the
name ("© 2024, РИА «Гавань»" is "РИА «Гавань»"), while a company's legal form before its brand
is not ("© ООО «Гавань»" is "Гавань"). Every name here is invented.
"""

from __future__ import annotations

import pytest

from briefings.load.page import clean_text

_PAGE = (
    "Совет гавани одобрил новый план\n\n"
    "Совет гавани во вторник одобрил зимнее расписание паромов после долгого спора о "
    "стоимости новых рейсов.\n\n"
    "Капитаны пяти портов сказали, что план покончит с многолетними задержками.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2024, РИА «Гавань»", "РИА «Гавань»"),
        ("© 2024, ИА «Гавань»", "ИА «Гавань»"),
        ("© 2024 ООО «Гавань»", "Гавань"),
    ],
)
def test_an_agencys_abbreviation_stays_in_its_name(footer: str, outlet: str) -> None:
    assert clean_text(f"{_PAGE}{footer}\n").outlet == outlet
