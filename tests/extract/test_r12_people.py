"""People (round 12): the Indian press writes initials without dots ("S Jaishankar", "A K
Mishra", "TR Zeliang", "K P Sharma Oli"). Such a name is taken where the text marks a person
(an office before it, a speech verb or an office after it); two glued capitals that are an
office ("CM", "MP") or a country ("US") are no initials.

Every sentence and every person here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Water Minister V Narayanam opened the new canal on Friday.",
            ["V Narayanam"],
            id="one-initial-after-an-office",
        ),
        pytest.param(
            "The state's chief negotiator B D Kharvelu met the rebel leaders in the hills.",
            ["B D Kharvelu"],
            id="two-initials-apart",
        ),
        pytest.param(
            "Former Ruritania CM PL Zovenga, who chairs the ruling front, arrived late.",
            ["PL Zovenga"],
            id="two-initials-glued-after-an-office-abbreviation",
        ),
        pytest.param(
            "The meeting was chaired by party chairman R K Dalwani Thapa on Monday.",
            ["R K Dalwani Thapa"],
            id="initials-before-two-name-words",
        ),
        pytest.param(
            "The talks were handed to interlocutor M S Varadan.",
            ["M S Varadan"],
            id="initials-before-the-full-stop",
        ),
        pytest.param(
            "G Teruvan said the canal would be ready before the monsoon.",
            ["G Teruvan"],
            id="initial-before-a-speech-verb",
        ),
    ],
)
def test_initials_without_dots(text: str, names: list[str]) -> None:
    """The name is found with its initials."""
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("TC Harbourworks said it would build the quay.", id="company-acronym"),
        pytest.param("The US Navy said it would send two ships.", id="country-acronym"),
        pytest.param("CM Zovenga said the road would open in May.", id="office-abbreviation"),
        pytest.param("A Ruritanian court said the deal was void.", id="article-a"),
    ],
)
def test_capitals_that_are_no_initials(text: str) -> None:
    """An acronym, an office's abbreviation or the article "A" before a capitalised word
    makes no initialled name."""
    assert not any(name.split()[0] in {"TC", "US", "CM", "A"} for name in _people(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "“We are ready,” Dorje Lamsal, a spokesperson for the state-owned Harbour "
            "Electricity Authority, said.",
            ["Dorje Lamsal"],
            id="authority",
        ),
        pytest.param(
            "Harbour Technology Journal said this approach would lower costs.",
            [],
            id="journal",
        ),
        pytest.param(
            "Olli Rantanen, head of the Ruritanian National Bureau of Inquiry, said so.",
            ["Olli Rantanen"],
            id="bureau",
        ),
        pytest.param(
            "He met Minister for Energy, Water Resources, and Irrigation of Ruritania.",
            [],
            id="portfolio",
        ),
    ],
)
def test_words_of_a_body_make_no_person(text: str, names: list[str]) -> None:
    """A body named by what it is ("Authority", "Bureau", "Journal") or a portfolio
    ("Water Resources") is no person; the people beside it are."""
    assert _people(text) == names
