"""Round 26: the fighting a ceasefire story recounts, border clashes, and firms' energy deals.

A ceasefire between two states' armies is peace talks, and the days of shelling, combat and
cross-border firing it stops are defence news as well: a sentence naming such an act stays
security's under peace talks. A topic that does not lead but has a title of its own ("... hold
a security dialogue") gets its one-cue body lines back as relevant, as a relevant title makes
one more sentence enough for a leading topic. A firm's gas contract stays energy news, and an
intergovernmental agreement in an energy piece stays a partnership.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_truce_after_days_of_combat_is_security_too(topics: TopicSet) -> None:
    article = make_article(
        title="Veloria and Marland agree truce after border fighting",
        paragraphs=[
            "Veloria and Marland agreed on Tuesday to an immediate ceasefire after six days of"
            " combat along their mountain frontier.",
            "The truce came after artillery and drone strikes on border posts, officials said.",
            "Their foreign ministers will hold talks next week, mediated by a neighbour, to"
            " negotiate a lasting settlement.",
            "Senior military officials of both armies are to meet at the crossing on Friday.",
        ],
    )
    result = topics.classify(article).topics
    assert "peace-talks" in result
    assert "security" in result


def test_the_armies_stopping_all_firing_is_security_too(topics: TopicSet) -> None:
    article = make_article(
        title="Two neighbours agree to stop firing after talks",
        paragraphs=[
            "Ostria and Bellmark agreed to a ceasefire on Sunday after talks mediated by a"
            " third state, the foreign ministry said.",
            "From midnight both armies are to halt all firing and every military action along"
            " the frontier.",
            "Cross-border firing had killed nine soldiers in the week before the truce.",
            "The talks on a peace agreement are to resume next month.",
        ],
    )
    result = topics.classify(article).topics
    assert "peace-talks" in result
    assert "security" in result


def test_russian_fighter_jets_and_armour_under_ceasefire_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Стороны проведут переговоры о прекращении огня",
        paragraphs=[
            "Пограничные комиссии двух государств проведут переговоры о прекращении огня в"
            " понедельник.",
            "Накануне министерство обороны заявило о новых вооружённых столкновениях на границе"
            " с участием истребителей и бронетехники.",
            "Соглашение о прекращении огня должно вступить в силу через неделю.",
        ],
    )
    result = topics.classify(article).topics
    assert "peace-talks" in result
    assert "security" in result


def test_peace_talks_without_fighting_stay_peace_talks_alone(topics: TopicSet) -> None:
    article = make_article(
        title="Delegations resume peace treaty talks",
        paragraphs=[
            "Delegations of Veloria and Marland resumed talks on a peace treaty in Geneva on"
            " Monday, the foreign ministry said.",
            "The negotiations cover the delimitation of the border and the normalisation of"
            " relations, mediated by a neighbouring state.",
            "A ceasefire has held for three years, and the sides hope to sign the peace"
            " agreement this year.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_derby_clash_and_a_fired_coach_are_no_fighting(topics: TopicSet) -> None:
    article = make_article(
        title="Weekend derby clash ends in draw",
        paragraphs=[
            "The derby clash between the two city clubs ended goalless on Saturday, and the"
            " firing of the visiting coach followed on Monday.",
            "Fans called it the fiercest combat on the pitch in years, with three yellow cards.",
            "The league will review the footage of the clash next week.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_a_border_clash_between_two_armies_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Troops exchange fire on disputed border",
        paragraphs=[
            "Troops of Ostria and Bellmark exchanged fire overnight in a border clash near the"
            " river crossing, killing two soldiers.",
            "Artillery fire was heard for hours, residents said.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_title_of_its_own_makes_one_cue_lines_count_under_a_leader(
    topics: TopicSet,
) -> None:
    paragraphs = [
        "Ostria and the European Union held the first round of their dialogue on peace and"
        " security in Brussels, on regional security and the normalisation with Bellmark.",
        "The sides discussed the peace process between Ostria and Bellmark and the peace"
        " agreement the two are negotiating, with the border delimitation.",
        "Security in the region is part of European security, the head of delegation said.",
        "They will explore cooperation on cyber security at the next round in the spring.",
    ]
    titled = make_article(
        title="Ostria and the EU hold first security dialogue", paragraphs=paragraphs
    )
    plain = make_article(title="Ostria and the EU meet in Brussels", paragraphs=paragraphs)
    assert topics.classify(titled).topics[0] == "peace-talks"
    assert "security" in topics.classify(titled).topics
    assert "security" not in topics.classify(plain).topics


def test_a_gas_contract_strengthening_cooperation_is_energy_alone(topics: TopicSet) -> None:
    article = make_article(
        title="Gas producer signs new supply contract with Eastern buyer",
        paragraphs=[
            "Nordgaz and the buyer's state oil company signed a 25-year contract for the"
            " supply of 8 billion cubic metres of natural gas a year through a new pipeline.",
            "The contract strengthens the mutually beneficial cooperation between the two"
            " countries in the gas sector, the gas producer's chief executive said.",
            "Gas deliveries via the pipeline will start in 2028 and reach full volume by 2031.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" not in result


def test_an_intergovernmental_agreement_on_a_plant_is_still_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Two governments to sign agreement on nuclear power plant",
        paragraphs=[
            "The intergovernmental agreement between Ostria and Bellmark on building a nuclear"
            " power plant will be signed next year, the energy minister said.",
            "The plant's two reactors of 1,100 MW each are to supply electricity from 2036.",
            "The nuclear power plant will cover a fifth of the country's electricity demand.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" in result


def test_an_energy_drink_and_crypto_mining_stay_off_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Energy drink brand sponsors crypto mining expo",
        paragraphs=[
            "An energy drink maker became the official partner of a crypto mining expo,"
            " signing a sponsorship partnership with the organisers.",
            "The expo's partner clubs will hold a concert for peace on the closing night.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_pact_on_defence_co_operation_is_security_and_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Ostria and Bellmark sign pact on defence co-operation",
        paragraphs=[
            "Ostria and Bellmark on Monday signed a memorandum of understanding on defence"
            " co-operation after talks between their presidents in the capital.",
            "The two leaders also discussed trade and a new ferry link between their ports.",
            "We have shared interests in the region, the Ostrian president said.",
        ],
    )
    result = topics.classify(article).topics
    assert "partnerships" in result
    assert "security" in result


def test_british_spelling_of_cooperation_counts_as_cooperation(topics: TopicSet) -> None:
    partnerships = topics.get("partnerships")
    security = topics.get("security")
    british = "The two sides value their co-operation in the port, the envoy said."
    american = "The two sides value their cooperation in the port, the envoy said."
    assert topics.score_sentence(british, partnerships) == topics.score_sentence(
        american, partnerships
    )
    assert topics.score_sentence("They discussed military co-operation.", security) >= 3


def test_a_resupply_mission_to_a_reef_outpost_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Sides reach understanding on supply runs to disputed shoal",
        paragraphs=[
            "Ostria and Bellmark have reached an understanding on resupply missions to a"
            " grounded naval vessel on the disputed shoal, the foreign ministry said.",
            "Coast guard ships of the two states blocked each other's boats there in May and"
            " fired water cannons.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_russian_coast_guard_stand_off_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="У спорного рифа столкнулись суда",
        paragraphs=[
            "Управление береговой охраны заявило, что суда соседней страны вошли в воды у"
            " спорного рифа, и применило водомёты.",
            "Патрульные корабли береговой охраны ведут наблюдение за рифом с весны.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_a_water_cannon_at_a_street_protest_alone_is_no_defence_news(topics: TopicSet) -> None:
    article = make_article(
        title="City police disperse protest over bus fares",
        paragraphs=[
            "Police used a water cannon to disperse a few hundred protesters opposing the new"
            " bus fares in the city centre on Saturday.",
            "The mayor said the fares would be reviewed next month.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_a_blocs_plan_to_end_a_members_civil_conflict_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Блок пока не смог помочь прекращению гражданской войны в Лории",
        paragraphs=[
            "Попытки регионального блока помочь прекращению гражданской войны в Лории пока"
            " тщетны, сказал бывший министр иностранных дел.",
            "На саммите лидеры приняли план по урегулированию кризиса в стране, но стороны"
            " его не выполняют.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_english_to_end_the_civil_war_is_peace_talks(topics: TopicSet) -> None:
    peace = topics.get("peace-talks")
    assert topics.score_sentence("The envoys met to end the civil war in Loria.", peace) >= 2.5
    assert topics.score_sentence("The envoys met to end the tariff war.", peace) < 2.5


def test_ending_a_business_crisis_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Carmaker's board agrees plan to end the crisis",
        paragraphs=[
            "The carmaker's board agreed a plan to end the cash crisis at its plants and to"
            " cut costs by a fifth.",
            "Shares rose after the announcement of the plan.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_green_hydrogen_auctions_are_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Sultanate opens third auction of land for green hydrogen",
        paragraphs=[
            "Bidding opens in spring for a third batch of desert plots set aside for green"
            " hydrogen plants, the state developer said.",
            "It is also weighing a separate auction to build a local market for green hydrogen"
            " among the country's factories.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_hydrogen_fuel_cell_in_a_lab_is_no_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Students build a model car",
        paragraphs=[
            "Students at the technical school built a model car that runs on a small hydrogen"
            " cell and won the regional science fair on Friday.",
            "The school will send the team to the national final in June.",
        ],
    )
    assert "energy" not in topics.classify(article).topics


def test_defence_ministers_agreeing_to_build_a_defence_line_is_security(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Two states to fortify their eastern border",
        paragraphs=[
            "The defence ministers of Peru and Chile agreed to build a defence line of"
            " bunkers and anti-tank ditches on their eastern borders.",
            "The fortifications would slow an attack and give the army time, the ministry said.",
            "Troops will start digging the first positions in the spring.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" in result
    assert "partnerships" not in result


def test_a_signed_military_cooperation_agreement_is_security(topics: TopicSet) -> None:
    article = make_article(
        title="Соглашение о военном сотрудничестве продлено",
        paragraphs=[
            "Перу и Чили подписали соглашение о военном сотрудничестве на десять лет,"
            " сообщило министерство обороны.",
            "Соглашение предусматривает совместные учения войск и размещение военной техники.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" in result
    assert "partnerships" not in result


def test_a_mutual_defence_pact_leaders_sign_is_a_partnership_too(topics: TopicSet) -> None:
    article = make_article(
        title="Leaders sign mutual defence pact",
        paragraphs=[
            "The president of Kenya and the prime minister of Tanzania signed a mutual defence"
            " agreement in the capital on Wednesday.",
            "The agreement commits each state to treat an attack on the other as an attack on"
            " itself, and to develop defence ties.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" in result
    assert "partnerships" in result


def test_land_the_fleeing_side_heavily_mined_is_the_clearances_story(topics: TopicSet) -> None:
    article = make_article(
        title="Monsoon to slow mine clearance in the north",
        paragraphs=[
            "The monsoon is likely to slow the clearance of landmines in the former war zone in"
            " the north, an army spokesman said.",
            "Deminers have cleared most of the farmland in the decade since army troops beat"
            " the insurgents.",
            "The retreating rebels had heavily mined three districts during the last months of"
            " the war, slowing the army's advance.",
            "Unexploded landmines still keep thousands of displaced families from going home.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_the_clearance_of_some_kind_of_mines_is_demining(topics: TopicSet) -> None:
    demining = topics.get("demining")
    for sentence in (
        "The unit reported the clearance of nearly all the mines since the war.",
        "Teams finished the clearing of old anti-tank mines near the port.",
        "Explosive clearing operations resumed near the airfield.",
    ):
        assert topics.score_sentence(sentence, demining) >= 2.5, sentence


def test_a_heavily_mined_coin_and_a_data_mine_are_no_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Crypto farm expands in the valley",
        paragraphs=[
            "The crypto mining farm says the coin it mined most heavily last year lost half its"
            " value, and it will move its rigs to cheaper power.",
            "Analysts mined the company's data for signs of trouble.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_the_end_of_a_war_as_a_date_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Три страны готовятся к обороне после окончания войны у соседей",
        paragraphs=[
            "Три государства начали укреплять свои границы на случай агрессии после завершения"
            " войны у соседей, сообщило министерство обороны.",
            "Наибольшая опасность наступит сразу после возможного прекращения огня, считает"
            " бывший министр.",
            "Вдоль границы построят сотни бункеров, а войска проведут учения.",
        ],
    )
    result = topics.classify(article).topics
    assert "security" in result
    assert "peace-talks" not in result


def test_english_after_the_war_ends_is_no_peace_talks(topics: TopicSet) -> None:
    peace = topics.get("peace-talks")
    assert topics.score_sentence("They fear an invasion after the war ends.", peace) == 0
    assert topics.score_sentence("Envoys met to end the war in the north.", peace) >= 2.5


def test_two_leaders_formalising_a_trade_deal_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Leaders formalise trade deal at country retreat",
        paragraphs=[
            "The prime ministers of Kenya and Tanzania formalised a major trade deal during"
            " talks at a country retreat on Thursday.",
            "The agreement aims to double bilateral trade within five years.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_a_footballers_trade_deal_is_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Club completes trade deal for striker",
        paragraphs=[
            "The club completed a trade deal for the striker on Monday, sending two players"
            " and a draft pick the other way.",
            "The footballer will join his new partner in attack for the Premier League opener.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_a_treaty_suspended_after_an_attack_called_an_act_of_war_is_security(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Upstream state suspends river treaty after attack",
        paragraphs=[
            "Ostria said it would hold the river-sharing treaty with Bellmark in abeyance after"
            " a terrorist attack killed 19 tourists near the border.",
            "Bellmark called the move an act of war and announced retaliatory measures,"
            " including closing its airspace.",
            "The treaty has governed the sharing of six rivers since 1962.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_retaliatory_tariffs_are_trade_not_security(topics: TopicSet) -> None:
    article = make_article(
        title="Bloc answers steel levy with retaliatory tariffs",
        paragraphs=[
            "The bloc imposed retaliatory tariffs on motorcycles and jeans after the steel"
            " levy came into force.",
            "Exporters said the retaliatory duties would cost them a tenth of their sales.",
        ],
    )
    assert "security" not in topics.classify(article).topics


def test_an_act_of_war_and_retaliatory_measures_weigh_for_security(topics: TopicSet) -> None:
    security = topics.get("security")
    sentence = "Bellmark called the move an act of war and announced retaliatory measures."
    assert topics.score_sentence(sentence, security) >= 4


def test_a_raid_on_rigs_stealing_electricity_is_off_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Police raid crypto farms over power theft",
        paragraphs=[
            "Police shut down four cryptocurrency mining farms in the port town on Tuesday,"
            " the latest raids over electricity theft.",
            "Officers arrested nine men and seized 300 mining machines, the police chief said.",
            "The utility said the farms had stolen electricity worth $20,000 since March.",
            "Cases of electricity theft have tripled since 2019, the utility added.",
            "The electricity will now be billed to the landlords, officials said.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_utility_raising_electricity_supply_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Utility to raise electricity imports",
        paragraphs=[
            "The national utility will raise electricity imports from its neighbour by 500 MW"
            " next year to meet demand.",
            "A new power line will carry the electricity from two hydropower plants.",
        ],
    )
    assert "energy" in topics.classify(article).topics


def test_a_defence_minister_inspecting_troops_is_still_security(topics: TopicSet) -> None:
    article = make_article(
        title="Defence minister inspects troops on the border",
        paragraphs=[
            "The defence minister inspected troops and new artillery on the northern border"
            " on Monday.",
            "The army will hold drills there next month, the ministry of defence said.",
        ],
    )
    assert "security" in topics.classify(article).topics


def test_basin_ministers_discussing_cooperation_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="River basin cooperation buoyed by a member's return",
        paragraphs=[
            "The annual meeting of the river basin council closed in the lakeside town on"
            " Friday, and a new chairman took over.",
            "The meeting was attended by ministers from Kenya, Tanzania, Rwanda and Uganda.",
            "The ministers discussed cooperation to share the river's water fairly, the host said.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_two_firms_discussing_cooperation_on_shipping_stays_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Gas supply deal signed",
        paragraphs=[
            "A state-owned energy company agreed on Monday to ship gas for 20 years to a"
            " refiner abroad.",
            "The two companies also discussed cooperation on LNG shipping, the refiner said.",
            "The LNG will be shipped to terminals on the coast from 2027.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]
