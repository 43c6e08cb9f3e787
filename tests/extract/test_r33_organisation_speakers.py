"""Round 33: a body that speaks, pointed back to by "it said" or by the kind of body it is;
nobody when two bodies of that kind compete."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind

LEAD = "Talks in Geneva closed late on Friday.\n\n"


def _quotes(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    return [(q.speaker, q.speaker_kind if q.speaker else None) for q in under_headline(text).quotes]


def test_it_said_after_a_name_given_its_kind_between_commas() -> None:
    text = (
        "Nordgrid, the Danish grid operator, said its crews expect to have the lights on again "
        "by nightfall. “Every crew we have is on the job and the causes are studied,” it said."
    )
    assert _quotes(LEAD + text) == [("Nordgrid", SpeakerKind.ORGANISATION)]


def test_it_said_after_a_body_already_heard_is_that_body() -> None:
    text = (
        "“We will draw on the spare reserves through the coming nights,” said Nordgrid in a "
        "statement.\n\nNordgrid said that units out of service now add up to 9,400MW, while "
        "upkeep takes another 2,100MW.\n\n“Nordgrid regrets the trouble the cuts will bring "
        "and asks every household to save power,” it said."
    )
    assert _quotes(LEAD + text) == [("Nordgrid", SpeakerKind.ORGANISATION)] * 2


def test_a_person_described_between_commas_is_no_body() -> None:
    text = (
        "Tom Wells, the head of the group, said its crews expect to have the lights on again "
        "by nightfall. “Every crew we have is on the job and the causes are studied,” it said."
    )
    assert _quotes(LEAD + text) == [(None, None)]
