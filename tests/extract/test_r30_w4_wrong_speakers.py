"""Round 30 (wave 4, wrong speakers): a pronoun signing words that name its candidate, and
an outlet named after the one it quotes in a Russian relay. The sentences are invented
(invented people, places and outlets)."""

from __future__ import annotations

from extracted import quote_speaker, under_headline

_PLAYER = (
    "Coach Dario Fenwick took over the squad in the spring after a poor season.\n\n"
    "Word from the dressing room has been warm, with Tomas Brell – the longest-serving "
    "player in the side – having called the change a “new start” for the club.\n\n"
)


def test_a_pronoun_never_means_the_one_its_own_words_speak_of() -> None:
    """'“X has been excellent …. He listens …,” he said': the words are about X in the
    third person, so 'he' is someone else; with no sure other, nobody."""
    text = _PLAYER + (
        "“Dario Fenwick has been excellent as manager,” he said. “He listens well and gives "
        "us room to play.”"
    )
    assert quote_speaker(text, "Dario Fenwick has been") != "Dario Fenwick"
    assert quote_speaker(text, "He listens well") != "Dario Fenwick"


def test_a_pronoun_whose_words_name_nobody_still_goes_back() -> None:
    """The same pronoun, its words naming no one, still means the one person named before."""
    text = (
        "Coach Dario Fenwick spoke to reporters after the match in Harlow.\n\n"
        "“We were tired but we held on until the end,” he said."
    )
    assert quote_speaker(text, "We were tired") == "Dario Fenwick"


def test_words_another_signs_do_not_keep_the_pronoun_from_the_one_they_name() -> None:
    """'X spoke …. “…,” he said. Y agreed: “X has been excellent.”': Y's words name X, but
    Y is named between them and the pronoun, so they are not the words 'he' signs."""
    text = (
        "Coach Dario Fenwick spoke to reporters after training in Harlow. “We will keep this "
        "going,” he said. Captain Tomas Brell agreed: “Fenwick has been excellent for us.”"
    )
    assert quote_speaker(text, "We will keep this going") == "Dario Fenwick"
    assert quote_speaker(text, "Fenwick has been excellent") == "Tomas Brell"


def test_an_outlet_named_after_the_one_it_quotes_relays_the_words() -> None:
    """'«…», — приводит слова президента местная газета X': the president said it, the paper
    relays it; the paper is never the speaker."""
    text = (
        "Президент Ларении Аркадий Вельский выступил с обращением к парламенту.\n\n"
        "«Мы завершим переговоры о новом порте к осени», — приводит слова президента "
        "местная газета Courier."
    )
    assert quote_speaker(text, "Мы завершим переговоры") != "Courier"
    assert quote_speaker(text, "Мы завершим переговоры") in {"Аркадий Вельский", None}


def test_a_relay_naming_the_one_quoted_keeps_them() -> None:
    """'«…», — приводит агентство слова X': no outlet after the name; X said it."""
    text = (
        "«Мы завершим переговоры о новом порте к осени», — приводит агентство Ларпресс слова "
        "Аркадия Вельского."
    )
    assert quote_speaker(text, "Мы завершим переговоры") == "Аркадий Вельский"


def test_a_title_word_after_a_full_name_is_its_surname() -> None:
    """'Dr X Y Sheikh, head of …': a title opens a name, it never ends one; after two name
    words, with no name after it, it is the surname, and the speaker is named in full."""
    text = (
        "“The wards have been full since Monday,” Dr Omar Farid Sheikh, head of the burns "
        "unit, said."
    )
    assert quote_speaker(text, "The wards have been full") == "Omar Farid Sheikh"
    assert "Omar Farid Sheikh" in {p.name for p in under_headline(text).people}


def test_a_title_word_before_a_name_still_titles_it() -> None:
    """'Major General X Y, …, said': the titles before the name stay out of it."""
    text = "Major General Anton Krell, the garrison commander, said the road would reopen soon."
    assert {p.name for p in under_headline(text).people} == {"Anton Krell"}
