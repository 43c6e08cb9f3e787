"""People (round 31): a wider list of common first names (English, Arabic, South Asian,
Latin, Nordic, and foreign ones as the Russian press spells them), so a name with no role,
speech verb or honorific beside it is still found ("… include Wayne X, the cup …").
Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed

_HEADLINE = "Harbour talks resume after a long pause"
_HEADLINE_RU = "Совет гавани одобрил план"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "The brewer's sponsorships take in Wayne Corrigal, a rowing club and two regattas.",
            "Wayne Corrigal",
            id="wayne-in-a-list",
        ),
        pytest.param(
            "On the morning programme of Pat Melvany the minister spoke about ferries.",
            "Pat Melvany",
            id="pat",
        ),
        pytest.param(
            "The dead sailor was named as Lalit Verhoran of the coastal unit.",
            "Lalit Verhoran",
            id="lalit",
        ),
        pytest.param(
            "Crews praised the plan, with Angelo Pirrotta – the oldest pilot – calling it fair.",
            "Angelo Pirrotta",
            id="angelo",
        ),
    ],
)
def test_a_common_first_name_without_a_role_marks_a_person(lead: str, name: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE}\n\n{lead}").people]
    assert name in names


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "На пирсе будет и Мохаммед Зарвани, который ждёт парома с утра.",
            "Мохаммед Зарвани",
            id="mohammed",
        ),
        pytest.param(
            "От порта в беседе участвовал Аджит Ренвал – советник по логистике.",
            "Аджит Ренвал",
            id="ajit",
        ),
    ],
)
def test_a_foreign_first_name_as_the_russian_press_spells_it(lead: str, name: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE_RU}\n\n{lead}").people]
    assert name in names


@pytest.mark.parametrize(
    "lead",
    [
        "The river Lena froze early, and barges waited at the Ravi crossing.",
        "Hunter Valley growers met at the Claude Monet hall.",
    ],
)
def test_a_first_name_that_is_also_a_place_or_word_is_left_out(lead: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE}\n\n{lead}").people]
    assert not any(n.startswith(("Lena", "Ravi", "Hunter")) for n in names)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "The pier opened in the presence of Transport Minister Peter Kessing.The ferry "
            "company paid for it.",
            "Peter Kessing",
            id="english",
        ),
        pytest.param(
            "На открытии был министр транспорта Пётр Кессинг.Паром оплатила компания.",
            "Пётр Кессинг",
            id="russian",
        ),
    ],
)
def test_a_name_before_a_stop_without_a_space_ends_there(lead: str, name: str) -> None:
    """A page that lost the space after a full stop glues the next sentence's first word
    to the name; the name is still read whole."""
    headline = _HEADLINE_RU if "порт" in lead else _HEADLINE
    names = [p.name for p in analysed(f"{headline}\n\n{lead}").people]
    assert name in names


def test_a_stop_inside_a_token_still_joins_it() -> None:
    names = [
        p.name for p in analysed(f"{_HEADLINE}\n\n{'Ferry chief D.Tumen said on Monday.'}").people
    ]
    assert not any("Ferry" in n for n in names)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        pytest.param(
            "“The port needs cranes before winter,” said D.Tumurbaatar, head of a shipping "
            "firm that builds docks.",
            "D.Tumurbaatar",
            id="dotted",
        ),
        pytest.param(
            "“The water came up to the roof,” said 64-year-old fisherman K Velupillai, "
            "pointing at the broken jetty.",
            "K Velupillai",
            id="bare-after-an-age",
        ),
    ],
)
def test_an_initialled_name_after_a_speech_verb_is_a_person(lead: str, name: str) -> None:
    names = [p.name for p in analysed(f"{_HEADLINE}\n\n{lead}").people]
    assert name in names


def test_an_initialled_place_after_a_speech_verb_is_no_person() -> None:
    lead = "The harbour report said N.Korvania was ready to talk about the ferries."
    assert analysed(f"{_HEADLINE}\n\n{lead}").people == []


@pytest.mark.parametrize(
    "lead",
    [
        "Patients were moved from Yusuf Hospital to a field clinic in the south.",
        "Traffic on the Omar Causeway stopped for an hour after the storm.",
        "Shares rose after Gordon Brothers bought the harbour chain.",
    ],
)
def test_a_building_or_firm_named_after_a_person_is_no_person(lead: str) -> None:
    assert analysed(f"{_HEADLINE}\n\n{lead}").people == []
