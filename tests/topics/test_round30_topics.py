"""Round 30: what clearance teams and bomb squads are called out to, and what a leader keeps.

Mine clearance named as a gerund ("mine-clearing units", "engineers clearing mines"), a dud
named as such ("an unexploded shell") and ordnance dated by its war ("снаряд времён войны")
are demining news, also when soldiers do the work. A police bomb squad named once is not.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_army_mine_clearing_units_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Army resumes mine-clearing work near the coast",
        paragraphs=[
            "Army mine-clearing units went back to the dunes of Ostrava province on Monday"
            " after a summer break.",
            "Military engineers will keep clearing mines around the planned harbour, an army"
            " officer said.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_wartime_shells_found_and_defused_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="В Заречном нашли два снаряда времён войны",
        paragraphs=[
            "На прошлой неделе в Заречном районе строители нашли снаряд времён Великой"
            " Отечественной войны.",
            "Военные инженеры вывезли находку на полигон и уничтожили её.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_unexploded_bombs_turning_up_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Port district evacuated after old bomb found",
        paragraphs=[
            "About 2,000 people left their homes in Lindau harbour while soldiers removed an"
            " unexploded 300-kilo bomb found by a dredger.",
            "Army troops sealed off the quay and military divers searched the basin.",
            "Unexploded shells from the last war are found in the harbour every year, the"
            " city said.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_a_police_bomb_squad_named_once_is_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Station reopens after a suitcase scare",
        paragraphs=[
            "Police closed the central station for two hours on Friday after a suitcase was"
            " left on a platform.",
            "A bomb disposal team found clothes and books inside, a police spokesman said.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_a_power_plant_named_in_a_weapons_story_is_no_energy_news(topics: TopicSet) -> None:
    # Energy keeps only sentences of its own under a security lead: the plant named beside
    # the warheads as what they protect is the defence story's.
    article = make_article(
        title="Veloria says allied warheads keep it safe",
        paragraphs=[
            "Veloria's president said the nuclear weapons its ally stationed on its soil last"
            " year were a guarantee of security.",
            "The weapons and our nuclear power plant are what our security rests on, he told"
            " soldiers at a base near Orlen.",
            "\u201cWe have a nuclear power plant.",
            "Nobody will ever take it from us.",
            "We see what happens to reactors in a war,\u201d he added.",
            "The army will hold drills with the allied troops in June.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" in result
    assert "energy" not in result


def test_abandoned_chemical_weapons_dug_up_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Joint team digs up abandoned chemical weapons near Dalby",
        paragraphs=[
            "Experts from two countries finished a ten-day excavation of abandoned chemical"
            " weapons near Dalby on Tuesday.",
            "Of 400 shells and bombs unearthed, 120 were chemical weapons abandoned by a"
            " retreating army, the defence ministry said.",
            "The weapons will be stored until they are destroyed, officials said.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_the_old_peace_treaty_behind_a_clearance_story_is_no_peace_talks(topics: TopicSet) -> None:
    # Under a demining lead, a sentence more about the clearance than the old dispute is the
    # clearance story's, also when it names the two states whose war left the mines: no
    # relation cue counts there, so the states keep nothing for the topic.
    article = make_article(
        title="Paraguay starts clearing mines on its northern border",
        paragraphs=[
            "Paraguay's army began demining operations on Tuesday along its border with Bolivia.",
            "Thousands of anti-tank mines are thought to lie in the hills.",
            "Engineers will clear land mines in the valley where Bolivia and Paraguay fought"
            " over a territorial dispute in 1987.",
            "A peace agreement in 1990 ended the fighting between the neighbours.",
            "A joint unit of both armies will finish the demining by 2030.",
        ],
    )
    result = topics.classify(article).topics
    assert "demining" in result
    assert "peace-talks" not in result


def test_talks_under_way_beside_a_clearance_story_stay_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Paraguay starts clearing mines as talks with Bolivia resume",
        paragraphs=[
            "Paraguay's army began demining operations on Tuesday along its border with Bolivia.",
            "Thousands of anti-tank mines are thought to lie in the hills.",
            "Negotiators of Bolivia and Paraguay opened fresh peace talks in Geneva on Monday.",
            "Both sides hope to sign a peace treaty ending the border war before the summer,"
            " the mediators said.",
        ],
    )
    result = topics.classify(article).topics
    assert "demining" in result
    assert "peace-talks" in result


def test_army_deminers_named_in_every_line_do_not_make_defence_news(topics: TopicSet) -> None:
    # Security cedes to a standing demining topic when it is decided which leads, too: the
    # sentences where clearance says as much are the clearance story's, whoever does the work.
    article = make_article(
        title="Desert clearance resumes after the summer",
        paragraphs=[
            "Military bomb disposal teams went back to the dunes near Solna on Monday.",
            "Military units are combing the area so that a solar park can be built there.",
            "Three military mine-clearing units have set up camp near the coast road, while two"
            " other military units guard them.",
            "Clearance by these mine-clearing units stopped in July because of the heat, a"
            " military source said.",
            "Army engineers are also clearing mines on the grazing land of two villages.",
            "A military inspector oversees the mine-clearing work together with army unit"
            " commanders.",
            "This military officer visited the camps last week.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]
