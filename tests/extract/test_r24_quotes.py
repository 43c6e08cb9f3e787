"""Round 24: who is no speaker of a quote. A body right after "told" (or a stray "told to")
heard the words: it speaks neither the quote its sentence attributes nor the next one; a
quote ending in a comma whose own attribution the page cut off ('“…,” Foreign Office') is
not the previous speaker's going on; a body owned by another body is named with its owner
as written; "the report" is whoever reported. The sentences are invented (invented bodies,
places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article

_FARM = (
    "In 1994 Tomas Wendel Arvid was digging a well near his farm in Lorvik when a shell went"
    " off. Arvid was taken to the clinic in Haldor.\n\n"
)


def _speakers(article: Article, start: str) -> list[str | None]:
    return [q.speaker for q in article.quotes if q.text.lstrip('“"').startswith(start)]


def test_an_outlet_told_to_is_no_speaker_of_the_next_quote() -> None:
    """'“A,” the 58-year-old told to Reuters at his farm. “B.”': Reuters heard A and B."""
    article = under_headline(
        f"{_FARM}“I did not want to lose my arm,” the 58-year-old told to Reuters at his farm."
        " “Because I live far from any town, nobody treated me until I reached the clinic.”"
    )
    assert _speakers(article, "Because I live") in ([], [None])


def test_a_body_told_is_no_speaker_of_the_next_quote() -> None:
    """'“A,” the farmer told the Harbour Council. “B.”': the council heard them."""
    article = under_headline(
        f"{_FARM}“The roads are still mined,” the farmer told the Harbour Council."
        " “Nobody has come to clear them.”"
    )
    assert _speakers(article, "Nobody has come") in ([], [None])


def test_a_quote_whose_own_attribution_was_cut_is_no_one_elses() -> None:
    """'“…,” Foreign Office' ending the page after a paragraph reporting a minister: the
    quote has an attribution of its own, unread; the minister does not go on."""
    article = under_headline(
        "Norvalian Trade Minister Edvin Harlow said on Monday that the two sides would meet"
        " in Morvale next week.\n\n"
        '"Both sides must stop delaying the talks or setting terms that call their good faith'
        ' into question," Foreign Office'
    )
    assert "Edvin Harlow" not in _speakers(article, "Both sides must")


def test_a_directorate_is_named_with_the_body_that_owns_it() -> None:
    """'a report by the Westland region’s Directorate-General for Rivers and Canals' then
    '“…,” the report says': the directorate is the region's."""
    article = under_headline(
        "Morvale lies on the shortest route from the hills to the sea, according to a report"
        " by the Westland region’s Directorate-General for Rivers and Canals.\n\n"
        "“The new lock is a political project before it is a technical one,” the report says."
    )
    assert _speakers(article, "The new lock") == [
        "Westland region’s Directorate-General for Rivers and Canals"
    ]


def test_a_ministry_owned_by_a_region_keeps_its_own_name() -> None:
    """Round 3's rule stands: 'the Westland region's Ministry of X' is 'Ministry of X'."""
    article = under_headline(
        "Pumping resumed on Friday, the Westland region's Ministry of Water said on Saturday."
        ' "The pipes will be checked every week from now on," the ministry said.'
    )
    assert _speakers(article, "The pipes") == ["Ministry of Water"]


def test_the_report_is_what_the_agency_reported() -> None:
    """'The news agency Norpress reported the signing. (¶) “…,” the report says': the
    report is the agency's, as "the statement" is whoever issued one."""
    article = under_headline(
        "The leaders of Tarvia and Lorvia signed a water treaty in Morvale on Tuesday.\n\n"
        "The British news agency Reuters reported the signing.\n\n"
        "“The two presidents signed a treaty on sharing the river between Tarvia and Lorvia,”"
        " the report says."
    )
    assert _speakers(article, "The two presidents") == ["Reuters"]


def test_claimed_and_charged_report_speech() -> None:
    """'“…,” Tao claimed', 'fisherman X charged, “…”': verbs of speech like "said"."""
    article = under_headline(
        "The Norvalian coast guard accused two fishing boats of entering its waters. Coast"
        " guard spokesperson Tao Minrui alleged that the boats “came far too close” to a patrol"
        " ship.\n\n"
        "“One of the boats ignored every warning we gave,” Tao claimed, adding that its crew"
        " “put lives at risk.”\n\n"
        "But fisherman Edvin Harlow charged, “The patrol ships are not here to protect any of us.”"
    )
    assert _speakers(article, "One of the boats") == ["Tao Minrui"]
    assert _speakers(article, "The patrol ships") == ["Edvin Harlow"]


def test_a_firm_read_as_a_name_beside_the_speaker_leaves_the_speaker() -> None:
    """'Tao Minrui, Deputy General Manager of Brightwell Fizz Group, stated at the ceremony
    “that …”': "Brightwell Fizz" (read as a person) runs on into the group's name; the one
    name left is who spoke."""
    article = under_headline(
        "At a ceremony in Morvale, the drinks brand Brightwell Fizz announced a partnership"
        " with the national rugby team.\n\n"
        "Tao Minrui, Deputy General Manager of Brightwell Fizz Group, stated at the signing"
        " ceremony “that our cans will be on every terrace of the new stadium by the autumn,"
        " as well as reaching young fans.”"
    )
    assert _speakers(article, "that our cans") == ["Tao Minrui"]


def test_a_bodys_delegates_are_not_the_body() -> None:
    """'the cabinet's border negotiators told reporters they “…”': the negotiators spoke,
    whom the text does not name; the cabinet is only whose they are."""
    article = under_headline(
        "Norvalia's government agreed on Monday to meet the river rebels again.\n\n"
        "On Tuesday the government's border negotiators told reporters they “take up the"
        " offer of a meeting next week in Morvale.”"
    )
    assert "Norvalia's government" not in _speakers(article, "take up the offer")


def test_words_relayed_by_a_spokesman_are_the_subjects_own() -> None:
    """'The rebel chief urged the council to stay “…”, Varo added': the chief (named
    before by his role) said the words; his spokesman relays them."""
    article = under_headline(
        "Envoy Odran Vell met rebel chief Tarik al-Mazen in Sarvo on Thursday, the rebels'"
        " spokesman Edvin Varo said on Twitter.\n\n"
        "Lorvik will host the next round in a month, according to the rebels. The rebel chief"
        ' urged the council to stay "fair and even-handed in all its work on the talks",'
        " Varo added."
    )
    assert _speakers(article, "fair and even-handed") == ["Tarik al-Mazen"]


def test_a_sentence_ending_with_a_quote_ends_before_the_next_speaker() -> None:
    """'X said the talks were “… progress.” Y, the foreign minister, described … and said
    Tarvia would “…”': the stop inside the closing mark ends X's sentence; Y's clause is
    Y's own."""
    article = under_headline(
        "The host minister Odran Vell said the talks were “useful to clear up what both sides"
        " think and find room for progress.” Tarvia’s foreign minister, Edvin Harlow, praised"
        " the round as “a fine first step” and said Tarvia would “hold talks with our"
        " partners on the next steps, and share the results with the host.”"
    )
    assert _speakers(article, "hold talks") == ["Edvin Harlow"]
