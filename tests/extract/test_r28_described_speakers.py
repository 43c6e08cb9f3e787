"""Round 28 (described speakers): a quote credited to a description ('the diplomat said',
"Tarvgas's chief executive stated") right after one person was heard speaking. The sentences
are invented (invented people, bodies and places)."""

from __future__ import annotations

from extracted import quote_speaker


def test_the_diplomat_is_the_person_just_heard() -> None:
    """'X said on Thursday, Y reported. (¶) … “…,” the diplomat said': X."""
    text = (
        "The new pact between Tarvia and Kessin is defensive, Tarvian Deputy Foreign "
        "Minister Ivo Marsh said on Thursday, Reuters reported.\n\n"
        "The pact provides for help “if a foreign army ever crosses into the lands of "
        "either signatory,” the diplomat said during his address to parliament."
    )
    assert quote_speaker(text, "if a foreign army") == "Ivo Marsh"


def test_the_firms_chief_executive_is_its_chief_heard_before() -> None:
    """'Tarvgas CEO X said … (¶) “…,” Tarvgas’s chief executive stated': X."""
    text = (
        "Gas sales to Kessin will start in 2027, Tarvgas CEO Lena Varga said on Friday.\n\n"
        "The route will carry ten billion cubic meters a year.\n\n"
        "“With the new route at full capacity, we will be the largest supplier to Kessin,” "
        "Tarvgas’s chief executive stated."
    )
    assert quote_speaker(text, "With the new route") == "Lena Varga"


def test_the_official_is_the_subject_not_the_person_reported_on() -> None:
    """'X told reporters that Y …. “…,” the official added': X, who spoke; not Y."""
    text = (
        "The delegation head Marek Olin told reporters that Jan Koval does not intend to "
        "return to power. “Jan Koval told us that he has resigned and that nobody forced "
        "him to do so,” the official added."
    )
    assert quote_speaker(text, "Jan Koval told us") == "Marek Olin"


def test_a_leader_of_another_country_is_nobody_heard() -> None:
    """'the Kessinian leader said' after a Tarvian minister spoke: not the minister."""
    text = (
        "Tarvian Foreign Minister Ivo Marsh said the talks had gone well.\n\n"
        "“We failed to agree on the border, but we will meet again,” the Kessinian leader "
        "said."
    )
    assert quote_speaker(text, "We failed to agree") is None


def test_an_official_brought_in_unnamed_is_nobody_named() -> None:
    """'a senior official said …. “…,” the official said': someone never named."""
    text = (
        "Tarvian Foreign Minister Ivo Marsh said the talks had gone well. A senior official "
        "said the border was still closed.\n\n"
        "“We will open it when the shelling stops,” the official said."
    )
    assert quote_speaker(text, "We will open it") is None


def test_someone_named_since_may_be_the_one_described() -> None:
    """'X said …. Y arrived later. “…,” the envoy said': Y may be that envoy."""
    text = (
        "Tarvian Foreign Minister Ivo Marsh said the talks had gone well. Later in the day "
        "Lena Varga arrived in Kessin for a second round.\n\n"
        "“We will open the border when the shelling stops,” the envoy said."
    )
    assert quote_speaker(text, "We will open the border") is None
