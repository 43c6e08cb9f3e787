"""People (round 25, second pass): runs that are no people, and Russian names left in an
oblique case.

- "operator Nordic ReGas", "корпорации Royal Westland Pearl": a kind of firm right before a run
  names the firm, not a person;
- "Chief Revenue and Operations Officer": a field of an office joined to another is no
  surname after the title;
- "… Munition Remediation Roadmap": a run whose own first word is shaped like an office is
  no name after an office-shaped word;
- "Citing X Y", "Quoting Z": the participle opens no name;
- "генерала Роммеля", "защитника Виллиана Роши": a general's and a footballer's name after
  the role in the genitive is stored in the nominative, and a man's surname in "-а" takes
  the form the article writes it in ("Роша");
- "генеральный директор": an adjective made from a role noun is no case form of it.

Every person, firm and sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY as BODY
from tests.extract.extracted import PAGE_BODY_RU as RU_BODY
from tests.extract.extracted import analysed


def _people(text: str, body: str) -> dict[str, str | None]:
    article = analysed(f"News of the week\n\n{text}\n\n{body}")
    return {p.name: p.role for p in article.people}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "Operator Nordic ReGas reported in May that buyers had booked capacity at the "
            "port. Nordic ReGas has chartered a second vessel.",
            BODY,
            id="operator",
        ),
        pytest.param(
            "Бурение вели специалистами британской корпорации Royal Westland Pearl на шельфе.",
            RU_BODY,
            id="корпорации",
        ),
        pytest.param(
            "“We share the same spirit,” said Ana Lopez, the club's Chief Revenue and "
            "Operations Officer.",
            BODY,
            id="joined-field",
        ),
        pytest.param(
            "The recently launched NETMAP project, or North Sea Pollution Remediation Roadmap, "
            "has embarked on a mission to clear the seabed.",
            BODY,
            id="office-shaped-run",
        ),
        pytest.param(
            "Quoting Larsen, the paper said the deal was near. Larsen did not comment.",
            BODY,
            id="quoting",
        ),
    ],
)
def test_no_person_is_made_of_a_firm_or_an_office(text: str, body: str) -> None:
    people = _people(text, body)
    assert not any(
        word in name
        for name in people
        for word in ("ReGas", "Westland", "Revenue", "Roadmap", "Quoting")
    ), people


def test_citing_opens_no_name() -> None:
    people = _people(
        "Citing Maria Brandtner, head of the weather service, the agency wrote that the "
        "glaciers were shrinking.",
        BODY,
    )
    assert "Maria Brandtner" in people
    assert not any(name.startswith("Citing") for name in people)


def test_general_in_the_genitive() -> None:
    people = _people("Здесь в 1942 году войска остановили армию генерала Штурмана.", RU_BODY)
    assert people == {"Штурман": "Генерал"}


def test_footballer_with_an_a_stem_surname() -> None:
    people = _people(
        "Директор клуба рассказал о контракте центрального защитника Жоакина Соузы. "
        "Соуза играет за команду второй сезон.",
        RU_BODY,
    )
    assert "Жоакин Соуза" in people


def test_surname_in_i_stays_without_a_nominative_in_a() -> None:
    people = _people(
        "Директор клуба рассказал о контракте защитника Жоакина Россини.",
        RU_BODY,
    )
    assert "Жоакин Россини" in people


def test_director_general_keeps_its_adjective() -> None:
    people = _people(
        "Работы идут по плану, сообщил генеральный директор северной судоходной компании "
        "Иван Сидоренко.",
        RU_BODY,
    )
    role = people.get("Иван Сидоренко")
    assert role is not None and role.startswith("Генеральный директор"), role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Westland premier Danielle Marsh on Monday called on Ottawa to approve the line.",
            "Danielle Marsh",
            id="premier",
        ),
        pytest.param(
            "The lineup includes Tide Runners, Andy Brackett, Zorbo, Natasha Fell and the "
            "Harbour Choir.",
            "Natasha Fell",
            id="list-after-a-band",
        ),
        pytest.param(
            "The harbour festival closed late at night with a set by blues veteran Jimmy Voss.",
            "Jimmy Voss",
            id="veteran",
        ),
    ],
)
def test_common_first_names_open_a_name(text: str, name: str) -> None:
    assert name in _people(text, BODY)


def test_ministry_short_name_is_no_first_name() -> None:
    people = _people(
        "На этой неделе представитель Минэнерго Фаридэ Гударова сообщила итоги проверки.",
        RU_BODY,
    )
    assert people == {"Фаридэ Гударова": "Представитель Минэнерго"}


def test_age_before_a_russian_name() -> None:
    people = _people("45-летний Нуриддин Хамидов – пасечник из горного района.", RU_BODY)
    assert "Нуриддин Хамидов" in people


def test_apposition_office_with_a_country_acronym() -> None:
    people = _people(
        "“The study settles it,” Tarla Vennick, the U.K. senior deputy trade envoy "
        "for the Northern Ports, said on Monday.",
        BODY,
    )
    assert "Tarla Vennick" in people
