"""Name forms (round 10): a person is named in the fullest form the article gives.

An office's last capitalised word is not the first word of the name after it, nor is a title
the run swallowed ("Crown Prince"); a hyphenated surname a scrape broke after its hyphen is
one surname; a surname or a first name alone in the body is the person the headline names in
full. Every person and sentence here is invented (the offices are real, the names are not).
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import analysed, speaker_of
from tests.extract.extracted import people_under_headline as _people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Minister of Foreign Trade and Economic Relations Peter Valdorny said the talks "
            "on the pipeline would resume in May.",
            "Peter Valdorny",
            id="office-ending-before-the-name",
        ),
        pytest.param(
            "The agreement was signed by Crown Prince Ahmed bin Faroukh at the palace.",
            "Ahmed bin Faroukh",
            id="title-swallowed-by-a-particle-name",
        ),
        pytest.param(
            "Qatari Crown Prince Ahmed bin Faroukh received the delegation at the palace.",
            "Ahmed bin Faroukh",
            id="nationality-and-title-before-the-name",
        ),
        pytest.param(
            "Special Representative Marielle Onkara- Bessari said the vote would go ahead.",
            "Marielle Onkara-Bessari",
            id="hyphenated-surname-broken-after-its-hyphen",
        ),
    ],
)
def test_the_name_is_the_fullest_form(text: str, name: str) -> None:
    """The office or title before a name stays out of it, and a broken surname is whole."""
    assert _people(text) == [name]


def test_hamad_bin_khalid_keeps_its_father_name() -> None:
    """A known first name after 'bin' is the father's, inside the name: nothing is cut."""
    text = "Sheikh Hamdan bin Omar Al Qassimi opened the new desalination plant on Sunday."
    assert _people(text) == ["Hamdan bin Omar Al Qassimi"]


def test_a_known_first_name_after_a_name_word_stays_in_the_name() -> None:
    """Only a word that ends an office is dropped: 'Tavi Daniel Morrow' (no office before
    it) keeps its first word."""
    text = "On Friday the harbour master Tavi Daniel Morrow said the channel would reopen."
    assert _people(text) == ["Tavi Daniel Morrow"]


def test_a_first_name_alone_is_the_person_the_headline_names() -> None:
    """'Gen Somchai said' after a headline naming Somchai Wattanarak in full is his quote."""
    page = (
        "Border talks resume under panel chief Gen Somchai Wattanarak\n\n"
        "The panel met the delegation of the armed group in the provincial capital on "
        "Saturday.\n\n"
        '"Both sides hope the frontier districts grow calm again," Gen Somchai '
        "said after the meeting.\n"
    )
    article = analysed(page)
    assert [p.name for p in article.people] == ["Somchai Wattanarak"]
    assert speaker_of(article, "Both sides hope") == "Somchai Wattanarak"


def test_a_surname_alone_is_the_person_the_headline_names() -> None:
    """'Foreign Minister Valdorny added' under the headline 'Peter Valdorny: …' is Peter
    Valdorny."""
    page = (
        "Peter Valdorny: the trade talks will go on in the spring\n\n"
        "The minister met his counterparts in the capital on Thursday to discuss the new "
        "pipeline.\n\n"
        '"Our team will keep working with every partner," Foreign '
        "Minister Valdorny added.\n"
    )
    article = analysed(page)
    assert [p.name for p in article.people] == ["Peter Valdorny"]
    assert speaker_of(article, "Our team will") == "Peter Valdorny"


def test_a_headline_name_does_not_join_two_body_people() -> None:
    """With two people of the surname in the body, the headline settles nothing."""
    page = (
        "Lena Varga named new envoy\n\n"
        "Lena Varga and Tomas Varga attended the ceremony in the capital on Monday.\n\n"
        '"The work starts now," Varga said.\n'
    )
    article = analysed(page)
    assert speaker_of(article, "The work starts now") is None


def test_a_known_person_with_a_middle_initial_keeps_the_gazetteer_name() -> None:
    """'Donald J. Trump' is the gazetteer's Donald Trump, not a person called 'J. Trump'."""
    text = "The permit granted under former President Donald J. Trump was revoked on Monday."
    assert _people(text) == ["Donald Trump"]


def test_one_name_spelt_with_and_without_its_accent_is_one_person() -> None:
    """A page that drops the accent once ('Sévrine Okabé', 'Sevrine Okabe') names one person."""
    text = (
        "Interior Minister Sévrine Okabé opened the meeting in the capital on Monday.\n\n"
        "The roadmap was later signed by Interior Minister Sevrine Okabe and the rebel leaders."
    )
    assert _people(text) == ["Sévrine Okabé"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Затем Арвид Колмаков заявил, что учения пройдут в срок.\n\n"
            "Также Колмаков сообщил о новых планах штаба.",
            ["Арвид Колмаков"],
            id="russian-adverbs-opening-sentences",
        ),
        pytest.param(
            "Although Corvin Adlaye said the drills would go on, the navy stayed in port.",
            ["Corvin Adlaye"],
            id="english-conjunction-opening-a-sentence",
        ),
        pytest.param(
            "President To Lam received the delegation in the capital on Monday.",
            ["To Lam"],
            id="a-two-letter-name-word-stays",
        ),
    ],
)
def test_a_function_word_opening_a_sentence_is_no_part_of_a_name(
    text: str, names: list[str]
) -> None:
    """'Также', 'Затем', 'Although' are capitalised only because a sentence opens on them."""
    assert _people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The clearance teams were sent on the orders of King Tamor to help the villagers.",
            ["King Tamor"],
            id="king-and-one-name",
        ),
        pytest.param(
            "Crowds gathered in the square to greet Pope Ambrose on his first trip abroad.",
            ["Pope Ambrose"],
            id="pope-and-one-name",
        ),
        pytest.param(
            "The King Khalid Humanitarian Aid and Relief Centre cleared the village fields.",
            [],
            id="a-body-named-after-a-ruler-is-no-person",
        ),
    ],
)
def test_a_ruler_known_by_title_and_one_name(text: str, names: list[str]) -> None:
    """'King X', 'Pope Y' with no surname anywhere keep the title; a body named after one
    ('X Humanitarian Aid and Relief Centre') is no person."""
    assert _people(text) == names


def test_the_first_words_of_a_longer_name_are_that_person() -> None:
    """'Tanvir Hossain said' after 'Minister Tanvir Hossain Rahmatullah': one person, under
    the full name (the press often drops the last part of a three-part name)."""
    text = (
        "Water Resources Minister Tanvir Hossain Rahmatullah opened the embankment on Monday.\n\n"
        "Tanvir Hossain said the work would protect four villages."
    )
    assert _people(text) == ["Tanvir Hossain Rahmatullah"]


def test_a_caption_credit_glued_to_a_name_absorbs_no_one() -> None:
    """'… spokesperson Lin Tavor Photo: site' is a caption: 'Lin Tavor' in the prose is not
    the caption's 'Lin Tavor Photo'."""
    text = (
        "Harbour Ministry spokesperson Lin Tavor Photo: harbour.example\n\n"
        "Harbour Ministry spokesperson Lin Tavor said the ferry would run again in May."
    )
    assert "Lin Tavor" in _people(text)
