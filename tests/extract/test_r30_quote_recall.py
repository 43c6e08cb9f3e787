"""Round 30 (quote recall): quotes relayed by 'X was quoted as saying' where the passive does
not follow the quote at once. The sentences are invented (invented people and places)."""

from __future__ import annotations

from extracted import quote_speaker, under_headline


def test_a_sentence_going_on_after_the_quote_to_a_passive_relay() -> None:
    """'They answered “…” by sending troops, X was quoted as saying': X's words, as with
    '…, X said'."""
    text = (
        "Minister Hal Ostrom spoke in Velmar on Monday.\n\n"
        'The allies have answered "even the largest request from Tarvia" by sending their '
        "troops to the valley, Ostrom was quoted as saying on Velmar radio."
    )
    assert quote_speaker(text, "even the largest request") == "Hal Ostrom"


def test_an_apposition_whose_closing_comma_was_dropped() -> None:
    text = (
        "Tarvia cleared more than 900 mines near the pass, the state agency said.\n\n"
        '"Nobody really knows how many mines lie along the ridge," Major Hal Ostrom, one '
        "of the heads of the clearing team was quoted as saying. Spring rains slow the work."
    )
    assert quote_speaker(text, "Nobody really knows") == "Hal Ostrom"


def test_a_speech_verb_before_the_relay_keeps_its_own_subject() -> None:
    """'“…,” she said, adding that X was quoted as saying …': X is not who said the quote."""
    text = (
        "Minister Hal Ostrom spoke on Monday. Envoy Pia Lund spoke on Tuesday.\n\n"
        '"We will stay in the valley for as long as the farmers need us," she said, adding '
        "that Ostrom was quoted as saying the troops would leave."
    )
    assert all(q.speaker != "Hal Ostrom" for q in under_headline(text).quotes)
