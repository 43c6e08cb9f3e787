"""Round 10: quotes credited to the right speaker on unseen text. Constructions of real pages
that credited someone who did not speak, or left a body's words with no speaker, reproduced
with invented sentences (invented people, bodies and outlets)."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.models import SpeakerKind


def _quote(article_text: str, opening: str) -> tuple[str | None, SpeakerKind | None]:
    article = under_headline(article_text)
    found = [q for q in article.quotes if q.text.startswith(opening)]
    assert len(found) <= 1, [q.text for q in article.quotes]
    return (found[0].speaker, found[0].speaker_kind) if found else (None, None)


def test_the_one_addressed_does_not_speak() -> None:
    """'X, addressing Y, said it was time …' then a quote paragraph: Y is the object of
    "addressing"; whoever goes on speaking, it is not Y."""
    speaker, _ = _quote(
        "Rebels in the eastern hills signed a truce with the government on Friday.\n\n"
        "The mediator, addressing rebel commander Tobin Arlasse, said the hour had come for "
        "the movement to come home.\n\n"
        "“Twenty years in the forest is a long time for anyone. Come home now and help us "
        "rebuild the villages.”",
        "Twenty years",
    )
    assert speaker != "Tobin Arlasse"


def test_the_object_of_a_thanking_verb_takes_no_pronoun() -> None:
    """'… thanking X for …. “…,” he said': a name right after "thanking" is no subject, so
    with the subject unnamed, "he" is nobody sure."""
    article = under_headline(
        "A spokesman for the Zarenian army spoke on Monday, thanking Colonel Ivo Brask for "
        "his work on the border.\n\n"
        "“The patrols will go on through the winter months,” he said."
    )
    assert speaker_of(article, "The patrols will") != "Ivo Brask"


def test_a_bodys_secretariat_speaks_not_its_owner() -> None:
    """'“…,” said a release issued by the Norvik Security Council's Secretariat for Harbour
    Talks': the secretariat put it out; the council only owns it."""
    speaker, kind = _quote(
        "Talks on the harbour dispute opened in Norvik on Monday.\n\n"
        "“This meeting confirmed our wish to find a peaceful way out of the dispute over the "
        "harbour,” said a release issued by the Norvik Security Council's Secretariat for "
        "Harbour Talks.",
        "This meeting confirmed",
    )
    assert speaker != "Norvik Security Council"
    assert speaker is None or (
        kind == SpeakerKind.ORGANISATION and speaker.startswith("Secretariat")
    )


def test_the_statement_is_the_subjects_not_the_body_after_said() -> None:
    """'Meanwhile, the HLF said the talks with the Zarenian government were …. “…,” the
    statement said': the HLF issued it; the government is only what the HLF spoke of."""
    speaker, kind = _quote(
        "Peace talks between Zarenia and a rebel front began in Norvik.\n\n"
        "Meanwhile, the HLF said the talks with the Zarenian government were the result of a "
        "long effort by both sides.\n\n"
        "“Both sides will keep to the agreed rules of the dialogue in every round,” the "
        "statement said.",
        "Both sides will",
    )
    assert (speaker, kind) == ("HLF", SpeakerKind.ORGANISATION)


def test_it_added_is_the_body_of_the_quote_before() -> None:
    """'“A,” read a statement released by X Press Agency. (¶) “B,” it added': B is the
    agency's words going on, as A was."""
    text = (
        "Two Gulf states signed a defence pact on Wednesday.\n\n"
        "“This pact aims to deepen defence ties between the two countries,” read a statement "
        "released by Norvik Press Agency.\n\n"
        "“An attack on either country shall be taken as an attack on both,” it added."
    )
    assert _quote(text, "This pact aims") == ("Norvik Press Agency", SpeakerKind.ORGANISATION)
    assert _quote(text, "An attack on") == ("Norvik Press Agency", SpeakerKind.ORGANISATION)


def test_it_said_after_a_quotation_over_paragraphs_is_the_body_that_made_the_statement() -> None:
    """'In a statement, the X said …. (¶) “A. (¶) “B,” it said': the body whose statement the
    article reported just before."""
    speaker, kind = _quote(
        "In a statement, the Harbour Dialogue Secretariat said the second round of talks was "
        "held in Norvik on Tuesday.\n\n"
        "“The mood of the meeting was calm and both sides spoke about the next steps.\n\n"
        "“The hard questions will need time and support from everyone involved,” it said.",
        "The hard questions",
    )
    assert kind == SpeakerKind.ORGANISATION and speaker is not None
    assert "Secretariat" in speaker


def test_he_does_not_reach_past_a_body_to_someone_who_never_spoke() -> None:
    """'… a demand President X has always refused. (¶) … prompted a rights group, the Y, to
    urge …. (¶) “…,” he said': X never spoke; the pronoun stands for the group's unnamed
    voice, not X."""
    speaker, _ = _quote(
        "The accord leaves out the amnesty the rebels want, a demand that President "
        "Oskar Velt has always refused.\n\n"
        "The lack of a published text prompted a rights group, the Civic Rights Association "
        "(CRA), to urge the government to release it.\n\n"
        "“Until the text is out, the CRA calls on citizens to keep asking for it,” he said.",
        "Until the text",
    )
    assert speaker != "Oskar Velt"


def test_he_still_reaches_past_a_body_to_someone_who_spoke() -> None:
    """The rule above keeps a speaker already heard: 'X said …. (¶) The council met …. (¶)
    “…,” he said' stays X's."""
    speaker, _ = _quote(
        "President Oskar Velt said on Wednesday that the accord would hold.\n\n"
        "The National Security Council met that evening over the accord.\n\n"
        "“We will publish every page of the text next week,” he said.",
        "We will publish",
    )
    assert speaker == "Oskar Velt"


def test_the_owner_after_of_is_not_the_speaker() -> None:
    """'“…,” said the successor of the Front's late leader, X, …, Y': X is named inside the
    'of' phrase that describes Y; X did not speak."""
    speaker, _ = _quote(
        "The two leaders signed the accord in the national park on Tuesday.\n\n"
        "“We will never again take up arms to settle our quarrels,” said the successor of "
        "the Front's historic leader, Mateus Quirino, who died last year.",
        "We will never again",
    )
    assert speaker != "Mateus Quirino"


def test_his_words_relayed_by_an_agency_are_his() -> None:
    """'«…», — цитирует его агентство': "его" points back to the man named before; the
    agency only relays his words."""
    speaker, _ = _quote(
        "Секретарь совета Зарении Игорь Ветлин объявил о начале стройки нового блока.\n\n"
        "«Надеюсь, что работы на площадке начнутся в срок и пройдут успешно», — цитирует "
        "его агентство Норвик-Пресс.",
        "Надеюсь, что работы",
    )
    assert speaker == "Игорь Ветлин"


def test_a_role_with_a_quoted_body_name_still_shows_who_spoke() -> None:
    """'…, заявил директор "Норвикатома" X. (¶) "…", — сказал он': the body's name in marks
    inside the role does not hide that X spoke, so "он" is X, not the other man named."""
    speaker, _ = _quote(
        "Гендиректор МАГАТЭ Рафаэль Гросси в конце месяца посетит стройку новой станции в "
        'Зарении, заявил директор "Норвикатома" Игорь Ветлин.\n\n'
        '"Мы обсудили с коллегами и работу на других площадках, в первую очередь '
        'предстоящую церемонию на станции", - сказал он журналистам.',
        "Мы обсудили",
    )
    assert speaker == "Игорь Ветлин"


def test_she_after_a_sentence_naming_one_person_shows_her_sex() -> None:
    """'Minister X has said …. She said …' shows X is a woman; a later "she" with a man
    named in between is still X."""
    speaker, _ = _quote(
        "Climate Minister Tamsin Orrel has said the floods are a warning to the world. She "
        "said the country cannot cope alone.\n\n"
        "The minister said Prime Minister Harun Dask will present the plan at the summit in "
        "November. Tamsin lamented that the country is on the front line. “This year we had "
        "the hottest town on earth,” she stated.",
        "This year we had",
    )
    assert speaker == "Tamsin Orrel"


def test_a_quote_closed_by_its_sentence_keeps_the_attribution_before_it() -> None:
    """'At the event, X said, “… .” The minister stressed that …': the next sentence is not
    the quote's attribution; the one before it is (and 'the minister' fits two people)."""
    speaker, _ = _quote(
        "Trade Minister Lars Ovik of Norvia met Commerce Minister Davit Ren on Tuesday.\n\n"
        "Speaking at a university event, Ren said, “The trade deal gives us a chance to win "
        "back the trust we lost.” The minister stressed that the two countries are decades "
        "late in building ties.",
        "The trade deal",
    )
    assert speaker == "Davit Ren"


def test_an_unnamed_spokesman_of_a_body_is_the_body() -> None:
    """'…, a spokesman from KMAC told Tidewire. (¶) “…,” the spokesman said … “…,” the KMAC
    official said': an unnamed voice of a body is the body speaking."""
    text = (
        "Mine clearance near the port is going slowly, a spokesman from KMAC told "
        "Tidewire.\n\n"
        "“Our plan is to open a new training centre outside the city,” the spokesman said.\n\n"
        "“Most of the shells we find are from the last war,” the KMAC official said."
    )
    assert _quote(text, "Our plan is") == ("KMAC", SpeakerKind.ORGANISATION)
    assert _quote(text, "Most of the shells") == ("KMAC", SpeakerKind.ORGANISATION)


def test_a_countrys_official_is_no_body() -> None:
    """'“…,” a US official said': the country did not speak; the voice stays unnamed."""
    speaker, _ = _quote(
        "Talks on the border resumed on Monday.\n\n"
        "“We expect a draft text within days,” a US official said.",
        "We expect a draft",
    )
    assert speaker is None


def test_it_said_after_a_sentence_whose_subject_is_a_body() -> None:
    """'Rebel group HLF on Sunday turned down the deal. “…,” it said': "it" is the one body
    that is the subject of the sentence before."""
    speaker, kind = _quote(
        "Two rebel groups signed the accord in Norvik on Saturday.\n\n"
        "Rebel group HLF on Sunday turned down the accord. “We refuse it because none of our "
        "demands were heard,” it said in a post online.",
        "We refuse it",
    )
    assert (speaker, kind) == ("HLF", SpeakerKind.ORGANISATION)


def test_a_sentence_opened_by_he_goes_on_with_the_one_named_just_before() -> None:
    """'X helped the talks along. Y, …, signed for the cabinet. He was quoted by … as
    saying that the deal was ‘…’': "He" opens the sentence after the one naming Y alone."""
    speaker, _ = _quote(
        "The government and the rebels signed a deal to end the war in the south.\n\n"
        "Zarenian President Tomas Erwel helped the talks along. Norvian Prime Minister Ilan "
        "Vossik, himself from the south, signed for the cabinet. He was quoted by the state "
        "radio as saying that the deal was ‘a giant step towards peace in the south’.",
        "a giant step",
    )
    assert speaker == "Ilan Vossik"
