"""Titles, outlets and dates of real scrapes, round 25: a wire's name in lower case, a city
closed by a full stop or given its country in brackets before a Russian agency's dateline; a
big agency a page cites at a paragraph's end is not its outlet; the page relaying an agency
("как пишет X, сообщает Reuters", "writes X with reference to", "X informs via"); its own
subscription prompt, house byline ("Redazione X") or signed editor's note; a month glued to
its day ("Apr.28, 2025"); a title without its full stop, a numbered breadcrumb ending in the
headline, an image's description. Every sentence and name here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.dates import full_dates
from briefings.extract.article import analyse
from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("PORTVILLE (dpa-AFX) - ", "dpa-AFX"),
        ("PORTVILLE. Mar 3 (Harbourwire) - ", "Harbourwire"),
    ],
)
def test_a_wire_dateline_names_the_agency(dateline: str, outlet: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{dateline}{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.paragraphs[0].startswith("The harbour council")


def test_a_russian_dateline_may_give_the_country_in_brackets() -> None:
    dateline = "ПОРТОВСК (Руритания), 5 фев — Гавань-Пресс . "
    doc = loaded(f"{_HEADLINE_RU}\n\n{dateline}{PAGE_BODY_RU}")
    assert doc.meta.outlet == "Гавань-Пресс"
    assert doc.paragraphs[0].startswith("Совет гавани")


def test_an_agency_credited_by_its_address_keeps_the_name_it_signs_with() -> None:
    dateline, credit = "ПОРТОВСК, 5 февраля — РИА Новости.", "Источник и фото - ria.ru"
    page = f"{_HEADLINE_RU}\n\n{dateline}\n\n{PAGE_BODY_RU}\n\n{credit}"
    assert loaded(page).meta.outlet == "РИА Новости"


def test_a_big_agency_cited_at_a_paragraphs_end_is_not_the_outlet() -> None:
    lead = "Паромы вернутся на северную линию весной, передает РИА Новости."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet is None


def test_a_site_reading_an_agency_from_another_outlet_names_that_outlet() -> None:
    relay = 'Об этом, как пишет "Гаванский вестник", сообщает Reuters.'
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{relay}")
    assert doc.meta.outlet == "Гаванский вестник"


def test_an_outlet_relaying_a_person_is_no_relayed_agency() -> None:
    relay = 'Об этом, как пишет "Гаванский вестник", сообщил Пётр Кравец.'
    doc = loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{relay}")
    assert doc.meta.outlet is None


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        (", writes UNN with reference to a local paper.", "UNN"),
        (", reports Reuters citing two officials.", None),
        (", The Harbour Post informs via foreign media.", "The Harbour Post"),
        (", Minister Mara Quist informs via Facebook.", None),
    ],
)
def test_a_site_relaying_its_source_names_itself(tail: str, outlet: str | None) -> None:
    lead = "Ferries will return to the northern line in the spring" + tail
    doc = loaded(f"{_HEADLINE}\n\n{lead}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Subscribe for Harbour Wire E\u2011News", "Harbour Wire"),
        ("If you want to subscribe to Harbour & Sea Newsletter, please enter", "Harbour & Sea"),
        ("Gain unlimited access to Harbourwire news and more...", "Harbourwire"),
        ("Redazione Harbourwire", "Harbourwire"),
        ("Subscribe to our newsletter", None),
    ],
)
def test_a_page_names_itself_in_its_own_prompt_or_house_byline(
    line: str, outlet: str | None
) -> None:
    doc = loaded(f"{line}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.meta.outlet == outlet
    assert doc.title == _HEADLINE


def test_a_newsletter_prompt_over_the_headline_is_furniture() -> None:
    prompts = "Subscribe to an email\n\nIf you want to subscribe to Harbour Weekly Newsletter"
    page = f"{prompts}\n\n{_HEADLINE}\n\n{PAGE_BODY}"
    assert loaded(page).title == _HEADLINE


@pytest.mark.parametrize(
    "invitation",
    [
        "If you want to sign up for the winter ferry pass, apply at the harbour office.",
        "Get full access to the harbour archive at the council library from May.",
    ],
)
def test_an_invitation_in_the_body_stays_prose(invitation: str) -> None:
    doc = loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{invitation}")
    assert invitation in doc.paragraphs


@pytest.mark.parametrize(
    ("note", "outlet"),
    [("(то есть в среду. — Вестник)", "Вестник"), ("(то есть в среду. — ред.)", None)],
)
def test_an_editors_note_signed_by_the_outlet_names_it(note: str, outlet: str | None) -> None:
    lead = f"Совет гавани одобрил план накануне {note}, сообщил его председатель."
    doc = loaded(f"{_HEADLINE_RU}\n\n{lead}\n\n{PAGE_BODY_RU}")
    assert doc.meta.outlet == outlet


def test_a_month_glued_to_its_day_reads() -> None:
    [found] = full_dates("Apr.28, 2025")
    assert (found.year, found.month, found.day) == (2025, 4, 28)
    doc = loaded(f"{_HEADLINE}\n\nby Mara Quist\n\nApr.28, 2025\n\n{PAGE_BODY}")
    assert analyse(doc).published == dt.date(2025, 4, 28)


def test_a_title_taken_from_the_first_sentence_has_no_full_stop() -> None:
    doc = loaded(f"Harbour works. {PAGE_BODY}")
    assert analyse(doc).title == "Harbour works"


def test_a_lead_sentence_of_a_headlines_length_is_not_cut() -> None:
    lead = (
        "The ferry service across the northern channel has been restored after the storm, "
        "according to the harbour master of Portville Mara Quist"
    )
    assert 120 < len(lead) < 160
    doc = loaded(f"{lead}\n\n{lead}.\n\n{PAGE_BODY}")
    assert analyse(doc).title == lead


def test_a_numbered_breadcrumb_ending_in_the_headline_shows_the_headline() -> None:
    page = (
        "3 May 2024\n\n1. Home\n\n2. Articles\n\n3. "
        f"{_HEADLINE_RU}\n\nГавань Порт Каналы северный канал\n\n{_HEADLINE_RU}\n\n{PAGE_BODY_RU}"
    )
    assert loaded(page).title == _HEADLINE_RU


def test_an_images_description_is_neither_headline_nor_text() -> None:
    description = (
        "A red buoy marks the channel in the foreground while a dredger works on the "
        "northern bank in the background"
    )
    doc = loaded(f"{description}\n\n{_HEADLINE}\n\n{PAGE_BODY}")
    assert doc.title == _HEADLINE
    assert description not in doc.paragraphs
