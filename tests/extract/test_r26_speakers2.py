"""Round 26 (speakers, 2): quotes whose speaker the text states plainly but that went
unattributed: a participle after the quote, a long phrase before an inverted 'said X', a
name's prefix written joined, a unit's name read as a person. The sentences are invented
(invented people, places and bodies)."""

from __future__ import annotations

from extracted import quote_speaker, under_headline

from briefings.extract.speaker import after_preposition, name_words


def test_a_participle_after_the_quote_goes_on_with_the_subject_before() -> None:
    """'At a meeting, he explained that, “…,” adding that … and it continues …': the
    participle's sentence is the subject's before the quote, not 'adding … it' speaking."""
    text = (
        "Lena Marsh, a director at Tarvian trading house Kelvo, said the firm would stay in "
        "the gas project.\n\n"
        "At a shareholder meeting, she explained that, “We have no plan to leave the project "
        "for now,” adding that the plant runs well and it continues to supply the region."
    )
    assert quote_speaker(text, "We have no plan") == "Lena Marsh"


def test_a_long_phrase_before_an_inverted_said_x() -> None:
    """'…, “if both sides agree”, to work out a lasting settlement of the dispute, said Mr
    X.': X, after the verb, said the words."""
    text = (
        "Premier Anton Tiberius hosted the talks in Kessin. A meeting of defence attaches would "
        "follow, “if both sides agree”, to work out a lasting settlement of the border "
        "dispute, said Mr Tiberius."
    )
    assert quote_speaker(text, "if both sides agree") == "Anton Tiberius"


def test_a_name_prefix_written_joined_is_the_same_name() -> None:
    """'Al-Harthi' of 'Salim Al Harthi'."""
    assert "al-harthi" in name_words("Salim Al Harthi")
    text = (
        "Salim Al Harthi, the head of the hydrogen agency, opened the second round. "
        "Al-Harthi said bids were due in May.\n\n"
        "He said: “We will survey the routes and look at the cheapest options for the "
        "pipelines.”"
    )
    assert quote_speaker(text, "We will survey") == "Salim Al Harthi"


def test_a_units_name_is_no_person() -> None:
    """'Eno Varik, head of the North Finland Bomb Squad, explained …. “…,” he said': the
    squad is no second man "he" may mean."""
    text = (
        "Eno Varik, head of the North Finland Bomb Squad and leader of the clearance, explained "
        "that the forests hold many shells. “A lot of ordnance was left in the woods of the "
        "peninsula,” he said."
    )
    article = under_headline(text)
    assert all("Squad" not in p.name for p in article.people)
    assert quote_speaker(text, "A lot of ordnance") == "Eno Varik"


def test_he_after_an_unnamed_voice_for_someone_is_not_that_someone() -> None:
    """'A spokesman for Premier X said …. “…,” he said': the spokesman, never named; and
    'An official said X would attend. “…,” he said' is the official's."""
    spokesman = (
        "A spokesman for Premier Olaf Brand said the premier backed the deal. “We will sign "
        "the deal in May this year,” he said."
    )
    assert quote_speaker(spokesman, "We will sign") is None
    official = (
        "An official said on Monday that Olaf Brand would attend. “We will sign the deal in "
        "May this year,” he said."
    )
    assert quote_speaker(official, "We will sign") is None
    named = (
        "An official said the talks would go on. Olaf Brand later confirmed it. “We will sign "
        "the deal in May this year,” he said."
    )
    assert quote_speaker(named, "We will sign") == "Olaf Brand"


def test_quoted_him_as_saying_is_whom_he_means() -> None:
    """'“…,” the paper quoted her as saying': the woman spoken of, not the paper."""
    text = (
        "Maria Lindqvist spoke to the Kessin Herald about the deal. “We will sign the deal in "
        "May this year,” the paper quoted her as saying."
    )
    assert quote_speaker(text, "We will sign") == "Maria Lindqvist"


def test_a_lone_russian_word_after_a_genitive_noun_is_a_place() -> None:
    """'— сказал глава администрации Бауски': the town whose head spoke, not a person
    called so; '— сказал министр Кедров' keeps its speaker."""
    town = "«Мы подпишем соглашение в мае», — сказал глава администрации Кессина."
    assert quote_speaker(town, "Мы подпишем") is None
    province = "«Мы подпишем соглашение в мае», — заявил губернатор провинции Тарваш."
    assert quote_speaker(province, "Мы подпишем") is None
    minister = "«Мы подпишем соглашение в мае», — сказал министр Кедров."
    assert quote_speaker(minister, "Мы подпишем") == "Кедров"


def test_two_names_after_one_preposition_are_both_its_objects() -> None:
    """'The deal was signed by X and Y. “…,” he said': Y is an object of "by" as X is, so
    "he" may be either and names nobody."""
    text = (
        "The deal was signed by Anton Tiberius and Olaf Brand. “We will sign the next deal in "
        "May this year,” he said."
    )
    assert quote_speaker(text, "We will sign") is None
    assert after_preposition(text, text.index("Olaf"))
