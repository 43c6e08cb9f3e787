"""Round 25 (third pass): a woman's Russian name after an office in the genitive chain
('заведующая отделом аппарата президента Зарема Тулегенова') stays a woman's name when the
article shows her a woman; a man's genitive name is still made nominative. The sentences are
invented (invented people, bodies and places)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind

_RU_QUOTE = "Работы на дамбе завершатся до начала весеннего паводка"


def test_a_womans_name_after_a_genitive_office_stays_hers() -> None:
    """'… аппарата президента Зарема Тулегенова … — рассказала Тулегенова': Зарема
    Тулегенова, not 'Зарем Тулегенов'."""
    article = under_headline(
        "Дамбу в долине Арвен укрепят к весне, сообщила заведующая отделом водного хозяйства "
        "аппарата президента Норландии Зарема Тулегенова. "
        f"«{_RU_QUOTE}», — рассказала Тулегенова."
    )
    names = [p.name for p in article.people]
    assert "Зарема Тулегенова" in names
    assert "Зарем Тулегенов" not in names
    [quote] = [q for q in article.quotes if q.text.startswith(_RU_QUOTE)]
    assert (quote.speaker, quote.speaker_kind) == ("Зарема Тулегенова", SpeakerKind.PERSON)


def test_a_woman_shown_by_her_oblique_case_keeps_her_name() -> None:
    """'… помощника президента Зарема Тулегенова' then 'по словам Тулегеновой': a woman."""
    article = under_headline(
        "Дамбу в долине Арвен укрепят к весне, сообщила заведующая отделом аппарата "
        "президента Норландии Зарема Тулегенова. По словам Тулегеновой, работы идут по плану."
    )
    assert "Зарема Тулегенова" in [p.name for p in article.people]


def test_a_mans_genitive_name_is_still_made_nominative() -> None:
    """'делегация помощника президента Ивана Тулегенова … Тулегенов заявил': Иван."""
    article = under_headline(
        "Дамбу в долине Арвен осмотрела делегация помощника президента Ивана Тулегенова. "
        "Позже Тулегенов заявил, что работы идут по плану."
    )
    names = [p.name for p in article.people]
    assert "Иван Тулегенов" in names
    assert "Ивана Тулегенова" not in names


def test_an_office_of_a_quoted_body_is_the_role() -> None:
    """'Гендиректор «Норвика» Олег Дранов': his role names the office and the body."""
    article = under_headline(
        "Гендиректор «Норвика» Олег Дранов обсудил в Арвене строительство новой дамбы."
    )
    roles = {p.name: p.role for p in article.people}
    assert roles.get("Олег Дранов") == "Гендиректор «Норвика»"


def test_the_head_of_the_quoted_body_said_on_air_is_its_holder() -> None:
    """'«…», — рассказал глава «Норвика» в эфире телеканала': the holder of that office."""
    article = under_headline(
        "Гендиректор «Норвика» Олег Дранов обсудил в Арвене строительство новой дамбы.\n\n"
        f"«{_RU_QUOTE}», — рассказал глава «Норвика» в эфире телеканала «Арвен 24»."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_RU_QUOTE)]
    assert (quote.speaker, quote.speaker_kind) == ("Олег Дранов", SpeakerKind.PERSON)


def test_the_head_of_the_body_in_a_named_place_is_nobody_named() -> None:
    """'— сказал глава «Норвика» в Тарвии': the head of a branch, not the firm's chief."""
    article = under_headline(
        "Гендиректор «Норвика» Олег Дранов обсудил в Арвене строительство новой дамбы.\n\n"
        f"«{_RU_QUOTE}», — рассказал глава «Норвика» в Тарвии."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_RU_QUOTE)]
    assert quote.speaker != "Олег Дранов"


def test_the_representative_said_again_is_the_official_representative() -> None:
    """'заявила официальный представитель ЕС по туризму Вера Солт … — подчеркнула
    представитель ЕС': the one representative of that body."""
    article = under_headline(
        "Об этом заявила официальный представитель ЕС по туризму Вера Солт.\n\n"
        f"«{_RU_QUOTE}», — подчеркнула представитель ЕС."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_RU_QUOTE)]
    assert (quote.speaker, quote.speaker_kind) == ("Вера Солт", SpeakerKind.PERSON)


def test_a_representative_of_another_body_is_not_the_named_one() -> None:
    """'… представитель ЕС Вера Солт … — подчеркнул представитель ООН': someone else."""
    article = under_headline(
        "Об этом заявила официальный представитель ЕС по туризму Вера Солт.\n\n"
        f"«{_RU_QUOTE}», — подчеркнул представитель ООН."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_RU_QUOTE)]
    assert quote.speaker != "Вера Солт"


def test_asserting_carries_the_subjects_words() -> None:
    """'The Harbour Union … hinted it would hold out, asserting “…”': the union's words."""
    article = under_headline(
        "The port reopened on Monday.\n\n"
        "The Harbour Union hinted late on Tuesday it might hold out for higher wages, asserting "
        "“there should be no delay about the new berths.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith("there should be")]
    assert (quote.speaker, quote.speaker_kind) == ("Harbour Union", SpeakerKind.ORGANISATION)


_SHORT = "порт это хорошо понимает"


def test_a_name_in_the_genitive_beside_the_subject_is_not_the_speaker() -> None:
    """'Иван Сомов, сообщив о назначении Олега Дранова, заявил, что «…»': Сомов's words."""
    article = under_headline(
        "Набережную в Арвене откроют весной.\n\n"
        "Иван Сомов, сообщив о назначении Олега Дранова в среду, вновь заявил, что набережная "
        f"важна для города, и что «{_SHORT}»."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_SHORT)]
    assert quote.speaker == "Иван Сомов"


def test_a_known_surname_after_its_first_name_in_the_genitive_is_not_the_speaker() -> None:
    """'Губернатор Тарвы Джефф Лоури …' then '… о назначении Джеффа Лоури …': the mention
    keeps the surname alone, which does not decline; the first name before it shows the
    case."""
    article = under_headline(
        "Губернатор Тарвы Джефф Лоури стал советником по набережной.\n\n"
        "Иван Сомов, сообщив о назначении Джеффа Лоури в среду, вновь заявил, что набережная "
        f"важна для города, и что «{_SHORT}»."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_SHORT)]
    assert quote.speaker == "Иван Сомов"


def test_two_subjects_in_the_nominative_give_nobody() -> None:
    """'Иван Сомов и Олег Дранов заявили, что «…»': both, so neither alone."""
    article = under_headline(
        f"Набережную в Арвене откроют весной.\n\nИван Сомов и Олег Дранов заявили, что «{_SHORT}»."
    )
    assert all(q.speaker is None for q in article.quotes if q.text.startswith(_SHORT))


def test_mulla_is_a_title_like_mullah() -> None:
    """'Deputy Prime Minister Mulla Hamid Rostami': the title is no part of the name."""
    article = under_headline(
        "The port reopened.\n\nTarvian Deputy Prime Minister Mulla Hamid Rostami opened the canal."
    )
    assert "Hamid Rostami" in [p.name for p in article.people]
