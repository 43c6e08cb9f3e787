"""Round 21: the words any story on a topic uses, whatever the country, in sentences of our own.

Written from how news on each topic is told in English and Russian, then kept where real news
the team tunes on confirmed them (issue 8):
- a naval exercise is told as "warfare" training with submarines and ships;
- a peace deal in Russian provides for "вывод ... войск" (a withdrawal of troops), and talks
  are held by "rival sides" or to carry out "достигнутые договоренности" (agreements reached);
- heads of state who adopt a declaration at a summit agree on it as signing it would;
- power outages and the energy ministry answering for them, loss and damage and
  "climate-related" harm.
A state visit with no word on what the states do together, or a road accident in which people
were "killed in" a crash, stays out of partnerships and security.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_naval_exercise_told_as_warfare_training_is_security(topics: TopicSet) -> None:
    """An exercise of navies trains 'warfare'; there is no 'military exercise' phrase to find."""
    article = make_article(
        title="Fourteen navies begin a month of drills off the Varnian coast",
        paragraphs=[
            "Ships from fourteen navies sailed on Monday for Exercise Blue Reef, held every two"
            " years off the Varnian coast.",
            "Crews will train in anti-submarine warfare and air warfare alongside two"
            " submarines and a hospital ship.",
            "The host nation said the exercise builds trust among like-minded countries.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_peace_deal_that_withdraws_troops_is_peace_talks(topics: TopicSet) -> None:
    """A withdrawal of troops ("вывод ... войск") is what a signed peace deal provides for."""
    article = make_article(
        title="Стороны подписали мирное соглашение в Дохе",
        language="ru",
        paragraphs=[
            "Переговоры прошли в столице Катара, сообщает агентство «Полуостров».",
            "Документ предусматривает вывод иностранных войск из страны в течение года.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_talks_between_rival_sides_are_peace_talks(topics: TopicSet) -> None:
    """'Rival sides' at talks are the parties to a conflict, not trade partners."""
    article = make_article(
        title="Rival sides end a week of talks without a deal",
        paragraphs=[
            "The country's rival sides ended a week of talks in Valmora without agreeing on"
            " who should lead a caretaker cabinet.",
            "Delegates agreed to meet again next month, the organisers said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_talks_that_depend_on_agreements_reached_are_peace_talks(topics: TopicSet) -> None:
    """Talks held only once "достигнутые договоренности" are carried out are a peace process."""
    article = make_article(
        title="Встречи советников продолжатся при одном условии",
        language="ru",
        paragraphs=[
            "Встречи в четырехстороннем формате должны проходить регулярно, но для этого"
            " нужно выполнить хотя бы часть достигнутых договоренностей, сказал"
            " представитель президента.",
            "Условием новых переговоров он назвал выполнение прежних договоренностей.",
            "Последние переговоры советников прошли в Вене в январе.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_heads_of_state_adopting_a_declaration_is_a_partnership(topics: TopicSet) -> None:
    """Adopting a declaration at a summit is the states' agreement, as signing it would be."""
    article = make_article(
        title="Саммит завершился принятием декларации",
        language="ru",
        paragraphs=[
            "Главы государств — участников объединения приняли итоговую декларацию: она"
            " закрепляет решения саммита и завершает год председательства России в ШОС.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_power_cuts_an_energy_ministry_answers_for_are_energy(topics: TopicSet) -> None:
    """Outages of the power supply, and the ministry that answers for them, are energy news."""
    article = make_article(
        title="Outages leave three provinces in the dark",
        paragraphs=[
            "Power outages left three northern provinces without light for most of Sunday.",
            "The energy ministry said a fault at a substation had tripped the lines and that"
            " supply would be restored by the evening.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_climate_related_losses_are_climate(topics: TopicSet) -> None:
    """'Climate-related' harm and a fund for loss and damage are climate news."""
    article = make_article(
        title="Island leaders ask lenders to pause repayments after storms",
        paragraphs=[
            "Island leaders asked lenders to pause debt repayments for two years after"
            " climate-related storms destroyed roads and harbours.",
            "They also want the new fund for loss and damage to pay out within months.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_state_visit_with_nothing_agreed_is_not_a_partnership(topics: TopicSet) -> None:
    """A state visit of banquets and a concert says nothing of what the states do together."""
    article = make_article(
        title="King arrives for a three-day state visit",
        paragraphs=[
            "The king arrived on Tuesday for a three-day state visit and was greeted by a choir.",
            "The state visit includes a banquet, a concert and a walk through the old town.",
            "Crowds lined the streets to see the royal couple.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_people_killed_in_a_road_crash_are_not_security(topics: TopicSet) -> None:
    """'Killed in' a crash is a road accident, not violence."""
    article = make_article(
        title="Bus crash on mountain road",
        paragraphs=[
            "Four people were killed in a bus crash on the mountain road near Tallow on Sunday.",
            "Two more were killed in a separate collision on the same road hours later.",
            "Police said the road had been icy.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_defusing_bombs_and_shells_in_russian_is_demining(topics: TopicSet) -> None:
    """Russian clearance reports count what sappers defused ("обезвредили ... снарядов")."""
    article = make_article(
        title="В Заречном районе обезвредили авиабомбу",
        language="ru",
        paragraphs=[
            "Специалисты МЧС обезвредили авиабомбу, найденную строителями на окраине посёлка.",
            "За неделю в районе также обезврежено сорок снарядов времён войны.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_defusing_a_conflict_in_russian_is_not_demining(topics: TopicSet) -> None:
    """The verb alone ("обезвредить угрозу") names no ordnance and so adds nothing."""
    article = make_article(
        title="Полиция обезвредила группу мошенников",
        language="ru",
        paragraphs=[
            "Полиция обезвредила группу мошенников, которые обманывали пенсионеров.",
            "Задержанным предъявлено обвинение, сообщили в ведомстве.",
        ],
    )
    assert "demining" not in topics.classify(article).topics
