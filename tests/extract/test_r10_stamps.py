"""Page stamps (round 10): a wire dateline that credits the agency and its correspondent
("ГОРОД, 9 янв - АГЕНТСТВО, Имя Фамилия.") is metadata: the agency is the outlet, and the
correspondent is no person of the article; a one-word byline ("By Trend") names the agency;
a Russian legal name ("АО «ТРК «X»") or a media group's banner ("МЕДИАГРУППА «X»") names the
outlet by its quoted brand; two Russian blocks the scrape glued ("…планЭто решение …") are
two lines again; a list item is never the headline. Every name here is invented.
"""

from __future__ import annotations

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, analysed, loaded


def test_a_wire_dateline_with_its_correspondent_is_metadata() -> None:
    """The agency is the outlet and the dateline's day is read; the text starts after it."""
    doc = loaded("ПОРТВИЛЬ, 9 янв - Гавань Медиа, Ольга Дремова. " + PAGE_BODY_RU)
    assert doc.meta.outlet == "Гавань Медиа"
    assert doc.dateline_day == (1, 9)
    assert doc.paragraphs[0].startswith("Совет гавани")


def test_the_correspondent_of_a_dateline_is_no_person_of_the_article() -> None:
    """The correspondent named in the dateline is not one of the people the article names."""
    article = analysed(
        "Совет гавани одобрил план\n\nПОРТВИЛЬ, 9 янв - Гавань Медиа, Ольга Дремова. "
        + PAGE_BODY_RU
    )
    assert "Ольга Дремова" not in [p.name for p in article.people]


def test_a_dateline_agency_without_a_correspondent_still_reads() -> None:
    """The plain form ("CITY, 9 Jan - AGENCY.") is read as before."""
    doc = loaded("PORTVILLE, 9 Jan - Harbour Wire. " + PAGE_BODY)
    assert doc.meta.outlet == "Harbour Wire"
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_one_word_byline_names_the_agency() -> None:
    """'By Harbourwire' over the text credits the agency whose copy the page carries."""
    doc = loaded("By Harbourwire\n\n" + PAGE_BODY)
    assert doc.meta.outlet == "Harbourwire"
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_placeholder_byline_names_no_outlet() -> None:
    """'By Admin' is the site's placeholder user, not an outlet."""
    doc = loaded("By Admin\n\n" + PAGE_BODY)
    assert doc.meta.outlet is None


def test_a_legal_name_in_the_copyright_gives_its_brand() -> None:
    """'© ООО «Редакция «Гавань»»': of a company's legal name, the quoted brand is the outlet."""
    doc = loaded("Совет гавани одобрил план\n\n" + PAGE_BODY_RU + "\n\n© АО «ТРК «ГАВАНЬ»")
    assert doc.meta.outlet == "ГАВАНЬ"


def test_a_media_group_banner_names_the_outlet() -> None:
    """A banner line 'МЕДИАГРУППА «X»' over the headline is the page's own name."""
    doc = loaded("МЕДИАГРУППА «ГАВАНЬ»\nСовет гавани одобрил план\n\n" + PAGE_BODY_RU)
    assert doc.meta.outlet == "ГАВАНЬ"
    assert doc.title == "Совет гавани одобрил план"


def test_a_headline_glued_to_its_standfirst_is_split() -> None:
    """'…одобрил планЭто решение …': the scrape glued two blocks; the headline is the first."""
    doc = loaded(
        "Совет гавани одобрил план углубления северного каналаЭто решение положит конец "
        "задержкам\n\n" + PAGE_BODY_RU
    )
    assert doc.title == "Совет гавани одобрил план углубления северного канала"


def test_a_camel_case_brand_stays_whole() -> None:
    """'«ГаваньТелеком»' is a brand written so, not two glued blocks."""
    doc = loaded("Совет гавани одобрил план\n\n" + PAGE_BODY_RU + " Связь дал «ГаваньТелеком».")
    assert "«ГаваньТелеком»" in doc.paragraphs[-1]


def test_a_glued_piece_is_not_joined_to_the_headline_above() -> None:
    """'Читать на сайте XСегодня …' under the headline: the link text is no part of it."""
    doc = loaded(
        "Совет гавани одобрил план углубления северного канала до конца года\n"
        "Читать на сайте Гавань МедиаСовет гавани во вторник одобрил план углубления, "
        "сообщил его председатель.\n\n" + PAGE_BODY_RU
    )
    assert doc.title == "Совет гавани одобрил план углубления северного канала до конца года"


def test_a_list_item_over_the_date_is_no_headline() -> None:
    """'• The Hon X MP, Minister for Y' over the date line is a list item, not the headline."""
    doc = loaded(
        "Harbour council backs channel dredging plan for the north\n\n"
        "  • Joint media release with:\n"
        "  • The Hon Mara Quist MP, Minister for Ports and Harbours\n"
        "04 April 2022\n\n" + PAGE_BODY
    )
    assert doc.title == "Harbour council backs channel dredging plan for the north"
