"""Round 24: what real news showed the topics missing or adding, in sentences of our own.

- a treaty two states sign on the line their territories meet at settles it, as a delimitation
  does: peace talks, not a partnership made of "signed" and "treaty" (five articles of four
  outlets in two languages on the real sets);
- relations two states set out to normalise are the settlement's agenda, not a partnership
  (seven articles on normalising relations on the real sets, none labelled a partnership);
- a territorial dispute before the International Court of Justice is a settlement story: the
  English words for the dispute ("territorial dispute", "the territory in dispute") were missing
  where the Russian ones were there (three outlets' reports of one case);
- two states' border troops holding talks manage the line between them: no partnership;
- under peace talks, the oil and gas under a disputed territory are its setting: energy needs
  sentences of its own there, as under climate and mine clearance;
- the risk of an armed conflict between two states and the marines a state posts on a reef
  are defence vocabulary (it was missing in both languages).
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_signed_border_treaty_is_peace_talks_not_a_partnership(topics: TopicSet) -> None:
    """Two presidents signing a border treaty close a dispute over where the line runs."""
    article = make_article(
        title="Kazakhstan and Uzbekistan sign a border treaty",
        paragraphs=[
            "The presidents of Kazakhstan and Uzbekistan signed a border treaty in Tashkent on"
            " Friday, their offices said.",
            "Both leaders called the treaty on the state border a turning point for the region.",
        ],
    )
    found = topics.classify(article).topics
    assert "peace-talks" in found
    assert "partnerships" not in found


def test_a_ratified_treaty_on_the_state_border_is_peace_talks_in_russian(
    topics: TopicSet,
) -> None:
    """The same treaty as Russian outlets name it ("договор о государственной границе")."""
    article = make_article(
        title="Парламент Казахстана ратифицировал договор с Узбекистаном",
        language="ru",
        paragraphs=[
            "Депутаты ратифицировали договор с Узбекистаном о государственной границе.",
            "Ранее президенты двух стран подписали соглашение о линии государственной границы.",
        ],
    )
    found = topics.classify(article).topics
    assert "peace-talks" in found
    assert "partnerships" not in found


def test_a_cross_border_cooperation_agreement_stays_a_partnership(topics: TopicSet) -> None:
    """A compact on trade across the border is cooperation, not a border settlement."""
    article = make_article(
        title="Kazakhstan and Uzbekistan sign a cooperation agreement",
        paragraphs=[
            "Kazakhstan and Uzbekistan signed an agreement on cross-border trade cooperation"
            " during the state visit, the foreign ministry said.",
            "The two countries agreed to expand cooperation in transport and farming.",
        ],
    )
    found = topics.classify(article).topics
    assert "partnerships" in found
    assert "peace-talks" not in found


def test_envoys_to_normalise_bilateral_relations_are_not_a_partnership(topics: TopicSet) -> None:
    """'Bilateral relations' that two estranged neighbours mean to normalise are no compact."""
    article = make_article(
        title="Georgia and Armenia to name envoys for normalising relations",
        paragraphs=[
            "Georgia and Armenia have agreed to name special envoys to mend bilateral relations.",
            "Each side will name its envoy within weeks to pursue normalisation of bilateral"
            " relations, a foreign ministry spokesman told reporters.",
            "Armenia also said it would coordinate each step with its ally Iran.",
            "Yerevan welcomed the step towards normalisation of bilateral ties.",
        ],
    )
    found = topics.classify(article).topics
    assert "peace-talks" in found
    assert "partnerships" not in found


def test_a_territorial_dispute_before_the_world_court_is_peace_talks(topics: TopicSet) -> None:
    """The court two states take their dispute over a region to, and the land in dispute."""
    article = make_article(
        title="World Court to rule on the Marrow Valley claim",
        paragraphs=[
            "The International Court of Justice will rule on Thursday on the long territorial"
            " dispute between Norland and Sudria over the Marrow Valley.",
            "Until then neither army may enter the territory in dispute, the judges said.",
            "Sudria says the court has no jurisdiction over the disputed Marrow region.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_the_world_court_alone_is_no_settlement(topics: TopicSet) -> None:
    """A case at the court with no dispute over land is not peace talks."""
    article = make_article(
        title="Whaling case returns to court",
        paragraphs=[
            "The International Court of Justice heard a case on whaling quotas on Monday.",
            "The ICJ will give its opinion on the fishing licences next year.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


def test_talks_between_two_states_border_troops_are_not_a_partnership(topics: TopicSet) -> None:
    """Border guards meeting over incidents on their line are not two states drawing closer."""
    article = make_article(
        title="Пограничники Армении и Азербайджана проведут встречу",
        language="ru",
        paragraphs=[
            "Встреча руководителей пограничных служб Армении и Азербайджана может пройти в"
            " октябре, сообщили источники.",
            "Ранее на двусторонних переговорах министры Армении и Азербайджана договорились о"
            " визите делегации пограничных войск в Ереван.",
            "Стороны намерены обсудить инциденты на линии соприкосновения.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics


def test_oil_under_a_disputed_valley_is_the_dispute_s_setting(topics: TopicSet) -> None:
    """Two passing lines on the oil and gas under the land in dispute make no energy news."""
    article = make_article(
        title="Norland calls for talks on the Marrow Valley",
        paragraphs=[
            "The government of Norland said on Monday that Sudria must return to negotiations at"
            " once to settle the territorial dispute over the Marrow Valley.",
            "Norland accuses Sudria of letting foreign firms drill for gas in waters off the"
            " valley.",
            "The quarrel over the valley, where offshore oil was found in 2015, goes back to a"
            " delimitation drawn in colonial times.",
            "Both sides say they want a peaceful settlement.",
        ],
    )
    found = topics.classify(article).topics
    assert found == ["peace-talks"]


def test_a_pipeline_deal_beside_peace_talks_stays_energy(topics: TopicSet) -> None:
    """A paragraph on gas exports and a pipeline's capacity is energy news of its own."""
    article = make_article(
        title="Peace talks open as the two sides weigh a gas pipeline",
        paragraphs=[
            "Negotiators from Norland and Sudria opened peace talks in Valmora on Monday to end"
            " the ten-year war.",
            "The peace agreement under discussion also covers a gas pipeline to carry 10 billion"
            " cubic metres of natural gas a year.",
            "Gas exports through the pipeline would start in 2030, the energy ministry said.",
        ],
    )
    found = topics.classify(article).topics
    assert "peace-talks" in found
    assert "energy" in found


def test_marines_on_a_reef_and_the_risk_of_armed_conflict_are_security(topics: TopicSet) -> None:
    """A standoff at sea told by the outpost's marines and the risk of armed conflict."""
    article = make_article(
        title="Напряжённость вокруг рифа Коралловый растёт",
        language="ru",
        paragraphs=[
            "Вокруг рифа растёт вероятность вооружённого конфликта между Норландом и Судрией.",
            "Норланд держит на рифе небольшой гарнизон морских пехотинцев.",
            "Суда снабжения доставляют морпехам воду и продовольствие раз в месяц.",
        ],
    )
    assert "security" in topics.classify(article).topics
