"""Round 24: cuts that dropped the news itself, not a tail (invented sentences throughout)."""

from __future__ import annotations

from briefings.digest.spans import ELLIPSIS, LONG_SPAN_CHARS, informative_span

FACT = "The harbour authority of Corvale reopened two of its four grain berths after repairs"


def test_according_to_which_opens_no_attribution_tail() -> None:
    """ ", according to which …" states the terms of what precedes it: no one who reported it
    is named, and the terms are the news."""
    sentence = (
        "Both delegations start from the charter signed in Corvale in 1961, according to "
        "which the harbour passes to the town once a treaty is in force."
    )
    assert informative_span(sentence) == sentence
    reported = f"{FACT}, according to a statement by the port's owners."
    assert informative_span(reported) == f"{FACT}{ELLIPSIS}"


def test_an_embedded_relative_clause_is_not_cut_with_the_verb_after_it() -> None:
    """ ", which …, is …": the clause is closed and the sentence's own verb follows, so a cut
    at ", which" (or at the comma after the clause) would drop the news."""
    sentence = (
        "After a wet spring that stalled most survey work in the northern valleys this year, "
        "the regional mine action fund, which paid for the earlier surveys, is now ready to "
        "extend its support to the villages."
    )
    assert informative_span(sentence) == sentence
    trailing = (
        f"{FACT} in the presence of both prime ministers and their delegations, which was "
        "widely seen as an important and welcome step for the whole region and beyond it."
    )
    assert informative_span(trailing).endswith(f"delegations{ELLIPSIS}")


def test_a_long_sentence_keeps_the_office_holder_who_said_it() -> None:
    """A sentence too long for one line still keeps a tail naming who said it by office: the
    long-sentence cut must not take what the tail rule keeps."""
    sentence = (
        "Поставки турбин для приливной электростанции на северном побережье Велморы идут по "
        "графику, несмотря на зимние штормы и перебои с транспортом в портах региона, "
        "сообщил в беседе с местной газетой посол Велморы Иван Петренко."
    )
    assert len(sentence) > LONG_SPAN_CHARS
    assert informative_span(sentence) == sentence


def test_a_tail_dating_the_report_to_a_calendar_day_stays() -> None:
    """A tail giving the day of the report ("…, the office announced on May 9") dates the
    fact; one naming only a weekday or an outlet still goes."""
    dated = f"{FACT}, the transport office announced on May 9."
    assert informative_span(dated) == dated
    assert informative_span(f"{FACT}, the energy ministry said on Monday.") == f"{FACT}{ELLIPSIS}"
    assert informative_span(f"{FACT}, Caspian Wire reports.") == f"{FACT}{ELLIPSIS}"


def test_a_word_built_on_an_office_names_no_office_holder() -> None:
    """ "эмиратское агентство" is an outlet, not an emir; "агентство" no agent: the tail goes."""
    fact = "Саперы очистили от мин четыре гектара пастбищ на севере Велморы за неделю"
    for tail in (", сообщает эмиратское агентство Корвале.", ", сообщает агентство Корвале."):
        assert informative_span(f"{fact}{tail}") == f"{fact}{ELLIPSIS}"
    said = f"{fact}, заявил эмир Корвале."
    assert informative_span(said) == said
