"""Round 31, second wave (quote speakers): a name a preposition governs that is the subject of
a 'who hailed' or 'having described' clause is who a later 'he' means, and the object of that
clause's verb is not. The sentences are invented (invented people, bodies and places)."""

from __future__ import annotations

from extracted import people_under_headline, quote_speaker


def test_a_name_after_by_with_a_who_clause_of_speech() -> None:
    """'… drafted by X (TP), who hailed … (¶) “…,” he said': X."""
    text = (
        "Lawmakers passed a grid reform first drafted by the minister and later steered "
        "through the chamber by Ivo Marren (TP), who hailed the result as a “turning page”.\n\n"
        "“We have opened a door that stayed shut for a decade,” he said."
    )
    assert quote_speaker(text, "We have opened") == "Ivo Marren"


def test_a_name_after_with_having_described_another() -> None:
    """'with X – … – having described Y as … (¶) “…,” he said': X, not Y."""
    text = (
        "Players have welcomed the appointment, with Daniel Fenwick – the longest-serving "
        "member of the squad – having described Otto Brannick as a “breath of fresh air”.\n\n"
        "“Otto Brannick listens to everyone in the dressing room,” he said."
    )
    assert quote_speaker(text, "Otto Brannick listens") == "Daniel Fenwick"


def test_a_name_after_a_preposition_without_such_a_clause_stays_an_object() -> None:
    """'… was passed to Ivo Marren, the chamber's clerk. (¶) “…,” he said': nobody sure."""
    text = (
        "The draft was passed to Ivo Marren, the chamber's clerk, on Monday.\n\n"
        "“We have opened a door that stayed shut for a decade,” he said."
    )
    assert quote_speaker(text, "We have opened") is None


def test_a_known_surname_written_first_with_another_given_name() -> None:
    """'Xi Mingtao …. Xi said “…”': the article's own Xi, not the gazetteer's Xi Jinping."""
    text = (
        "Deputy trade minister Xi Mingtao opened the port forum in Valdora on Friday.\n\n"
        "Xi said that “our shipping lines will reach every harbour of the coast by spring.”"
    )
    assert people_under_headline(text) == ["Xi Mingtao"]
    assert quote_speaker(text, "our shipping lines") == "Xi Mingtao"


def test_the_known_full_name_still_resolves() -> None:
    """'Xi Jinping …. Xi said “…”': the gazetteer's person."""
    text = (
        "President Xi Jinping opened the port forum in Valdora on Friday.\n\n"
        "Xi said that “our shipping lines will reach every harbour of the coast by spring.”"
    )
    assert quote_speaker(text, "our shipping lines") == "Xi Jinping"
