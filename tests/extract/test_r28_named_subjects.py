"""Round 28 (wave 2): quotes whose speaker the attribution names, but by a name no list knows.
A name the article wrote right after a kind of body ("energy giant Kelmora", "the bloc
Sahelco") is that body when it speaks. The sentences are invented (invented bodies and
places)."""

from __future__ import annotations

from extracted import under_headline

from briefings.models import SpeakerKind


def _speaker(text: str, start: str) -> tuple[str | None, SpeakerKind]:
    article = under_headline(text)
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker, quote.speaker_kind


def test_a_body_named_after_its_kind_speaks_under_its_bare_name() -> None:
    """'energy giant Kelmora …' then '“…,” Kelmora said': the body, not nobody."""
    text = (
        "Tarvian energy giant Kelmora is teaming up with Ardent on a gas project.\n\n"
        "“The decision on the plant will come after a careful review of costs,” Kelmora said."
    )
    assert _speaker(text, "The decision on the plant") == ("Kelmora", SpeakerKind.ORGANISATION)


def test_the_bloc_is_the_one_body_named_after_that_kind() -> None:
    """'The trade bloc Sahelco …' then 'The bloc said on Monday that … “…”'."""
    text = (
        "The trade bloc Sahelco opened an office in Varna.\n\n"
        "The bloc said on Monday that its delegates would hold a fortnight of meetings on "
        "“a customs union for the river ports”."
    )
    assert _speaker(text, "a customs union") == ("Sahelco", SpeakerKind.ORGANISATION)


def test_a_bare_name_never_described_as_a_body_stays_unattributed() -> None:
    """'“…,” Kelmora said' with nothing saying what Kelmora is: no body is made up."""
    text = (
        "Officials met in Varna on Monday.\n\n"
        "“The decision on the plant will come after a careful review of costs,” Kelmora said."
    )
    assert _speaker(text, "The decision on the plant")[0] is None
