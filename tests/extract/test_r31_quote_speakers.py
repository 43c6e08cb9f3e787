"""Round 31 (quote speakers): a Russian description after the verb may name its owner or
share only a stem with the role; an outlet after "интервью", a body after a noun and a
preposition, and a new sentence's other subject are not the speaker. The sentences are
invented (invented people, bodies and places)."""

from __future__ import annotations

from extracted import quote_speaker, under_headline

from briefings.models import SpeakerKind


def test_a_russian_description_naming_its_ministry_short() -> None:
    """'Об этом сообщил министр энергетики X. (¶) «…», — сказал глава Минэнергетики': X."""
    text = (
        "Бурение на шельфе Тарвии начнется весной. Об этом сообщил министр энергетики "
        "Тарвии Иван Дорин.\n\n"
        "«Первая скважина будет готова к осени», — сказал глава Минэнергетики."
    )
    assert quote_speaker(text, "Первая скважина") == "Иван Дорин"


def test_a_russian_description_sharing_a_stem_with_the_role() -> None:
    """'министр обороны X …. «…», — сообщил глава оборонного ведомства': X."""
    text = (
        "Тарвия испытала новую ракету. Об этом сообщил министр обороны страны Иван Дорин.\n\n"
        "«Испытание прошло успешно, все системы сработали штатно», — сообщил глава "
        "оборонного ведомства."
    )
    assert quote_speaker(text, "Испытание прошло") == "Иван Дорин"


def test_a_russian_description_of_another_office_is_nobody() -> None:
    """'министр обороны X …. «…», — сказал глава Минфина': not X."""
    text = (
        "Тарвия испытала новую ракету. Об этом сообщил министр обороны страны Иван Дорин.\n\n"
        "«Денег на это хватит», — сказал глава Минфина."
    )
    assert quote_speaker(text, "Денег на это") is None


def test_the_outlet_after_interview_is_not_the_speaker() -> None:
    """'Об этом заявил министр X в интервью Y. «…»': X, not the outlet Y."""
    text = (
        "Тарвия откажется от угля через пять лет. Об этом заявил министр энергетики Иван "
        "Дорин в интервью Corriere Tarvese.\n\n"
        "«Мы построим три новые станции на побережье и закроем старые шахты», — добавил он."
    )
    assert quote_speaker(text, "Мы построим три") == "Иван Дорин"


def test_a_body_after_a_noun_and_a_preposition_is_where_not_who() -> None:
    """'“…,” said a volunteer at a Red Cross tent': the volunteer, unnamed; not the body."""
    text = (
        "Hundreds of families spent the night away from the flooded valley.\n\n"
        "“We brought blankets and soup for everyone who came,” said a volunteer at a Red "
        "Cross tent near the station."
    )
    assert quote_speaker(text, "We brought blankets") is None


def test_a_new_sentence_naming_another_subject_ends_the_speaker() -> None:
    """'“A,” X said. Grid firm Y blamed “B.”': B is not X's words."""
    text = (
        "“The fault seems to lie with the northern substations, though checks go on,” "
        "Energy Minister Paulo Vance said. Regional supplier Lumenor blamed “a failure deep "
        "inside the shared continental network.”"
    )
    article = under_headline(text)
    assert [q.speaker for q in article.quotes if q.text.startswith("a failure deep")] in (
        [],
        [None],
    )


def test_a_new_sentence_with_no_other_name_goes_on() -> None:
    """'“A,” X said. The minister also warned of “B.”': B is still X's."""
    text = (
        "“The fault seems to lie with the northern substations, though checks go on,” "
        "Energy Minister Paulo Vance said. The minister also warned of “a long week of "
        "repairs before every town has power again.”"
    )
    assert quote_speaker(text, "a long week of") == "Paulo Vance"


def test_an_outlet_citing_unnamed_sources_put_out_the_text() -> None:
    """'Об этом сообщает X со ссылкой на источники. (¶) «…», — говорится в тексте': X."""
    text = (
        "Тарвия начала переговоры о покупке новых паромов. Об этом сообщает Morvale Herald "
        "со ссылкой на источники.\n\n"
        "«Делегации встретятся в порту на следующей неделе и обсудят сроки поставки», — "
        "говорится в тексте статьи."
    )
    article = under_headline(text)
    [quote] = [q for q in article.quotes if q.text.startswith("Делегации встретятся")]
    assert (quote.speaker, quote.speaker_kind) == ("Morvale Herald", SpeakerKind.ORGANISATION)


def test_the_first_outlet_not_the_one_relaying_it() -> None:
    """'пишет агентство X, ссылаясь на …, передает Y со ссылкой на Z': X put the text out."""
    text = (
        "Тарвия испытала новую ракету. Об этом пишет агентство Tarvnews, ссылаясь на военных "
        "Тарвии, передает Kessin Daily со ссылкой на Morvale Press.\n\n"
        "«Ракета пролетела над морем около трехсот километров и упала в заданном районе», — "
        "сказано в сообщении."
    )
    assert quote_speaker(text, "Ракета пролетела") == "Tarvnews"


def test_an_outlet_citing_a_named_person_is_not_the_issuer() -> None:
    """'сообщает газета X со ссылкой на министра Y. «…», — сказано в статье': not X."""
    text = (
        "Тарвия выделит деньги на новую станцию, сообщает газета Morvale Herald со ссылкой "
        "на министра энергетики Ивана Дорина.\n\n"
        "«Станция даст свет всему побережью уже через четыре года», — сказано в статье."
    )
    assert quote_speaker(text, "Станция даст свет") != "Morvale Herald"


def test_a_body_named_by_its_people_and_kind() -> None:
    """'“…,” the Ruritanian highways agency said': that body, as the text names it."""
    text = (
        "The grid failed across the region on Monday afternoon.\n\n"
        "“Because of the outage, please keep off the roads as much as you can,” the "
        "Ruritanian highways agency said online."
    )
    article = under_headline(text)
    [quote] = [q for q in article.quotes if q.text.startswith("Because of the outage")]
    assert (quote.speaker, quote.speaker_kind) == (
        "Ruritanian highways agency",
        SpeakerKind.ORGANISATION,
    )


def test_a_body_described_keeps_its_bracketed_acronym() -> None:
    """'the Tarvian foreign affairs department (TFDA) said': with its acronym."""
    text = (
        "Talks between the two sides ended on Friday.\n\n"
        "“Tarvia was asked by most of the parties to host the next round of talks,” the "
        "Tarvian foreign affairs department (TFDA) said in a statement."
    )
    assert quote_speaker(text, "Tarvia was asked") == "Tarvian foreign affairs department (TFDA)"


def test_a_described_body_of_a_kind_named_before_is_that_body() -> None:
    """'the Tarvian Port Authority … (¶) “…,” the Tarvian harbour authority said': the body
    named before, not a second one under the description."""
    text = (
        "The Tarvian Port Authority closed the quay on Monday.\n\n"
        "“The quay will open again once the divers have checked the pier,” the Tarvian "
        "harbour authority said."
    )
    assert quote_speaker(text, "The quay will open") != "Tarvian harbour authority"


def test_a_russian_description_sharing_only_the_country_is_not_the_person() -> None:
    """'министр энергетики страны X …. «…», — сказал глава Минфина страны': not X."""
    text = (
        "Переговоры продолжатся осенью. Об этом заявил министр энергетики Казахстана Иван "
        "Дорин.\n\n"
        "«Делегации встретятся в столице и обсудят новые маршруты», — сказал глава Минфина "
        "Казахстана."
    )
    assert quote_speaker(text, "Делегации встретятся") is None
