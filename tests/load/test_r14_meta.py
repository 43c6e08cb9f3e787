"""Title, outlet and date of a real scrape (round 14): a one-line scrape that glues the
headline, a wire dateline and the page's date to the story ("… concluded Portville, Sept 18
(Agency) Sep 18, 2025 A round …"); a wire dateline's year given only by the caption over it;
an agency that signs its copyright in full but its datelines by its short name. Every name
and sentence here is invented.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, analysed, loaded

_HEADLINE = "Harbour council says round of ferry talks with unions concluded"


def test_a_wire_dateline_glued_after_the_headline_splits_the_line() -> None:
    """Headline, dateline and date stamp on one line with the story: each read as such."""
    doc = loaded(f"{_HEADLINE} Portville, Sept 18 (Harbourwire) Sep 18, 2025 {PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert doc.meta.outlet == "Harbourwire"
    assert doc.text_date == dt.date(2025, 9, 18)
    assert doc.paragraphs[0].startswith("The harbour council approved")


def test_a_dateline_with_the_page_date_after_the_agency_on_its_own_line() -> None:
    """The same dateline opening a paragraph: the full date after the agency is the page's."""
    doc = loaded(f"{_HEADLINE}\n\nPortville, Sept 18 (Harbourwire) Sep 18, 2025 {PAGE_BODY}")
    assert (doc.title, doc.text_date) == (_HEADLINE, dt.date(2025, 9, 18))
    assert doc.paragraphs[0].startswith("The harbour council approved")


def test_a_place_and_day_in_prose_is_no_glued_dateline() -> None:
    """A city and a day mid-sentence with no agency in brackets after them split nothing."""
    text = (
        f"{_HEADLINE}\n\nThe ferry left for Portville, Sept 18 and returned a week later. "
        "Crews said the crossing was calm."
    )
    doc = loaded(text)
    assert len(doc.paragraphs) == 1
    assert doc.paragraphs[0].startswith("The ferry left for Portville, Sept 18 and")


def test_a_caption_over_a_wire_dateline_gives_its_year() -> None:
    """'PORTVILLE, Oct. 23 (Agency) --' has no year; the photo caption over it, dated on the
    same day, gives it."""
    text = (
        "Harbour council chair Mara Quist speaks at a press conference in Portville, "
        "Ruritania, Oct. 23, 2025. (Photo by Tom Berg/Harbourwire)\n"
        f"PORTVILLE, Oct. 23 (Harbourwire) -- {PAGE_BODY}"
    )
    article = analysed(text)
    assert article.published == dt.date(2025, 10, 23)


def test_a_caption_on_another_day_dates_nothing() -> None:
    """A caption's date on another day than the dateline's is an old photograph's."""
    text = (
        "Harbour council chair Mara Quist speaks at a press conference in Portville, "
        "Ruritania, Oct. 2, 2025. (Photo by Tom Berg/Harbourwire)\n"
        f"PORTVILLE, Oct. 23 (Harbourwire) -- {PAGE_BODY}"
    )
    assert analysed(text).published is None


def test_agence_france_presse_in_a_copyright_line_is_afp() -> None:
    """The agency's copyright line names it in full; the outlet is the name it signs with."""
    doc = loaded(
        f"{_HEADLINE}\n\n{PAGE_BODY}\n\n"
        "Copyright 2025 Agence France-Presse. Reproduction is forbidden."
    )
    assert doc.meta.outlet == "AFP"


def test_a_source_line_crediting_a_channel_names_it() -> None:
    """'Источник: Telegram-канал "Гавань.RU"': the channel's name, dots and all."""
    doc = loaded(
        f'Совет гавани одобрил план\n\n{PAGE_BODY_RU}\n\nИсточник: Telegram-канал "Гавань.RU"'
    )
    assert doc.meta.outlet == "Гавань.RU"


def test_a_line_inviting_to_more_news_names_the_site() -> None:
    """'Больше новостей на Gavan-news.ru' at the end of the page is the site naming itself."""
    doc = loaded(f"Совет гавани одобрил план\n\n{PAGE_BODY_RU}\n\nБольше новостей на Gavan-news.ru")
    assert doc.meta.outlet == "Gavan-news.ru"


def test_more_news_in_a_sentence_names_nothing() -> None:
    """A sentence of the story that speaks of more news on a topic is no credit line."""
    doc = loaded(
        f"Совет гавани одобрил план\n\n{PAGE_BODY_RU}\n\n"
        "Больше новостей о паромах совет обещал опубликовать на следующей неделе."
    )
    assert doc.meta.outlet is None


def test_a_headline_over_a_picture_credit_stays_the_headline() -> None:
    """The headline given twice, the second time over '© Picture Agency': the credit is a
    line of its own (not the wrapped end of the headline) and names no outlet."""
    text = (
        f"{_HEADLINE}\n\n{_HEADLINE}\n© Getty Images\n\n{PAGE_BODY}\n\n"
        "Ferry operators will meet the council again in May, a spokesman said."
    )
    doc = loaded(text)
    assert (doc.title, doc.meta.outlet) == (_HEADLINE, None)


def test_a_photographer_and_agency_credit_names_no_outlet() -> None:
    """'Copyright Name/Agency' under a picture credits the photograph."""
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}  -  Copyright  Tom Berg/Harbourwire  -")
    assert doc.meta.outlet is None


def test_a_header_that_is_a_place_is_no_site_name() -> None:
    """A page headed 'Jordan' (a section or tag) that speaks of Jordan again is not the
    site 'Jordan'."""
    text = (
        f"Jordan\n\n{_HEADLINE}\n\n{PAGE_BODY}\n\n"
        "Jordan has cleared the last known minefield on its northern border, officials said."
    )
    assert loaded(text).meta.outlet is None


def test_an_image_credit_with_a_copyright_sign_names_no_outlet() -> None:
    """'Image credit: Foto 123 © Name |': the picture's maker, not the page's outlet."""
    doc = loaded(f"{_HEADLINE}\n\nImage credit: Foto 4417 © Mara Quist |\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


def test_a_caption_ending_in_the_agency_short_name_names_no_outlet() -> None:
    """'… during a demonstration. (AFP)' closing a photo caption credits the picture; the
    short name alone is no credit of the page."""
    text = (
        f"{_HEADLINE}\n\nA ferry leaves the northern channel during a drill. (AFP)\n\n{PAGE_BODY}"
    )
    assert loaded(text).meta.outlet is None
