"""Round 25 (second pass): border treaties settled piece by piece, monitoring missions, a road
map signed between states, environmental treaty talks, and mine blasts reported in Russian.

A treaty "on certain sections of the state border" settles where two states meet (peace talks,
as delimitation does), not a partnership; a patrol on some sections of a border is neither. A
bloc's monitoring mission on a border is a security operation, an election's is not, and a
region's "water security" is no defence matter. Two states signing a road map make a compact,
as signing an agreement does. States negotiating a global plastics treaty are at environmental
talks: no conflict is settled. "От взрывов мин погибли" is mine news, as "mine explosions" is.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_treaty_on_sections_of_the_state_border_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Kazakhstan ratifies border documents with Kyrgyzstan",
        paragraphs=[
            "The president of Kazakhstan signed the law ratifying the treaty with Kyrgyzstan"
            " on certain sections of the Kazakh-Kyrgyz state border, his office said.",
            "Under the treaty, a strip of pasture passes to Kyrgyzstan and a road to Kazakhstan.",
            "Opposition groups in both countries had protested against the border deal.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_russian_treaty_on_sections_of_the_border_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Фото с церемонии в Астане",
        paragraphs=[
            "Президенты Казахстана и Кыргызстана обменялись ратификационными грамотами"
            " договора об отдельных участках казахстанско-кыргызской государственной границы.",
            "Процесс делимитации занял почти двадцать лет, отметил президент Казахстана.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_patrols_on_some_sections_of_a_border_are_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="More guards for the northern line",
        paragraphs=[
            "The agency added guards on some sections of the state border after a rise in"
            " smuggling, a spokesman said.",
            "Drones will watch the remaining sections of the northern border at night.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_a_blocs_monitoring_mission_on_a_border_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="EU extends monitoring mission in Armenia",
        paragraphs=[
            "Brussels prolonged the EU monitoring mission in Armenia until 2030 on Monday.",
            "The unarmed monitors patrol the Armenian side of the border with Azerbaijan and"
            " report on incidents.",
            "Ministers said the monitoring mission had helped calm the area.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_russian_monitoring_mission_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Наблюдательная миссия ЕС останется в Армении",
        paragraphs=[
            "Наблюдательная миссия ЕС продолжит патрулировать армянскую сторону границы с"
            " Азербайджаном, сообщили в Брюсселе.",
            "Мандат наблюдательной миссии продлен на два года.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_an_election_monitoring_mission_is_no_security(topics: TopicSet) -> None:
    article = make_article(
        title="Observers arrive for the vote",
        paragraphs=[
            "An election monitoring mission of 40 observers arrived in the capital on Tuesday.",
            "The election monitoring mission will publish its first findings after the vote.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_water_security_is_no_defence_matter(topics: TopicSet) -> None:
    security = topics.get("security")
    for sentence in (
        "A canal upstream puts the region's water security at risk, experts said.",
        "Власти обеспокоены водной безопасностью региона.",
    ):
        assert topics.score_sentence(sentence, security) == 0


def test_two_states_signing_a_road_map_make_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Rail link planned across the Caucasus",
        paragraphs=[
            "The foreign ministers of Georgia and Armenia signed a road map on a new rail"
            " link on Tuesday.",
            "Trains could run on the line from 2030.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_plastics_treaty_negotiations_are_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Plastics treaty talks end without a deal",
        paragraphs=[
            "Negotiations on a global treaty to end plastic pollution ended on Sunday without"
            " agreement, as countries split over caps on plastic production.",
            "Delegates from 170 nations will resume the talks next year.",
            "The chair said the negotiators had come closer to a treaty than ever.",
        ],
    )
    assert topics.classify(article).topics == []


def test_russian_mine_blasts_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="В пригороде Сирта от взрывов мин погибли трое",
        paragraphs=[
            "Власти призвали жителей не возвращаться домой после военных действий.",
            "Жители вернутся, когда территорию очистят от мин, сообщил представитель министерства.",
        ],
    )
    assert topics.classify(article).topics[0] == "demining"
