"""People (round 24): the sentence a scrape was cut off in, Western first names as the Russian
press writes them, and runs of capitals that name a place or a brand, not a person.

- a page's last line cut inside a quotation or a bracket ("… is also “deli", "… X ("), after
  a comma or a dash, opening on a figure or an interview's dash, or with half its words after
  the first capitalised (a name and an office set off by commas) is the article's text;
- "Макс", "Карлос", "Нико", "Льюис", "Джордж" before a surname are first names;
- "Iraqi Kurdistan's capital" names a region; "Kestrel Super Drink announced" a brand.

Every person, place and sentence here is invented but the regions.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed
from tests.extract.extracted import loaded as _load

HEADLINE = "Harbour council backs northern channel dredging"


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param("Club chief executive Tomas Verrin is also “deli", id="in-quotation"),
        pytest.param(
            "Past winners here include Odo Varrick (Norland), Kel Amsel (Tarvia), Ian Brode (",
            id="in-bracket",
        ),
        pytest.param(
            "Turning to the details, Konrad Pellow, Senior Advisor to the Chair of Nor",
            id="office-after-name",
        ),
        pytest.param("12 pilots and 40 crew left the port for the nor", id="opens-on-a-figure"),
        pytest.param(
            "— In spring the port handled 10-12 thousand containers a day, and now —",
            id="interview-dash",
        ),
        pytest.param("The chair said the works would go on, and the pilots,", id="comma"),
    ],
)
def test_page_cut_off_mid_sentence_keeps_its_last_line(cut: str) -> None:
    """A scrape stopped mid-sentence keeps the words before the cut: its people and figures
    are the article's. A credit never ends inside a quotation, a bracket or on a comma."""
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{cut}")
    assert doc.paragraphs[-1] == cut


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Written by Mara Quist and Tom Berg for the Harbour Desk", id="credit"),
        pytest.param("Harbour Desk News Agency", id="name"),
    ],
)
def test_credit_at_the_end_still_stays_out(footer: str) -> None:
    doc = _load(f"{HEADLINE}\n\n{BODY}\n\n{footer}")
    assert doc.paragraphs[-1].endswith("years of delays.")


def test_cut_off_last_line_after_a_link_to_another_story() -> None:
    """'READ: <another headline>' set inside the article is furniture; the sentence the
    scrape was cut off in after it is still the article's."""
    doc = _load(
        f"{HEADLINE}\n\n{BODY}\n\nREAD: Ferry captain recalls the stormy winter of 1998\n\n"
        "Harbour Ledger chief executive Tomas Verrin is also “deli"
    )
    assert doc.paragraphs[-1] == "Harbour Ledger chief executive Tomas Verrin is also “deli"
    assert not any(p.startswith("READ") for p in doc.paragraphs)


def test_names_in_a_cut_off_last_line_are_found() -> None:
    article = analysed(
        f"{HEADLINE}\n\n{BODY}\n\n"
        "Turning to the details, Konrad Pellow, Senior Advisor to the Chair of Nor"
    )
    assert "Konrad Pellow" in [p.name for p in article.people]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "По итогам первых кругов лидирует пилот «Северных» Макс Вердонк.",
            ["Макс Вердонк"],
            id="max",
        ),
        pytest.param(
            "Карлос Мендоса из «Гавани» стал вторым, Джордж Ранделл — третьим.",
            ["Карлос Мендоса", "Джордж Ранделл"],
            id="list",
        ),
        pytest.param(
            "Прежде здесь побеждали Нико Бергманн (Норландия) и Льюис Кардью (Тарвия).",
            ["Нико Бергманн", "Льюис Кардью"],
            id="with-countries",
        ),
    ],
)
def test_western_first_names_in_russian(text: str, names: list[str]) -> None:
    article = analysed(f"Гонка в Портвилле\n\n{text} {RU_BODY}")
    found = [p.name for p in article.people]
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "name",
    [
        "Iraqi Kurdistan",
        "Kurdistan",
        "Курдистан",
        "Соединенных Штатов",
        "Объединенных Арабских Эмиратов",
        "Цхинвали",
        "Мэкэле",
        "Голубом Ниле",
        "Долмабахче",
    ],
)
def test_places_in_any_case_are_places(name: str) -> None:
    """A region's, a town's or a river's name ("80km west of Iraqi Kurdistan's capital", "на
    Голубом Ниле", "при поддержке Соединенных Штатов") is a place, never a person."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    entry = gazetteer().index.get(tuple(norm(t) for t in name.split()))
    assert entry is not None and entry.kind == Kind.PLACE


def test_news_agency_in_russian_is_a_body() -> None:
    """ "пишет Синьхуа": the agency after a speech verb is a body, not a surname."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    entry = gazetteer().index.get((norm("Синьхуа"),))
    assert entry is not None and entry.kind == Kind.ORG


def test_brand_with_a_product_word_is_no_person() -> None:
    article = analysed(
        f"{HEADLINE}\n\nKestrel Super Drink announced a deal with the club on Monday. "
        f"Kestrel Super Drink has backed the league since 2019, said Mara Quist. {BODY}"
    )
    assert [p.name for p in article.people] == ["Mara Quist"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Концерт прошёл в парке св. Кирилла Остроградского у крепости.", id="st"),
        pytest.param("Хор выступил у собора Святого Кирилла Остроградского.", id="cathedral"),
        pytest.param("Ветерану вручили орден Кирилла Остроградского.", id="order"),
    ],
)
def test_saints_and_orders_are_namesakes(text: str) -> None:
    """A saint's or a hero's name on a park, a church or an order is no person in the news."""
    article = analysed(f"Концерт в крепости\n\n{text} {RU_BODY}")
    assert not [p.name for p in article.people if "Остроградск" in p.name]


@pytest.mark.parametrize("name", ["Scarborough Shoal", "Bajo de Masinloc", "Masinloc"])
def test_shoal_names_are_places(name: str) -> None:
    """A shoal's Spanish or Chinese name is a place's, like its English one."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    entry = gazetteer().index.get(tuple(norm(t) for t in name.split()))
    assert entry is not None and entry.kind == Kind.PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The brand backs riders such as Kurt Haslam in superbikes, Tavo Morrow in "
            "rallycross, and Ken Block in trucks.",
            "Tavo Morrow",
            id="middle",
        ),
        pytest.param(
            "The team signed Dario Vellani in January, Ken Morrow in March and Kurt Haslam.",
            "Dario Vellani",
            id="first",
        ),
    ],
)
def test_list_items_each_with_their_field(text: str, name: str) -> None:
    """'A in X, B in Y, and C in Z': a name the vocabulary lacks is a person when its list
    joins known people, each item followed by its own short phrase."""
    article = analysed(f"{HEADLINE}\n\n{text} {BODY}")
    assert name in [p.name for p in article.people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The fund was set up by Portville United star Feng Xiaolin to train young players.",
            "Feng Xiaolin",
            id="club-star",
        ),
        pytest.param(
            "The club wants to keep striker Tavo Renner beyond the summer.",
            "Tavo Renner",
            id="striker",
        ),
    ],
)
def test_players_named_by_their_place_in_the_team(text: str, name: str) -> None:
    """'<club> star X Y', 'striker X Y': a player's place in the team introduces his name as
    an office does, a first name the vocabulary lacks included."""
    article = analysed(f"{HEADLINE}\n\n{text} {BODY}")
    assert name in [p.name for p in article.people]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kessel Trust said it had cleared the last field.", id="trust"),
        pytest.param("The Cluster Munition Monitor said the field was clear.", id="monitor"),
        pytest.param("An analyst at Kessel Ltd said the price would rise.", id="ltd"),
        pytest.param("He said so during the Tom Kessel Radio Show on Monday.", id="show"),
    ],
)
def test_bodies_named_by_what_they_are(text: str) -> None:
    """A charity, a monitor, a company or a show ends in the word of what it is: no person
    ends so ("Tom Kessel" may stand for the show's host, never the show)."""
    found = [p.name for p in analysed(f"{HEADLINE}\n\n{text} {BODY}").people]
    assert not [n for n in found if n.split()[-1] in {"Trust", "Monitor", "Ltd", "Radio", "Show"}]
