"""Round 14b: a body no list knows speaks under its own name when it issues a statement. The
sentences are invented (invented people, firms and bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind


def test_a_name_alone_that_issues_a_statement_is_a_body() -> None:
    """'“…,” Brindle Oil said in an emailed statement': no one takes "Brindle Oil" for a
    person, and what it issued is a statement, so the firm speaks."""
    article = under_headline(
        "Brindle Oil has put off the Korvan field expansion for a second time.\n\n"
        "“We expect to reach a final decision on the expansion by next spring,” Brindle Oil "
        "said in an emailed statement."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We expect")]
    assert (quote.speaker, quote.speaker_kind) == ("Brindle Oil", SpeakerKind.ORGANISATION)


def test_a_body_named_after_the_verb_issues_its_statement() -> None:
    """'“…,” said Fern of Tallow in a statement': the name after the verb, then the document."""
    article = under_headline(
        "Two clothing houses will share a spring collection this year.\n\n"
        "“We joined the weavers of the north to make coats that last for many winters,” said "
        "Fern of Tallow in a statement."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We joined")]
    assert (quote.speaker, quote.speaker_kind) == ("Fern of Tallow", SpeakerKind.ORGANISATION)


def test_a_person_who_issues_a_statement_stays_a_person() -> None:
    """A word of a person's name the article gives ('Minister Anna Kessel … Kessel said in a
    statement') is that person, not a body."""
    article = under_headline(
        "Water Minister Anna Kessel opened the new pumping station near Dorvel on Monday.\n\n"
        "“The station will serve three valleys from the first week of May,” Kessel said in a "
        "statement."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The station")]
    assert (quote.speaker, quote.speaker_kind) == ("Anna Kessel", SpeakerKind.PERSON)


def test_a_given_name_that_issues_a_statement_is_no_body() -> None:
    """'“…,” said Maria in a statement': a given name is someone's, though the text does not
    say whose; the quote keeps no speaker rather than a body named Maria."""
    article = under_headline(
        "The village school reopened after the floods of the spring.\n\n"
        "“The children were back in their own rooms within a week,” said Maria in a statement."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The children")]
    assert quote.speaker is None


def test_a_name_alone_without_a_statement_is_still_no_one() -> None:
    """Without the statement, a capitalised word alone that no list knows ('“…,” Varno said')
    may be a person's surname: no body is made of it."""
    article = under_headline(
        "The ferry line across the lake will run again from June.\n\n"
        "“The boats were repaired over the winter and are ready,” Varno said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The boats")]
    assert quote.speaker is None


def test_hailed_as_quotes_the_words_of_its_subject() -> None:
    """'Minister X hailed the pact as “…”': hailing something as words in quotation marks is
    saying them, like 'described … as'."""
    article = under_headline(
        "Farm Minister Otto Brevik signed the seed pact with the two northern provinces.\n\n"
        "Brevik hailed the pact as “a fair bargain that keeps our valleys green for a decade”."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("a fair bargain")]
    assert (quote.speaker, quote.speaker_kind) == ("Otto Brevik", SpeakerKind.PERSON)


def test_the_alliance_is_the_one_body_named_before() -> None:
    """'NATO … “…,” the alliance said': a kind that heads no body's name names again the one
    body the article named before it."""
    article = under_headline(
        "NATO will hold a winter drill on the northern coast in January.\n\n"
        "“Ten ships and four thousand soldiers are expected at the drill,” the alliance said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Ten ships")]
    assert (quote.speaker, quote.speaker_kind) == ("NATO", SpeakerKind.ORGANISATION)


def test_the_alliance_after_two_bodies_is_neither() -> None:
    """With two bodies named before ('NATO and the European Union'), which one 'the alliance'
    is, the text leaves to the reader's knowledge: no speaker."""
    article = under_headline(
        "NATO and the European Union will hold a winter drill on the northern coast.\n\n"
        "“Ten ships and four thousand soldiers are expected at the drill,” the alliance said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Ten ships")]
    assert quote.speaker is None


def test_the_group_is_no_body_of_another_kind() -> None:
    """A body whose name shows its own kind ('the Tarvian Defence Ministry') is not what 'the
    group' names again."""
    article = under_headline(
        "“A clash broke out near the river crossing on Sunday,” the Tarvian Defence Ministry "
        "said.\n\n"
        "“Our fighters held the crossing through the night,” the group said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Our fighters")]
    assert quote.speaker is None


def test_a_spokesperson_of_a_named_body_is_the_body() -> None:
    """'“…,” a Tarvian Foreign Ministry spokesperson said': an unnamed voice of a body named
    before the voice noun is the body speaking, as 'a spokesperson for X' is."""
    article = under_headline(
        "The envoy flew back to Velmar for a fresh round of border talks.\n\n"
        "“The envoy is back in Velmar to go on with the talks,” a Tarvian Foreign Ministry "
        "spokesperson said on Friday."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The envoy")]
    assert quote.speaker == "Tarvian Foreign Ministry"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_spokesperson_of_a_kind_or_a_country_is_no_body() -> None:
    """'a ministry official', 'a Tarvian official': the kind or the country does not say
    which body spoke; no speaker."""
    article = under_headline(
        "The envoy flew back to Velmar for a fresh round of border talks.\n\n"
        "“The envoy is back in Velmar to go on with the talks,” a ministry official said.\n\n"
        "“Both sides want the crossing open before the harvest,” a Tarvian official said."
    )
    speakers = {q.text[:8]: q.speaker for q in article.quotes}
    assert speakers == {"The envo": None, "Both sid": None}
