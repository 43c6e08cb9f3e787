"""Round 13: quotes and speakers on constructions of unseen real news. The sentences are
invented (invented people, places and peoples)."""

from __future__ import annotations

from extracted import under_headline

from briefings.extract.speaker import person_name
from briefings.models import SpeakerKind


def test_a_group_opened_by_a_quantifier_is_no_speaker() -> None:
    """'Many Karolos', 'Two Karolo', 'Многие Карольцы': a run of capitals after a quantifier
    names many people, never the one who speaks."""
    assert person_name("Many Karolos") is None
    assert person_name("Two Karolo") is None
    assert person_name("Многие Карольцы") is None
    assert person_name("Tamsin Orvel") == "Tamsin Orvel"


def test_he_never_points_to_a_group() -> None:
    """'Many Karolos are …' paragraphs before '“…,” he said': 'he' is not the group; with no
    one else named, the quote is left without a speaker rather than credited to it."""
    article = under_headline(
        "Flood losses along the Ostrel frontier grow from week to week. Many Karolos are "
        "losing their homes because of the dams built by the Velmar army.\n\n"
        "The Velmar forces are said to have raised the dams to keep the Karolos from coming "
        "back.\n\n"
        "Many of the Karolos hurt near the frontier are treated at the Ostrel Hospital.\n\n"
        "“They have raised the dams along a 30-km stretch of the river,” explained RK Tamsin "
        "Orvel, the district officer of Ostrel.\n\n"
        "“We told the regional governor about these dams a month ago,” he said."
    )
    assert article.quotes
    assert all(q.speaker != "Many Karolos" for q in article.quotes)
    [told] = [q for q in article.quotes if q.text.startswith("We told")]
    assert told.speaker in (None, "Tamsin Orvel", "RK Tamsin Orvel")


def test_a_russian_body_keeps_the_genitive_nouns_of_its_name() -> None:
    """'Объединенный комитет начальников штабов Республики Тарвия заявил …', then '«…», —
    говорится в сообщении': the body speaks under its whole name, not cut at the first
    lowercase noun ('Объединенный комитет')."""
    article = under_headline(
        "Объединенный комитет начальников штабов Республики Тарвия заявил, что ночью "
        "зафиксировал пуск двух ракет с северного побережья.\n\n"
        "«Наши силы приведены в готовность и следят за обстановкой вместе с союзниками», — "
        "говорится в сообщении."
    )
    [quote] = [q for q in article.quotes if "приведены в готовность" in q.text]
    assert quote.speaker == "Объединенный комитет начальников штабов Республики Тарвия"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION
