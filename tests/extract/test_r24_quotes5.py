"""Round 24: a firm named with a word firms end their names with ("Brindle Energy") and said
again by its first word alone ("“…,” Brindle said") is that firm; not when the word is a
person's, a place's, or two firms share it. The sentences are invented (invented firms,
places and people)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import Article, SpeakerKind

_QUOTE = "The spring storms at the yard cost us six weeks and we cannot win that time back"


def _speaker(article: Article) -> tuple[str | None, SpeakerKind | None]:
    [quote] = [q for q in article.quotes if q.text.startswith(_QUOTE)]
    return quote.speaker, quote.speaker_kind if quote.speaker is not None else None


def test_a_firm_said_again_by_its_first_word_is_that_firm() -> None:
    """'“…,” Brindle said' after 'Brindle Energy': the firm's short name."""
    article = under_headline(
        "The Marlow gas platform is more than half built, according to partner Brindle "
        "Energy.\n\n"
        f"“{_QUOTE},” Brindle said."
    )
    assert _speaker(article) == ("Brindle Energy", SpeakerKind.ORGANISATION)


def test_a_firm_said_in_full_with_no_statement_is_that_firm() -> None:
    """'“…,” Brindle Energy said': a name ending in a firm's word needs no 'in a statement'."""
    article = under_headline(
        f"The Marlow gas platform is more than half built.\n\n“{_QUOTE},” Brindle Energy said."
    )
    assert _speaker(article) == ("Brindle Energy", SpeakerKind.ORGANISATION)


def test_a_person_of_that_name_is_not_the_firm() -> None:
    """A word of a person's name the article gives may be that person: no firm is read."""
    article = under_headline(
        "The Marlow gas platform is more than half built, according to Brindle Energy. "
        "Engineer Tomas Brindle leads the work.\n\n"
        f"“{_QUOTE},” Brindle said."
    )
    assert _speaker(article)[1] != SpeakerKind.ORGANISATION


def test_two_firms_sharing_the_word_name_neither() -> None:
    """'Brindle Energy' and 'Brindle Shipping' both before: which one spoke, the text hides."""
    article = under_headline(
        "The Marlow gas platform is more than half built, Brindle Energy and its carrier "
        "Brindle Shipping reported.\n\n"
        f"“{_QUOTE},” Brindle said."
    )
    assert _speaker(article) == (None, None)


def test_a_country_before_its_oil_firm_is_not_the_firm() -> None:
    """'“…,” Qatar said' after 'Qatar Petroleum': the country, whose voice the text hides."""
    article = under_headline(
        f"The new plant will start in May, Qatar Petroleum announced.\n\n“{_QUOTE},” Qatar said."
    )
    assert _speaker(article)[0] != "Qatar Petroleum"


_PLEDGE = "the signing of the trade deal in Geneva in the first week of May"


def test_the_nationality_the_role_left_out_still_names_the_office_holder() -> None:
    """'Rwandan Foreign Minister X' kept as 'Foreign Minister' (the name finder leaves the
    place's adjective out): 'the Rwandan minister' later is still X, by the words the text
    wrote right before the role."""
    article = under_headline(
        "Rwanda and Freedonia will sign a trade deal in May in Geneva, Rwandan Foreign "
        "Minister Tomas Verhaal told reporters.\n\n"
        "He said no text had been agreed yet.\n\n"
        f"The Rwandan minister stressed that the talks should end with “{_PLEDGE}.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_PLEDGE)]
    assert quote.speaker == "Tomas Verhaal"


def test_another_nationality_is_not_the_office_holder() -> None:
    """'the Freedonian minister' is not the Rwandan one whose role left the adjective out."""
    article = under_headline(
        "Rwanda and Freedonia will sign a trade deal in May in Geneva, Rwandan Foreign "
        "Minister Tomas Verhaal told reporters.\n\n"
        "He said no text had been agreed yet.\n\n"
        f"The Burundian minister stressed that the talks should end with “{_PLEDGE}.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_PLEDGE)]
    assert quote.speaker != "Tomas Verhaal"


_FORECAST = "Exports should stay near that level this year and could even rise a little above it"


def test_an_outlet_citing_a_person_as_saying_relays_that_persons_words() -> None:
    """'“…,” the agency cited X as saying': X spoke, as with 'quoted X as saying'."""
    article = under_headline(
        "Gas exports from Ruritania hit a record last year.\n\n"
        f"“{_FORECAST},” Tallow News cited Brindle Pipelines Chief Executive Tomas Verhaal "
        "as saying."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_FORECAST)]
    assert quote.speaker == "Tomas Verhaal"


_CUT = (
    "The first cargo from the Marlow field opens a new chapter for the industry and the "
    "economy of our country but above all for our people and their children"
)


def test_a_quote_closing_on_a_comma_at_the_page_end_is_nobodys_named() -> None:
    """'“…,”' ending the page: its attribution was cut off, so the words are kept without a
    speaker, not handed to the speaker of the paragraph before."""
    article = under_headline(
        "Ruritania has become an oil producer, Brindle Energy said on Tuesday.\n\n"
        "“This is a proud day for Ruritania and for our staff at the Marlow field,” said the "
        "firm's chief executive Tomas Verhaal.\n\n"
        f"“{_CUT},”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_CUT)]
    assert quote.speaker is None


def test_a_quote_closing_on_a_full_stop_at_the_page_end_goes_on() -> None:
    """'“….”' ending the page closes its own sentence: the speaker before goes on."""
    article = under_headline(
        "Ruritania has become an oil producer, Brindle Energy said on Tuesday.\n\n"
        "“This is a proud day for Ruritania and for our staff at the Marlow field,” said the "
        "firm's chief executive Tomas Verhaal.\n\n"
        f"“{_CUT}.”"
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_CUT)]
    assert quote.speaker == "Tomas Verhaal"


_CHEERS = "Стать первой такой компанией в этой гоночной серии для нас большая честь и радость"


def test_the_athlete_after_the_verb_is_the_person_named_before() -> None:
    """'«…», — отметил спортсмен' after 'является бывший хоккеист X': 'the athlete' points
    back to the last person named, like 'the diplomat' does, though X was not heard before."""
    article = under_headline(
        "Соучредителем компании является бывший хоккеист Игорь Ламбер. "
        f"«{_CHEERS}», — отметил спортсмен."
    )
    [quote] = [q for q in article.quotes if q.text.startswith(_CHEERS)]
    assert quote.speaker == "Игорь Ламбер"
