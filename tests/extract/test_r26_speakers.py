"""Round 26 (speakers): quotes credited to someone who did not say them. A name in a clause
fronted before the subject, a name inside the quote before, an office whose holder is named
right after it, a name in an oblique case before a colon, and a quote signed by voices nobody
named. The sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import quote_speaker, under_headline

from briefings.extract.speaker import person_name


def test_a_name_in_a_fronted_clause_is_not_the_subject() -> None:
    """'At a press event where X stood beside him, Y, who …, said, “…”': Y speaks."""
    text = (
        "At a press event where Premier Maria Lindqvist stood beside him, Tiberius, who is on "
        "a three-day visit to Velmar, said, “Our nations will stay close partners.” President "
        "Anton Tiberius arrived on Sunday."
    )
    assert quote_speaker(text, "Our nations") == "Anton Tiberius"


def test_a_fronted_clause_with_a_name_and_a_described_subject_names_nobody() -> None:
    """'As X looked on, the visiting minister said: “…”': not X."""
    text = (
        "As Premier Maria Lindqvist looked on, the visiting minister said: “This is a great "
        "day for all of us.”"
    )
    assert quote_speaker(text, "This is a great day") is None


def test_a_fronted_clause_without_a_name_keeps_the_subject() -> None:
    """'With X at his side, Y said' and 'When X arrived, she said': the subject as before."""
    with_side = (
        "With Premier Maria Lindqvist at her side, President Anton Tiberius said: “We are "
        "friends and we will stay friends.”"
    )
    assert quote_speaker(with_side, "We are friends") == "Anton Tiberius"
    when = (
        "When Premier Maria Lindqvist arrived in Kessin, she said: “This is a great day for "
        "all of us.”"
    )
    assert quote_speaker(when, "This is a great day") == "Maria Lindqvist"


def test_a_name_inside_the_quote_before_is_not_the_next_quotesquote_speaker() -> None:
    """'“Y and I have agreed …,” he said. “B.”': B is the speaker's, not Y's."""
    text = (
        "President Anton Tiberius met Premier Maria Lindqvist in Kessin. “Premier Maria "
        "Lindqvist and I have agreed on a new plan for the port,” he said. “This is the best "
        "result of the talks.”"
    )
    assert quote_speaker(text, "This is the best") == "Anton Tiberius"


def test_an_office_whose_holder_is_named_after_it_is_not_someone_before() -> None:
    """'По словам представителя управления Хань Лэй, …': the one named there, never the
    person spoken of before."""
    text = (
        "Столкновение судов произошло у острова Тарвия, сообщил губернатор Иван Кедров.\n\n"
        "По словам представителя управления Хань Лэй, моряки «действовали непрофессионально "
        "и создали угрозу». «Провокации другой стороны носят серьезный характер», — "
        "прокомментировал он."
    )
    for start in ("действовали", "Провокации"):
        assert quote_speaker(text, start) in ("Хань Лэй", "Лэй")


def test_a_soft_sign_is_no_case_ending_of_a_place() -> None:
    """'Хань Лэй': a first word that is a place's name but for its soft sign is a name."""
    assert person_name("Хань Лэй") == "Хань Лэй"
    assert person_name("Казань Лэй") == "Казань Лэй"


def test_a_name_in_an_oblique_case_before_a_colon_is_no_subject() -> None:
    """'На плакате была фотография премьер-министра X и надпись: «…»': no speech verb, X in
    the genitive: the inscription is not X's words."""
    text = (
        "В Кессине прошел парад. На главном плакате была изображена фотография "
        "премьер-министра Антона Тиберина, солдаты и надпись: «Мы никогда не отступим от "
        "наших берегов и нашего моря»."
    )
    article = under_headline(text)
    assert all(q.speaker != "Антон Тиберин" for q in article.quotes)


def test_a_quote_signed_by_unnamed_analysts_is_not_the_last_speakers() -> None:
    """'(¶) “…,” analysts say.' after X spoke: the analysts', not X's."""
    text = (
        "“The index rose for the third month running,” said Clara Vinter, an economist at "
        "the Tarvian Institute.\n\n"
        "“Only investment stays below the neutral mark and it has done so all year,” analysts "
        "say."
    )
    assert quote_speaker(text, "Only investment") is None


def test_a_quote_closed_the_wrong_way_and_signed_by_economists() -> None:
    """'“… mark“- economists point out.' (the closing mark printed as an opening one) after
    X spoke: not X's."""
    text = (
        "– The mood of firms improved in March, mostly thanks to sales – comments Clara Vinter, "
        "an expert at the Tarvian Institute.\n\n"
        "Investment is the weak spot\n\n"
        "“In this reading only one part stays below the neutral mark. It is investment, which "
        "has not passed that mark all year“- economists point out."
    )
    article = under_headline(text)
    assert all(q.speaker != "Clara Vinter" for q in article.quotes if q.text.startswith("In this"))


def test_a_royal_title_before_a_full_name_is_not_part_of_it() -> None:
    """'said Energy Minister Prince X bin Y': X bin Y; 'said Prince Z' alone keeps the title."""
    full = (
        "“We will build the line together,” said Tarvian Energy Minister Prince Faisal bin "
        "Turki, who chaired the meeting."
    )
    assert quote_speaker(full, "We will build") == "Faisal bin Turki"
    alone = "“We will build the line together,” said Prince Edmund at the meeting in Kessin."
    assert quote_speaker(alone, "We will build") == "Prince Edmund"
    assert person_name("Sheikh Hamad") == "Sheikh Hamad"


def test_an_occupation_before_a_given_name_is_the_person_named_in_full() -> None:
    """'Volunteer Maria said, “…”' after 'Maria Delmar': Maria Delmar, not 'Volunteer
    Maria'."""
    text = (
        "The choir was led by Maria Delmar. Volunteer Maria said, “It was a night to remember "
        "for everyone.”"
    )
    assert quote_speaker(text, "It was a night") == "Maria Delmar"
    assert person_name("Volunteer Maria") == "Maria"


def test_a_malay_name_repeating_its_first_word_is_one_person() -> None:
    """'club owner Mohd Faizal Mohd Ridzuan told reporters' then 'Mohd Faizal said': one
    person in full, not 'Mohd Faizal' and a 'Mohd Ridzuan' beside him."""
    text = (
        "“Our fighters can turn professional,” club owner Mohd Faizal Mohd Ridzuan told "
        "reporters recently.\n\nMohd Faizal said the promoters were keen."
    )
    assert quote_speaker(text, "Our fighters") == "Mohd Faizal Mohd Ridzuan"


def test_a_participle_clause_fronted_before_the_subject() -> None:
    """'Speaking to reporters after meeting X, Y said: “…”': Y, whom the clause does not
    name; 'Asked about X, she said' keeps 'she'."""
    text = (
        "Maria Lindqvist welcomed the plan. Speaking to reporters after meeting Lindqvist, "
        "Anton Tiberius said: “We will sign the deal in May this year.”"
    )
    assert quote_speaker(text, "We will sign") == "Anton Tiberius"
    asked = (
        "Maria Lindqvist spoke in Kessin. Asked about Anton Tiberius, she said: “We will sign "
        "the deal in May this year.”"
    )
    assert quote_speaker(asked, "We will sign") == "Maria Lindqvist"
