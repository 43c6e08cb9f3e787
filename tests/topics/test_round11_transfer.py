"""What round 11 found on unseen real news, in sentences of our own.

- "Peace" alone is a value (a school's peace mural, a peace day, a song): it adds to peace
  talks, it never makes them. Found on three outlets in three open sets, all off-topic.
- Talks that do say what they are about ("a ceasefire", "a peace agreement") still make the
  topic with "peace" beside them.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


@pytest.fixture(scope="module")
def topics() -> TopicSet:
    return TopicSet.load()


def test_peace_as_a_value_is_not_peace_talks(topics: TopicSet) -> None:
    article = make_article(
        title="Pupils unveil a peace mural at Birchwood Primary",
        paragraphs=[
            "Pupils at Birchwood Primary unveiled a mural about peace on Friday, painted over"
            " six weeks of art lessons.",
            "Each class chose a colour that stood for peace in their eyes and painted a dove"
            " in it.",
            "The co-chair of the parents' committee said the wall would remind the children that"
            " peace starts at home.",
            "A choir of younger pupils sang two songs about kindness and peace in every language"
            " spoken at the school.",
        ],
    )
    assert "peace-talks" not in topics.classify(article).topics


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Negotiators from the two governments met in Geneva for a third round of talks on"
            " a ceasefire and peace along the border.",
            id="ceasefire",
        ),
        pytest.param(
            "The delegations resumed negotiations on a peace agreement that would end the"
            " fighting in the border provinces.",
            id="agreement",
        ),
    ],
)
def test_peace_beside_what_talks_are_about_is_peace_talks(topics: TopicSet, lead: str) -> None:
    article = make_article(
        title="Talks resume in Geneva",
        paragraphs=[
            lead,
            "Both sides said they wanted a lasting peace, but neither gave ground on the"
            " withdrawal of troops.",
            "Mediators expect a further round next month.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics
