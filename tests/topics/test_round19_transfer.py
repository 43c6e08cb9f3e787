"""What round 19 found on unseen real news, in sentences of our own.

- An armed underground hunted down by the police ("бандподполье", a gang of fighters reported
  killed or detained, a counter-terrorist operation) is security news; an action film
  ("боевик") is not.
- A meeting in a standing negotiating format of the parties to a conflict, and the states that
  guarantee a settlement, are peace talks; a meeting held "in an online format" about trade is
  not.
- A format named in quotation marks is still one phrase with the word before it.
- Defence cooperation between states: a patrol vessel one state gives another's coast guard,
  maritime security, combat aircraft supplied; a navy named in a speaker's biography is not.
- A memorandum two named states sign, and their rapprochement, are a partnership.
"""

from __future__ import annotations

from briefings.cues import CueIndex
from briefings.topics import TopicSet

from .factories import make_article


def test_fighters_killed_in_a_police_operation_are_security(topics: TopicSet) -> None:
    article = make_article(
        title="В горах республики уничтожены четверо боевиков",
        language="ru",
        paragraphs=[
            "В горном районе республики уничтожены четверо боевиков, сообщил министр внутренних"
            " дел Олег Сомов.",
            "По его словам, бандгруппа скрывалась в заброшенном лагере лесников с весны.",
            "Еще двое участников бандподполья задержаны при попытке уйти через перевал.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_counterterrorism_raid_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Provincial police raid a hideout",
        paragraphs=[
            "The provincial counterterrorism unit raided a farmhouse outside Dunmore on Monday"
            " night, a spokesman said.",
            "Officers working on the counterinsurgency plan recovered rifles and arrested two"
            " men, he added.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_an_action_film_is_not_security(topics: TopicSet) -> None:
    article = make_article(
        title="Новый боевик Ильи Гаврина выходит в прокат",
        language="ru",
        paragraphs=[
            "Новый боевик режиссера Ильи Гаврина выйдет в прокат в четверг, сообщила студия.",
            "Главный герой боевика в одиночку уничтожает банду похитителей картин.",
            "Съемки проходили в старом порту и заняли три месяца.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_a_meeting_in_a_negotiating_format_of_guarantor_states_is_peace_talks(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Министры встретятся в «венском формате»",
        language="ru",
        paragraphs=[
            "Министры иностранных дел трех стран-гарантов проведут в пятницу встречу в"
            " «венском формате».",
            "Участники обсудят, что нужно сделать для урегулирования конфликта в долине.",
            "Предыдущая встреча прошла в марте.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_trade_meeting_in_an_online_format_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Министры торговли провели встречу в онлайн-формате",
        language="ru",
        paragraphs=[
            "Министры торговли двух стран провели встречу в «онлайн формате» и обсудили"
            " поставки зерна.",
            "Переговоры о снижении пошлин продолжатся в мае, сообщило министерство.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_phrase_continues_across_an_opening_quotation_mark_only() -> None:
    index = CueIndex.build(["meeting in * format"])
    assert index.find("a meeting in «Vienna format» on Friday")
    assert index.find('a meeting in "Vienna format" on Friday')
    assert not index.find('talk of a "meeting in" Vienna format')
    assert not index.find("a meeting in. Vienna format")


def test_a_patrol_vessel_one_state_gives_another_is_security_and_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Japan hands over a patrol vessel to the Maldives",
        paragraphs=[
            "Japan on Monday handed over a patrol vessel to the Maldives, whose coast guard will"
            " use it to watch its fishing grounds.",
            "The 40-metre boat is the second gifted to the Maldives by Japan in three years.",
            "Japan donated two rescue boats to the Maldives in 2022 as well.",
            "Officials of both governments said the ship would strengthen maritime security"
            " around the atolls and help with maritime surveillance of the exclusive economic"
            " zone.",
        ],
    )
    found = topics.classify(article).topics
    assert "security" in found
    assert "partnerships" in found


def test_an_admirals_relief_work_is_not_security(topics: TopicSet) -> None:
    article = make_article(
        title="Speakers announced for the Riverside ideas night",
        paragraphs=[
            "This year's speakers include a poet, two robotics researchers and a retired navy"
            " admiral who led relief work on the front lines after a tsunami.",
            "Tickets for the evening go on sale on Friday at the student union.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_defence_cooperation_and_combat_aircraft_are_security_in_russian(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Два государства расширят сотрудничество в сфере безопасности",
        language="ru",
        paragraphs=[
            "Стороны договорились расширять сотрудничество в сфере безопасности, сообщил"
            " представитель правительства Игорь Лесин.",
            "В прошлом году республика получила четыре боевых вертолета и партию боевой техники.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_memorandum_two_states_sign_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Peru and Ecuador set up a joint group on copper",
        paragraphs=[
            "The foreign ministers of Peru and Ecuador met online on Tuesday to set up a joint"
            " working group on copper and water.",
            "After the memorandum's signing, engineers from Peru and Ecuador will map the"
            " shared river basin, the ministry said.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_rapprochement_of_named_states_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Paraguay and Uruguay begin a rapprochement on river trade",
        paragraphs=[
            "Paraguay and Uruguay began a rapprochement this week to plan a joint project for"
            " barges on the river, the two governments said.",
            "Ministers of both countries will meet again in May.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_memorandum_two_states_firms_sign_is_no_compact(topics: TopicSet) -> None:
    partnerships = topics.get("partnerships")
    by_firms = (
        "Vietnam's Delta Power JSC and a subsidiary of Russia's Volga Energy signed a"
        " memorandum on Monday to study a wind farm near the coast."
    )
    by_states = "Vietnam and Russia signed a memorandum on Monday to study a wind farm."
    assert topics.score_sentence(by_states, partnerships) >= partnerships.sentence_threshold
    assert topics.score_sentence(by_firms, partnerships) < partnerships.sentence_threshold
