"""Round 16: speech whose quotation marks the page lost, told by the attribution that closes
its paragraph ("We expected …, said X.", "… - X said."), and a conjunction that carries a
sentence on past a quote ("… “…” and in establishing continued talks") read as no attribution.
The sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

import pytest
from extracted import speaker_of, under_headline

_INTRO = "Tomas Varga, a driver from the valley, worries about the safety of his savings.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "opening", "speaker"),
    [
        pytest.param(
            "What I liked best was the switch, since nobody but me can reach this account "
            "now, said Varga.",
            "What I liked best",
            "Tomas Varga",
            id="comma-said-surname",
        ),
        pytest.param(
            "We’re all familiar with alarms that flag odd payments, but this one stops the "
            "theft before it happens, explained Lina Orsk of the Savers League.",
            "We’re all familiar",
            "Lina Orsk",
            id="comma-verb-full-name-of-body",
        ),
        pytest.param(
            "We hoped to receive a permit for the mill by spring. But no answer came. I am "
            "surprised more than disappointed. - said Varga.",
            "We hoped to receive",
            "Tomas Varga",
            id="dash-verb-name",
        ),
        pytest.param(
            "We are preparing a meeting of the two mayors and our teams will draft the "
            "agenda - Varga said.",
            "We are preparing",
            "Tomas Varga",
            id="dash-name-verb",
        ),
    ],
)
def test_first_person_speech_without_marks_is_its_named_speakers(
    paragraph: str, opening: str, speaker: str
) -> None:
    """A paragraph in the first person with no quotation mark, closed by an attribution that
    names someone: the whole paragraph is that person's quote."""
    article = under_headline(_INTRO + paragraph)
    assert speaker_of(article, opening) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "The bridge over the river will reopen in May once the repairs end, said Varga.",
            id="third-person-is-reported",
        ),
        pytest.param(
            "We will finish the bridge over the river before the floods come in May, he said.",
            id="pronoun-names-nobody",
        ),
        pytest.param(
            "It has cost us years and a great deal of money, said Varga, adding that the "
            "town will still finish the bridge.",
            id="attribution-goes-on",
        ),
    ],
)
def test_speech_without_marks_needs_first_person_and_a_closing_name(paragraph: str) -> None:
    """Reported speech, an attribution to a pronoun, or one that carries on with more of
    the reporter's words: no quote is made of the paragraph."""
    article = under_headline(_INTRO + paragraph)
    assert [q.text for q in article.quotes if q.text.startswith(paragraph[:12])] == []


def test_a_conjunction_after_a_quote_is_no_attribution() -> None:
    """'X confirmed that “…” and in establishing continued talks': "continued" after "and
    in" is no speech verb with a subject; the quote stays X's."""
    article = under_headline(
        "Tomas Varga, commander of the Hill Guard, announced a deal with the army.\n\n"
        "Speaking on Friday, Varga confirmed that “the last meeting in the capital ended in a "
        "full agreement on a truce” and in establishing continued contacts with the top officers "
        "of both camps."
    )
    assert speaker_of(article, "the last meeting") == "Tomas Varga"


def test_a_bare_attribution_after_a_quote_closing_a_sentence_is_kept() -> None:
    """'… would be taken back "by force." "…?" X said.': the first quote ends its sentence
    inside the marks; the bare 'X said.' after the second is its attribution, not a new
    sentence of the reporter's."""
    article = under_headline(
        "Envoy Tomas Varga backed the claim on Monday, telling a local paper that the harbour "
        'would be taken back "by force." "The question is not whether the harbour is ours, but '
        'when will we take it home?" Varga said.'
    )
    assert speaker_of(article, "The question is not") == "Tomas Varga"
