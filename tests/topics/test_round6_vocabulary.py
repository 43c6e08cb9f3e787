"""Vocabulary from real visit pieces (round 6): nuclear power and energy majors; wishes of peace.

A leaders' visit names its energy deals by what is built and who builds it ("small modular
reactors", "with the participation of Rosatom", a licence for Zarubezhneft): a passage on
energy with none of the words of oil and gas. And a readout's "new era of peace and
prosperity" for a region is a wish, not a negotiation, even next to a reference to an old
peace agreement.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_reactors_and_a_nuclear_company_are_an_energy_passage(topics: TopicSet) -> None:
    article = make_article(
        title="President of Lindora receives his Marovian counterpart",
        paragraphs=[
            "President Alen Roth hosted the Marovian President Sato Imre for talks on"
            " enhancing bilateral relations and trade between the two countries.",
            "Imre also expressed interest in working with Rosatom on the islands."
            " “Our teams looked at reactors of every size,” he said.",
            "The two presidents agreed to deepen cooperation in education and tourism.",
            "Imre said later that the talks with Rosatom had covered large reactors for the"
            " main island.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_russian_energy_majors_and_a_nuclear_centre_are_energy(topics: TopicSet) -> None:
    article = make_article(
        language="ru",
        title="Линдора и Маровия приняли заявление о стратегическом партнерстве",
        paragraphs=[
            "Президенты Линдоры и Маровии приняли заявление о дальнейшем углублении"
            " всеобъемлющего стратегического партнерства.",
            "Утвержден график строительства при участии «Росатома» центра ядерных технологий.",
            "Компании «Зарубежнефть» выдана лицензия на разведку морского блока, а «Новатэк»"
            " подписал меморандум с министерством промышленности Маровии.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_wish_of_peace_and_prosperity_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Lindora and Marovia agree to lay a gas pipeline",
        paragraphs=[
            "The energy ministers of Lindora and Marovia agreed to lay a gas pipeline between"
            " the two countries to raise gas exports to Europe.",
            "Prime Minister Oda Fenn said: “This day marks a new era of peace and prosperity"
            " in the region.",
            "It all began with the historic peace agreement between our countries.”",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_front_lines_of_relief_work_are_not_defence_news(topics: TopicSet) -> None:
    """On "the front lines" of any hard work is a metaphor: it adds to war news, never makes it."""
    article = make_article(
        title="Dreamers and explorers coming to the Riverside ideas day",
        paragraphs=[
            "The ideas day returns to the city hall on Saturday with twelve speakers.",
            "Our scientists will lift the lid on robotics, cyber security and jet engines.",
            "Guests will hear a retired nurse who was on the front lines of relief work after"
            " the floods.",
        ],
    )
    assert topics.classify(article).topics == []


def test_the_front_line_still_adds_to_war_news(topics: TopicSet) -> None:
    article = make_article(
        paragraphs=[
            "Shelling continued along the front line overnight, the army said.",
            "Troops repelled two attacks near the front line, a military spokesman said.",
        ]
    )
    assert topics.classify(article).topics == ["security"]
