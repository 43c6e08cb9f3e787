"""Titles and outlets of real scrapes, round 23: a scraper's month-only stamp is no part of the
first sentence; "By Staff Reporter" names no outlet; a site relaying a source ("Об этом
сообщает X со ссылкой на …") names itself; a password prompt, an image's placeholder label
or a menu ending in "About us … Contact us" is never the headline. Every sentence and name
here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.extract.article import analyse
from briefings.load.vocabulary import boilerplate
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


def test_a_scrapers_month_only_stamp_is_not_the_first_sentences() -> None:
    doc = loaded(f" date 2024-05 {PAGE_BODY_RU}")
    assert doc.paragraphs[0].startswith("Совет гавани")
    assert not analyse(doc).title.startswith("date")


def test_a_house_byline_without_a_name_names_no_outlet() -> None:
    doc = loaded(f"{_HEADLINE}\n\nBy Staff Reporter\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None
    assert doc.title == _HEADLINE


def test_a_site_relaying_a_ministry_names_itself() -> None:
    relay = "Об этом сообщает Гавань-Инфо со ссылкой на городской совет."
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{relay}")
    assert doc.meta.outlet == "Гавань-Инфо"


def test_a_foreign_agency_a_page_cites_is_not_its_outlet() -> None:
    relay = "Об этом сообщает Reuters со ссылкой на городской совет."
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{relay}")
    assert doc.meta.outlet is None


def test_a_password_prompt_over_the_headline_is_furniture() -> None:
    prompt = "Для восстановления пароля укажите адрес почты, указанный при регистрации."
    doc = loaded(f"{prompt}\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}")
    assert doc.title == _HEADLINE_RU
    assert prompt not in doc.paragraphs


def test_an_english_password_prompt_is_furniture() -> None:
    prompt = "To reset your password, please enter your email address below."
    doc = loaded(f"{prompt}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_an_images_placeholder_label_is_never_the_headline() -> None:
    doc = loaded(f"Skip to main content\n\nHarbour News Main Image\n\n{PAGE_BODY}")
    assert doc.title != "Harbour News Main Image"


def test_a_menu_ending_in_about_and_contact_is_never_the_headline() -> None:
    menu = "Industry news Market studies Events About us Contact us"
    doc = loaded(f"{menu}\n\n{_HEADLINE}\n\nBy Mara Quist 4 Mar 2019\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE


def test_an_authors_line_with_a_degree_is_never_the_headline() -> None:
    page = f"Mara QUISTOVA, PhD\n\nTom Berglund, PhD\n\nINTRODUCTION\n\n{PAGE_BODY}"
    doc = loaded(page)
    assert doc.title is None or "PhD" not in doc.title
    assert "PhD" not in analyse(doc).title


def test_a_photo_caption_naming_its_source_is_never_the_headline() -> None:
    caption = "Мэр встретился с рыбаками гавани. Фото со страницы мэрии в соцсети"
    doc = loaded(f"{caption}\n\n{PAGE_BODY_RU}")
    assert doc.title != caption


def test_a_scrapers_stamp_a_day_before_the_wire_datelines_day_gives_way_to_it() -> None:
    lead = "ПОРТОВСК, 9 мая. /ТАСС/. " + PAGE_BODY_RU
    doc = loaded(f" date 2025-05-08 {_HEADLINE_RU}\n\n{lead}")
    assert doc.text_date == dt.date(2025, 5, 9)


def test_a_scrapers_stamp_days_from_the_datelines_day_stands() -> None:
    lead = "ПОРТОВСК, 2 мая. /ТАСС/. " + PAGE_BODY_RU
    doc = loaded(f" date 2025-05-08 {_HEADLINE_RU}\n\n{lead}")
    assert doc.text_date == dt.date(2025, 5, 8)


def test_tomorrows_date_in_the_lead_is_not_the_day_of_writing() -> None:
    lead = (
        "Tomorrow, 8 March 2025, is the day the old ferry makes its last crossing of the bay. "
        "The harbour council has run it for forty years."
    )
    article = analyse(loaded(f"{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}"))
    assert article.published is None


_STAMPED = " date 2024-03-02 (MENAFN- Harbourwire News Agency) PORTVILLE, Harbourland, March 2."
_WRAPPED = f"""{_STAMPED} Over 12 million
tonnes of grain have passed through the new northern terminal of
Portville in its first two years, the harbour master Tom Berglund
said on the port's website, Harbourwire reports.
The terminal opened in March 2022 after four years of dredging and
building work on the channel. It was the first new grain berth in
the bay for half a century.
The northern terminal, which is the largest part of the harbour's
expansion, handles eight million tonnes a year for inland farms
and two million tonnes for the islands each.
"""


def test_a_stamp_on_the_first_line_does_not_hide_a_hard_wrapped_pages_width() -> None:
    doc = loaded(_WRAPPED)
    assert doc.title is None
    assert doc.paragraphs[0].startswith("Over 12 million tonnes of grain have passed")
    assert "Harbourwire reports." in doc.paragraphs[0]


def test_a_view_counter_under_the_headline_is_not_its_wrapped_end() -> None:
    page = f"{_HEADLINE_RU}\nпросмотрело: 318 чел.\n\n{PAGE_BODY_RU}"
    doc = loaded(page)
    assert doc.title == _HEADLINE_RU
    assert not any("просмотрело" in p for p in doc.paragraphs)


def test_a_sites_credit_for_its_staffs_copy_names_the_outlet() -> None:
    doc = loaded(f"Harbour Ledger report\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "Harbour Ledger"
    assert doc.title != "Harbour Ledger report"


def test_a_special_report_heading_names_no_outlet() -> None:
    doc = loaded(f"Special report\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.meta.outlet is None


_CREDITED_LEAD = (
    "Deminers cleared 40 hectares near Portville last week, {credit}\n\n"
    "Ferry operators welcomed the news, which they said would reopen the coast road."
)


@pytest.mark.parametrize(
    "credit", ["Caliber.Az reports.", "APA reports, citing the harbour council."]
)
def test_a_site_the_vocabulary_knows_by_its_address_credits_itself(credit: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{_CREDITED_LEAD.format(credit=credit)}")
    assert doc.meta.outlet == boilerplate().known_outlet(credit.split()[0])


def test_an_unknown_name_crediting_the_lead_is_still_no_outlet() -> None:
    credit = "Harbourwire reports, citing the harbour council."
    doc = loaded(f"{_HEADLINE}\n\n{_CREDITED_LEAD.format(credit=credit)}")
    assert doc.meta.outlet is None


def test_a_press_releases_bracketed_date_without_a_dash_is_a_stamp() -> None:
    doc = loaded(f"PORTVILLE (May 4, 2023) {PAGE_BODY}")
    assert doc.paragraphs[0].startswith("The harbour council approved")
    assert doc.text_date == dt.date(2023, 5, 4)
    assert analyse(doc).title.startswith("The harbour council approved")


def test_a_big_agency_a_page_cites_relaying_its_source_is_not_its_outlet() -> None:
    relay = "Об этом сообщает ТАСС со ссылкой на городской совет."
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{relay}")
    assert doc.meta.outlet is None


_RELAYING_TAIL = "Паромы вернутся на линию весной, передает {name} со ссылкой на мэрию."


def test_a_site_named_by_its_address_relaying_a_source_credits_itself() -> None:
    tail = _RELAYING_TAIL.format(name="Gavan-news.kz")
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{tail}")
    assert doc.meta.outlet == "Gavan-news.kz"


def test_an_agency_named_by_its_name_relaying_a_source_is_cited_not_the_outlet() -> None:
    tail = _RELAYING_TAIL.format(name="Гавань-Пресс")
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{tail}")
    assert doc.meta.outlet is None


def test_ukraines_national_news_agency_credits_itself_in_the_lead() -> None:
    lead = "Deminers cleared 40 hectares near the harbour last week, UNN reports."
    doc = loaded(f"{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == "UNN"


def test_a_stock_photos_caption_is_no_part_of_the_article() -> None:
    caption = "Illustrative purposes only: A ferry leaves the harbour at dawn, May 2, 2019."
    doc = loaded(f"{caption}\n\n{PAGE_BODY}")
    assert caption not in doc.paragraphs
    assert analyse(doc).title.startswith("The harbour council approved")
