"""What a document does with its words is vocabulary (`en.document_verbs` in the lexicon):
every verb listed there closes the three document attributions ("“…,” the statement from X
<verb>.", "“…,” <verb> a statement from X", "“…,” <verb> the latest X statement")."""

from __future__ import annotations

import pytest

from briefings.extract.document_phrases import FROM_READS, READ_FROM, SAID_NAMED_DOCUMENT
from briefings.extract.lexicon import lexicon


@pytest.mark.parametrize("verb", lexicon().en.document_verbs)
def test_every_listed_verb_closes_a_document_attribution(verb: str) -> None:
    assert FROM_READS.match(f", the statement from the Vessmark Port Board {verb}.")
    assert READ_FROM.match(f", {verb} a statement from the Vessmark Port Board.")
    assert SAID_NAMED_DOCUMENT.match(f", {verb} the latest Port Board statement.")


def test_a_verb_not_listed_does_not() -> None:
    assert FROM_READS.match(", the statement from the Vessmark Port Board whispered.") is None
