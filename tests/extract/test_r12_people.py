"""People (round 12): the Indian press writes initials without dots ("S Jaishankar", "A K
Mishra", "TR Zeliang", "K P Sharma Oli"). Such a name is taken where the text marks a person
(an office before it, a speech verb or an office after it); two glued capitals that are an
office ("CM", "MP") or a country ("US") are no initials.

Every sentence and every person here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import people_under_headline as _people
from tests.extract.extracted import speaker_of, under_headline


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
            "“We are ready,” Dorje Lamsal, a press officer for the publicly owned Harbour "
            "Electricity Authority, said.",
            ["Dorje Lamsal"],
            id="authority",
        ),
        pytest.param(
            "Harbour Technology Journal wrote that the dredging plan was cheaper.",
            [],
            id="journal",
        ),
        pytest.param(
            "Olli Rantanen, head of the Ruritanian National Bureau of Inquiry, said so.",
            ["Olli Rantanen"],
            id="bureau",
        ),
        pytest.param(
            "The Minister of Ports, Water Resources, and Shipping of Ruritania arrived on Monday.",
            [],
            id="portfolio",
        ),
    ],
)
def test_words_of_a_body_make_no_person(text: str, names: list[str]) -> None:
    """A body named by what it is ("Authority", "Bureau", "Journal") or a portfolio
    ("Water Resources") is no person; the people beside it are."""
    assert _people(text) == names


def test_an_arabic_surname_with_its_article_is_the_named_person() -> None:
    """ "Аль Харти" after "Фарид бен Салим Аль Харти" is that person, and his quote is his;
    a monarch's title ("Султан Омана") marks the name after it, as "Sultan" does."""
    article = under_headline(
        "Султан Омана Наджиб бен Салим Аль Харти на встрече с министром отметил рост торговли."
        "\n\n«Наши страны давно дружат, и мы хотим, чтобы эта дружба крепла год от года», — "
        "подчеркнул Аль Харти в ходе встречи."
    )
    assert [p.name for p in article.people] == ["Наджиб бен Салим Аль Харти"]
    assert speaker_of(article, "Наши страны давно дружат") == "Наджиб бен Салим Аль Харти"
