"""What a brief line shows: the informative span, "…" at every cut, never page junk."""

from __future__ import annotations

import pytest

from briefings.digest.spans import (
    CLAUSE_CUT_MIN_CHARS,
    ELLIPSIS,
    LONG_SPAN_CHARS,
    LONG_SPAN_KEEP,
    balanced,
    caption,
    informative_span,
    shows_junk,
    speaker_stems,
    verbatim_parts,
)

FACT = "Azerbaijan and Georgia signed a memorandum on the Black Sea electricity cable"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        pytest.param(f"BRUSSELS/BAKU, March 3 - {FACT}.", f"…{FACT}.", id="two-cities"),
        pytest.param(f"Washington DC - {FACT}.", f"…{FACT}.", id="city-dc"),
        pytest.param(f"TBILISI, Sept 10 (Caspian Wire) - {FACT}.", f"…{FACT}.", id="wire"),
        pytest.param(
            f"Accra, Oct. 4, (Wire/Coast Agency) – {FACT}.", f"…{FACT}.", id="wire-and-reprinter"
        ),
        pytest.param(f"Lisbon [Portugal], May 5 (Wire): {FACT}.", f"…{FACT}.", id="bracket-wire"),
        pytest.param(f"New Delhi [India], August 30 : {FACT}.", f"…{FACT}.", id="bracket-colon"),
        pytest.param(f"March 4, 2025 TBILISI — {FACT}.", f"…{FACT}.", id="date-first"),
        pytest.param(f"Tbilisi: {FACT}.", f"…{FACT}.", id="city-colon"),
        pytest.param(f"CORVALE: {FACT}.", f"…{FACT}.", id="capital-city-colon"),
        pytest.param(f"NEW CORVALE: {FACT}.", f"…{FACT}.", id="two-word-capital-city-colon"),
        pytest.param(f"NATO: {FACT}.", f"NATO: {FACT}.", id="acronym-label-stays"),
        pytest.param(
            f"CORVALE, (Wire - Valmora Daily - 3rd Mar, 2025) {FACT}.",
            f"…{FACT}.",
            id="capital-city-bracketed-credit",
        ),
        pytest.param(
            f"NATO (North Atlantic Treaty Organization) {FACT}.",
            f"NATO (North Atlantic Treaty Organization) {FACT}.",
            id="acronym-expanded-stays",
        ),
        pytest.param(
            "ТБИЛИСИ -- Азербайджан и Грузия подписали меморандум о кабеле по дну моря.",
            "…Азербайджан и Грузия подписали меморандум о кабеле по дну моря.",
            id="double-hyphen",
        ),
        pytest.param(f"Wire: {FACT}.", f"…{FACT}.", id="agency-colon"),
        pytest.param(
            "БАКУ /Trend/ – Азербайджан и Грузия подписали меморандум о кабеле по дну моря.",
            "…Азербайджан и Грузия подписали меморандум о кабеле по дну моря.",
            id="russian-agency",
        ),
        pytest.param(f"{FACT}, Report informs.", f"{FACT}…", id="agency-informs"),
        pytest.param(f"{FACT}, the energy ministry said on Monday.", f"{FACT}…", id="said-on"),
        pytest.param(
            f"{FACT}, Caspian Wire reports, citing the ministry.", f"{FACT}…", id="reports-citing"
        ),
        pytest.param(
            f"{FACT}, according to a statement published by the two governments after talks.",
            f"{FACT}…",
            id="according-to",
        ),
        pytest.param(
            "Азербайджан и Грузия подписали меморандум о кабеле по дну Черного моря, сообщает "
            "Report со ссылкой на министерство энергетики.",
            "Азербайджан и Грузия подписали меморандум о кабеле по дну Черного моря…",
            id="russian-tail",
        ),
        pytest.param(f"{FACT}.", f"{FACT}.", id="nothing-to-cut"),
        pytest.param(
            "Участники KEF25 – министры энергетики пяти стран – подписали меморандум о кабеле.",
            "Участники KEF25 – министры энергетики пяти стран – подписали меморандум о кабеле.",
            id="subject-and-apposition-dash-stay",
        ),
        pytest.param(
            "Corvale United - of the regional league - signed a memorandum on the pitch cable.",
            "Corvale United - of the regional league - signed a memorandum on the pitch cable.",
            id="lowercase-after-the-dash-is-no-dateline",
        ),
    ],
)
def test_informative_span_cuts_datelines_and_attribution_tails(sentence: str, shown: str) -> None:
    """Datelines and attribution tails go; what stays is verbatim, "…" marking the cut."""
    assert informative_span(sentence) == shown
    assert all(part in sentence for part in verbatim_parts(shown))


def test_a_fact_free_trailing_clause_goes_from_a_long_sentence() -> None:
    """', which …' with no figure and no name is cut from a long sentence; a fact stays."""
    fact_free = (
        f"{FACT} in the presence of both prime ministers and their delegations, which was "
        "widely seen as an important and welcome step for the whole region and beyond it."
    )
    assert (
        informative_span(fact_free)
        == f"{FACT} in the presence of both prime ministers and their delegations…"
    )
    with_fact = (
        f"{FACT} in the presence of both prime ministers and their delegations, which was "
        "valued at 3 billion euros by both delegations."
    )
    assert CLAUSE_CUT_MIN_CHARS < len(with_fact) <= LONG_SPAN_CHARS
    assert informative_span(with_fact) == with_fact


def test_a_very_long_sentence_ends_at_its_last_clause_break() -> None:
    """Past LONG_SPAN_CHARS the span ends, marked, at the last comma that keeps the main clause."""
    long = (
        f"{FACT} in Tbilisi on Monday, with both prime ministers present, a project valued at "
        "3 billion euros that the two governments, the European Commission and the World Bank "
        "expect to finance, build and open within seven years."
    )
    assert len(long) > LONG_SPAN_CHARS
    shown = informative_span(long)
    assert shown.endswith("…") and LONG_SPAN_KEEP <= len(shown) <= LONG_SPAN_CHARS + 1
    assert shown[:-1] in long and long[len(shown) - 1] == ","


def test_a_clause_stating_a_multiple_is_a_fact_and_stays() -> None:
    """', which foresees a tripling of …' names no digit, yet it is the news: not cut."""
    sentence = (
        f"{FACT} in Tbilisi on Saturday, which foresees a tripling of the power both "
        "countries may trade in the winter months."
    )
    assert CLAUSE_CUT_MIN_CHARS < len(sentence) <= LONG_SPAN_CHARS
    assert informative_span(sentence) == sentence
    russian = (
        "Азербайджан и Грузия подписали меморандум о кабеле по дну Черного моря в присутствии "
        "обоих премьеров, что позволит удвоить переток электроэнергии между странами зимой."
    )
    assert len(russian) > CLAUSE_CUT_MIN_CHARS
    assert informative_span(russian) == russian


def test_a_very_long_sentence_is_not_ended_between_two_subjects() -> None:
    """', and the …' may join a second subject: a cut there would leave a line with no verb."""
    sentence = (
        "The demobilisation of the Northern Hills Brigade (NHB), the armed wing of the Valley "
        "Liberation Council (VLC) in the eastern districts, and the return of its weapons will not "
        "be finished this year even if the final settlement is signed in the spring, the mediator "
        "said."
    )
    assert len(sentence) > LONG_SPAN_CHARS
    assert sentence.index(", and the return") - LONG_SPAN_KEEP > 0
    shown = informative_span(sentence)
    assert "will not be finished" in shown
    assert all(part in sentence for part in verbatim_parts(shown))


def test_a_cut_never_leaves_an_unbalanced_quote() -> None:
    """A tail cut inside a quotation is not made."""
    sentence = f'"{FACT}, the energy ministry said on Monday."'
    assert informative_span(sentence) == sentence
    assert balanced(informative_span(sentence))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("date 2025-10-03", id="bare-page-stamp"),
        pytest.param("27.06.2024 | 14:58", id="bare-time-stamp"),
        pytest.param("May 2024 09:17 (UTC+04:00)", id="bare-dated-stamp"),
        pytest.param("Azerbaijan exported gas to Italy. Read more", id="read-more"),
        pytest.param("Read more", id="menu-word"),
        pytest.param("Share this article", id="menu-words"),
        pytest.param("BAKU, Azerbaijan, March 12.", id="bare-dateline"),
        pytest.param("/ТАСС/.", id="bare-agency"),
        pytest.param("“Azerbaijan raised gas exports to Europe, he said.", id="unbalanced-quote"),
        pytest.param("Об этом сообщили в министерстве энергетики.", id="bare-credit"),
        pytest.param(
            "This story was first published by the Caspian Wire and is reprinted with permission.",
            id="reprint-credit",
        ),
        pytest.param("Originally published in the Tbilisi Courier.", id="originally-published"),
        pytest.param("Материал впервые опубликован на сайте газеты «Вестник».", id="reprint-ru"),
        pytest.param(
            "A .gov website belongs to one of the agencies in this directory.",
            id="gov-banner",
        ),
        pytest.param("File photo: Workers inspect a pipe near Corvale.", id="photo-caption"),
        pytest.param("Image credit: Ana Petrescu/Valmora Daily", id="image-credit"),
        pytest.param("(Photo by Ana Petrescu/Tarvel Agency)", id="photo-credit"),
        pytest.param("3 марта – ValmoraDaily.org.", id="date-and-site"),
        pytest.param("March 3, Wire/tarvel.az.", id="date-and-wire-site"),
        pytest.param("12 марта, Корвале /Корр.", id="date-first-dateline-ru"),
        pytest.param("4 June, Corvale.", id="date-first-dateline"),
        pytest.param("Continue reading Valmora Refinery Doubles Its Crude Imports", id="continue"),
        pytest.param("TVA PHOTO", id="agency-photo"),
        pytest.param("PHOTO | TVA", id="photo-bar-agency"),
        pytest.param("/ TVA PHOTO / ANA PETRESCU", id="slashed-agency-photo"),
        pytest.param("Фото ВАЛМОРА", id="photo-ru-name"),
    ],
)
def test_junk_is_never_shown(line: str) -> None:
    """Bare stamps, menu words, bare datelines, bare credits and unbalanced quotes are junk."""
    assert shows_junk(line)


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            ["Envoys smile for the cameras during the talks in Corvale.", "TVA PHOTO"],
            id="agency-photo",
        ),
        pytest.param(
            ["The signing ceremony in Corvale on March 3, 2025.", "PHOTO | TVA"], id="photo-bar"
        ),
        pytest.param(["Spokesperson Ana Petrescu Photo: valmora.gov.vl"], id="glued-photo-site"),
        pytest.param(["Refugees near Corvale on May 5, 2024 (Photo: TVA)"], id="glued-photo-paren"),
        pytest.param(["Посланник Иван Корвин © TVA Photo/ Ana Petrescu"], id="glued-wire-photo"),
        pytest.param(["Шахта под Корвале.", "Фото: ТВА.", "|"], id="credit-then-layout-bar"),
        pytest.param(["A deminer at work.", "Photo by Valmora Daily/Ana Petrescu."], id="photo-by"),
    ],
)
def test_a_paragraph_ending_in_a_photo_credit_is_a_caption(paragraph: list[str]) -> None:
    """Wires and outlets print a caption's credit in many forms, as a line or glued on."""
    assert caption(paragraph)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The ministry released a photo.", id="released-a-photo"),
        pytest.param("Officials posed for a photo after signing the deal.", id="posed"),
        pytest.param("The agency said the photos by the drone showed damage.", id="photos-by"),
        pytest.param("Photos by the ministry show the damaged pipe.", id="photos-by-lower"),
        pytest.param("4 June, the ministry signed a deal with Corvale.", id="date-first-fact"),
    ],
)
def test_news_about_a_photo_is_no_caption(sentence: str) -> None:
    """A sentence of news that mentions a photo is neither a caption nor junk."""
    assert not caption([sentence])
    assert not shows_junk(sentence)


def test_a_plain_fact_is_not_junk() -> None:
    """A sentence of news passes the guard."""
    assert not shows_junk(f"{FACT}, with a capacity of 4 GW.")
    assert not shows_junk("The photo exhibition on the pipeline opened in Corvale on Monday.")
    assert not shows_junk("On 26 June the ministry of Valmora.org signed the deal.")
    assert ELLIPSIS not in informative_span(f"{FACT}, with a capacity of 4 GW.")


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("date 2025-10-03 ", id="page-stamp"),
        pytest.param("27.06.2024 | 14:58", id="glued-time-stamp"),
        pytest.param("2025-10-03 09:15 ", id="iso-stamp"),
    ],
)
def test_a_stamp_glued_to_a_sentence_is_cut_and_the_sentence_kept(stamp: str) -> None:
    """The loader may leave a stamp before the first sentence: the news after it is shown."""
    sentence = f"{stamp}{FACT}."
    assert not shows_junk(sentence)
    assert informative_span(sentence) == f"{ELLIPSIS}{FACT}."


def test_an_attribution_tail_naming_a_person_of_the_article_stays() -> None:
    """Who said it is news: a tail naming one of the article's people is kept, an outlet's cut."""
    said = f"{FACT}, Parviz Shahbazov said on Monday."
    assert informative_span(said) == f"{FACT}…"
    assert informative_span(said, speaker_stems(["Parviz Shahbazov"])) == said
    ru = "Текст договора почти согласован, заявил министр иностранных дел Армении Арарат Мирзоян."
    assert informative_span(ru, speaker_stems(["Арарат Мирзоян"])) == ru
    reported = f"{FACT}, Report informs."
    assert informative_span(reported, speaker_stems(["Parviz Shahbazov"])) == f"{FACT}…"
    label = f"Shahbazov: {FACT}."
    assert informative_span(label, speaker_stems(["Parviz Shahbazov"])) == label


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(", according to the chairman of the joint cable commission", id="chairman"),
        pytest.param(", Energy Minister Parviz Shahbazov said on Monday", id="minister-named"),
        pytest.param(", the deputy prime minister told reporters in Tbilisi", id="deputy-pm"),
    ],
)
def test_an_attribution_tail_naming_an_office_holder_stays(tail: str) -> None:
    """Who said it is news even when named by office only: the tail is kept, not cut."""
    sentence = f"{FACT}{tail}."
    assert informative_span(sentence) == sentence


def test_a_role_tail_in_russian_stays_and_an_agency_tail_goes() -> None:
    """A role tail ("…, заявил министр …") is who said it; an agency tail who reported it."""
    said = "Текст договора о кабеле почти согласован, заявил министр энергетики Грузии на брифинге."
    assert informative_span(said) == said
    reported = "Текст договора о кабеле почти согласован, сообщает Report со ссылкой на МИД."
    assert informative_span(reported) == "Текст договора о кабеле почти согласован…"
