"""Round 27: where a quote's speaker is a guess, it stays without one. A body's name that
only qualifies a person's role ("said Ruritanian army ruler X Y") is not the speaker; a
report ("according to Z") of a clause whose subject nobody named is not Z's words.
Invented sentences."""

from __future__ import annotations

from extracted import speaker_of, under_headline

_QUOTE = "Our farmers have waited long enough for these roads to be built"


def test_a_body_qualifying_a_persons_role_is_not_the_speaker() -> None:
    article = under_headline(
        "The coalition met in Porvale on Monday to discuss the new budget.\n\n"
        f"“{_QUOTE},” said Ruritanian army ruler Bako Tindar at the first meeting."
    )
    assert speaker_of(article, _QUOTE) is None


def test_according_to_an_outlet_after_a_reported_clause_names_nobody() -> None:
    article = under_headline(
        "The minister indicated that the talks held in the capital should serve as "
        f'"{_QUOTE}," according to Reuters.'
    )
    assert speaker_of(article, _QUOTE) is None


def test_according_to_a_body_after_its_own_words_is_the_body() -> None:
    article = under_headline(
        f'The road plan is "{_QUOTE}," according to the Ruritanian Ministry of Transport.'
    )
    assert speaker_of(article, _QUOTE) == "Ruritanian Ministry of Transport"


def test_he_after_an_unresolved_name_that_expressed_something_is_that_person() -> None:
    """The name finder leaves a given name alone ("Somkiat") unread; "he" is not the
    person named in the paragraph before."""
    article = under_headline(
        "Loria's acting Prime Minister Somkiat Wongsuwan and Tarvian Prime Minister Hal "
        "Dunmore met at the residence of the regional chair in Porvale.\n\n"
        "In a post earlier in the day, Hal Dunmore stated that the goal of the meeting was "
        "“to reach a lasting ceasefire on the border.”\n\n"
        "However, Somkiat expressed doubt about Tarvia's intentions before leaving for the "
        f"talks. “{_QUOTE},” he told reporters in Lorvik."
    )
    assert speaker_of(article, _QUOTE) == "Somkiat Wongsuwan"


def test_a_source_cited_in_between_ends_the_speakers_turn() -> None:
    """‘According to customs officers, …’ between two quotes: the second may be theirs."""
    article = under_headline(
        "“We searched four warehouses in the harbour district and seized forty crates of "
        "smuggled cigarettes,” said Porvale police chief Tomas Arnell.\n\n"
        "According to customs officers, most of the crates had been shipped from abroad in "
        "the spring.\n\n"
        "“The crates were hidden behind sacks of flour. Several of the drivers have been "
        "arrested before.”\n\n"
        "Arnell added the drivers were paid in cash for each trip across the border."
    )
    assert speaker_of(article, "The crates") is None  # kept, no speaker


def test_according_to_the_speaker_in_between_keeps_the_turn() -> None:
    article = under_headline(
        "“We searched four warehouses in the harbour district and seized forty crates of "
        "smuggled cigarettes,” said Porvale police chief Tomas Arnell.\n\n"
        "According to Arnell, most of the crates had been shipped from abroad in the "
        "spring.\n\n"
        "“The crates were hidden behind sacks of flour. Several of the drivers have been "
        "arrested before.”\n\n"
        "Arnell added the drivers were paid in cash for each trip across the border."
    )
    assert speaker_of(article, "The crates") == "Tomas Arnell"


def test_a_names_initial_does_not_cut_the_speakers_clause() -> None:
    """‘L. Varga, chief executive, Porvale Rovers, said’: the clause is not only the club's
    name after the initial's dot (which the name finder may take for a person)."""
    article = under_headline(
        "Porvale Rovers, the city-owned football club, on Tuesday announced that it has "
        "signed nine sponsors for the coming season.\n\n"
        f"L. Varga, chief executive, Porvale Rovers, said, “{_QUOTE}.”"
    )
    assert speaker_of(article, _QUOTE) != "Porvale Rovers"


def test_an_abbreviations_dot_before_a_comma_does_not_cut_the_speakers_clause() -> None:
    article = under_headline(
        "Ferry firms in Ruritania say the ports owe them money.\n\n"
        "In a letter signed by Maj. Arlo Venn (rtd.), head of the Guild of Northern Ferry "
        "Operators, the Guild wrote:\n\n"
        f"“{_QUOTE}.”"
    )
    assert speaker_of(article, _QUOTE) != "Ferry Operators"


def test_it_said_before_an_embedded_quote_is_no_person_named_earlier() -> None:
    article = under_headline(
        "The Ruritanian Foreign Office (RFO) gave no details of the navy's patrols near the "
        "Second Albert Shoal, though it said the plan came out of “frank and useful "
        "discussions” with its neighbour."
    )
    assert speaker_of(article, "frank and useful") is None


def test_a_speech_reported_according_to_the_statement_does_not_make_its_issuer() -> None:
    quote = "The general accepted that a joint panel of both sides should meet"
    article = under_headline(
        "Ruritania has agreed to hold talks with Loria, according to a statement by "
        "Ruritania's government on Tuesday.\n\n"
        "General Bako Tindar told two visiting Lorian envoys he would welcome an open "
        "exchange and took up their offer, according to the statement.\n\n"
        f'"{quote} within a month," the statement said.'
    )
    assert speaker_of(article, quote) != "Bako Tindar"
