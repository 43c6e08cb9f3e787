"""Round 32: partial quotes inside the writer's sentence, governed by a speech participle."""

from __future__ import annotations

from extracted import under_headline

LEAD = "Talks in Geneva closed late on Friday.\n\n"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in under_headline(LEAD + text).quotes]


def test_telling_carries_the_clause_subjects_words() -> None:
    text = (
        "Foreign Minister Karla Mendes dismissed the worries, telling reporters that the "
        "fleet brings “trade and goodwill to every port it visits”."
    )
    assert _quotes(text) == [("trade and goodwill to every port it visits", "Karla Mendes")]


def test_telling_someone_named_leaves_the_quote_out() -> None:
    text = (
        "Foreign Minister Karla Mendes dismissed the worries, telling President Obuya that "
        "the fleet brings “trade and goodwill to every port it visits”."
    )
    assert _quotes(text) == []


def test_quoted_as_saying_before_a_reported_clause() -> None:
    text = (
        "In a note on its site, the ministry quoted envoy Karla Mendes as saying the pact "
        "marked “a triumph of patience and good faith”."
    )
    assert _quotes(text) == [("a triumph of patience and good faith", "Karla Mendes")]


def test_with_a_named_speaker_telling() -> None:
    text = (
        "Top Obuya government officials defended the pact, with Minister of Trade Karla "
        "Mendes telling reporters that it creates a “deeper bond than mere trade and open "
        "consulates in both cities.”"
    )
    assert _quotes(text) == [
        ("deeper bond than mere trade and open consulates in both cities.", "Karla Mendes")
    ]


def test_with_a_speaker_telling_someone_named_is_left_out() -> None:
    text = (
        "Senior officials defended the pact, with Foreign Minister Karla Mendes telling "
        "President Obuya that it creates a “deeper bond than mere trade and open consulates "
        "in both cities.”"
    )
    assert _quotes(text) == []
