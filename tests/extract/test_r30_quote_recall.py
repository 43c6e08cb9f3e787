"""Round 30 (quote recall): quotes relayed by 'X was quoted as saying' where the passive does
not follow the quote at once; a description after a quote (an age, 'the dictator') pointing
back to a speaker named by a pronoun or misspelt. The sentences are invented (invented
people and places)."""

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


# A description after the quote ('said the 61-year-old', 'the dictator said') points
# back to the person heard just before, also when that sentence named them by a pronoun.

_FARMER = (
    "Orvo Pell, a grower of figs, walked along his cracked rows at dawn.\n\n"
    "“Nothing grows on this land any more for lack of rain,” he said.\n\n"
    "Pell is one of many growers hit by the long droughts in the south.\n\n"
    "“When I began working here with my uncle, the river was full each spring,” said the "
    "61-year-old, who grows figs near the old mill.\n\n"
    "“But for the past eight years the river has run dry by the end of June.”"
)


def test_an_age_after_a_pronoun_attributed_quote_is_that_persons() -> None:
    assert quote_speaker(_FARMER, "When I began working") == "Orvo Pell"
    assert quote_speaker(_FARMER, "But for the past eight years") == "Orvo Pell"


def test_an_age_the_article_gave_someone_unnamed_points_back_to_nobody() -> None:
    text = _FARMER.replace("Pell is one of many", "A 61-year-old neighbour is one of many")
    assert quote_speaker(text, "When I began working") is None


def test_a_description_after_he_added_goes_back_through_a_misspelt_surname() -> None:
    """'“…,” Vardenka said. (¶) He added that …. (¶) “…,” the dictator said': the
    slip of the pen is Vardenko, whom "he" and the description mean."""
    text = (
        "Ostap Vardenko, the ruler of Tarvia, said on Monday that the shells had arrived.\n\n"
        '"Such a subject is not one a ruler likes to speak of. Some shells are now here," '
        "Vardenka said.\n\n"
        "He added that the shells had come by air and not over the mountains.\n\n"
        '"We did not bring the shells over the passes," the dictator said.'
    )
    assert quote_speaker(text, "We did not bring") == "Ostap Vardenko"
