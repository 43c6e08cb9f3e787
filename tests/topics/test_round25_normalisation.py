"""Round 25 (fourth pass): rivals mending relations, and armies pulling back, are peace talks.

Reopening the embassies two states closed and ending the dispute between them are what a
settlement does (the topic's "normalisation"); two armies pulling back their troops from a
standoff line carry out the deal that ends it. Ending a trade dispute is no settlement between
rivals. Every sentence here is invented.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_ending_a_dispute_and_reopening_embassies_is_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Two neighbours mend ties with a third state's help",
        paragraphs=[
            "The talks hosted by Oman were a success, ending the long-running dispute between"
            " Algeria and Morocco, their foreign ministers said.",
            "Both governments will reopen their embassies within three months.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_russian_reopened_embassies_are_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Две страны договорились вновь открыть посольства",
        paragraphs=[
            "После пяти лет разрыва отношений две страны договорились вновь открыть посольства"
            " и восстановить дипломатические отношения, сообщил МИД.",
            "Министры иностранных дел встретятся в мае, чтобы обменяться послами.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_armies_pulling_back_troops_under_a_deal_add_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Two armies begin disengagement along mountain border",
        paragraphs=[
            "Troops of the two countries began disengagement at two points of the mountain"
            " border on Friday, army officers said.",
            "The agreement to pull back the troops was signed by the corps commanders on Monday.",
            "The army will keep its soldiers near the line, and patrols will resume in November.",
            "Military engineers removed tents and sheds built since the clashes.",
        ],
    )
    assert set(topics.classify(article).topics) == {"peace-talks", "security"}


def test_ending_a_trade_dispute_is_no_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Deal ends trade dispute over steel",
        paragraphs=[
            "The agreement ends the trade dispute between the two countries over steel,"
            " their trade ministers said.",
            "Both governments will end the trade dispute by lifting quotas in May.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics
