"""Round 26 (second wave): a firms' deal under energy is no partnership; two states' tie is.

A partnership under an energy lead keeps only sentences of its own (`own_under: [energy]`), save
one naming two states or blocs and no word against a partnership: a state-owned firm's
subsidiary, a chief executive or a corporation signing or cooperating is a commercial deal, though
each firm's country is named; two neighbours' long cooperation on power is their tie.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_subsidiary_and_an_engineering_firm_sign_a_memorandum(topics: TopicSet) -> None:
    article = make_article(
        title="Nuclear builder signs memorandum on coastal reactor study",
        paragraphs=[
            "Northwind Atom LLC, a subsidiary of France's state-owned reactor builder, and"
            " Malaysia's Coastal Power Engineering JSC signed a memorandum of understanding on"
            " Monday to revise the feasibility study for the country's first nuclear power plant.",
            "The MoU covers site surveys, grid connection and the training of plant operators.",
            "The agreement follows a visit by the French prime minister earlier this year, when"
            " the nuclear power programme was revived.",
            "The reactor builder has a long record of cooperation with Malaysia in nuclear"
            " technology, its chief executive said.",
            "Building and running the plant is expected to drive the bilateral partnership for"
            " decades, the company said.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" not in result


def test_a_gas_giant_and_a_buyer_sign_a_route_agreement(topics: TopicSet) -> None:
    article = make_article(
        title="Gas producer and buyer agree terms of new pipeline route",
        paragraphs=[
            "Nordgas and the Eastern Petroleum Corporation signed an agreement on the main"
            " terms of pipeline gas deliveries from Norway to Japan via a northern route.",
            '"With this deal the cooperation between Norway and Japan in the gas sector grows'
            ' stronger still," the chief executive of Nordgas said.',
            "The pipeline is to carry 30 billion cubic metres of gas a year from 2031.",
            "Our partners at the corporation know we are a reliable gas supplier, he added.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" not in result


def test_two_neighbours_long_cooperation_on_hydropower_stays_a_partnership(
    topics: TopicSet,
) -> None:
    article = make_article(
        title="Second unit of border hydropower plant goes online",
        paragraphs=[
            "The second unit of the 600 MW Karnali Gorge hydropower plant began generating"
            " electricity on Friday, a milestone for the Nepal-Bhutan power trade.",
            "Nepal and Bhutan enjoy long-standing cooperation in the hydropower sector, the"
            " embassy said in a statement.",
            "Nepal and Bhutan signed an intergovernmental agreement on the plant in 2019 and"
            " agreed to deepen cooperation in power trade.",
            "The plant will export most of its electricity during the monsoon months.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" in result


def test_names_states_needs_two_states_and_no_firm(topics: TopicSet) -> None:
    scorer = topics._scorer
    number = topics._number["partnerships"]
    both = scorer.find("Nepal and Bhutan enjoy long-standing cooperation in hydropower.")
    firm = scorer.find("Norway's Nordgas JSC and a Japanese buyer agreed on cooperation.")
    one = scorer.find("Bhutan enjoys long-standing cooperation in hydropower.")
    assert scorer.names_states(both, number)
    assert not scorer.names_states(firm, number)
    assert not scorer.names_states(one, number)


def test_an_energy_major_signing_during_talks_is_no_compact(topics: TopicSet) -> None:
    article = make_article(
        title="Газовый концерн увеличит поставки",
        paragraphs=[
            "Поставки газа по новому маршруту вырастут на 8 млрд кубометров в год, сообщили в"
            " компании.",
            "Ранее в Кремле сообщили, что Газпром и китайская сторона подпишут документы в ходе"
            " предстоящих переговоров в Пекине.",
            "Газопровод начнёт работу в 2030 году, добыча газа для него уже идёт.",
        ],
    )
    result = topics.classify(article).topics
    assert "energy" in result
    assert "partnerships" not in result


def test_a_firm_praised_for_two_states_partnership_keeps_it(topics: TopicSet) -> None:
    article = make_article(
        title="President thanks oil company on its anniversary in the country",
        paragraphs=[
            "The president of Uzbekistan praised Lukoil for fostering partnership relations"
            " between Tashkent and Moscow over thirty years.",
            '"The company makes a great contribution to strengthening the partnership between'
            ' Uzbekistan and Russia," he said in a message.',
            "The company produces oil and gas at four fields in the country.",
        ],
    )
    result = topics.classify(article).topics
    assert "partnerships" in result
