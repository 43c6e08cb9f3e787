"""Round 23: constructions real news on each topic uses, in sentences of our own.

- a company's "interoperable" security platform is corporate IT, not defence;
- "treaty" inside an alliance's name (the CSTO) is no settlement: a paragraph on the bloc stays
  security's under a peace story;
- the Russian adjective for gas ("газовый хаб") is gas;
- a state's talks on joining the EU, its membership or candidacy are a partnership.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_vendors_security_platform_is_not_defence(topics: TopicSet) -> None:
    """'Interoperable' products and 'security platforms' are what IT firms sell."""
    article = make_article(
        title="What should a cybersecurity platform do for a mid-sized firm?",
        paragraphs=[
            "Every security vendor at the Norvale trade show now pitches a cybersecurity platform.",
            "Buyers want interoperable products that share alerts across one console.",
            "A good platform also covers email security and web security out of the box.",
            "Chief information officers should ask each vendor for its security platform"
            " roadmap before they sign.",
        ],
    )
    assert topics.classify(article).topics == []


def test_interoperable_forces_still_add_to_defence_news(topics: TopicSet) -> None:
    """Interoperability is context now: with troops and drills it still makes defence news."""
    article = make_article(
        title="Two armies hold joint drills near the border",
        paragraphs=[
            "Troops from Ostravia and Belmark began joint military exercises on Monday.",
            "The drills aim to make the two armies interoperable, the defence ministry said.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_an_alliances_treaty_name_does_not_cede_its_paragraph_to_peace_talks(
    topics: TopicSet,
) -> None:
    """'Collective Security Treaty Organization' names a defence bloc, not a peace treaty."""
    article = make_article(
        title="Two neighbours agree to start border delimitation",
        paragraphs=[
            "The leaders of Ostravia and Belmark agreed to begin the delimitation and"
            " demarcation of their border after talks mediated by a third state.",
            "Ostravia accused Belmark of moving troops into its territory last spring.",
            "Ostravia then asked the Collective Security Treaty Organization, a military bloc,"
            " to intervene.",
            "Both sides said a peace agreement could follow the border talks.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks", "security"]


def test_the_russian_adjective_for_gas_is_energy(topics: TopicSet) -> None:
    """'Газовый хаб' names gas with the adjective, which no noun form of 'газ' matches."""
    article = make_article(
        title="Президент пообещал построить газовый хаб на побережье",
        language="ru",
        paragraphs=[
            "Президент Остравии заявил, что страна создаст газовый хаб на западе.",
            "По его словам, газовый хаб позволит продавать топливо соседям.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_talks_on_joining_the_eu_are_a_partnership(topics: TopicSet) -> None:
    """Suspending EU accession talks is news on a state's ties with the bloc."""
    article = make_article(
        title="Ostravia puts its bid to join the bloc on hold",
        paragraphs=[
            "Ostravia's prime minister said on Thursday that the government would suspend"
            " EU accession talks for four years.",
            "Opposition parties said the decision betrays voters who back joining the EU.",
            "Thousands of people marched in the capital on Friday evening.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_russian_talks_on_eu_membership_are_a_partnership(topics: TopicSet) -> None:
    """'Переговоры о вступлении в ЕС' and 'членство в ЕС' are the Russian for the same."""
    article = make_article(
        title="Правительство Остравии приостановило переговоры о вступлении в ЕС",
        language="ru",
        paragraphs=[
            "Премьер-министр Остравии объявил, что правительство приостанавливает переговоры"
            " о вступлении в ЕС до 2030 года.",
            "Оппозиция заявила, что большинство граждан поддерживает членство в ЕС.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_firm_named_after_a_state_is_not_a_second_state(topics: TopicSet) -> None:
    """A state's deal with a consortium including 'Qatar Energy' is no partnership of states."""
    article = make_article(
        title="Offshore block goes to a consortium",
        paragraphs=[
            "Ostravia's energy ministry awarded its offshore block 9 to a group of firms led"
            " by Qatar Energy and a Varnian driller.",
            "Drilling could start next year if the regulator approves the plan.",
            "A find would let the country stop burning fuel oil in its power stations.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_two_states_signing_beside_a_firm_are_still_a_partnership(topics: TopicSet) -> None:
    """Only the firm's name is blanked: two states named apart from it still count."""
    article = make_article(
        title="Lebanon and Qatar sign an agreement on cooperation",
        paragraphs=[
            "Lebanon and Qatar signed an agreement on energy cooperation on Monday, with"
            " Qatar Energy to operate the block.",
            "The two governments also agreed to set up a joint commission on trade.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_clearance_story_naming_gas_fields_is_not_energy(topics: TopicSet) -> None:
    """Under mine clearance, energy needs sentences of its own: cleared land reaching gas is
    what the clearance did."""
    article = make_article(
        title="Varnia's last minefield is handed back to farmers",
        paragraphs=[
            "On Friday Varnia finishes its landmine clearance, the first country in the region"
            " to do so, the charity Safe Ground said.",
            "Its deminers blew up the final recorded mine last week in the gas-rich south.",
            "Mine clearance has let the country reach its gas and coal and build new roads.",
            "Foreign companies have begun to drill the country's natural gas fields.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_reconciliation_and_a_mediator_between_the_two_countries_are_peace_talks(
    topics: TopicSet,
) -> None:
    """'Посредником между двумя странами': the two states in the instrumental are a group too,
    and reconciliation between them is a settlement."""
    article = make_article(
        title="Лидеры Остравии и Бельмарка встретились в Дохе",
        language="ru",
        paragraphs=[
            "В Дохе прошла встреча президента Остравии и премьер-министра Бельмарка."
            " Переговоры продлились три часа.",
            "Соседние государства давно поддерживают примирение между двумя странами."
            " Прежний посредник между двумя странами в ней не участвовал.",
            "Стороны обсудили открытие транзитного маршрута.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_a_familys_reconciliation_is_not_peace_talks(topics: TopicSet) -> None:
    """Reconciliation counts only between named states: a family's is not a settlement."""
    article = make_article(
        title="Brothers end a feud over the family farm",
        paragraphs=[
            "Two brothers in Valmora announced their reconciliation after talks over the"
            " family farm.",
            "Their lawyers said the reconciliation followed months of talks.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_resumed_security_assistance_in_a_ceasefire_story_is_security_too(
    topics: TopicSet,
) -> None:
    """A lede on one state arming and informing another's forces says the story is defence
    as well, under a ceasefire that leads the article."""
    article = make_article(
        title="",
        paragraphs=[
            "From Wednesday Belmark is to restart intelligence sharing with Ostravia and send"
            " security assistance again, the two governments said jointly on Tuesday.",
            "In return, Ostravia agreed to a 30-day ceasefire that can be extended.",
            "Belmark's foreign minister thanked the hosts for the talks and said the other"
            " side must now accept the ceasefire and negotiate an end to the war.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks", "security"]


def test_russian_intelligence_sharing_and_arms_deliveries_are_security(topics: TopicSet) -> None:
    """'Обмен разведданными' and 'поставки вооружений' are defence words of their own."""
    security = topics.get("security")
    for sentence in (
        "Бельмарк возобновит обмен разведданными с Остравией.",
        "Поставки вооружений Остравии начнутся в следующем месяце.",
        "Belmark will resume intelligence sharing with Ostravia.",
    ):
        assert topics.score_sentence(sentence, security) >= 2.5, sentence


def test_talks_as_the_backdrop_of_a_sanctions_story_are_not_peace_talks(
    topics: TopicSet,
) -> None:
    """'На фоне переговоров о войне' sets the scene for a tanker story; it is not the story."""
    article = make_article(
        title="Два танкера с газом вышли из арктического порта в Азию",
        language="ru",
        paragraphs=[
            "Два танкера со сжиженным природным газом вышли из порта Северный в Азию.",
            "Это проверит решимость Бельмарка ограничивать торговлю газом на фоне переговоров"
            " о войне.",
            "Танкеры загрузили СПГ на заводе компании «Полярный газ».",
            "Бельмарк пока не ужесточает санкции, пытаясь достичь перемирия.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_talks_amid_which_a_ceasefire_holds_still_count_their_ceasefire(topics: TopicSet) -> None:
    """Only the backdrop phrase is blanked: the ceasefire and the peace talks still count."""
    article = make_article(
        title="Ceasefire holds as mediators meet the two sides",
        paragraphs=[
            "The ceasefire between Ostravia and Belmark held on Monday amid talks in Valmora.",
            "Mediators said a peace agreement to end the war could be signed within weeks.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_three_countries_signing_a_document_are_a_partnership(topics: TopicSet) -> None:
    """'Эти три страны подписали документ': a document the states sign is their compact."""
    article = make_article(
        title="Остравия, Бельмарк и Варния изучают маршрут газопровода в Европу",
        language="ru",
        paragraphs=[
            "Остравия, Бельмарк и Варния изучают варианты газопровода в Европу.",
            "В январе эти три страны подписали в столице Варнии соответствующий документ.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_president_ready_to_cooperate_with_another_is_a_partnership(topics: TopicSet) -> None:
    """A leader saying his state is 'ready to cooperate' after talks with another's leader."""
    partnerships = topics.get("partnerships")
    for sentence in (
        "Mongolia is ready to cooperate on this, the president told reporters.",
        "Монголия готова сотрудничать в этой области, заявил президент.",
    ):
        assert topics.score_sentence(sentence, partnerships) >= 2.5, sentence
    article = make_article(
        title="Rail freight on the agenda in the capital",
        paragraphs=[
            "Freight by rail across the steppe was discussed during talks between the Mongolian"
            " and Kazakh presidents on Friday.",
            "Our country is ready to cooperate with its neighbour on rail freight in every"
            " form, the Mongolian president said.",
            "The line carries coal from the western mines to a border station.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics
