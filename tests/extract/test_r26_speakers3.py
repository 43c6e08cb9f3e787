"""Round 26 (wave 2): an office joined by "and" to the role the name finder kept ("Deputy
Prime Minister and Transport Minister X") is held too, so "the deputy prime minister" said
again is X; with another holder of that office named, nobody. Invented sentences."""

from __future__ import annotations

from extracted import speaker_of, under_headline

_QUOTE = "This is far more than any of our neighbours spend on roads"


def test_the_first_of_two_joined_offices_said_again_is_their_holder() -> None:
    article = under_headline(
        "Tarvia's Deputy Prime Minister and Transport Minister Edvin Halloran said the coast "
        f'road would cost more than planned. "{_QUOTE}," the deputy prime minister said.'
    )
    assert speaker_of(article, _QUOTE) == "Edvin Halloran"


def test_joined_offices_with_a_longer_second_office() -> None:
    article = under_headline(
        "Lorian Deputy Prime Minister and Minister of Finance of Loria Marta Quennell said on "
        "Monday the bridge tolls would stay.\n\n"
        f"“{_QUOTE},” the Deputy Prime Minister told reporters in Porvale."
    )
    assert speaker_of(article, _QUOTE) == "Marta Quennell"


def test_deputy_prime_minister_and_foreign_minister() -> None:
    article = under_headline(
        "Deputy Prime Minister and Foreign Minister Ilse Varga said the border post would "
        f"reopen.\n\n“{_QUOTE},” the deputy prime minister said."
    )
    assert speaker_of(article, _QUOTE) == "Ilse Varga"


def test_a_second_holder_of_the_joined_office_leaves_the_quote_unattributed() -> None:
    article = under_headline(
        "Deputy Prime Minister Sorin Vale met Tarvia's Deputy Prime Minister and Transport "
        "Minister Edvin Halloran on Monday to discuss the coast road.\n\n"
        f'"{_QUOTE}," the deputy prime minister said.'
    )
    assert speaker_of(article, _QUOTE) is None


_STATEMENT = "Tarvia and Loria stand together on the sea lanes of the north"


def test_the_statement_said_is_the_body_that_said_in_a_dated_statement() -> None:
    """'X said in a March 3rd statement' (¶ another sentence ¶) '“…,” the statement said'."""
    article = under_headline(
        '"Our two harbours will stay open all winter," the Tarvian Transport Agency said in a '
        "March 3rd statement.\n\nThe two sides also agreed to share ice reports.\n\n"
        f'"{_STATEMENT}," the statement said.'
    )
    assert speaker_of(article, _STATEMENT) == "Tarvian Transport Agency"


def test_the_statement_read_is_the_body_that_said_in_a_statement_before() -> None:
    article = under_headline(
        "The Lorian Port Authority said in a statement on Monday that dredging would resume.\n\n"
        f"Its crews were idle for a month.\n\n“{_STATEMENT},” the statement read."
    )
    assert speaker_of(article, _STATEMENT) == "Lorian Port Authority"


def test_the_statement_said_with_no_body_putting_one_out_is_nobody() -> None:
    article = under_headline(
        "Ferry crews met in Porvale on Monday to talk about the winter timetable.\n\n"
        f'"{_STATEMENT}," the statement said.'
    )
    assert speaker_of(article, _STATEMENT) is None


def test_an_office_before_another_persons_name_is_not_joined() -> None:
    """'Prime Minister X and President Y': Y holds no office of X's."""
    article = under_headline(
        "Prime Minister Edvin Halloran and President Ilse Varga signed the harbour accord on "
        f'Monday.\n\n"{_QUOTE}," the prime minister said.'
    )
    assert speaker_of(article, _QUOTE) == "Edvin Halloran"


_REPORT = "In a little over twenty years we have cleared most of the coast"


def test_said_a_recent_acronym_report_is_the_body_of_the_acronym() -> None:
    article = under_headline(
        "Since 1990, the Morvale Demining Office (MDO) has cleared over 2,000 hectares.\n\n"
        f"“{_REPORT},” said a recent MDO report."
    )
    assert speaker_of(article, _REPORT) == "Morvale Demining Office"


def test_said_a_recent_report_by_the_body() -> None:
    article = under_headline(
        "Since 1990, the Morvale Demining Office (MDO) has cleared over 2,000 hectares.\n\n"
        f"“{_REPORT},” said a recent report by the MDO."
    )
    assert speaker_of(article, _REPORT) == "Morvale Demining Office"


def test_reads_the_bodys_annual_report() -> None:
    article = under_headline(
        "The Lorby Port Authority has dredged the channel.\n\n"
        f"“{_REPORT},” reads the Lorby Port Authority’s annual report."
    )
    assert speaker_of(article, _REPORT) == "Lorby Port Authority"


def test_said_a_new_report_naming_nobody_is_nobody() -> None:
    article = under_headline(
        f"The Lorby Port Authority has dredged the channel.\n\n“{_REPORT},” said a new report."
    )
    assert speaker_of(article, _REPORT) is None


def test_the_acronym_report_said_is_the_body() -> None:
    article = under_headline(
        "Since 1990, the Morvale Demining Office (MDO) has cleared over 2,000 hectares.\n\n"
        f"“{_REPORT},” the MDO report said."
    )
    assert speaker_of(article, _REPORT) == "Morvale Demining Office"


def test_the_kind_press_release_stated_is_the_one_body_of_that_kind() -> None:
    article = under_headline(
        "The Tarvian Embassy in Lorby said the dam would open in May.\n\n"
        f'In June the first turbines were tested. "{_REPORT}," the Embassy press release stated.'
    )
    assert speaker_of(article, _REPORT) == "Tarvian Embassy in Lorby"


def test_the_kind_press_release_with_two_bodies_of_that_kind_is_nobody() -> None:
    article = under_headline(
        "The Tarvian Embassy in Lorby and the Lorian Embassy in Tarvo said the dam would open "
        f'in May.\n\n"{_REPORT}," the Embassy press release stated.'
    )
    assert speaker_of(article, _REPORT) is None


def test_an_acronym_spelled_out_before_in_brackets_is_credited_by_its_full_name() -> None:
    article = under_headline(
        "The North Lorian Fisheries Board (NLFB) closed the bay to trawlers on Monday.\n\n"
        f"“{_REPORT},” the NLFB said."
    )
    assert speaker_of(article, _REPORT) == "North Lorian Fisheries Board"


def test_an_acronym_whose_letters_the_words_before_do_not_spell_stays_as_written() -> None:
    article = under_headline(
        f"Ministers of the Union (UCE) met in Porvale on Monday.\n\n“{_REPORT},” the UCE said."
    )
    assert speaker_of(article, _REPORT) == "UCE"
