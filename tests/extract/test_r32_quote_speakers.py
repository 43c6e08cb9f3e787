"""Round 32: who is told or asked is not who speaks; a body named after its kind is a body."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind]]:
    return [(q.speaker, q.speaker_kind) for q in under_headline(text).quotes]


def test_outlet_told_before_a_press_service_does_not_speak() -> None:
    # "сообщили ТАСС в пресс-службе X": the agency heard it; the press service spoke
    before = (
        "Делегация Эстонии прибыла в Тбилиси.\n\n"
        "Как сообщили ТАСС в штабе сухопутных войск Грузии, «стороны обсуждают "
        "вопросы учений двух армий и обстановку в регионе»."
    )
    after = (
        "Делегация Эстонии прибыла в Тбилиси.\n\n"
        "«Стороны обсуждают вопросы учений двух армий и обстановку в регионе», — сообщили "
        "ТАСС в штабе сухопутных войск Грузии."
    )
    assert _speakers(before) == [(None, SpeakerKind.PERSON)]
    assert _speakers(after) == [(None, SpeakerKind.PERSON)]


def test_outlets_interlocutors_are_unnamed_sources() -> None:
    text = (
        "Совет директоров фонда в среду утвердил новый устав.\n\n"
        "«Доводы меньшинства не убедили тех, кто не хочет превращать работу совета в "
        "политику», — пояснили собеседники агентства Интерфакс."
    )
    assert _speakers(text) == [(None, SpeakerKind.PERSON)]


def test_listener_in_the_dative_after_a_described_speaker() -> None:
    # "— сказал армянский премьер белорусскому президенту X": X heard it
    text = (
        "Лидер соседней страны прибыл в Минск с визитом.\n\n"
        "«Мы признательны за радушную встречу и рассчитываем на рост торговли в ближайшие "
        "годы», — сказал гость белорусскому президенту Александру Лукашенко после беседы."
    )
    assert _speakers(text) == [(None, SpeakerKind.PERSON)]


def test_name_after_a_kind_of_body_is_that_body_in_full() -> None:
    text = (
        "The group Soil & Sea Watch fights the terminal.\n\n"
        "“This permit is a big step backwards for the coast and for the towns on it,” Sea "
        "Watch said in a statement sent by email."
    )
    assert _speakers(text) == [("Soil & Sea Watch", SpeakerKind.ORGANISATION)]


def test_foreign_body_named_after_its_kind_is_no_person() -> None:
    text = (
        "On Monday “the last working unit at the coastal plant had to stop, leaving the whole "
        "country dark,” the state power provider Lumière du Cèdre said.\n\n"
        "Lumière du Cèdre said it “will restart the units once the next fuel cargo arrives.”"
    )
    assert _speakers(text) == [
        ("Lumière du Cèdre", SpeakerKind.ORGANISATION),
        ("Lumière du Cèdre", SpeakerKind.ORGANISATION),
    ]


def test_a_title_after_a_kind_of_body_keeps_the_person() -> None:
    text = (
        "Talks resumed on Monday.\n\n"
        "“We will go on with the talks with our partners in good faith this week,” said the "
        "group Chairman John Baker."
    )
    assert _speakers(text) == [("John Baker", SpeakerKind.PERSON)]


def test_unknown_name_the_article_calls_it_speaks_as_a_body() -> None:
    text = (
        "Voltra said its crews were out across the region after the outage.\n\n"
        "“The crews are looking into the reasons for the fault and will tell of the fix as "
        "soon as it is known,” Voltra said."
    )
    assert _speakers(text) == [("Voltra", SpeakerKind.ORGANISATION)]


def test_unknown_name_with_a_which_clause_speaks_as_a_body() -> None:
    text = (
        "Dunmore Grid, which runs the lines in the north, cut supply on Sunday.\n\n"
        "“We ask every household to use power with care so that the cuts stay short,” "
        "Dunmore Grid said."
    )
    assert _speakers(text) == [("Dunmore Grid", SpeakerKind.ORGANISATION)]


def test_unknown_name_without_a_body_mark_stays_nobody() -> None:
    # "it was" is no body's "it": a surname alone may be a person's
    text = (
        "Kowal said it was a hard week for everyone at the plant.\n\n"
        "“The crews are looking into the reasons for the fault and will tell of the fix as "
        "soon as it is known,” Kowal said."
    )
    assert _speakers(text) == [(None, SpeakerKind.PERSON)]


def test_a_title_between_a_preposition_and_a_name_keeps_it_an_object() -> None:
    # "after talks with Mr X": X was talked with; the paragraph's own "he" goes on
    text = (
        "Fiji's leader Sitani Rokobula said his country would stay close to its old partners."
        "\n\n"
        '"Some call it a contest, some call it a race, whatever it is we feel easier dealing '
        'with old friends," he said at a joint media event after talks with Mr Harlow.\n\n'
        '"Our two nations share the same kind of parliament and courts," he said, talking up '
        "the similar systems."
    )
    assert [s for s, _ in _speakers(text)] == ["Sitani Rokobula", "Sitani Rokobula"]


def test_an_office_speaking_since_the_name_takes_the_pronoun() -> None:
    # "The PM told …" after a minister of another office was named: "he" is the PM
    text = (
        "However Tom Carter, who served as the Schools Minister in the last government, has "
        'written to Mr Hale, asking him for "quick clarity on the budget plans".\n\n'
        '"It is vital the Government names a firm date for when it will spend the money on '
        'schools, or we will conclude it is no priority," he said.\n\n'
        'The PM told his cabinet there was no more pressing task than "keeping our children '
        'safe" and repeated that spending would rise.\n\n'
        '"In a year when we face many tests here and overseas, we must see that our schools '
        'are ready," he said.'
    )
    speakers = {q.text[:10]: q.speaker for q in under_headline(text).quotes}
    assert speakers["It is vita"] == "Tom Carter"
    assert speakers["In a year "] is None


def test_a_possessive_office_speaking_since_the_name_takes_the_pronoun() -> None:
    text = (
        'Tom Brand, the UN chief, said on Monday that he was "deeply worried about the recent '
        'steps taken by several states in the region."\n\n'
        "In response, Norway's energy minister said the purpose was to protect the grid.\n\n"
        "“Security of supply is the priority for us now,” he added."
    )
    assert [s for s, _ in _speakers(text)] == ["Tom Brand", None]


def test_the_office_of_the_person_named_before_goes_on_with_them() -> None:
    text = (
        "Energy Minister Tor Lunde opened the field on Monday.\n\n"
        "The minister said the field would run for thirty years.\n\n"
        "“This is a great day for the north and for the whole industry,” he added."
    )
    assert [s for s, _ in _speakers(text)] == ["Tor Lunde"]


def test_an_acronym_speaker_is_written_out_as_the_article_spelled_it() -> None:
    # the initials of a Russian body's name, its lowercase words and "по" among them
    text = (
        "Добыча выросла, сообщила Организация по ядерной энергии Норвалии (ОЯЭН).\n\n"
        "«Стороны обсудили совместную работу по новому реактору и договорились продолжить "
        "переговоры», — говорится в заявлении ОЯЭН."
    )
    assert _speakers(text) == [
        ("Организация по ядерной энергии Норвалии", SpeakerKind.ORGANISATION)
    ]


def test_an_acronym_of_another_language_stays_as_written() -> None:
    text = (
        "Добыча упала, сообщила Государственная газовая компания Норвалии (NGC).\n\n"
        "«Государственная газовая компания вновь просит немедленно снять блокаду терминалов», "
        "— говорится в заявлении NGC."
    )
    assert _speakers(text) == [("NGC", SpeakerKind.ORGANISATION)]


def test_a_quotation_left_open_is_said_by_who_closes_it() -> None:
    opened = (
        "Energy Minister Tor Lunde opened the field on Monday.\n\n"
        "“This field will bring jobs to the north for many years to come,“ Tor Lunde said in "
        "his speech to the crew.\n\n"
        "“This is a great day. The northern sea matters more and more for the country as a "
        "seller of fuel, and the field will run safely for decades.\n\n"
        "“We are well on our way and have already found more oil nearby. Over the field's "
        "life, we will invest heavily in the region,\" added Kari Holm, the firm's head of "
        "projects."
    )
    assert [s for s, _ in _speakers(opened)] == ["Tor Lunde", "Kari Holm", "Kari Holm"]
    same = opened.replace("added Kari Holm, the firm's head of projects", "he added")
    assert [s for s, _ in _speakers(same)] == ["Tor Lunde", "Tor Lunde", "Tor Lunde"]


def test_two_subjects_joined_across_a_role_name_neither_alone() -> None:
    # "— отметили … X и лидер Y Z": both spoke, so neither is the speaker alone
    text = (
        "Страны договорились о совместных закупках вооружений.\n\n"
        "«Это позволит нам лучше защищать общую безопасность и сдерживать угрозы нашим "
        "интересам», — отметили в общем заявлении премьер-министр Норвалии Олаф Берг и лидер "
        "Тарвии Ян Кросс."
    )
    assert _speakers(text) == [(None, SpeakerKind.PERSON)]
