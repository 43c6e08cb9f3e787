"""Round 14: quotes credited to the right speaker, or to none when two could fit. The
sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind


def test_a_coordinate_clause_has_its_own_subject() -> None:
    """'Ferrand praised …, and Minister Ostrova said that …' then a quote on its own: the
    speech verb's subject is the one after ', and', not the name that opens the sentence."""
    article = under_headline(
        "Minister Lidia Ostrova met President Paul Ferrand in Velmar on Monday.\n\n"
        "Ferrand praised the school meals scheme of the hosts for its reach. Ferrand offered to "
        "share the lessons of his own river ports, and Minister Ostrova said that such ports "
        "were a model for her country. “We are glad to learn from the ports of our partners.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We are glad")]
    assert quote.speaker in (None, "Lidia Ostrova")


def test_a_coordinate_clause_names_the_speaker_of_an_embedded_quote() -> None:
    """The same with the quote inside the clause: 'X offered …, and Y said the ports “…”'."""
    article = under_headline(
        "Minister Lidia Ostrova met President Paul Ferrand in Velmar on Monday.\n\n"
        "Ferrand offered to share the lessons of his own river ports, and Minister Ostrova said "
        "the ports were “a model we would gladly copy at home in the coming years”."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("a model")]
    assert quote.speaker in (None, "Lidia Ostrova")


def test_a_bare_kind_used_before_a_named_one_is_not_that_body() -> None:
    """'the government said' before any government is named refers on its own (the article's
    government); when a state's government is named later, a second '“…,” the government
    said' could be either, so it is credited to neither."""
    article = under_headline(
        "On Tuesday the government told the press that the talks with the river groups had "
        "ended after a week of meetings in the capital.\n\n"
        "The Centre, the Ostrel government and the river "
        "groups all put their names to the pact, and the border of Ostrel will be kept.\n\n"
        "As per the pact, “the groups agree to move their three camps away from the villages "
        "along the river,” the government said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("the groups agree")]
    assert quote.speaker != "Ostrel government"


def test_the_ministry_named_first_is_still_the_ministry_later() -> None:
    """The rule above leaves the usual case alone: a body named first, then '“…,” the
    ministry said', is that body."""
    article = under_headline(
        "The Ostrel Ministry of Water said the dams along the river would be raised.\n\n"
        "“The work on the three dams will start in the spring of next year,” the ministry said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("The work")]
    assert quote.speaker == "Ostrel Ministry of Water"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_given_name_the_finder_left_out_stays_in_the_speakers_name() -> None:
    """'“…,” Wálter Pablo Orvieto Ruiz, member of the chamber, told reporters': a given name
    (accents aside) right before the found name is its first word; crediting the shorter
    name would name someone else."""
    article = under_headline(
        "Fuel queues grew in Velmar this week.\n\n"
        "“If the cabinet cannot end these queues, it should resign,” Wálter Pablo Orvieto "
        "Ruiz, member of the Velmar chamber, told reporters."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("If the cabinet")]
    assert quote.speaker == "Wálter Pablo Orvieto Ruiz"


def test_a_rank_before_a_name_is_no_lost_word() -> None:
    """'Senator Pablo Orvieto Ruiz told reporters': a rank or an office before the name is not
    part of it; the speaker stays the person."""
    article = under_headline(
        "Fuel queues grew in Velmar this week.\n\n"
        "“If the cabinet cannot end these queues, it should resign,” Senator Pablo Orvieto "
        "Ruiz told reporters."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("If the cabinet")]
    assert quote.speaker == "Pablo Orvieto Ruiz"


def test_the_agency_word_points_back_to_the_body_that_spoke() -> None:
    """'Об этом сообщает Министерство обороны X.' then '«…», — уточняет пресс-служба ведомства'
    or '— говорится в сообщении ведомства': "ведомство" in any case is the one body just
    heard, as "в ведомстве" already is."""
    for attribution in ("уточняет пресс-служба ведомства", "говорится в сообщении ведомства"):
        article = under_headline(
            "Саперы закончили работы у северной границы. Об этом сообщает Министерство обороны "
            "Тарвии.\n\n"
            f"«Инженеры обезвредили более трехсот снарядов за неделю», — {attribution}."
        )
        [quote] = [q for q in article.quotes if q.text.startswith("Инженеры")]
        assert quote.speaker == "Министерство обороны Тарвии"
        assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_the_agency_word_with_two_bodies_before_is_nobodys() -> None:
    """Two bodies heard before '— говорится в сообщении ведомства': which one, unsaid."""
    article = under_headline(
        "Министерство обороны Тарвии и Министерство финансов Тарвии обсудили расходы.\n\n"
        "«Инженеры обезвредили более трехсот снарядов за неделю», — говорится в сообщении "
        "ведомства."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Инженеры")]
    assert quote.speaker is None


def test_a_lone_name_after_the_verb_may_be_followed_by_where_it_was_said() -> None:
    """'“…,” said Wiranto during the meeting' of President Wiranto Sukamdi (a name used by its
    first word, as Indonesian and Malay news do): one word of one named person's name after
    the verb, then a circumstance ('during', 'in', 'at' …), is that person speaking."""
    article = under_headline(
        "Velmar President Wiranto Sukamdi met Ostrel Prime Minister Lidia Ostrova on Monday.\n\n"
        "“Today we put our names to four agreements on ports and rail,” said Wiranto during "
        "the meeting."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Today we")]
    assert quote.speaker == "Wiranto Sukamdi"


def test_a_lone_word_of_two_peoples_names_stays_nobodys() -> None:
    """The same with two people sharing the word: which of them, unsaid."""
    article = under_headline(
        "Velmar President Wiranto Sukamdi met Ostrel Prime Minister Wiranto Halim on Monday.\n\n"
        "“Today we put our names to four agreements on ports and rail,” said Wiranto during "
        "the meeting."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Today we")]
    assert quote.speaker is None


def test_a_firm_named_in_quotation_marks_after_the_verb_put_out_the_statement() -> None:
    """'…, сообщила госкорпорация «Велмаратом» в Telegram.' then '«…», — говорится в
    сообщении': the firm after its kind, in quotation marks, is who put out the statement;
    its marks do not end the clause that names it."""
    article = under_headline(
        "Тарвия и Велмар подписали соглашение о строительстве станции малой мощности, "
        "сообщила госкорпорация «Велмаратом» в Telegram.\n\n"
        "«Стороны вместе подготовят площадку и обучат персонал будущей станции», — говорится "
        "в сообщении."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Стороны")]
    assert quote.speaker == "Велмаратом"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_name_with_an_apostrophe_is_one_word_of_a_persons_name() -> None:
    """'“…,” Tua'a said' of Tua'a Lemalu Fiso: a name word may hold an apostrophe, as
    Polynesian and Irish names do; it is that person's lone word like any other."""
    article = under_headline(
        "The head of the Velmar water office, Tua'a Lemalu Fiso, welcomed the grant and said "
        "the villages had chosen the projects.\n\n"
        "“We held long meetings with every village before we chose the projects,” Tua'a said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("We held")]
    assert quote.speaker == "Tua'a Lemalu Fiso"
