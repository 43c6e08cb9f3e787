"""Round 21: a body that speaks in the Russian locative with a plural verb and no subject,
where no list of kinds names it: an acronym alone ("— пояснили в КЗР") is that body; a kind
of body with its owner ("— заявили в дипломатическом ведомстве Исландии") is the one body of
that kind and owner named before, and nobody when two could be meant. A sentence-opening
preposition is no part of a body's name. The sentences are invented (invented bodies,
places and people)."""

from __future__ import annotations

import pytest
from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "Режим введен в полдень в двух районах края"


def _speaker(article: Article, start: str = _QUOTE) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def test_an_acronym_in_the_locative_is_the_body_that_spoke() -> None:
    """'«…», — пояснили в КЗР': the plural verb has no subject; the body it names in the
    locative, by its acronym alone, spoke."""
    article = under_headline(
        "В крае Ламберн введен особый режим, сообщает оперативный штаб.\n\n"
        f"«{_QUOTE}. Идет поиск нарушителей», — пояснили в КЗР."
    )
    assert _speaker(article) == ("КЗР", SpeakerKind.ORGANISATION)


def test_an_acronym_opening_a_body_named_before_is_that_body() -> None:
    """'МИД Исландии' named before, then '— добавили в МИД': the body the acronym opens."""
    article = under_headline(
        "МИД Исландии во вторник вызвал посла Норвалии Олега Варнстрема для беседы.\n\n"
        f"«{_QUOTE}», — добавили в МИД."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)


def test_a_place_in_the_locative_is_no_body() -> None:
    """'— заявили в США': a country's voice, which the text does not name; nobody."""
    article = under_headline(
        "Переговоры о поставках зерна продолжатся на следующей неделе.\n\n"
        f"«{_QUOTE}», — заявили в США."
    )
    assert _speaker(article) == (None, None)


def test_a_kind_of_body_and_its_owner_is_the_one_body_named_before() -> None:
    """'— заявили в дипломатическом ведомстве Исландии' after 'МИД Исландии': that ministry."""
    article = under_headline(
        "МИД Исландии во вторник вызвал посла Норвалии Олега Варнстрема для беседы.\n\n"
        f"«{_QUOTE}», — заявили в дипломатическом ведомстве Исландии (цитата по агентству)."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)


def test_a_kind_of_body_two_bodies_of_its_owner_fit_is_nobody() -> None:
    """Two bodies of Исландия named before, and 'ведомство' fits any kind: which one spoke,
    the text does not say."""
    article = under_headline(
        "МИД Исландии и Минобороны Исландии во вторник провели совместное совещание.\n\n"
        f"«{_QUOTE}», — заявили в дипломатическом ведомстве Исландии."
    )
    assert _speaker(article) == (None, None)


def test_a_sentence_opening_preposition_is_no_part_of_a_bodys_name() -> None:
    """'В МИД Исландии подчеркнули …', then '— добавили в ведомстве': the ministry, named
    without the 'В' that opened the sentence."""
    article = under_headline(
        "Посол Норвалии Олег Варнстрем был вызван для беседы во вторник.\n\n"
        "В МИД Исландии подчеркнули, что подобные заявления будут считаться недружественными. "
        f"«{_QUOTE}», — добавили в ведомстве."
    )
    assert _speaker(article) == ("МИД Исландии", SpeakerKind.ORGANISATION)


_GROUP_FIRST = (
    "OPEC agreed on Monday to keep its members' output steady, “for at least three more "
    "months,” the group said.\n\n"
)
_GROUP_LATER = (
    "Output will stay near 30 million barrels a day, “a level that keeps the market in "
    "balance,” the group had announced the day before.\n\n"
    "“This is a clear sign that the members stand together,” the group stressed."
)


def test_a_kind_of_body_once_read_as_a_body_goes_on_meaning_it() -> None:
    """'the group' read as OPEC when OPEC alone was named; a ministry heard after it is no
    group, so 'the group had said' and 'the group stressed' are OPEC still."""
    article = under_headline(
        _GROUP_FIRST + "“The decision leaves our budget plans as they were,” the Ostrel Finance "
        "Ministry said on Tuesday.\n\n" + _GROUP_LATER
    )
    assert _speaker(article, "a level that keeps") == ("OPEC", SpeakerKind.ORGANISATION)
    assert _speaker(article, "This is a clear sign") == ("OPEC", SpeakerKind.ORGANISATION)


def test_a_body_whose_name_shows_no_kind_may_be_the_group_meant() -> None:
    """A body heard in between whose name shows no kind ('TNK') might be the group 'the
    group' now means: nobody."""
    article = under_headline(
        _GROUP_FIRST + "“The decision leaves our budget plans as they were,” TNK said on "
        "Tuesday.\n\n" + _GROUP_LATER
    )
    assert _speaker(article, "This is a clear sign") == (None, None)


def test_a_kind_of_body_never_read_as_one_is_nobody() -> None:
    """With no 'the group' read as a body before and a ministry the one body named, 'the
    group' names no one."""
    article = under_headline(
        "“The decision leaves our budget plans as they were,” the Ostrel Finance Ministry said "
        "on Tuesday.\n\n" + _GROUP_LATER
    )
    assert _speaker(article, "This is a clear sign") == (None, None)


def _said_by(article: Article, start: str) -> str | None:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker


def test_the_one_met_is_no_he() -> None:
    """'He … met Victor Marsh on Tuesday': Marsh is the object of 'met', so the 'he' of the
    next paragraph is the minister the paragraph is about."""
    article = under_headline(
        "Martin Ostrov, the Tarnic defence minister, said his government would keep close ties "
        "with its northern neighbour after two days of talks.\n\n"
        "Ostrov is expected to take office after Daniel Pell in May. He is on a trip to "
        "the north and met Victor Marsh on Tuesday.\n\n"
        "“We see our neighbour as a close partner,” he said in a statement."
    )
    assert _said_by(article, "We see our neighbour") == "Martin Ostrov"


_AGENCY = (
    "Under the patronage of Daniel Pell, the agency has sent ten teams to the border since "
    "June.\n\n"
    "“We expect to declare two provinces safe by winter,” he said."
)


def test_a_paragraph_naming_people_only_as_objects_is_looked_past() -> None:
    """'Under the patronage of Daniel Pell, the agency …': Pell is named only after a
    preposition; 'he' in the next paragraph goes on with the one heard speaking before."""
    article = under_headline(
        "Martin Ostrov, head of the Tarnic mine agency, said clearance in four provinces was "
        "ahead of schedule.\n\n"
        "“We have cleared 40 per cent of the planned area,” he added.\n\n" + _AGENCY
    )
    assert _said_by(article, "We expect to declare") == "Martin Ostrov"


def test_past_objects_only_a_speaker_goes_on() -> None:
    """Past such a paragraph, someone named before but never heard speaking is a guess:
    nobody."""
    article = under_headline(
        "Martin Ostrov toured the border villages on Monday with two clearance teams.\n\n" + _AGENCY
    )
    assert _said_by(article, "We expect to declare") is None


def test_the_statement_is_never_the_body_heard_before_the_last() -> None:
    """OPEC heard, then a ministry, then OPEC again: 'according to the statement' is not the
    ministry's, whose words came before OPEC's last ones; with both named near, nobody's."""
    article = under_headline(
        _GROUP_FIRST + "“The decision leaves our budget plans as they were,” the Ostrel Finance "
        "Ministry said on Tuesday.\n\n" + _GROUP_LATER + "\n\n"
        "According to the statement, the cuts “will be reviewed again in March.”"
    )
    assert _said_by(article, "will be reviewed again") is None


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        pytest.param(
            "The Tarnic Defence Alliance held a summit on Friday to plan a joint force.",
            None,
            id="another-alliance-is-not-nato",
        ),
        pytest.param(
            "NATO held a summit on Friday to plan a joint force.", "NATO", id="nato-named-before"
        ),
    ],
)
def test_the_alliance_is_the_alliance_named_not_the_one_a_list_calls_so(
    lead: str, speaker: str | None
) -> None:
    """'the alliance said' is the one body named before; the word "Alliance" in another
    body's name, which the gazetteer reads as NATO, names no NATO."""
    article = under_headline(
        f"{lead}\n\n“The joint force will be ready by spring,” the alliance said."
    )
    assert _said_by(article, "The joint force will be ready") == speaker
