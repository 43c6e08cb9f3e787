"""Round 33: a compact states have not signed is none between them; a peaceful settlement is
peace talks.

"Brazil, India and Pakistan never signed the treaty" names who stays out of a compact, not a
compact signed between them: the agreement-and-signature pair is blocked by the negation.
English names a settlement as Russian does ("мирное урегулирование", "процесс урегулирования").
Rugby, hockey, basketball and the like name sport as football does: a club's memorandum with a
gas firm is no partnership. A deputy meeting a deputy is not two heads of state or government.
Soldiers freed from captivity in a prisoner swap are who the exchange brings home: peace-talks
news, not defence news; the captives count for the talks also without the word for the swap.
Russian "сотрудничество" beside two named states is their relation, relevant alone.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_states_that_never_signed_a_treaty_are_no_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Lawmakers vote to leave the cluster bomb treaty",
        paragraphs=[
            "Lithuania's parliament voted on Thursday to quit the Convention on Cluster"
            " Munitions, pointing to the threat on its eastern border.",
            "Clearance teams still find cluster bomblets in fields near the border, the mine"
            " action centre said.",
            "Brazil, India and Pakistan are among the countries that have never signed the treaty.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_states_refusing_to_ratify_a_pact_sign_nothing_together(topics: TopicSet) -> None:
    line = "Chile and Peru have refused to ratify the pact on fishing quotas."
    assert topics.score_sentence(line, topics.get("partnerships")) == 0


def test_a_treaty_two_states_signed_is_still_a_partnership(topics: TopicSet) -> None:
    line = "Chile and Peru signed a treaty on fishing quotas in Lima on Monday."
    assert topics.score_sentence(line, topics.get("partnerships")) >= 10


def test_a_peaceful_settlement_and_its_process_are_peace_talks(topics: TopicSet) -> None:
    """The English of "мирное урегулирование" and "процесс урегулирования" weighs as the
    Russian does."""
    article = make_article(
        title="",
        paragraphs=[
            "The EU's envoy for the Abkhazia settlement process arrived in Sukhumi on Tuesday"
            " for two days of meetings.",
            "Both sides backed a joint text committing them to a peaceful settlement of the"
            " dispute, the envoy told reporters.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_share_trade_settlement_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Bank shortens its settlement process",
        paragraphs=[
            "The bank said its settlement process for share trades will take one day from May.",
            "Clients will see the money on their accounts faster, a spokesman said.",
        ],
    )
    assert topics.classify(article).topics == []


def test_a_rugby_clubs_memorandum_with_a_gas_firm_is_off_topic(topics: TopicSet) -> None:
    """Sport names weigh against every topic as football does (round 33)."""
    article = make_article(
        title="Gas grid operator and rugby club sign a cooperation memorandum",
        paragraphs=[
            "A cooperation memorandum was signed on Friday by the national gas grid operator"
            " and the Tbilisi rugby club.",
            "Under the memorandum, signed by the operator's director and the club's"
            " president, the company will fund the club's youth teams.",
            "At the signing ceremony the director spoke of the value of cooperation for"
            " sport in the country.",
            "The memorandum took effect on signature.",
        ],
    )
    assert topics.classify(article).topics == []


def test_an_ice_hockey_clubs_memorandum_is_off_topic(topics: TopicSet) -> None:
    article = make_article(
        title="Хоккейный клуб подписал меморандум о сотрудничестве с энергокомпанией",
        paragraphs=[
            "Хоккейный клуб из Омска и региональная энергокомпания подписали меморандум о"
            " сотрудничестве.",
            "Меморандум предусматривает поддержку детской хоккейной школы, сообщил президент"
            " клуба.",
            "Стороны договорились о долгосрочном партнерстве, добавили в правительстве области.",
        ],
    )
    assert topics.classify(article).topics == []


def test_deputies_meeting_are_not_two_heads_meeting(topics: TopicSet) -> None:
    """The pair of a meeting and heads of state or government counts no deputy of theirs."""
    partnerships = topics.get("partnerships")
    deputies = "Chile's deputy prime minister met Peru's vice president in Lima on Monday."
    russian = "Вице-премьер Казахстана провел встречу с вице-президентом Ирана в Тегеране."
    heads = "The presidents of Chile and Peru met in Lima on Monday."
    assert topics.score_sentence(deputies, partnerships) < 2.5
    assert topics.score_sentence(russian, partnerships) < 2.5
    assert topics.score_sentence(heads, partnerships) >= 2.5
    article = make_article(
        title="",
        paragraphs=[
            deputies,
            "The talks between the Chilean deputy premier and Peru's vice president lasted"
            " three hours, a spokesman said.",
        ],
    )
    assert topics.classify(article).topics == []


def test_soldiers_swapped_from_captivity_are_peace_talks_not_security(topics: TopicSet) -> None:
    """Captivity weighs against security and for peace talks (round 33)."""
    article = make_article(
        title="Ninety captured marines come home in a prisoner swap brokered by Qatar",
        paragraphs=[
            "Armenia and Azerbaijan each freed ninety soldiers from captivity on Tuesday in a"
            " prisoner swap brokered by Qatar.",
            "The returned troops, army privates and border guards, were met by their families"
            " after months in captivity.",
            "The government thanked the Qatari mediators who negotiated the exchange of prisoners.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_captives_freed_without_the_word_swap_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Стороны конфликта в Ливии договорились освободить задержанных",
        paragraphs=[
            "Правительство Ливии и отряды востока страны подписали в Женеве договор об обмене.",
            "По словам посредника ООН, на свободу выйдут 400 пленных с каждой стороны.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_a_line_of_generic_security_words_makes_no_passage_under_energy(
    topics: TopicSet,
) -> None:
    """One line of defence words and a neighbour naming only "national security" are a
    passing mention in a wind farm's story, not a security passage (round 33)."""
    article = make_article(
        title="Court lets an offshore wind farm resume construction",
        paragraphs=[
            "A federal court on Monday let the 900-megawatt offshore wind farm off Maine resume"
            " construction, lifting the halt on the project.",
            "The turbines will supply electricity to 400,000 homes once the wind farm is complete.",
            "The halt followed radar concerns the Navy and the Defense Department raised about"
            " the turbines.",
            "The developer said the project posed no risk to national security.",
            "Power from the wind farm is due to reach the grid next year.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


def test_a_summit_on_the_question_of_a_conflict_is_no_partnership(topics: TopicSet) -> None:
    """A conflict named as "the X question" or "the X issue" is what two heads' summit on it
    is about: the line counts nothing for partnerships; without it the pair still counts."""
    partnerships = topics.get("partnerships")
    english = (
        "The presidents of France and Brazil held a summit in Paris to compare their positions"
        " on the Cyprus question."
    )
    russian = (
        "Президенты Франции и Бразилии провели саммит в Париже, обсудив позиции по"
        " палестинскому вопросу."
    )
    plain = "The presidents of France and Brazil held a summit in Paris on Monday."
    assert topics.score_sentence(english, partnerships) == 0
    assert topics.score_sentence(russian, partnerships) == 0
    assert topics.score_sentence(plain, partnerships) >= 2.5


def test_two_states_standing_format_named_for_its_venue_is_peace_talks(topics: TopicSet) -> None:
    """ "The Prague format" and "the Istanbul process" name a settlement's standing talks."""
    peace = topics.get("peace-talks")
    assert topics.score_sentence("The envoys met again in the Prague format on Friday.", peace) >= 4
    assert topics.score_sentence("Москва ждет ответа Киева по стамбульскому процессу.", peace) >= 4
    article = make_article(
        title="Leaders' meeting off the table, says spokesman",
        paragraphs=[
            "A meeting of the presidents of Russia and Ukraine cannot be prepared for now,"
            " the Kremlin's spokesman told reporters on Tuesday.",
            "Kyiv has paused the talks and given no answer on resuming the Istanbul process,"
            " he added.",
            "Only negotiations of experts can prepare contacts at the top, he said.",
        ],
    )
    assert topics.classify(article).topics == ["peace-talks"]


def test_relations_between_two_states_are_read_as_their_relation(topics: TopicSet) -> None:
    """'Relations between|with' count as a relation cue: where two states are named, not
    beside a dispute (and, as every relation cue, not under peace talks between them)."""
    partnerships = topics.get("partnerships")
    disputed = "Relations between Chile and Bolivia stay frozen over the sea dispute."
    friendly = "Relations between Chile and Peru keep growing, the minister said."
    assert topics.score_sentence(disputed, partnerships) == 0
    assert topics.score_sentence(friendly, partnerships) >= 2


def test_russian_cooperation_between_two_named_states_is_their_relation(
    topics: TopicSet,
) -> None:
    """'Сотрудничество' (or the loanword 'кооперация') in a sentence naming two states is
    their relation and reaches the threshold alone; naming one state, it stays a clause."""
    partnerships = topics.get("partnerships")
    two = "Премьер Армении назвал важным сотрудничество страны с Индией в сельском хозяйстве."
    loan = "Посол считает, что кооперация Чили и Перу будет расти."
    one = "Премьер назвал важным сотрудничество страны в сельском хозяйстве."
    assert topics.score_sentence(two, partnerships) >= 2.5
    assert topics.score_sentence(loan, partnerships) >= 2.5
    assert topics.score_sentence(one, partnerships) < 2.5


def test_a_title_and_a_line_on_two_states_cooperation_are_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Пашинян высказался о пользе сотрудничества с Индией",
        paragraphs=[
            "Премьер-министр Армении Никол Пашинян высказался о пользе сотрудничества"
            " республики с Индией, сославшись на быстрый рост её рынка.",
            "Интервью вышло в эфир в понедельник вечером.",
        ],
    )
    assert topics.classify(article).topics == ["partnerships"]
