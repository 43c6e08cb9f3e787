"""Round 23 (wave 3): talks on a state's nuclear programme are talks between adversaries.

A paired cue: "the nuclear programme" beside talks makes the talks peace talks; the programme
alone, or beside a nuclear plant's construction in energy news, does not.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_rounds_of_talks_on_a_nuclear_programme_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Ostravia and Belmark end a round of talks in Korvel",
        paragraphs=[
            "Korvel's foreign ministry said the first round of talks on Belmark's nuclear"
            " programme had ended.",
            "Envoys of both governments met separately with the host's foreign minister.",
            "The next round of talks is due next month, officials said.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_the_same_in_russian(topics: TopicSet) -> None:
    article = make_article(
        title="В Корвеле завершились переговоры Остравии и Бельмарка",
        paragraphs=[
            "МИД Корвела сообщил о завершении первого раунда переговоров по ядерной программе"
            " Бельмарка.",
            "Хозяева поговорили с каждой делегацией по отдельности.",
            "Следующий раунд переговоров пройдет через месяц.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_talks_on_a_civil_nuclear_programme_in_energy_news_stay_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Ostravia picks a builder for its first nuclear power plant",
        paragraphs=[
            "Ostravia held talks with two reactor vendors on its civil nuclear programme.",
            "The nuclear power plant will have two reactors with 2,400 megawatts of capacity.",
            "The state utility expects the plant to supply a fifth of the country's electricity.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
