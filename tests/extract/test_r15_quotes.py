"""Round 15: an honorific is never part of the name a quote is credited to ("Lyonpo",
"Dasho", "Tan Sri", "Datuk Seri", "Haji", "Shri", "Smt.", "господин"), whichever language
and however many words it takes. The sentences are invented (invented people and places)."""

from __future__ import annotations

import pytest
from extracted import speaker_of, under_headline


@pytest.mark.parametrize(
    ("honorific", "name", "surname"),
    [
        pytest.param("Lyonpo", "Karma Wangchen", "Wangchen", id="lyonpo"),
        pytest.param("Lyonchhen", "Sonam Dargye", "Dargye", id="lyonchhen"),
        pytest.param("Dasho", "Pema Lhendup", "Lhendup", id="dasho"),
        pytest.param("Tan Sri", "Razlan Harun", "Razlan", id="tan-sri"),
        pytest.param("Datuk Seri", "Azmir Kassim", "Azmir", id="datuk-seri"),
        pytest.param("Pehin", "Yusri Osman", "Yusri", id="pehin"),
        pytest.param("Haji", "Rosli Yaakob", "Rosli", id="haji"),
        pytest.param("Alhaji", "Musa Dangari", "Dangari", id="alhaji"),
        pytest.param("Shri", "Ravindra Kelkar", "Kelkar", id="shri"),
        pytest.param("Smt.", "Lalita Deshmane", "Deshmane", id="smt"),
    ],
)
def test_an_honorific_before_a_name_is_not_credited(
    honorific: str, name: str, surname: str
) -> None:
    """'… minister <honorific> X Y said here Friday.' then '“…,” Y said': the quote is Y's
    under the name alone, never under the honorific and the name."""
    article = under_headline(
        "The hill state will cut its emissions to nothing with or without help from abroad, "
        f"its water minister {honorific} {name} said here on Friday.\n\n"
        "“The glaciers above our valleys are melting faster every year,” "
        f"{surname} said at a meeting of the river towns."
    )
    assert speaker_of(article, "The glaciers") == name


def test_a_russian_form_of_address_is_not_credited() -> None:
    """'господин X Y' before a quote: the speaker is X Y."""
    article = under_headline(
        "«Мы построим три новых моста через реку до конца года», — заявил господин "
        "Аркадий Велин на встрече с жителями."
    )
    assert speaker_of(article, "Мы построим") == "Аркадий Велин"


def test_a_name_that_holds_no_honorific_is_kept_whole() -> None:
    """The rule strips honorifics only: a plain 'Minister X Y' speaker keeps both words."""
    article = under_headline(
        "“The glaciers above our valleys are melting faster every year,” water minister "
        "Karma Wangchen said on Friday."
    )
    assert speaker_of(article, "The glaciers") == "Karma Wangchen"


def test_a_title_word_before_a_given_name_is_not_credited() -> None:
    """'… says Harbor Lane's Head Roaster Laura Whitcombe': a word shaped like an office
    ('Roaster') that is no first name, right before a known first name, is the end of the
    title, not the first word of the speaker's name."""
    article = under_headline(
        "“We roast the beans in small lots every morning before the shop opens,” says "
        "Harbor Lane's Head Roaster Laura Whitcombe."
    )
    assert speaker_of(article, "We roast") == "Laura Whitcombe"


def test_a_first_name_shaped_like_a_title_is_kept() -> None:
    """The rule leaves a name whose first word is a first name alone ('Walter' ends like
    'Roaster' but is a known first name)."""
    article = under_headline(
        "“We roast the beans in small lots every morning before the shop opens,” says "
        "Walter Mark Whitcombe, who owns the shop."
    )
    assert speaker_of(article, "We roast") == "Walter Mark Whitcombe"
