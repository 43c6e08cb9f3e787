"""Outlets of real scrapes, round 27: the site's address alone on a line, or after "Source:",
names the page; a Russian page's prompt to follow it on a platform ("Читать «X» в Telegram",
"Подписывайтесь на X: Дзен | VK") names it too. A file's name, a counter's brand-cased label
or a prompt naming no outlet ("наш канал") names none. Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_HEADLINE = "Harbour council backs plan to dredge the northern channel"
_HEADLINE_RU = "Совет гавани одобрил план углубления северного канала"


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (f"harbourwire.com\n\n{_HEADLINE}\n\n{PAGE_BODY}", "harbourwire.com"),
        (f"{_HEADLINE}\n\n{PAGE_BODY}\n\nnews.portville.org\n\nComment", "news.portville.org"),
        (f"{_HEADLINE}\n\n{PAGE_BODY}\n\nSource: Harbourwire.com", "Harbourwire.com"),
        (
            f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\nИсточник: www.vestnik-gavani.by",
            "www.vestnik-gavani.by",
        ),
    ],
)
def test_the_sites_address_names_the_page(page: str, outlet: str) -> None:
    assert loaded(page).meta.outlet == outlet


@pytest.mark.parametrize(
    "line",
    ["harbour-map.jpg", "Top.Counter.Ru"],
)
def test_a_file_name_or_a_counter_label_names_no_outlet(line: str) -> None:
    assert loaded(f"{_HEADLINE}\n\n{PAGE_BODY}\n\n{line}").meta.outlet is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Читать «Вестник» в Telegram Дзен ВКонтакте", "Вестник"),
        ("Подписывайтесь на ГВН: Новости | Дзен | VK | Telegram", "ГВН"),
        ("Подписывайтесь на наш канал в Telegram", None),
    ],
)
def test_a_prompt_to_follow_the_site_names_it(line: str, outlet: str | None) -> None:
    assert loaded(f"{_HEADLINE_RU}\n\n{PAGE_BODY_RU}\n\n{line}").meta.outlet == outlet
