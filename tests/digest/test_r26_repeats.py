"""Round 26: an item never shows the same words twice (invented sentences)."""

from __future__ import annotations

from briefings.digest import build_briefing
from briefings.digest.items import Item, Option
from briefings.digest.selection import _repeats
from briefings.topics import TopicSet

from .factories import NOW, make_article

NEWS = "An unexploded mortar shell was found in the centre of Dunmore."


def test_an_article_stating_its_news_twice_shows_it_once(topics: TopicSet) -> None:
    """A lead, then the same words with a credit the brief cuts: one line, not two."""
    article = make_article(
        id="twice",
        outlet="Velmora Daily",
        title="Mortar shell found in Dunmore",
        paragraphs=[
            NEWS,
            "Deminers of the rescue service took the shell out of the town.",
            NEWS.removesuffix(".") + ", the Corvale Evening programme of TV5 reported.",
            "Deminers say such finds from the war are reported every month in the region.",
        ],
    )
    briefing = build_briefing(topics.get("demining"), [article], NOW, topics=topics)
    lines = [s for item in briefing.items for s in item.sentences]
    shown = " ".join(lines)
    assert shown.count("unexploded mortar shell was found") == 1


def test_repeats_compares_the_words_shown() -> None:
    item = Item.__new__(Item)
    item.display = [NEWS]
    same = Option.__new__(Option)
    same.display = ["…An unexploded mortar shell was found in the centre of Dunmore…"]
    new = Option.__new__(Option)
    new.display = ["Deminers took the shell out of the town."]
    assert _repeats(item, same)
    assert not _repeats(item, new)
