"""Round-2 speaker constructions from published news, in invented sentences."""

from __future__ import annotations

from extracted import analysed

from briefings.models import Article


def _by_speaker(article: Article) -> dict[str, str | None]:
    return {q.text.split()[0]: q.speaker for q in article.quotes}


def test_particle_led_surname_is_the_fully_named_person() -> None:
    """'Van der Berghe' opening a sentence (particle capitalised) is Marit van der Berghe, not
    a second person who would take her quotes."""
    article = analysed(
        "Commissioner Marit van der Berghe opened the new grid link in Ostrava on Monday.\n\n"
        'Van Der Berghe also noted that the "new cable is a route with many chances for the '
        'whole region." "Every country on the line gains a second supplier," she added.\n\n'
        '"Prices will fall once the second line is built," van der Berghe told reporters.'
    )
    assert [p.name for p in article.people] == ["Marit van der Berghe"]
    assert set(_by_speaker(article).values()) == {"Marit van der Berghe"}
    assert len(article.quotes) == 3


def test_first_name_ending_like_a_nationality_is_a_name() -> None:
    """'Christian' ends like 'Estonian', but 'director Christian Holt said' names a person."""
    article = analysed(
        '"We are glad to welcome a new partner to the club this summer," Ridgeford FC '
        "managing director Christian Holt said."
    )
    assert [p.name for p in article.people] == ["Christian Holt"]
    assert [q.speaker for q in article.quotes] == ["Christian Holt"]


def test_two_offices_joined_by_and_mark_a_name() -> None:
    """'X Y, Chairman and CEO of Z, said': the joined offices are the evidence X Y is a person."""
    article = analysed(
        '"I feel proud to join the family of this club," Tanakorn Wisetsri, Chairman and CEO '
        "of Lumora Drinks PLC, said."
    )
    assert [p.name for p in article.people] == ["Tanakorn Wisetsri"]
    assert [q.speaker for q in article.quotes] == ["Tanakorn Wisetsri"]


def test_scare_quote_does_not_cut_the_speakers_clause() -> None:
    """'X described the plan as "bold," stating "…"': the short scare quote's marks do not end
    the clause that names the speaker."""
    article = analysed(
        'Transport secretary Helen Ashdown described the figures as "remarkable," stating '
        '"We have built more rail lines this year than in the ten years before it."'
    )
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [("We", "Helen Ashdown")]


def test_quote_opened_mid_paragraph_runs_into_the_next() -> None:
    """'X told the Courier, "A. (break) B."': both parts are X's; the second paragraph has no
    opening mark of its own."""
    article = analysed(
        'Rail chief Helen Ashdown told the Courier, "With these lines, we are finally '
        "connecting the northern towns.\n\n"
        'It is a good day for everyone who takes the train to work every morning."'
    )
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [
        ("With", "Helen Ashdown"),
        ("It", "Helen Ashdown"),
    ]


def test_quote_cut_by_the_page_stays_unattributed() -> None:
    """A quote left open at the page's end (no closing mark after it) is not credited."""
    article = analysed(
        'Rail chief Helen Ashdown told the Courier, "With these lines, we are finally '
        "connecting the northern towns.\n\n"
        "Trains will run every hour from May, the operator said in its timetable notice."
    )
    assert "Helen Ashdown" not in {q.speaker for q in article.quotes}


def test_reported_speech_introduces_a_paragraph_that_is_one_quote() -> None:
    """'X stated on Tuesday that …' followed by a paragraph that is one quote: X's words."""
    article = analysed(
        "Special envoy Tomas Riedl stated on Tuesday that the talks had made little progress.\n\n"
        "“We agreed on the border crossings before the winter, but there is no progress on "
        "the larger questions of the settlement.”"
    )
    assert [q.speaker for q in article.quotes] == ["Tomas Riedl"]


def test_indirect_speech_without_that_introduces_nothing() -> None:
    """A sentence that merely mentions speaking ('X said nothing') names no speaker for the
    quote paragraph after it."""
    article = analysed(
        "Special envoy Tomas Riedl said nothing about the border after the meeting.\n\n"
        "“We agreed on the border crossings before the winter, but there is no progress on "
        "the larger questions of the settlement.”"
    )
    assert "Tomas Riedl" not in {q.speaker for q in article.quotes}


def test_quoted_as_saying_credits_the_one_quoted_not_the_outlet() -> None:
    """'“…,” the Daily Ledger quoted Verhoeven as saying': Verhoeven's words; the outlet's own
    quoted prose in the next paragraph is not carried on to him."""
    article = analysed(
        "Defence minister Pieter Verhoeven visited the trade fair in Lyon last week.\n\n"
        "“I explained our position on the border and thanked our hosts for their support,” "
        "the Daily Ledger quoted Verhoeven as saying.\n\n"
        "“With its neighbours arming fast, the country has been keen to find new suppliers "
        "of radar and artillery.”"
    )
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [("I", "Pieter Verhoeven")]


def test_embedded_quote_after_a_title_alone_goes_to_its_one_holder() -> None:
    """'Speaking in Accra, the president stated that nations cannot act “…”': the one
    president the article names."""
    article = analysed(
        "President Kwame Osei opened the regional water summit in Accra on Monday.\n\n"
        "Speaking to delegates on Tuesday, the president stated that nations cannot manage "
        "rivers “each on its own side of the border and against the others” any longer."
    )
    assert [q.speaker for q in article.quotes] == ["Kwame Osei"]


def test_embedded_quote_after_a_title_held_by_two_stays_empty() -> None:
    """Two presidents named: 'the president stated … “…”' could be either."""
    article = analysed(
        "President Kwame Osei met President Amadou Diallo in Accra on Monday.\n\n"
        "Speaking to delegates on Tuesday, the president stated that nations cannot manage "
        "rivers “each on its own side of the border and against the others” any longer."
    )
    assert not {"Kwame Osei", "Amadou Diallo"} & {q.speaker for q in article.quotes}


def test_premier_is_the_head_of_government() -> None:
    """'Глава правительства X' is an office; '— сказал премьер' later is the same office."""
    article = analysed(
        "Глава правительства Молдавии Иван Петреску заявил, что договор будет подписан до "
        "конца года.\n\n"
        '"Мы надеемся, что работы по границе будут завершены до подписания договора", '
        "- сказал премьер."
    )
    assert article.people[0].role == "Глава правительства Молдавии"
    assert [q.speaker for q in article.quotes] == ["Иван Петреску"]


def test_continued_quote_after_a_pronoun_attribution_naming_someone_inside() -> None:
    """'“… with President Y …,” he said.' then a paragraph that is one quote: still X's; the
    'he said' of the previous quote is not someone else speaking in between."""
    article = analysed(
        "Race promoter Lorenzo Valli admitted that he has run the event since the first year."
        "\n\n“Years ago, I talked it over with President Omar Haddad, who wanted the city to "
        "be seen,” he said.\n\n"
        "“Back then, hardly anybody came to watch, but now every seat is sold months ahead.”"
    )
    assert [q.speaker for q in article.quotes] == ["Lorenzo Valli", "Lorenzo Valli"]


def test_someone_else_after_the_attribution_still_ends_the_continuation() -> None:
    """'“…,” he said, while the minister said …' : another speaker in between ends it."""
    article = analysed(
        "Race promoter Lorenzo Valli admitted that he has run the event since the first year."
        "\n\n“Years ago, I talked it over with the city council, which wanted the city to be "
        "seen,” he said. Sports minister Omar Haddad said the race would stay.\n\n"
        "“Back then, hardly anybody came to watch, but now every seat is sold months ahead.”"
    )
    assert [q.speaker for q in article.quotes][1:] in ([], [None])
