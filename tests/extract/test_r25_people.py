"""People (round 25): declined Russian names with a prefixed surname, lists that give each
person's country, an office whose place has its abbreviation after it, and an envoy's or a
mission's office "to" a country.

- "с Омаром аль-Хаттабом": first word and prefixed surname both in the instrumental are a
  man's name, stored in the nominative;
- "с X из Норландии, Y из Тарвии и Z": the country after each name does not break the list,
  whose case the first name gives;
- "президент Северной Республики (СР) X Y": the abbreviation ends the office;
- "the head of the Mission to Norland X Y", "Ambassador to Tarvia X Y": the office is a role.

Every person, place and sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed


def _people(text: str, body: str = RU_BODY) -> dict[str, str | None]:
    article = analysed(f"Новости недели\n\n{text} {body}")
    return {p.name: p.role for p in article.people}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Все ждут встречи с Омаром аль-Хаттабом на следующей неделе.", id="с"),
        pytest.param("Депутаты долго восхищались Омаром аль-Хаттабом.", id="no-preposition"),
    ],
)
def test_instrumental_name_with_a_prefixed_surname(text: str) -> None:
    people = _people(text)
    assert "Омар аль-Хаттаб" in people
    assert not any(name.endswith("ом") for name in people)


def test_list_with_each_persons_country_keeps_its_case() -> None:
    people = _people(
        "Министр сообщил, что встретился с Альбертом Кордани из Норландии, "
        "Кандией Мабоко из Тарвии и Иваном Петровым из Вестландии."
    )
    assert "Кандия Мабоко" in people
    assert "Кандией Мабоко" not in people


def test_russian_office_with_an_abbreviation_before_the_name() -> None:
    people = _people("Президент Северной Республики (СР) Тавора Мбеки-Ланге подписал соглашение.")
    assert people.get("Тавора Мбеки-Ланге") == "Президент Северной Республики (СР)"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "The ferry talks go on in May, wrote the head of the UN Mission to Georgia "
            "Claus Verrinder in a letter.",
            "Claus Verrinder",
            "Head of the UN Mission to Georgia",
            id="mission-to",
        ),
        pytest.param(
            "Ambassador to Germany Odo Lindqvar opened the fair.",
            "Odo Lindqvar",
            "Ambassador to Germany",
            id="ambassador-to",
        ),
    ],
)
def test_office_to_a_country_is_a_role(text: str, name: str, role: str) -> None:
    article = analysed(f"Officials report on the week\n\n{text} {BODY}")
    people = {p.name: p.role for p in article.people}
    assert people.get(name) == role


def _english(text: str) -> dict[str, str | None]:
    article = analysed(f"Officials report on the week\n\n{text} {BODY}")
    return {p.name: p.role for p in article.people}


def test_firms_legal_form_is_no_surname() -> None:
    """The legal form ends the firm's name ("… of Harbour Ports GmbH, Frank X"): no surname."""
    people = _english(
        "Guests included the Mayor Anna Velder and the Managing Director of Harbour Ports "
        "GmbH, Frank Ostrem."
    )
    assert "GmbH" not in people
    assert "Frank Ostrem" in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Guests were Mayor Anna Velder, shipowner Torvald Ekstrand and the Director of "
            "Norbay Docks, Frank Ostrem.",
            "Torvald Ekstrand",
            id="shipowner",
        ),
        pytest.param(
            "On stage were Mayor Anna Velder, architect Torvald Ekstrand and Frank Ostrem.",
            "Torvald Ekstrand",
            id="architect",
        ),
    ],
)
def test_list_item_described_by_one_word(text: str, name: str) -> None:
    assert name in _english(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mayor Anna Velder spoke first, while Norbay Docks and the council agreed.", id="while"
        ),
        pytest.param(
            "Mayor Anna Velder spoke first, including Norbay Docks and the Council.", id="ing"
        ),
    ],
)
def test_conjunction_or_participle_after_a_list_comma_is_no_description(text: str) -> None:
    assert "Norbay Docks" not in _english(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The deal, brokered jointly by Presidents Jean-Marc Tavorin and Odu, holds.",
            id="presidents",
        ),
        pytest.param(
            "Foreign Ministers Jean-Marc Tavorin and Kel Amsel met in the port.", id="ministers"
        ),
    ],
)
def test_office_in_the_plural_before_its_holders(text: str) -> None:
    assert "Jean-Marc Tavorin" in _english(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Послы стран Африки, Азии и Европы собрались в порту.", id="list"),
        pytest.param("Директор департамента Африки Иван Сорокин открыл форум.", id="office"),
    ],
)
def test_continent_in_the_genitive_is_a_place(text: str) -> None:
    """ "стран Африки", "департамента Африки": a continent's name after an office or a noun
    is a place, never a lone surname."""
    article = analysed(f"Новости недели\n\n{text} {RU_BODY}")
    assert "Африки" not in [p.name for p in article.people]
    assert "Africa" in article.places


@pytest.mark.parametrize("name", ["Africa", "Африка", "Latin America", "Южная Америка"])
def test_continents_are_places(name: str) -> None:
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    entry = gazetteer().index.get(tuple(norm(t) for t in name.split()))
    assert entry is not None and entry.kind == Kind.PLACE


def test_run_of_feminine_adjectives_is_a_place_not_a_person() -> None:
    """ "Лидер Северной Приморской Республики X Y": the adjectives of a republic's name in
    the genitive are no person before its leader."""
    people = _people(
        "Лидер непризнанной Северной Приморской Республики Иван Сорокин выступил за встречу."
    )
    assert "Северной Приморской" not in people
    assert "Иван Сорокин" in people
