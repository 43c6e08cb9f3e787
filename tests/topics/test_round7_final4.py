"""Constructions of real news that round 7 found on a tuning set, in sentences of our own.

- A divided state's conflict is named as a "problem" ("the Cyprus problem", "кипрская
  проблема") and negotiated in "reunification talks": that is peace-talks news even when no
  war, treaty or ceasefire is named.
- A ceasefire deal is also written with a preposition ("the agreement on the cease-fire").
- "Energy Star" is a product label and household appliances with rebates are consumer advice;
  "climate control" heats or cools a room, a car or a storage unit.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_reunification_talks_on_a_divided_island_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Island leaders to meet again after informal dinner",
        paragraphs=[
            "The two community leaders agreed on Friday to meet again soon to look at ways to"
            " revive the stalled reunification talks.",
            "Reunification negotiations collapsed seven years ago and have not resumed since.",
            "The United Nations said the leaders would meet in a broader format next month.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_the_cyprus_problem_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Government awaits date of informal meeting",
        paragraphs=[
            "Spokesman Petros Andreadis said the government remained ready to discuss the Cyprus"
            " problem at any time.",
            "A solution to the Cyprus problem lies within the framework of UN resolutions, he"
            " added.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_settlement_of_the_cyprus_question_in_russian_is_peace_talks(topics: TopicSet) -> None:
    sentence = (
        "Представители общин собрались в Женеве на встречу, посвященную урегулированию кипрской"
        " проблемы."
    )
    assert topics.score_sentence(sentence, topics.get("peace-talks"), "ru") >= 2 * 2


def test_an_agreement_on_the_ceasefire_is_peace_news(topics: TopicSet) -> None:
    peace = topics.get("peace-talks")
    plain = topics.score_sentence("The cabinet will consider the ceasefire on Tuesday.", peace)
    deal = topics.score_sentence(
        "On Tuesday ministers are to vote on the agreement on the cease-fire.", peace
    )
    assert deal >= peace.sentence_threshold > plain


def test_appliance_rebates_with_an_energy_label_are_not_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Rebates for Energy Star appliances",
        paragraphs=[
            "The Department of Energy has approved the Energy Star rebate plans of all states.",
            "Shoppers who replace an old fridge with an Energy Star model save on their"
            " electricity bills.",
            "Qualifying products include furnaces (oil and gas) and water heaters.",
            "Appliances use most of the energy consumed in a home, the Tamsworth Saver guide says.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_climate_control_is_not_climate(topics: TopicSet) -> None:
    climate = topics.get("climate")
    for sentence in (
        "Every climate-controlled unit keeps the temperature steady all year.",
        "The new saloon comes with dual-zone climate control and heated seats.",
    ):
        assert topics.score_sentence(sentence, climate) == 0


def test_a_reciprocal_access_agreement_is_a_partnership_besides_defence(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Two island states sign troop access pact",
        paragraphs=[
            "Defence Minister Arlo Benning and his counterpart signed a defence pact on Monday"
            " that lets troops of each side train on the other's territory.",
            "The Reciprocal Access Agreement was signed in Port Lanza by the two foreign"
            " ministers.",
            "Both governments expect bilateral security cooperation to grow while maritime tensions"
            " rise.",
            "The first joint military drills under the pact, with warships and fighter jets, are"
            " planned for the spring.",
        ],
    )
    assert {"partnerships", "security"} <= set(topics.classify(article).topics)


def test_remnants_of_war_and_booby_traps_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Army engineers destroy war leftovers south of the capital",
        paragraphs=[
            "The defence ministry destroyed a large stock of explosive remnants of war collected"
            " in former conflict areas.",
            "Teams collected remnants of war and booby traps from farms and houses, the head"
            " of the engineering unit said.",
            "The army fought a year-long armed conflict around the capital before the front"
            " moved south.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_a_storage_advert_naming_climate_change_is_off_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Why climate-controlled storage is worth it",
        paragraphs=[
            "We think climate-controlled storage is a must for valuables, and the reason is the"
            " recent climate change.",
            "This is not a political statement about global warming.",
            "A climate-controlled unit keeps a steady temperature all year round.",
            "Not every facility offers climate control, because it costs more to run.",
            "At Redfern Lockers, climate control adds twenty dollars a month to a small unit.",
        ],
    )
    assert "climate" not in topics.classify(article).topics


def test_a_university_partnerships_guide_is_off_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Guide to international partnerships",
        paragraphs=[
            "International partnerships can be signed at university level with the help of the"
            " International Office.",
            "A memorandum of understanding is a general cooperation agreement, later filled in"
            " by agreements on student exchange.",
            "The Agreement on Academic Cooperation covers exchanges of academics and joint"
            " academic events with partner universities.",
            "Exchanges of students within the European Union fall under the ERASMUS programme.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_a_state_visit_with_student_exchanges_stays_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Presidents sign strategic partnership declaration",
        paragraphs=[
            "President Elan Marr and his host signed a declaration on strategic partnership on"
            " Tuesday.",
            "The two governments agreed to deepen bilateral cooperation in trade and transport.",
            "They also agreed to expand student exchanges between their countries.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_remnants_of_war_are_not_fighting(topics: TopicSet) -> None:
    security = topics.get("security")
    leftovers = "Engineers collected explosive remnants of war from the southern districts."
    fighting = "Engineers came under fire as the war reached the southern districts."
    assert (
        topics.score_sentence(leftovers, security) == 0 < topics.score_sentence(fighting, security)
    )
