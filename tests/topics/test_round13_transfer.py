"""What round 13 found on unseen real news, in sentences of our own.

- A peace process is often told through what the armed group does rather than through talks:
  it lays down its arms, disarms at a ceremony, disbands and ends its armed struggle
  ("сложит оружие", "процесс разоружения", "самороспуск"). Several such sentences are a peace
  passage; one disarming word in passing is not.
- Russian missile launches are written with "ракета" (and "баллистическая"), which the lexicon
  lacked while it knew the English "missile"; a launch vehicle carrying a satellite is not one.
- Drought adds to climate news (a headline on climate change, a report on the worst drought)
  but a dam making less power in a dry year is not climate news on that word alone.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Northern front begins handing in its rifles",
            [
                "The Northern Liberation Front will lay down its arms next week, the president of"
                " Estavia told parliament on Monday.",
                "About forty fighters are expected at a disarmament ceremony near the border town"
                " of Kaleva.",
                "The group announced in spring that it would end its armed struggle.",
            ],
            id="en",
        ),
        pytest.param(
            "Северный фронт начнет сдавать оружие",
            [
                "Президент Эставии заявил в понедельник, что Северный фронт сложит оружие уже на"
                " следующей неделе.",
                "Процесс разоружения начнется с церемонии у пограничного города Калева.",
                "Весной группа объявила о самороспуске и прекращении вооруженной борьбы.",
            ],
            id="ru",
        ),
    ],
)
def test_an_armed_group_laying_down_its_arms_is_a_peace_process(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    article = make_article(title=title, paragraphs=paragraphs)
    assert "peace-talks" in topics.classify(article).topics


def test_one_disarming_word_in_passing_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Estavia opens a new customs post",
        paragraphs=[
            "The government of Estavia opened a customs post on its northern border on Friday.",
            "The minister praised the officers' disarming courtesy towards travellers.",
            "Trucks waited for two hours at the crossing.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_missile_launch_in_russian_is_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="Эставия запустила баллистическую ракету",
        paragraphs=[
            "Эставия во вторник запустила в сторону моря баллистическую ракету малой дальности.",
            "Ракета пролетела около 400 километров и упала в море, сообщили в соседней Норландии.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_launch_vehicle_is_not_a_missile(topics: TopicSet) -> None:
    article = make_article(
        title="Эставия вывела на орбиту метеоспутник",
        paragraphs=[
            "Ракета-носитель стартовала с космодрома Калева во вторник утром.",
            "Космическая ракета вывела на орбиту спутник для наблюдения за погодой.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_drought_under_a_climate_headline_is_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Climate change is draining the Kaleva reservoir",
        paragraphs=[
            "Barges wait for weeks at the upper lock of the Kaleva waterway.",
            "After the worst drought in sixty years the reservoir fell two metres below its"
            " normal level.",
            "Engineers fear the locks may close for a month next summer.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_dam_short_of_water_in_a_drought_is_not_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Estavia rations electricity as the Kaleva dam runs low",
        paragraphs=[
            "The state power company of Estavia will cut supply for eight hours a day from Monday.",
            "A long drought has left the reservoir of the Kaleva hydropower dam at a third of"
            " its capacity.",
        ],
    )
    assert "climate" not in topics.classify(article).topics


def test_fighting_words_beside_a_shared_disarmament_word_stay_defence_news(
    topics: TopicSet,
) -> None:
    """Disarmament is both topics' word: it does not hand the troops' sentences to the talks."""
    article = make_article(
        title="Estavia signs a peace agreement with the Northern Front",
        paragraphs=[
            "The government of Estavia and the Northern Front signed a peace agreement in Kaleva"
            " on Monday.",
            "The negotiators said the peace process would move in phases.",
            "Army troops guarded the disarmament ceremony as hundreds of fighters handed over"
            " their weapons.",
            "Soldiers will protect the disarmament camps against attacks by militants who reject"
            " the accord.",
        ],
    )
    assert {"peace-talks", "security"} <= set(topics.classify(article).topics)
