"""Round 25 (quotes 4): a statement put out by a person's staff, a pronoun after an unnamed
official, and a kinship word before two given names. The sentences are invented (invented
people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind


def test_a_statement_of_a_persons_office_is_the_offices() -> None:
    """'«…», — говорится в сообщении офиса X': the office put the words out, not X."""
    article = under_headline(
        "Переговоры о мосте через реку Велма зашли в тупик, заявил офис лидера оппозиции "
        "Павла Дорожкина.\n\n"
        "«Власти сорвали переговоры о мосте и не вернулись к ним за месяц», — говорится в "
        "сообщении офиса Дорожкина, размещенном в его канале."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Власти сорвали")]
    assert quote.speaker != "Павел Дорожкин"
    assert quote.speaker_kind == SpeakerKind.ORGANISATION


def test_a_mothers_name_before_her_sons_is_no_part_of_his() -> None:
    """'Сын Елены Игорь …': a first name in the genitive, then another in the nominative;
    the two are mother and son, not one person named 'Елена Игорь'."""
    article = under_headline(
        "Пенсионерки из Велмска и их доходы.\n\n"
        "Елена говорит: «Мне нравится, что у меня есть свой доход, и немалый!»\n\n"
        "Сын Елены Игорь занялся майнингом после того, как закрыл свое кафе. Сейчас Игорь "
        "держит ферму в гараже."
    )
    assert all(p.name != "Елена Игорь" for p in article.people)
    [quote] = [q for q in article.quotes if q.text.startswith("Мне нравится")]
    assert quote.speaker != "Елена Игорь"


def test_a_son_named_after_his_mothers_name_is_a_person() -> None:
    """The son in 'Сын Елены Игорь' is a person by his first name, who may speak later."""
    article = under_headline(
        "Пенсионерки из Велмска и их доходы.\n\n"
        "Сын Елены Игорь занялся майнингом после того, как закрыл свое кафе.\n\n"
        "По словам Игоря, Велмск стал столицей майнинга: «Здесь дешевое электричество и "
        "много свободных гаражей»."
    )
    assert "Игорь" in [p.name for p in article.people]


def test_he_after_an_unnamed_official_speaking_is_that_official() -> None:
    """'The ministry official said …. “…,” he said': the pronoun means the official the
    text never names, not the lawmaker quoted in the paragraph before."""
    article = under_headline(
        "Velmar may owe a large penalty over the river pipeline.\n\n"
        "“The penalty could reach two billion,” lawmaker Tomas Verhaal said.\n\n"
        "The ministry official said the pipeline firm had asked the neighbours for more time. "
        "“A written request is being prepared by the foreign office,” he said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("A written request")]
    assert quote.speaker is None


def test_he_after_the_bare_official_still_points_back() -> None:
    """'“…,” X said. (¶) The official said …. “…,” he said': the bare noun may be X again,
    so the pronoun keeps pointing back to X."""
    article = under_headline(
        "Velmar may owe a large penalty over the river pipeline.\n\n"
        "“The penalty could reach two billion,” said Tomas Verhaal, a ministry official.\n\n"
        "The official said the pipeline firm had asked the neighbours for more time. "
        "“A written request is being prepared by the foreign office,” he said."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("A written request")]
    assert quote.speaker == "Tomas Verhaal"
