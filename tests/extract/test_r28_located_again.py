"""Round 28 (located again): '— отметили в дипмиссии' after 'сообщили в посольстве X': the
lowercase words describe again the body a plural-verb attribution named in the locative just
before. The sentences are invented (invented bodies and places)."""

from __future__ import annotations

from extracted import quote_speaker


def test_the_mission_is_the_embassy_named_before() -> None:
    text = (
        "Тарвийская компания начала строить мост через реку, сообщили газете в посольстве "
        "Тарвии в Кессине.\n\n"
        "«Компания приступила к первому этапу работ по строительству моста», — отметили в "
        "дипмиссии."
    )
    assert quote_speaker(text, "Компания приступила") == "посольстве Тарвии"


def test_the_statement_is_that_of_the_office_named_before() -> None:
    text = (
        "Встреча пройдет в столице, и, как подчеркнули в офисе Марека, повестки дня у нее не "
        "будет. «Оба лидера поговорят за ужином без протокола», добавили в "
        "заявлении."
    )
    assert quote_speaker(text, "Оба лидера") == "офисе Марека"


def test_no_body_named_in_the_locative_before_gives_nobody() -> None:
    text = (
        "Тарвийская компания начала строить мост через реку.\n\n"
        "«Компания приступила к первому этапу работ по строительству моста», — отметили в "
        "дипмиссии."
    )
    assert quote_speaker(text, "Компания приступила") is None


def test_a_press_service_named_before_speaks_for_its_acronym() -> None:
    text = (
        "Ночью на складе Тарвийской мостовой компании (ТМК) случился пожар, рассказали в "
        "пресс-службе ТМК.\n\n"
        "«Огонь потушили к утру, пострадавших среди рабочих склада нет», — уточнили в компании."
    )
    assert quote_speaker(text, "Огонь потушили") == "ТМК"


def test_a_press_service_of_a_genitive_owner_gives_nobody() -> None:
    text = (
        "Мост через реку откроют весной, рассказали в пресс-службе Минмостов.\n\n"
        "«Движение по мосту начнется в апреле, если позволит погода», — уточнили в ведомстве."
    )
    assert quote_speaker(text, "Движение по мосту") is None
