"""Round 11: no quote credited to someone who did not say it. Constructions of real pages
(seen on several outlets) that credited the wrong person, reproduced with invented sentences
(invented people, bodies and places)."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.models import Article, SpeakerKind


def _speakers(article: Article, opening: str) -> set[str | None]:
    """Who the quotes opening with `opening` are credited to (none found is no one)."""
    return {q.speaker for q in article.quotes if q.text.startswith(opening)}


def test_a_pronoun_does_not_reach_past_a_speaker_the_name_finder_missed() -> None:
    """'Despite the delay, Vardell said he was confident …. “…,” he said': the one who speaks
    right before is the pronoun's person, even when no list knows him; a minister named
    further back never is."""
    article = under_headline(
        "The treaty was initialled by senior ministers of both islands, including Deputy Prime "
        "Minister Osric Tamberlane, last month.\n\n"
        "Despite the delay, Vardell said he was sure of the treaty still being signed.\n\n"
        "“There is a shared view on every principle of the treaty, it only has to go through "
        "the usual steps now,” he said."
    )
    assert speaker_of(article, "There is a shared view") != "Osric Tamberlane"


def test_a_pronoun_goes_to_the_known_person_a_lone_name_speaks_for() -> None:
    """'“…,” Pellion Jr. said …. (¶) “…,” he added': the lone surname is the President
    named before, not the minister named first in that earlier paragraph. (A guard: the
    abstention past a speaker the name finder missed must not cost a speaker it resolves.)"""
    article = under_headline(
        "Defence Secretary Armand Kestrel and Trade Minister Yuna Ferrald signed the papers "
        "while President Dorian Pellion Jr. looked on at the palace.\n\n"
        "“Our two countries can at last put their names to the access agreement,” "
        "Pellion Jr. said before the ceremony.\n\n"
        "“And your presence here adds to our confidence in these very important agreements,” "
        "he added."
    )
    assert speaker_of(article, "And your presence here") == "Dorian Pellion Jr"


def test_a_quote_ending_its_own_sentence_is_not_the_next_sentences_subjects() -> None:
    """'… the blast was “much weaker than …”. However, the premier X declared
    that …': the quote belongs to the sentence that holds it, not to the next one's speaker."""
    article = under_headline(
        "Investigators are looking into the damage to the undersea cable.\n\n"
        "According to a seismic institute quoted by local radio, the tremor recorded that night "
        "should have been “much weaker than the blasts that hit the pipelines two years "
        "earlier”. However, Prime Minister Lennart Sovik declared on Tuesday that there were "
        "“no signs” of a blast."
    )
    assert "Lennart Sovik" not in _speakers(article, "much weaker than the blasts")


def test_a_quote_closing_a_sentence_after_who_sought_it() -> None:
    """'… a campaign by the X, who sought to “…”. Working with Y, the campaign …': the next
    sentence's words about a body do not make that body the speaker."""
    article = under_headline(
        "The court will hear the case in the spring.\n\n"
        "The case began with a campaign by the Coastal Youth Climate Network, who sought to "
        "“bring the biggest problem of our time before the highest court of all.” Working "
        "with a group of United Nations member states, the campaign ended in a vote by the "
        "United Nations General Assembly, which said the court should rule."
    )
    credited = _speakers(article, "bring the biggest problem")
    assert not credited & {"United Nations", "United Nations General Assembly"}


def test_the_kind_of_body_before_its_name_is_no_name() -> None:
    """'Ferry operator Brandvik also confirmed …. “…,” the operator said': the body is
    Brandvik; 'Ferry operator' only says what kind of body it is."""
    article = under_headline(
        "The storm cut the power line to the island on Sunday night.\n\n"
        "Ferry operator Brandvik also confirmed on Monday that two crossings had been called "
        "off because of the storm.\n\n"
        "“The cancelled trips do not touch the cargo route, which runs on its own schedule,” "
        "the operator said on its website."
    )
    assert speaker_of(article, "The cancelled trips") == "Brandvik"


def test_a_command_speaks_as_a_body() -> None:
    """'The Harbour Fleet Command noted that the drills show the allies' “…”': a command
    (like a group, a bureau, a defence force, a front) is a body that speaks as one."""
    article = under_headline(
        "Three navies began their joint drills off the cape on Monday.\n\n"
        "The Harbour Fleet Command noted that the drills show the allies' “steady resolve to "
        "keep the sea lanes open for every ship.”"
    )
    assert speaker_of(article, "steady resolve") == "Harbour Fleet Command"


def test_a_defence_force_speaks_after_its_quote() -> None:
    """'“…,” the Coastal Republic Defence Force said.': the force's words, credited to it."""
    article = under_headline(
        "The island will host a naval exercise with two partners in March.\n\n"
        "“To strengthen the ties between our three countries, a joint maritime exercise will "
        "take place off the east coast,” the Coastal Republic Defence Force said."
    )
    assert speaker_of(article, "To strengthen the ties") == "Coastal Republic Defence Force"


def test_one_body_written_in_two_cases_is_one_body() -> None:
    """'The Zarenian Foreign Ministry announced …. the Zarenian foreign ministry said … “…,” the
    foreign ministry said': a headline's capitals do not make a second body."""
    article = under_headline(
        "The Zarenian Foreign Ministry announced the start of a joint exercise at the port.\n\n"
        "On Monday, the Zarenian foreign ministry said the drills would last ten days.\n\n"
        "“Today the port hosted the ceremony that opens the exercise of the three fleets,” the "
        "foreign ministry said in a statement."
    )
    assert (speaker_of(article, "Today the port hosted") or "").casefold() == (
        "zarenian foreign ministry"
    )


def test_describes_as_is_speech() -> None:
    """'X describes the plan as “…”': the present tense of "described" attributes too."""
    article = under_headline(
        "Energy minister Tomas Verhaal attended the signing in the capital.\n\n"
        "Verhaal describes the plan as “a first step towards a clean fuel industry of our "
        "own”."
    )
    assert speaker_of(article, "a first step towards") == "Tomas Verhaal"


def test_a_russian_ministrys_short_name_issues_a_release() -> None:
    """'«…», — говорится в релизе Минтранс России': the ministry's short name is a body,
    and the release it put out is its words."""
    article = under_headline(
        "«Новая линия парома свяжет два порта уже весной, и грузы пойдут по ней круглый "
        "год», — говорится в релизе Минтранс России."
    )
    speaker, kind = next((q.speaker, q.speaker_kind) for q in article.quotes)
    assert speaker == "Минтранс России"
    assert kind == SpeakerKind.ORGANISATION


def test_it_said_in_a_statement_adding_keeps_the_issuer() -> None:
    """'The Harbour Inspection Office said that … “…,” it said in a statement, adding that
    …': the participle goes on with the same speaker; no clause about the statement."""
    article = under_headline(
        "The Harbour Inspection Office said that divers had reached the broken cable on "
        "Tuesday, and that the aim is to learn “which outside force broke the line and whether "
        "anyone meant to break it,” it said in a statement, adding that the work has only "
        "begun."
    )
    speaker, kind = next((q.speaker, q.speaker_kind) for q in article.quotes)
    assert speaker == "Harbour Inspection Office"
    assert kind == SpeakerKind.ORGANISATION
