"""Round 31: beside mine clearance, the army and the war are the clearance's setting.

Security is chosen beside demining only with a strong sentence naming none of the clearance;
an army neutralising old shells line after line is who clears them.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_army_clearing_shells_is_no_security_story(topics: TopicSet) -> None:
    article = make_article(
        title="Old shells removed from hill villages",
        paragraphs=[
            "The army said on Tuesday that 41 unexploded shells were found and destroyed in"
            " four hill villages.",
            "Army teams worked with the district council for three weeks to clear the unexploded"
            " ordnance from the terraces.",
            "The army thanked farmers for reporting the objects.",
            "Villagers recalled the shelling that hit the area years ago.",
            "The army will keep checking the fields before the spring sowing.",
        ],
    )
    assert topics.classify(article).topics == ["demining"]


def test_fighting_beside_a_clearance_paragraph_stays_security(topics: TopicSet) -> None:
    article = make_article(
        title="Drone and missile strikes hit the port city",
        paragraphs=[
            "The armed forces said enemy troops launched missile and drone strikes on the port"
            " city overnight, while the defence ministry reported an offensive in the north.",
            "Soldiers and air defence units repelled the invasion attempt, the army said.",
            "Sappers later cleared unexploded shells and landmines from two streets.",
            "Mine clearance teams said the landmines would take weeks to remove.",
        ],
    )
    assert set(topics.classify(article).topics) >= {"security", "demining"}
