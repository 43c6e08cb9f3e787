"""Round 33: who spoke, read by the grammar of the attribution; nobody when it is unsure."""

from __future__ import annotations

from extracted import under_headline

LEAD = "Talks in Geneva closed late on Friday.\n\n"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in under_headline(LEAD + text).quotes]


def test_a_rank_abbreviation_ends_no_sentence_between_two_quotes() -> None:
    text = (
        "“The title of this drill is no accident,” said U.S. Army Brig. Gen. Tom Reyes, U.S. "
        "Southern Command’s director of training and readiness. “The title Silver Shield was "
        "picked with care. It is a title that the Ruritanian forces have earned.”"
    )
    assert _quotes(text) == [
        ("The title of this drill is no accident,", "Tom Reyes"),
        (
            "The title Silver Shield was picked with care. It is a title that the Ruritanian "
            "forces have earned.",
            "Tom Reyes",
        ),
    ]


def test_names_in_a_relative_clause_after_the_speaker_did_not_speak() -> None:
    text = (
        "Ruritanian Prime Minister Anna Kowal attended the signing with US trade envoy Mark "
        "Dunleavy.\n\n“Our cooperation in shipbuilding is doing better than ever, and we will "
        "not stop at this one yard,” added the prime minister, who said she and Dunleavy "
        "had also talked about ferries."
    )
    assert _quotes(text) == [
        (
            "Our cooperation in shipbuilding is doing better than ever, and we will not stop "
            "at this one yard,",
            "Anna Kowal",
        )
    ]


def test_the_outlet_an_according_to_names_only_relays_the_speaker() -> None:
    text = (
        "Ruritanian Deputy Prime Minister Lena Holm said, according to Reuters, “Steady "
        "deliveries of this kind of equipment, which the region cannot build in enough "
        "quantity, decide the defence of the coast.”"
    )
    assert _quotes(text) == [
        (
            "Steady deliveries of this kind of equipment, which the region cannot build in "
            "enough quantity, decide the defence of the coast.",
            "Lena Holm",
        )
    ]


def test_someone_elses_statement_recalled_is_not_the_subjects_words() -> None:
    text = (
        "Foreign Minister Anna Kowal spoke to reporters in Brussels on Monday.\n\nKowal also "
        "recalled Oduya’s 2021 statement that the island stands “prepared to move as near "
        "to the union as the union itself allows.”"
    )
    assert _quotes(text) == []


def test_the_head_of_a_body_is_a_person_not_the_body() -> None:
    text = (
        "Лекарства должны быть доступны во всех странах. На этом сделал акцент глава ВОЗ "
        'Рикардо Мелендес, выступая на форуме в Казани.\n\n"Сегодня медицина переживает '
        'особый этап своего развития, и мы рады собраться именно в этом городе", - '
        "подчеркнул глава ВОЗ."
    )
    assert _quotes(text) == [
        (
            "Сегодня медицина переживает особый этап своего развития, и мы рады собраться "
            "именно в этом городе",
            "Рикардо Мелендес",
        )
    ]


def test_an_office_owned_by_a_pronoun_names_nobody() -> None:
    text = (
        "Interior Minister Daniel Oduya proposed another round of talks over the weekend. His "
        "office said it should cover “the open questions that keep causing friction along "
        "the border.”"
    )
    assert _quotes(text) == [
        ("the open questions that keep causing friction along the border.", None)
    ]


def test_the_minister_is_not_the_one_holder_read_when_another_was_titled_so() -> None:
    text = (
        "Tarvian Minister of Energy, Trade and Industry Petros Lankaris met Ruritania’s "
        "Minister of Mines, Hamid Sorel, in Valdor last week.\n\nLankaris said the main "
        "contracts had been drafted.\n\n“October will be a month of talks, with a signing "
        "planned around November,” the minister said."
    )
    assert _quotes(text) == [
        (
            "October will be a month of talks, with a signing planned around November,",
            "Petros Lankaris",
        )
    ]


def test_a_paragraph_that_is_one_quotation_is_kept_with_no_speaker() -> None:
    text = (
        "The harbour opened on Monday after a long delay.\n\n“We have waited for this moment "
        "for many years, and the whole town came out to see it.”\n\nBoats were decked out in "
        "flags."
    )
    assert _quotes(text) == [
        (
            "We have waited for this moment for many years, and the whole town came out to see it.",
            None,
        )
    ]
