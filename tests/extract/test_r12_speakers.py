"""Round 12: no quote credited to someone who did not say it, and fewer quotes left without
a speaker. Constructions of real pages (seen on several outlets) reproduced with invented
sentences (invented people, bodies and places)."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.models import Article


def _named(article: Article, start: str) -> str:
    """The one person the article found whose name opens with `start` (the name finder may
    keep or drop a suffix's dot: "Jr" or "Jr.")."""
    [name] = [p.name for p in article.people if p.name.startswith(start)]
    return name


def test_an_of_inside_a_bodys_name_does_not_make_its_officer_an_object() -> None:
    """'<Body> of <Place> president X said the deal was “…”. “…,” he added': the "of" is
    part of the body's name, so X is the subject who goes on speaking, not the spokesman
    named before him."""
    article = under_headline(
        "Veloria signed a deal on Monday to sell river power to its neighbour. Foreign ministry "
        "spokesman Idris Calloway Venn confirmed the deal to reporters in the capital. Harbour "
        "Pilots' Guild of Veloria president Tomas Brandvik said the deal was “overdue”. “Now "
        "the cabinet has to write the rules that let the plants grow that large,” he added."
    )
    assert speaker_of(article, "Now the cabinet has to write") == "Tomas Brandvik"


def test_an_of_after_a_common_noun_still_makes_an_object() -> None:
    """'the visit of foreign minister X': the "of" after a lowercase noun governs the name,
    so the pronoun still goes to the one speaking subject (a guard on the rule above)."""
    article = under_headline(
        "Spokesman Idris Calloway Venn confirmed the power deal, signed during the visit of "
        "foreign minister Oskar Lindqvar to the capital.\n\n"
        "“The first lines will carry power before the winter,” he said."
    )
    assert speaker_of(article, "The first lines will carry") == "Idris Calloway Venn"


def test_a_name_suffix_alone_is_nobody_and_keeps_its_dot_in_the_subject() -> None:
    """'“…,” Pellion Jr. said' after 'Secretary Kestrel Jr. and … President Pellion Jr.':
    the lone 'Jr' is no mention of the secretary, and the quote and the 'he added' after it
    are the President's."""
    article = under_headline(
        "Defence Secretary Armand Kestrel Jr. and Trade Minister Yuna Ferrald signed the papers "
        "in the presence of President Dorian Pellion Jr. at the palace.\n\n"
        "“It pleases me that the access pact can finally be put to paper,” Pellion Jr. said "
        "ahead of the ceremony.\n\n"
        "“And your presence here adds to our confidence in these agreements,” he added."
    )
    president = _named(article, "Dorian Pellion")
    assert speaker_of(article, "It pleases me that") == president
    assert speaker_of(article, "And your presence here") == president


def test_a_surname_alone_is_the_one_person_whose_fuller_name_holds_it() -> None:
    """'“…,” President Pellion said' where the article named 'President Dorian Pellion Jr.':
    the speaker is the one person the short name stands for, not a second 'Pellion'."""
    article = under_headline(
        "At a joint briefing, Prime Minister Haruto Kisame said he and President Dorian "
        "Pellion Jr. had agreed to start talks on an access agreement.\n\n"
        "Pellion, for his part, affirmed his country's commitment to peaceful talks.\n\n"
        "“We see the benefits of this arrangement for our forces and for the region,” "
        "Pellion said.\n\n"
        "“This morning our two cabinets put their names to pacts that carry ties forward,” "
        "President Pellion said after the meeting."
    )
    president = _named(article, "Dorian Pellion")
    assert speaker_of(article, "We see the benefits") == president
    assert speaker_of(article, "This morning our two cabinets") == president


def test_according_to_an_outlet_the_clauses_own_speaker_speaks() -> None:
    """'According to <outlet>, he added, “…”': the outlet reports the words; the pronoun's
    person said them."""
    article = under_headline(
        "President Halvard Ostrem said on Sunday that talks with the neighbours had reached an "
        "advanced stage. According to Radio Meridian, he added, “We shall accept a deal the "
        "moment it serves the whole region.”"
    )
    assert speaker_of(article, "We shall accept a deal") == "Halvard Ostrem"


def test_a_capitalised_office_after_the_is_no_person() -> None:
    """'said the Chief Inspector' after 'X, the head of the inspectorate, told …': the name
    finder may make 'Inspector' a person; an office after 'the' is never a person's name."""
    article = under_headline(
        "Teodor Malk, the head of the national inspectorate, spoke to the Harbour Courier on "
        "Sunday about the damaged cable.\n\n"
        "“For now nothing can be proven, and the divers are still taking samples from the sea "
        "floor,” said the Chief Inspector."
    )
    assert speaker_of(article, "For now nothing can be proven") != "Inspector"


def test_a_firm_named_by_its_kind_is_the_one_firm_named_in_quotation_marks() -> None:
    """'Об этом сообщила госкорпорация «X». «…», — сказали в компании': Russian print names a
    firm in quotation marks and then only by its kind; the kind is that one firm."""
    article = under_headline(
        "В Заречье начали строить новую плотину. Об этом сообщила российская госкорпорация "
        "«Северострой», которая ведет этот проект.\n\n"
        "«Первый бетон в основание плотины залили точно по графику», — сказали в компании."
    )
    assert speaker_of(article, "Первый бетон в основание") == "Северострой"


def test_a_firm_that_wrote_on_its_channel_is_the_one_firm_named() -> None:
    """'Эту новость компания опубликовала на своей странице. «…», — говорится в сообщении':
    the statement's issuer is the subject before the verb, a firm named by its kind."""
    article = under_headline(
        "Холдинг «Северострой» подписал меморандум с партнерами из Заречья о поставках "
        "цемента.\n\n"
        "Эту новость компания опубликовала на своей странице в соцсети.\n\n"
        "«Стороны рассчитывают на долгое взаимовыгодное сотрудничество», — говорится в "
        "сообщении."
    )
    assert speaker_of(article, "Стороны рассчитывают на долгое") == "Северострой"


def test_a_quoted_firm_in_the_genitive_is_the_firm() -> None:
    """'— говорится в сообщении «X-а»': a firm's quoted name in an oblique case is the firm
    the article names by that name ("Северострой" of «Северостроя»)."""
    article = under_headline(
        "Компания «Северострой» за девять месяцев построила в Заречье сорок километров "
        "дорог.\n\n"
        "«Это лучший результат за всю историю работы в регионе», — говорится в сообщении "
        "«Северостроя», передает агентство."
    )
    assert speaker_of(article, "Это лучший результат") == "Северострой"


def test_a_document_put_out_on_a_bodys_channel_is_the_bodys() -> None:
    """'Об этом говорится в сообщении, размещенном в телеграм-канале X. (¶) «…», —
    говорится в сообщении': the statement named before is the one quoted, and X put it out."""
    article = under_headline(
        "Делегация движения ОНФР прибыла в Заречье для переговоров о перемирии. Об этом "
        "говорится в сообщении, размещенном в телеграм-канале ОНФР.\n\n"
        "«Делегация приехала, чтобы обсудить перемирие и обмен пленными», - отмечается в "
        "заявлении."
    )
    assert speaker_of(article, "Делегация приехала, чтобы") == "ОНФР"


def test_a_statement_of_a_firm_described_in_the_lead_is_the_firms() -> None:
    """'…, говорится в сообщении российского холдинга. (¶) «…», — сказано в сообщении', the
    holding named in quotation marks further on: the one firm the article names."""
    article = under_headline(
        "Глава холдинга Ефим Ларин и министр промышленности Заречья обсудили поставки "
        "цемента, говорится в сообщении российского холдинга.\n\n"
        "Визит прошел в сентябре. «На встрече стороны рассмотрели сроки поставок», — сказано "
        "в сообщении.\n\n"
        "Весной холдинг «Северострой» подписал с Заречьем меморандум о сотрудничестве."
    )
    assert speaker_of(article, "На встрече стороны рассмотрели") == "Северострой"


def test_a_body_described_by_its_owner_in_an_earlier_sentence_is_not_the_owner() -> None:
    """'Совет ЕС объявил …. Об этом также говорится в заявлении высшего органа ЕС. (¶) «…»,
    — сказано в документе': the description names the EU only as the owner; the Union itself
    did not put out the document (a guard on the rule above)."""
    article = under_headline(
        "Совет ЕС объявил, что новые пошлины вводятся с весны. Об этом также говорится в "
        "заявлении высшего органа ЕС.\n\n"
        "«Пошлины могут быть введены при соблюдении двух условий», — сказано в документе."
    )
    assert speaker_of(article, "Пошлины могут быть введены") != "European Union"
